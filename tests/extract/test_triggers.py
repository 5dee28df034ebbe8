"""Trigger checks: lemma stems for a mislemmatized verb, and nouns of a state ("on alert")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.eventive import lemma_forms
from dossier.extract.trigger_fit import object_heads
from dossier.extract.triggers import find_triggers


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


def _definitions(nlp, text: str) -> set[str]:
    doc = annotate(nlp, models.Document(doc_id="t", text=text))
    return {t.definition.name for sent in doc.sents for t in find_triggers(sent)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition"),
    [
        # words of a PLOVER category
        ("Helicopters evacuated the injured from the valley.", "rescue"),
        ("Five hundred peacekeepers were deployed along the river.", "peacekeeping"),
        ("The republic opened its border to families fleeing the war.", "admit"),
        ("The government closed its borders with both neighbours.", "close-borders"),
        ("The ministry forced the aid agency out of the country.", "sanction"),
        ("The authorities expelled hundreds of migrants.", "expel-people"),
        ("Hackers defaced hundreds of government websites.", "coerce"),
        ("Riot police dispersed the marchers with tear gas.", "coerce"),
        ("The newspaper defied a ban on the opposition.", "defy"),
        ("Both armies violated the truce within hours.", "break-truce"),
        ("Police opened fire on the crowd.", "attack"),
        ("The regime restored press freedoms.", "ease-freedoms"),
        ("Humanitarian access to the camps has improved.", "humanitarian-access"),
        ("The two navies began ten days of war games.", "cooperate"),
        # frames
        ("The governor launched a mediation effort between the two clans.", "negotiation"),
        ("A relief operation began in the flooded province.", "aid"),
        ("An attempt to assassinate the mayor was foiled.", "attack"),
        ("A prisoner died as a result of torture.", "attack"),
        ("The negotiators returned to Vienna for talks.", "negotiation"),
        ("The council announced that it is prepared to impose a curfew.", "threaten"),
        ("The union is pushing hard for the council to approve the budget.", "demand"),
        ("Nurses from three charity groups donated and delivered medicine to the hospital.", "aid"),
        ("A weekly paper called Friday on readers to rally against the mayor.", "request"),
        ("The minister said the army will withdraw its troops.", "withdrawal"),
    ],
)
def test_triggers_category_words_and_frames(nlp, text, definition):
    assert definition in _definitions(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition"),
    [
        ("The garrison evacuated the town before dawn.", "rescue"),
        ("Police closed the road near the border.", "close-borders"),
        ("Workers opened the new bridge.", "admit"),
        ("Workers opened the new bridge.", "attack"),
        ("The crowd dispersed after an hour.", "coerce"),
        ("Rebels hacked the villagers to death.", "coerce"),
        ("Security forces violated the rights of detainees.", "defy"),
        ("The peacekeeping mission sent a letter to the council.", "peacekeeping"),
        ("The ministry forced the aid agency out of the country.", "expel-people"),
        ("The election campaign began on Monday.", "election"),
        ("The army is preparing a military operation.", "attack"),
        ("The swap was the only result of the talks in Geneva.", "negotiation"),
        ("The minister said the army will withdraw its troops.", "threaten"),
    ],
)
def test_triggers_frame_checks_refuse(nlp, text, definition):
    assert definition not in _definitions(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [("Soldiers drove out hundreds of villagers.", {"villager", "villagers"}),
     ("The guards expelled the miners and their families.", {"miner", "miners", "family", "families"})],
)
def test_triggers_object_heads_look_through_partitives_and_conjuncts(nlp, text, expected):
    doc = annotate(nlp, models.Document(doc_id="t", text=text))
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert expected <= object_heads(verb)
