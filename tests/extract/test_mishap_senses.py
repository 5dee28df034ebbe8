"""Falls, disaster synonyms, fire fighting and bursts: harm and force that is no attack.

These tests pin that a climber killed in a fall or after slipping died in an accident, that a
synonym of a disaster ("temblor") does harm as a disaster, that a verb of harm coordinated with a
disaster's toll is the disaster's too, that crews attacking a blaze fight a fire, and that "an
explosion of anger" is no blast; and that killings by people, attacks on people and real
explosions stay what they were. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("A hiker was killed in a fall on the north face.", T.ATTACK, T.DISASTER),
        ("The guide was killed after slipping and falling from the ridge.", T.ATTACK, T.DISASTER),
        ("The temblor killed at least nine villagers on Monday.", T.ATTACK, T.DISASTER),
        ("A strong quake shook the coast, killing eight people and injuring 30.", T.ATTACK, T.DISASTER),
        ("The fire spread for hours before fire crews attacked it from the road.", T.ATTACK, T.DISASTER),
        ("Firefighters attacked the flames from three sides.", T.ATTACK, None),
        ("The verdict set off an explosion of anger in the town.", T.DISASTER, None),
        ("Police found the stolen truck in a field.", T.DEATH, None),
        ("The jury found him guilty of fraud.", T.DEATH, None),
    ],
)
def test_mishap_senses_no_attack(extract, needs_wordnet, text, absent, present):
    types = {m.event_type for m in extract(text)}
    assert absent not in types
    assert present is None or present in types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A soldier was killed in an ambush near the village.", T.ATTACK),
        ("Gunmen killed the guard after breaking into the bank.", T.ATTACK),
        ("Militants attacked the checkpoint at dawn.", T.ATTACK),
        ("An explosion of a gas tank destroyed the factory.", T.DISASTER),
        ("The two sisters were found dead at the farm on Monday.", T.DEATH),
        ("Police found the driver dead in his truck.", T.DEATH),
    ],
)
def test_mishap_senses_keep_real_force_and_deaths(extract, needs_wordnet, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}
