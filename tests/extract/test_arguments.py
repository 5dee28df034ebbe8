"""Actor noun phrases: heads of unnamed agents, partitives, owners, and "X and Y" split into actors."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.actor_phrases import actor_head, actor_like, is_pronoun, noun_phrases

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def parse():
    nlp = build_nlp(None)
    return lambda text: annotate(nlp, models.Document(doc_id="t", text=text))


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "phrases"),
    [
        ("The US and British forces left the port.", "forces", ["US forces", "British forces"]),
        ("Estonia and Latvia signed the deal.", "Estonia", ["Estonia", "Latvia"]),
        ("Helicopters and tanks shelled the town.", "Helicopters", ["Helicopters and tanks"]),
        ("The rebels in the north who fled were caught.", "rebels", ["rebels in the north"]),
        ("The Red Cross on Friday sent doctors.", "Cross", ["The Red Cross"]),
        ("Maria Lopez, the agency's director, resigned.", "Lopez", ["Maria Lopez, the agency's director"]),
    ],
)
def test_arguments_noun_phrases(parse, text, word, phrases):
    assert noun_phrases(_token(parse(text), word)) == phrases


@pytest.mark.parametrize(
    ("text", "word", "owner", "head"),
    [
        ("Thousands of students gathered.", "Thousands", True, "students"),
        ("They shelled positions of the army.", "positions", True, "army"),
        ("Oslo rejected Sweden's decision.", "decision", True, "Sweden"),
        ("Oslo rejected Sweden's decision.", "decision", False, None),
        ("The police detained him.", "police", True, "police"),
        ("They ate the bread.", "bread", True, None),
    ],
)
def test_arguments_actor_head(parse, text, word, owner, head):
    found = actor_head(_token(parse(text), word), owner)
    assert (found.text if found is not None else None) == head


@pytest.mark.parametrize(
    ("text", "word", "pronoun", "actor"),
    [("They said it would.", "it", True, False), ("The US said so.", "US", False, True),
     ("Villagers fled.", "Villagers", False, True), ("The rain fell.", "rain", False, False)],
)
def test_arguments_pronouns_and_actors(parse, text, word, pronoun, actor):
    token = _token(parse(text), word)
    assert (is_pronoun(token), actor_like(token)) == (pronoun, actor)


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        ("Oslo rejected a request from the Danish government.", "request", "government"),
        ("Police banned a march organized by the opposition party.", "march", "party"),
        ("They demanded the withdrawal of the troops from Gaza.", "withdrawal", "troops"),  # "of" before "from"
        ("They ate bread from the bakery.", "bread", None),
    ],
)
def test_arguments_actor_head_author(parse, text, word, head):
    found = actor_head(_token(parse(text), word))
    assert (found.text if found is not None else None) == head


@pytest.mark.parametrize(
    ("text", "word", "phrases"),
    [
        ("The World Health Organization, or WHO, sent doctors.", "Organization", ["The World Health Organization"]),
        ("Inspectors of the Energy Agency, or EA, left.", "Inspectors", ["Inspectors of the Energy Agency"]),
        ("Estonia or Latvia will host the summit.", "Estonia", ["Estonia", "Latvia"]),
    ],
)
def test_arguments_noun_phrases_alias(parse, text, word, phrases):
    assert noun_phrases(_token(parse(text), word)) == phrases


@pytest.mark.parametrize(
    ("text", "event_type", "parties"),
    [
        # where a private person is from is no party to what the person did
        ("An Ohio man shot two clerks at a petrol station on Sunday.", models.EventType.ATTACK, set()),
        ("A Nevada inmate was captured on Friday.", models.EventType.ARREST, set()),
        # a nationality before people is part of their phrase: the pirates, not Somalia (``nationality_phrases``)
        ("The coastguard captured nine Somali pirates on Saturday.", models.EventType.ARREST, {"Somali pirates"}),
        # troops and officials act for their state
        ("Turkish troops attacked the border post on Sunday.", models.EventType.ATTACK, {"Turkish"}),
    ],
)
def test_arguments_a_private_person_s_origin_is_no_party(extract, text, event_type, parties):
    mentions = [m for m in extract(text) if m.event_type == event_type]
    assert mentions, f"no {event_type.value} event in {text!r}"
    assert {a.text for m in mentions for a in m.arguments if a.role in {"actor", "target", "participant"}} == parties
