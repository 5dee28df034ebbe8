"""Framing on the example corpus in the repository, which was not used to set the thresholds first.

The example articles (``examples/``, written for the demo) contrast on purpose: the Moscow-leaning
outlet writes "special military operation", the Kyiv-leaning outlet and one European service write
"full-scale invasion", the rest write "the war". Everything else the outlets share is ordinary
reporting vocabulary, which must not come out as framing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import models
from dossier.compare.framing import find_framing

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def example_groups():
    from dossier.annotate.model import load_base_model
    from dossier.ingest import IngestOptions, iter_documents

    documents = [d for d in iter_documents([str(EXAMPLES)], IngestOptions()) if isinstance(d, models.Document)]
    nlp = load_base_model()
    return find_framing(list(zip(documents, nlp.pipe(d.text for d in documents))))


def _terms(groups) -> list[dict[str, tuple[str, ...]]]:
    return [{t.term: t.outlets for t in g.terms} for g in groups]


@pytest.mark.slow
def test_framing_examples_operation_and_invasion_are_one_concept(example_groups):
    groups = [terms for terms in _terms(example_groups)
              if any("special military operation" in term for term in terms)
              and any("full-scale invasion" in term for term in terms)]
    assert len(groups) == 1
    outlets = {term: outlets for term, outlets in groups[0].items()}
    assert next(o for t, o in outlets.items() if "operation" in t) == ("Volga Herald",)
    assert next(o for t, o in outlets.items() if "invasion" in t) == ("Kyiv Ledger", "Northgate Report")


@pytest.mark.slow
def test_framing_examples_report_only_the_war_concept(example_groups):
    assert [g.kind for g in example_groups] == ["naming"]
    assert {t.term.split()[-1] for t in example_groups[0].terms} <= {"operation", "invasion", "war"}


@pytest.mark.slow
@pytest.mark.parametrize("word", ["group", "movement", "release", "terms", "settlement", "address", "statement",
                                  "aim", "ideas", "detail", "post", "people", "officials", "ministry"])
def test_framing_examples_generic_words_are_not_framing(example_groups, word):
    assert not [term for terms in _terms(example_groups) for term in terms if word in term.lower().split()]
