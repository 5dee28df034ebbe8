"""Detainee stories: people captured, arrested and held, tried and sentenced, stripped of citizenship.

A story about prisoners held by an armed group, their trials at home and the citizenship their
governments take from them is told in these words; these tests pin that each reaches its event
type (arrest, trial, sanction), that custody counts reach the arrest with the role "detainees", and
that the other senses of the same words (a photo that "captured the mood", a court that "held
that", a sentence of a letter) report nothing of the kind. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.extract.ontology import ALL_DEFINITIONS, BY_TYPE, plover_code
from dossier.models import EventType as T

ARREST, TRIAL = T.ARREST.value, T.TRIAL.value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        # people taken: an arrest, whatever the verb
        ("Two foreign militants have been captured by Kurdish fighters near the river.", "captured", "arrest"),
        ("Border guards arrested eleven smugglers on Thursday.", "arrested", "arrest"),
        ("Gunmen seized four aid workers outside the town.", "seized", "arrest"),
        ("Their father is detained in a separate camp.", "detained", "arrest"),
        ("Nearly 3,000 women and children are being held in camps in the desert.", "held", "arrest"),
        ("The militia is holding hundreds of suspected fighters.", "holding", "arrest"),
        ("The pilot was held hostage for two weeks.", "held", "arrest"),
        ("It is unclear whether the gunmen were killed or captured.", "captured", "arrest"),
        ("The pair were captured in February by Kurdish fighters.", "captured", "arrest"),
        # a number of people taken: "23 of the raiders"
        ("The cutter gave chase, capturing nine of the smugglers.", "capturing", "arrest"),
        # a place taken stays a fight, goods taken stay coercion
        ("Rebels captured the town after a week of fighting.", "captured", "fight"),
        ("The village was shelled and captured within a day.", "captured", "fight"),
        ("Customs officers seized the cargo at the port.", "seized", "coerce"),
        # courts
        ("The woman was sentenced to nine years in prison on Monday.", "sentenced", "trial"),
        ("He was charged with membership of a banned organisation.", "charged", "trial"),
        ("The two men were tried in absentia by a military court.", "tried", "trial"),
        ("The trial of the four men opened in the capital on Tuesday.", "trial", "trial"),
        ("A judge handed him a six-year sentence.", "sentence", "trial"),
        ("She was convicted of fraud last spring.", "convicted", "trial"),
        # citizenship taken: a penalty on persons
        ("The interior minister stripped the three women of their citizenship.", "stripped", "revoke-citizenship"),
        ("The government revoked his passport in March.", "revoked", "revoke-citizenship"),
    ],
)
def test_detention_words_reach_their_definition(trigger_types, text, word, definition):
    assert trigger_types(text).get(word) == definition


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The photograph captured the mood of the crowd.", "captured"),
        ("The court held that the new law was unconstitutional.", "held"),
        ("The police held the driver responsible for the crash.", "held"),
        ("The editor removed a sentence of the letter.", "sentence"),
        ("His conviction that peace was near never wavered.", "conviction"),
        ("She tried to reach the border before dark.", "tried"),
        ("The officer was charged with overseeing the handover.", "charged"),
        ("The new drug is still in clinical trials.", "trials"),
        ("The mechanic stripped the engine of its old parts.", "stripped"),
        ("The singer died of cardiac arrest at home.", "arrest"),
        ("The report is a damning indictment of the ministry.", "indictment"),
    ],
)
def test_detention_other_senses_are_no_detention(trigger_types, text, word):
    assert trigger_types(text).get(word) not in {"arrest", "trial", "revoke-citizenship"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("About 2,000 women and children are being held in camps in the north.", 2000.0),
        ("Police arrested 14 people at the rally on Saturday.", 14.0),
        ("Kurdish forces are holding 900 foreign fighters in makeshift prisons.", 900.0),
    ],
)
def test_detention_custody_count_is_detainees(extract, text, number):
    counts = [(q.role, q.low, q.high) for m in extract(text) if m.event_type == T.ARREST for q in m.quantities]
    # "about 2,000" is a range around the number
    assert any(role == "detainees" and least <= number <= (most or least) for role, least, most in counts), counts


@pytest.mark.slow
def test_detention_counts_outside_arrests_keep_their_role(extract):
    counts = {q.role for m in extract("The earthquake left 3,000 people homeless.") for q in m.quantities}
    assert "detainees" not in counts


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The smuggler was sentenced to 12 years in prison on Monday.", {("sentence_years", 12.0)}),
        ("A court jailed the blogger for eight months.", {("sentence_months", 8.0)}),
        ("The judge sentenced the clerk to 30 months for bribery.", {("sentence_months", 30.0)}),
        # a trial's own length is no prison term
        ("The trial of the clerk lasted two years.", set()),
    ],
)
def test_detention_prison_term_is_its_own_count(extract, text, expected):
    counts = {(q.role, q.low) for m in extract(text) if m.event_type == T.TRIAL for q in m.quantities}
    assert counts == expected


@pytest.mark.parametrize(
    ("event_type", "plover"),
    [(T.ARREST, "COERCE"), (T.TRIAL, None)],
)
def test_detention_plover_codes(event_type, plover):
    assert plover_code(event_type) == plover


@pytest.mark.parametrize(
    ("definition", "lemma", "plover"),
    [
        # words that had a PLOVER code before these types keep it
        ("arrest", "capture", "FIGHT"),
        ("arrest", "arrest", "COERCE"),
        ("arrest", "extradite", "COOPERATE"),
        ("trial", "indict", "DISAPPROVE"),
        ("trial", "jail", "COERCE"),
        ("trial", "sentence", None),
        # taking citizenship restricts rights: CAMEO 172, coded COERCE by PLOVER
        ("revoke-citizenship", "strip", "COERCE"),
    ],
)
def test_detention_plover_codes_of_moved_words(definition, lemma, plover):
    found = next(d for d in ALL_DEFINITIONS if d.name == definition)
    assert found.plover_by_lemma.get(lemma, found.plover) == plover


@pytest.mark.parametrize(("event_type", "name"), [(T.ARREST, "arrest"), (T.TRIAL, "trial")])
def test_detention_types_have_a_definition(event_type, name):
    assert BY_TYPE[event_type].name == name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day"),
    [("The trial of the four men opened in the capital on 3 March. The trial was adjourned after two hours.",
      "2030-03-03")],
)
def test_detention_trial_continues_through_the_article(extract, text, day):
    trials = [m for m in extract(text) if m.event_type == T.TRIAL]
    assert [m.date_value for m in trials] == [day, day]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "status", "detainees"),
    [
        # Custody as a state is an arrest event with its count.
        ("About 480 foreign fighters were in Kurdish custody, an official said.", "happened", 480.0),
        ("About 1,500 women and children are being held in the camp.", "ongoing", 1500.0),
        ("The three men remain in detention near the border.", "ongoing", 3.0),
    ],
)
def test_detention_custody_as_a_state_is_an_arrest(extract, text, status, detainees):
    arrests = [m for m in extract(text) if m.event_type == T.ARREST]
    assert [m.status.value for m in arrests] == [status]
    counts = [(q.low, q.high) for q in arrests[0].quantities if q.role == "detainees"]
    assert len(counts) == 1 and counts[0][0] <= detainees <= counts[0][1]  # "about" makes a range
