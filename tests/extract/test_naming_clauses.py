"""A noun named by a free relative of naming fills the slot of its "what" ("made what they called demands")."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.arguments import predicate_of
from dossier.extract.triggers import find_triggers


def _triggers(text: str):
    doc = annotate(build_nlp(None), models.Document(doc_id="t", text=text))
    return [t for sent in doc.sents for t in find_triggers(sent)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition", "word"),
    [
        ("At the summit, Mr Varro made what opposition leaders called impossible demands.", "demand", "demands"),
        ("The two delegations reached what both of them called a historic deal.", "agreement", "deal"),
        ("The militia launched what villagers described as a brutal attack on the market.", "attack", "attack"),
    ],
)
def test_naming_clauses_noun_is_the_event_of_the_outer_verb(text, definition, word):
    found = {(t.definition.name, t.token.text) for t in _triggers(text)}
    assert (definition, word) in found


@pytest.mark.slow
def test_naming_clauses_outer_verb_carries_the_noun_for_its_roles():
    trigger = next(t for t in _triggers("Mr Varro made what opposition leaders called impossible demands.")
                   if t.definition.name == "demand")
    assert predicate_of(trigger).lemma_ == "make"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed what critics called impossible demands.",  # talked about, not made
        "The council read a letter which residents called a list of demands.",  # no free relative "what"
    ],
)
def test_naming_clauses_need_a_support_verb_over_a_what_clause(text):
    assert "demand" not in {t.definition.name for t in _triggers(text)}
