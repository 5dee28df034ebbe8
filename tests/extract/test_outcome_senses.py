"""Outcomes with a type of their own: suicides, court findings, talks quit, contests, road accidents.

These tests pin that "hanged himself" is a death, "found guilty" and "confessed to killing" are
court steps, "pulled out of the talks" is a rejection, "beat the visitors 3-1" is a contest and "was
struck by a van" is an accident; and that the same verbs in their ordinary senses ("hung a
picture", "found the keys", "pulled out a knife", "won the election", "a shell struck the van")
report none of these. The sentences are our own.

The checks live in ``outcome_senses`` and are reached through ``trigger_fit._CHECKS``.
"""

from __future__ import annotations

import pytest

from dossier.extract import outcome_senses, trigger_fit
from dossier.extract.ontology import ALL_DEFINITIONS, plover_code
from dossier.models import EventType as T

NEW = ("suicide", "court-outcome", "quit-talks", "contest", "collision")



def test_outcome_senses_every_new_verb_and_noun_has_a_check():
    keys = set(outcome_senses.OUTCOME_CHECKS)
    for definition in (d for d in ALL_DEFINITIONS if d.name in NEW):
        unchecked = {w for w in definition.verbs if (definition.name, w, False) not in keys}
        unchecked |= {w for w in definition.nouns if (definition.name, w, True) not in keys} - {"confession"}
        assert not unchecked, definition.name


def test_outcome_senses_checks_are_the_trigger_checks():
    # the trigger checks reach every outcome and road check, unchanged
    assert {key: trigger_fit._CHECKS.get(key) for key in outcome_senses.OUTCOME_CHECKS} == outcome_senses.OUTCOME_CHECKS


def test_outcome_senses_contest_maps_to_no_plover_type():
    assert plover_code(T.CONTEST) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The prisoner hanged himself in his cell on Tuesday.", T.DEATH),
        ("The banker was found hanged at his flat.", T.DEATH),
        ("The singer committed suicide at her home.", T.DEATH),
        ("The former minister took his own life last year.", T.DEATH),
        ("The jury found the nurse guilty of two murders.", T.TRIAL),
        ("The teenager confessed to stabbing his neighbour.", T.TRIAL),
        ("The driver pleaded guilty to dangerous driving.", T.TRIAL),
        ("The investor pulled out of the negotiations over the stadium.", T.REJECTION),
        ("The union walked away from the pay deal.", T.REJECTION),
        ("The home side beat the champions 3-1 on Saturday.", T.CONTEST),
        ("The team clinched a playoff berth with a late goal.", T.CONTEST),
        ("The guard broke the school scoring record in the second half.", T.CONTEST),
        ("A cyclist was struck and killed by a van on the bridge.", T.DISASTER),
        ("A driver ran over a pedestrian outside the station.", T.DISASTER),
        ("The hit-and-run left a cyclist dead on the ring road.", T.DISASTER),
        ("The champions will face Leeds in the cup match on Sunday.", T.CONTEST),
        ("The two clubs will meet in the league final on Sunday.", T.CONTEST),
        ("The veteran won the marathon for the third time.", T.CONTEST),
        ("The guard broke his mentor's long hold on the scoring record during the game.", T.CONTEST),
        ("The forward passed Tom Reilly for the club record in the second half.", T.CONTEST),
    ],
)
def test_outcome_senses_outcome_found(extract, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("They hung a picture of the harbour in the hall.", T.DEATH),
        ("The gunmen killed three guards at the gate.", T.DEATH),
        ("The police found the keys in his car.", T.TRIAL),
        ("He confessed that he was nervous before the exam.", T.TRIAL),
        ("The robber pulled out a knife and demanded cash.", T.REJECTION),
        ("The senator won the election by a wide margin.", T.CONTEST),
        ("The army defeated the rebels near the border.", T.CONTEST),
        ("Oil prices set a record on Monday.", T.CONTEST),
        ("A shell struck the van on the highway.", T.DISASTER),
        ("The man deliberately drove his car into the crowd.", T.DISASTER),
        ("The rebels staged hit-and-run raids on army posts.", T.DISASTER),
        ("A missile heading for the harbour struck a warehouse.", T.DISASTER),
        ("The coach met the club owner on Monday.", T.CONTEST),
        ("She played a key role in the talks.", T.CONTEST),
        ("The kids played a video game all night.", T.CONTEST),
        ("The senate passed the bill on Monday.", T.CONTEST),
        ("The officer won a medal of honour for saving a child.", T.CONTEST),
        ("The company won the contract to build the bridge.", T.CONTEST),
        ("His odd behaviour earned him the title of the Boss among reporters.", T.CONTEST),
        ("The running back was lost for half the season with a broken leg.", T.CONTEST),
        ("The detective won a department medal for bravery last year.", T.CONTEST),
    ],
)
def test_outcome_senses_ordinary_sense_kept_out(extract, text, absent):
    assert absent not in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The gunmen killed three guards at the gate.", T.ATTACK),
        ("A shell struck the van on the highway.", T.ATTACK),
    ],
)
def test_outcome_senses_force_stays_an_attack(extract, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}
