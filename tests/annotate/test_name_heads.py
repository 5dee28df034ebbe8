"""The last word of a name tells its kind: streets, demonym-led places, teams, plural common
nouns. Docs built by hand (spacy.blank), sentences written for these tests."""

import pytest
import spacy

from dossier.annotate import wordnet
from dossier.annotate.name_heads import by_head_word
from dossier.annotate.name_kinds import is_contraction_stem

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent (Debian package wordnet-base)")
NLP = spacy.blank("en")


def _ents(text: str, tagged: list[tuple[str, str]]):
    """A Doc of ``text`` (sentences start after ". ") with each (words, label) tagged at its first
    free occurrence; returns the spans in text order."""
    doc = NLP(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text in {".", "!", "?"}
    spans, taken = [], 0
    for words, label in tagged:
        start = text.index(words, taken)
        spans.append(doc.char_span(start, start + len(words), label=label))
        taken = start + len(words)
    doc.ents = spans
    return list(doc.ents)


def _kinds(text, tagged, protected=frozenset()):
    return [(e.text, e.label_) for e in by_head_word(_ents(text, tagged), set(protected))]


@pytest.mark.parametrize(
    "text,tagged,kinds",
    [
        ("Crowds filled Larch Ave on Sunday.", [("Larch Ave", "ORG")], [("Larch Ave", "FAC")]),
        ("Crowds filled Larch Avenue on Sunday.", [("Larch Avenue", "PERSON")], [("Larch Avenue", "FAC")]),
        ("They met near Quimby Rd at noon.", [("Quimby Rd", "GPE")], [("Quimby Rd", "FAC")]),
        # the designator the tagger left out joins the name
        ("Police closed Quimby Ave to traffic.", [("Quimby", "PERSON")], [("Quimby Ave", "FAC")]),
        # a designator alone is no name
        ("They met on Ave. J at noon.", [("Ave", "ORG")], []),
        # should not fire: a person whose name ends in no designator, a street already a FAC
        ("Police said Ann Quimby saw it.", [("Ann Quimby", "PERSON")], [("Ann Quimby", "PERSON")]),
        ("Police closed Quimby Street.", [("Quimby Street", "FAC")], [("Quimby Street", "FAC")]),
    ],
)
def test_name_heads_streets(text, tagged, kinds):
    assert _kinds(text, tagged) == kinds


@pytest.mark.parametrize(
    "text,tagged,kinds",
    [
        # a demonym opening a place's name the tagger cut short
        ("The clinic in Samoan Heights reopened.", [("Samoan", "NORP")], [("Samoan Heights", "GPE")]),
        ("Fenwick Bluffs grew. A school in Fenwick Bluffs opened.",
         [("Fenwick Bluffs", "LOC"), ("Fenwick", "NORP")], [("Fenwick Bluffs", "LOC"), ("Fenwick Bluffs", "LOC")]),
        # should not fire: a demonym of a people, before a common noun or alone
        ("Samoan voters went to the polls.", [("Samoan", "NORP")], [("Samoan", "NORP")]),
        ("The Samoan delegation left.", [("Samoan", "NORP")], [("Samoan", "NORP")]),
    ],
)
def test_name_heads_demonym_led_places(text, tagged, kinds):
    assert _kinds(text, tagged) == kinds


@needs_wordnet
@pytest.mark.parametrize(
    "text,tagged,kinds",
    [
        ("The Hawks beat the Wolves on Sunday.", [("Hawks", "GPE"), ("Wolves", "LOC")],
         [("Hawks", "ORG"), ("Wolves", "ORG")]),
        ("Portland Falcons fans cheered.", [("Portland Falcons", "GPE")], [("Portland Falcons", "ORG")]),
        ("The Pilgrims won again.", [("Pilgrims", "PERSON")], [("Pilgrims", "ORG")]),
        # should not fire: islands, heights and a person's plural-looking surname
        ("Ferries run to the Fenwick Islands.", [("Fenwick Islands", "GPE")], [("Fenwick Islands", "GPE")]),
        ("She moved to Crown Heights.", [("Crown Heights", "GPE")], [("Crown Heights", "GPE")]),
        ("Tom Banks said it was over.", [("Tom Banks", "PERSON")], [("Tom Banks", "PERSON")]),
        # a people of a faith or party stays a people
        ("The Democrats voted no.", [("Democrats", "NORP")], [("Democrats", "NORP")]),
    ],
)
def test_name_heads_teams(text, tagged, kinds):
    assert _kinds(text, tagged) == kinds


@needs_wordnet
@pytest.mark.parametrize(
    "text,tagged,protected,kinds",
    [
        ("Sirens wailed. Shouts echoed down the block.", [("Shouts", "PERSON")], (), []),
        ("Comments posted below are moderated. Opinions expressed are the readers' own.",
         [("Opinions", "ORG")], (), []),
        # should not fire: the surname of a person named in full, a body inside a sentence
        ("Ann Rhodes left. Later Gates said no.", [("Gates", "PERSON")], ("Gates",), [("Gates", "PERSON")]),
        ("He joined Ventures in May.", [("Ventures", "ORG")], (), [("Ventures", "ORG")]),
    ],
)
def test_name_heads_plural_common_words(text, tagged, protected, kinds):
    assert _kinds(text, tagged, protected) == kinds


@pytest.mark.parametrize(
    "text,words,stem",
    [
        ("“ Don ’ t shoot! ” he yelled.", "Don", True),
        ("Won ' t anyone help?", "Won", True),
        ("Don Pryor said it twice.", "Don", False),
        ("Don's car was parked outside.", "Don", False),
    ],
)
def test_name_kinds_contraction_stem(text, words, stem):
    ent = _ents(text, [(words, "PERSON")])[0]
    assert is_contraction_stem(ent) is stem


@needs_wordnet
@pytest.mark.parametrize(
    "text,words,kept",
    [
        ("Deputy Quimby was a veteran of the force.", "Deputy Quimby", "Quimby"),
        ("Officers like Detective Quimby keep us safe.", "Detective Quimby", "Quimby"),
        # should not fire: a title that is also a given name, before a lone surname
        ("Earl Quimby sang on Friday.", "Earl Quimby", "Earl Quimby"),
    ],
)
def test_name_contexts_office_title_before_a_lone_surname(text, words, kept):
    from dossier.annotate.name_contexts import without_leading_title

    assert without_leading_title(_ents(text, [(words, "PERSON")])[0]).text == kept
