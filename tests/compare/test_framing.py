"""Framing on articles we wrote: three outlets reporting one protest against an invented dam.

Each outlet names the dam project twice, in two sentences parallel to the other outlets': a name
used once, or in one parallel only, is deliberately not enough to found a group.
"""

from __future__ import annotations

import pytest

from dossier import models
from dossier.compare.framing import find_framing
from dossier.compare.framing_base import components, exclusive

# {PROJECT_x} and {STATUS_x} are filled per test: different names per outlet, or the same for all.
TEMPLATES = {
    "herald": ("Valley Herald",
               "Farmers gathered in Lorvik on Tuesday for the largest protest since the beginning of {PROJECT_A} "
               "in 2019. The demonstration was organised by the river council and ended peacefully. Officials "
               "said the Orlen and Brask districts were {STATUS_A} after the ballots held there. Critics of "
               "{PROJECT_A} say the wells along the valley have dried up."),
    "courier": ("Northern Courier",
                "Thousands marched in Lorvik on Tuesday in the biggest protest since {PROJECT_B} began. The "
                "demonstration was peaceful, the river council said. Residents of the Orlen and Brask districts "
                "{STATUS_B} joined the protest. Critics of {PROJECT_B} say it has dried up wells along the valley."),
    "times": ("Delta Times",
              "The demonstration in Lorvik was the largest protest since the beginning of {PROJECT_C} in 2019. "
              "Organisers of the protest said it was peaceful. Many of the marchers came from the {STATUS_C} "
              "districts of Orlen and Brask, now held by Tarvia. Critics of {PROJECT_C} blame it for the dry wells."),
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
    assert exclusive(set(usage), usage) is expected


@pytest.mark.parametrize(
    "size,pairs,expected",
    [
        (4, [(0, 1), (1, 2)], [([0, 1, 2], 2)]),
        (4, [(0, 1), (2, 3)], [([0, 1], 1), ([2, 3], 1)]),
        (3, [], []),
    ],
)
def test_framing_components_count_their_supporting_pairs(size, pairs, expected):
    assert sorted(components(size, pairs)) == expected


def _head(nlp, sentence: str, noun: str):
    return next(t for t in nlp(sentence) if t.text == noun)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence,noun,label",
    [
        ("Farmers marched against the reckless dam grab.", "grab", "reckless grab"),
        ("Nobody expected the full-scale closure of the mill.", "closure", "full scale closure"),
        ("The council's scheme was shelved.", "scheme", "scheme"),  # a possessor marks but is no wording
        ("It was the largest protest of the year.", "protest", "protest"),  # superlatives rank
        ("Several Norwegian engineers visited the site.", "engineers", "engineer"),  # origin classifies
        ("The engineers present signed the letter.", "engineers", "engineer"),  # after the noun: locates
    ],
)
def test_framing_label_keeps_only_evaluative_modifiers(base_nlp, sentence, noun, label):
    from dossier.compare.framing import _label, _marks

    head = _head(base_nlp, sentence, noun)
    assert _label(head, _marks(head)) == label


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence,noun,loading",
    [
        ("The council's scheme was shelved.", "scheme", 1),
        ("Farmers marched against the reckless dam grab.", "grab", 1),
        ("It was the largest protest of the year.", "protest", 0),
        ("The new flood project starts in May.", "project", 0),
    ],
)
def test_framing_marks_count_evaluative_modifiers(base_nlp, sentence, noun, loading):
    from dossier.compare.framing import _marks

    assert len(_marks(_head(base_nlp, sentence, noun))) == loading


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence,noun,frame",
    [
        ("It was the largest protest since the beginning of the scheme.", "scheme", "begin"),
        ("It was the biggest protest since the scheme began.", "scheme", "begin"),
        ("Critics of the scheme say the wells are dry.", "scheme", "criti"),
    ],
)
def test_framing_slot_frame_is_the_nearest_content_governor(base_nlp, sentence, noun, frame):
    from dossier.compare.framing import _slot

    assert _slot(_head(base_nlp, sentence, noun))[1] == frame


@pytest.mark.slow
def test_framing_plain_nouns_in_a_reporting_slot_are_not_framing(base_nlp):
    texts = {"a": ("Lake Post", "The minister said in a statement that the ferry would run. The statement came late."),
             "b": ("Hill Daily", "The minister said in an address that the ferry would run. The address was short."),
             "c": ("Bay Times", "The minister said in a letter that the ferry would run. The letter was long.")}
    docs = [(models.Document(doc_id=k, text=t, outlet=o), base_nlp(t)) for k, (o, t) in texts.items()]
    assert find_framing(docs) == []
