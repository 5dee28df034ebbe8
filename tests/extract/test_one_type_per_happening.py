"""One happening, one type: the same harm told with other words or in a headline gets the same type.

Event resolution blocks by family, so a death in a fall typed a death in one report and an
accident in another, or a car crash typed an attack in a headline, can never be one event. These
tests pin the pairs of wordings that must agree, and the near wordings that must not move. The
sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


def _types(extract, text: str) -> dict[str, T]:
    return {m.trigger.lower(): m.event_type for m in extract(text)}


@pytest.mark.parametrize(
    ("killed", "died"),
    [
        ("A hiker was killed in a fall from the north ridge.", "A hiker died in a fall from the north ridge."),
        ("Two climbers were killed after slipping and falling 300 feet.",
         "Two climbers died after slipping and falling 300 feet."),
    ],
)
def test_death_in_a_fall_is_one_accident_whichever_verb(extract, needs_wordnet, killed, died):
    # should fire: "died in a fall" is the accident "killed in a fall" is
    assert _types(extract, killed).get("killed") is T.DISASTER
    assert _types(extract, died).get("died") is T.DISASTER


@pytest.mark.parametrize(
    "text",
    ["The retired judge died at his home on Tuesday.", "The singer died of cancer in March."],
)
def test_death_with_no_fall_stays_a_death(extract, text):
    # should not fire: no fall, no accident
    assert _types(extract, text).get("died") is T.DEATH


def test_a_fall_in_a_figure_is_no_accident(extract):
    # should not fire: a plan that "died after a fall in funding" is no one's death
    assert T.DISASTER not in set(_types(extract, "The plan died after a fall in funding last year.").values())


@pytest.mark.parametrize(
    "text",
    ["Twelve people were killed when an earthquake flattened the village on Sunday.",
     "At least 30 were killed as the cyclone swept across the coast."],
)
def test_toll_of_a_disaster_in_a_clause_is_no_attack(extract, text):
    # should fire: the quake or the cyclone is the clause's doer, so the killing is its toll
    assert _types(extract, text).get("killed") is T.DISASTER


def test_gunmen_in_the_clause_keep_the_attack(extract):
    # should not fire: gunmen did the killing, though the sentence names a quake
    text = "Two guards were killed when gunmen stormed the depot after the earthquake."
    assert _types(extract, text).get("killed") is T.ATTACK


@pytest.mark.parametrize(
    "text",
    ["CYCLIST KILLED BY SPEEDING DELIVERY VAN IN HIT-AND-RUN CRASH",
     "Killed In Riverside Hit-And-Run, Driver Held",
     "A cyclist was killed in a hit-and-run crash on the ring road."],
)
def test_crash_in_a_headline_is_a_road_accident(extract, text):
    # should fire: capitals or not, a death in a hit-and-run crash is a road accident
    assert _types(extract, text).get("killed") is T.DISASTER


@pytest.mark.parametrize(
    "text",
    ["Three soldiers were killed by gunmen in an ambush near the crash site.",
     "Two villagers were killed in hit-and-run raids by the rebels."],
)
def test_crash_words_beside_force_stay_force(extract, text):
    # should not fire: the crash is a place, the hit-and-run a guerrilla tactic
    assert T.DISASTER not in set(_types(extract, text).values())


def test_model_year_with_a_colour_is_a_car(extract):
    # should fire: "a 2019 silver Honda" is a car, as "a 2019 Honda" is
    assert _types(extract, "A pedestrian was hit by a 2019 silver Honda near the school.").get("hit") is T.DISASTER


def test_death_of_the_one_a_killer_shot_is_no_plain_death(extract):
    # should not fire: the one who died is the one the man stabbed: the stabbing's toll
    text = "The man stabbed his neighbour, who died on Friday."
    assert T.DEATH not in set(_types(extract, text).values())


@pytest.mark.parametrize("text", ["The senator, who died on Friday, was 80.",
                                  "The man visited his neighbour, who died on Friday."])
def test_relative_clause_death_without_violence_stays_a_death(extract, text):
    # should fire: nothing of violence is done to the one who died
    assert _types(extract, text).get("died") is T.DEATH
