"""Framing on articles we wrote: three outlets reporting one protest against an invented dam."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.compare.framing import _components, _exclusive, find_framing

# {PROJECT_x} and {STATUS_x} are filled per test: different names per outlet, or the same for all.
TEMPLATES = {
    "herald": ("Valley Herald",
               "Farmers gathered in Lorvik on Tuesday for the largest protest since the beginning of {PROJECT_A} "
               "in 2019. The demonstration was organised by the river council and ended peacefully. Officials "
               "said the Orlen and Brask districts were {STATUS_A} after the ballots held there. The protest "
               "drew about two thousand people."),
    "courier": ("Northern Courier",
                "Thousands marched in Lorvik on Tuesday in the biggest protest since {PROJECT_B} began. The "
                "demonstration was peaceful, the river council said. Residents of the Orlen and Brask districts "
                "{STATUS_B} joined the protest. Critics say {PROJECT_B} has dried up wells along the valley."),
    "times": ("Delta Times",
              "The demonstration in Lorvik was the largest protest since the beginning of {PROJECT_C} in 2019. "
              "Organisers of the protest said it was peaceful. Many of the marchers came from the {STATUS_C} "
              "districts of Orlen and Brask, now held by Tarvia."),
}
FRAMED = {"PROJECT_A": "the flood project", "PROJECT_B": "the hydro scheme", "PROJECT_C": "the reckless dam grab",
          "STATUS_A": "annexed by Tarvia", "STATUS_B": "partly administered by Tarvia",
          "STATUS_C": "illegally seized"}
ALIKE = {"PROJECT_A": "the hydro scheme", "PROJECT_B": "the hydro scheme", "PROJECT_C": "the hydro scheme",
         "STATUS_A": "administered by Tarvia", "STATUS_B": "administered by Tarvia",
         "STATUS_C": "administered"}


def _parse(nlp, fills: dict[str, str]) -> list[tuple[models.Document, object]]:
    docs = []
    for doc_id, (outlet, template) in TEMPLATES.items():
        text = template.format(**fills)
        docs.append((models.Document(doc_id=doc_id, text=text, outlet=outlet), nlp(text)))
    return docs


@pytest.fixture(scope="module")
def base_nlp():
    from dossier.annotate.model import load_base_model

    return load_base_model()


@pytest.fixture(scope="module")
def framed(base_nlp):
    docs = _parse(base_nlp, FRAMED)
    return docs, find_framing(docs)


@pytest.mark.slow
@pytest.mark.parametrize(
    "kind,expected",
    [
        ("naming", {"flood project": ("Valley Herald",), "hydro scheme": ("Northern Courier",),
                    "reckless dam grab": ("Delta Times",)}),
        ("status", {"annexed by Tarvia": ("Valley Herald",), "partly administered by Tarvia": ("Northern Courier",),
                    "illegally seized districts": ("Delta Times",)}),
    ],
)
def test_framing_groups_each_outlets_term(framed, kind, expected):
    _, groups = framed
    found = [{t.term: t.outlets for t in g.terms} for g in groups if g.kind == kind]
    assert found == [expected]


@pytest.mark.slow
def test_framing_status_group_is_labelled_by_the_described_places(framed):
    _, groups = framed
    assert [g.concept for g in groups if g.kind == "status"] == ["status of districts"]


@pytest.mark.slow
@pytest.mark.parametrize("word", ["protest", "demonstration", "council", "marchers"])
def test_framing_words_every_outlet_shares_are_not_framing(framed, word):
    _, groups = framed
    assert not [t.term for g in groups for t in g.terms if word in t.term]


@pytest.mark.slow
def test_framing_evidence_cites_the_sentence_in_its_document(framed):
    docs, groups = framed
    texts = {d.doc_id: d.text for d, _ in docs}
    naming = next(g for g in groups if g.kind == "naming")
    for term in naming.terms:
        for evidence in term.evidence:
            assert evidence.doc_id in term.doc_ids
            assert texts[evidence.doc_id][evidence.start:evidence.end].strip() == evidence.sentence
            assert term.term.split()[-1] in evidence.sentence


@pytest.mark.slow
def test_framing_one_wording_for_all_outlets_is_not_framing(base_nlp):
    assert find_framing(_parse(base_nlp, ALIKE)) == []


@pytest.mark.parametrize(
    "usage,expected",
    [
        ({"scheme": {"A"}, "project": {"B"}}, True),
        ({"scheme": {"A", "B"}, "project": {"B"}}, False),
        ({"scheme": {"A", "B"}, "project": {"B"}, "grab": {"C"}}, True),
    ],
)
def test_framing_exclusive_needs_two_terms_with_disjoint_outlets(usage, expected):
    assert _exclusive(set(usage), usage) is expected


@pytest.mark.parametrize(
    "size,pairs,expected",
    [
        (4, [(0, 1), (1, 2)], [([0, 1, 2], 2)]),
        (4, [(0, 1), (2, 3)], [([0, 1], 1), ([2, 3], 1)]),
        (3, [], []),
    ],
)
def test_framing_components_count_their_supporting_pairs(size, pairs, expected):
    assert sorted(_components(size, pairs)) == expected
