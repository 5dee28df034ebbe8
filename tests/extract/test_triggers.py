"""Trigger checks: lemma stems for a mislemmatized verb, and nouns of a state ("on alert")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.triggers import find_triggers, lemma_forms


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [("staged", "stag", {"stag", "staged", "stage"}), ("held", "hold", {"hold", "held"}),
     ("rallies", "rally", {"rally", "rallies", "rallie"})],
)
def test_triggers_lemma_forms(word, lemma, expected):
    doc = Doc(spacy.blank("en").vocab, words=[word])
    doc[0].lemma_ = lemma
    assert lemma_forms(doc[0]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition"),
    [
        ("Troops remained on alert along the frontier.", "mobilize"),
        ("Nurses have been on strike since May.", "protest"),
        ("The mayor was put under investigation.", "investigate"),
        ("The union called off its strike.", "concede"),
        ("The general resigned on Friday.", "resign"),
        ("Officials refused to respond to the demand from the council.", "rejection"),
    ],
)
def test_triggers_frames_give_an_event(text, definition):
    doc = annotate(build_nlp(None), models.Document(doc_id="t", text=text))
    assert definition in {t.definition.name for sent in doc.sents for t in find_triggers(sent)}
