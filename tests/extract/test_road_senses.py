"""Road accidents: a vehicle striking a person is a crash, not an attack.

These tests pin that a road vehicle is read from WordNet (a sedan, a minibus; not a tank, a missile
or a rocket) and that being hit by one is an accident. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.extract import road_senses
from dossier.models import EventType as T



@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A pedestrian was hit by a sedan on the ring road.", T.DISASTER),
        ("A cyclist was knocked down by a minibus near the school.", T.DISASTER),
    ],
)
def test_road_senses_road_vehicle_read_from_wordnet(extract, needs_wordnet, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}


@pytest.mark.parametrize(("lemma", "vehicle"), [("sedan", True), ("minibus", True), ("tank", False),
                                                ("missile", False), ("rocket", False)])
def test_road_senses_road_vehicle_kinds(needs_wordnet, lemma, vehicle):
    assert road_senses.road_vehicle(lemma) is vehicle


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["A rocket struck the bus station at dawn.", "An army tank ran over the barricade near the square."],
)
def test_road_senses_weapons_are_no_road_vehicles(extract, needs_wordnet, text):
    assert T.DISASTER not in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("She was hit while crossing at the crosswalk.", True),
        ("The woman was killed while walking near an intersection on Friday.", False),
        ("Police said he struck and killed a pedestrian while driving home.", True),
        ("He was hit by a stray bullet while walking to his car.", False),
        ("The gunman struck him twice near the parked cars.", False),
    ],
)
def test_road_senses_road_scene_without_named_vehicle(extract, text, road):
    assert (T.DISASTER in {m.event_type for m in extract(text)}) is road


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["The window of a parked van had been hit with bricks by the crowd.",
     "They did not have to kill him, he said as officers on motorcycles rode past."],
)
def test_road_senses_no_person_hit_by_a_car(extract, text):
    assert T.DISASTER not in {m.event_type for m in extract(text)}


@pytest.mark.slow
def test_a_date_before_the_doer_is_no_model_year(extract):
    # should not fire: "the March 3, 2029, bombings" is dated, not a 2029 car
    types = {m.trigger: m.event_type for m in extract("The March 3, 2029, bombings killed more than 80 people.")}
    assert types.get("killed") is T.ATTACK, types


@pytest.mark.slow
def test_a_model_year_before_a_make_is_a_car(extract):
    # should fire: a 2004 Camry is a car
    types = {m.event_type for m in extract("A 2004 Toyota heading north struck a pedestrian on the ring road.")}
    assert T.DISASTER in types, types
