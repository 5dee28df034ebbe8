"""Deaths in fires, crashes and accidents: a disaster with its toll, not an attack.

These tests pin that people who "died in" or "were killed in" a blaze, a crash or an explosion
make a disaster event (the blaze is the happening), that a bomb or a minefield still makes the
blast an attack, that a car arms only an explosion, and that people harmed whom no role word
names are counted by their own kind ("people@firefighters"), so they are never compared with a
whole toll. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "absent"),
    [
        ("Three children were killed in a house fire in Ohio on Tuesday.", T.DISASTER, T.ATTACK),
        ("A woman died in an apartment fire early Sunday.", T.DISASTER, T.ATTACK),
        ("An apartment fire killed a pensioner on Sunday.", T.DISASTER, T.ATTACK),
        ("A woman died in a car crash on Sunday.", T.DISASTER, T.ATTACK),
        ("The car crash killed a cyclist on Sunday.", T.DISASTER, T.ATTACK),
        ("Five miners died in an explosion at the pit on Sunday.", T.DISASTER, T.ATTACK),
        ("Four firefighters were injured in the blaze on Sunday.", T.DISASTER, T.ATTACK),
        # the weapon still makes it an attack
        ("A car bomb explosion killed five people in the market on Sunday.", T.ATTACK, None),
        ("A minefield explosion wounded five shepherds on Sunday.", T.ATTACK, None),
        ("Two soldiers were killed by sniper fire on Sunday.", T.ATTACK, None),
    ],
)
def test_accident_tolls_reach_the_disaster(extract, text, event_type, absent):
    types = {m.event_type for m in extract(text)}
    assert event_type in types
    assert absent not in types


@pytest.mark.parametrize(
    ("text", "role", "value"),
    [
        ("Two firefighters were killed in the blaze on Sunday.", "people@firefighters", 2),
        ("Three climbers died in an avalanche on Sunday.", "people@climbers", 3),
        ("Four firefighters were injured in the blaze on Sunday.", "people_wounded@firefighters", 4),
        ("Two men were killed in the blaze on Sunday.", "people", 2),
        ("Three people died in an avalanche on Sunday.", "people", 3),
    ],
)
def test_accident_tolls_count_people_by_their_kind(extract, text, role, value):
    quantities = [q for m in extract(text) if m.event_type == T.DISASTER for q in m.quantities]
    assert [(q.role, q.low) for q in quantities] == [(role, value)]
