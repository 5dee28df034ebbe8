"""Counts that belong to another happening than the trigger's: what it set off, the arrests it made,
the days another happening lasted. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


def _roles(extract, text, trigger):
    return {(q.role, q.low) for m in extract(text) if m.trigger == trigger for q in m.quantities}


@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        # the wounded of the riots a killing sparked are not the killing's
        ("The killing of Andreas Papadakis has sparked the worst rioting in decades, with at least 70 people "
         "injured.", "killing", "people_wounded"),
        # "last night" is no verb of lasting: four days of riots are not the strike's duration
        ("A general strike paralysed the country last night after four days of riots.", "strike", "duration"),
    ],
)
def test_consequence_counts_stay_off_the_trigger(extract, text, trigger, absent):
    assert not any(r == absent for r, _ in _roles(extract, text, trigger))


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Police said they made 86 arrests over the course of the protests.", T.ARREST, {("detainees", 86.0)}),
        ("Police said they made 86 phone calls before the arrest.", T.ARREST, set()),
        ("The meeting lasted three hours.", T.MEETING, {("duration", 3.0)}),
    ],
)
def test_consequence_counts_own_counts_stay(extract, text, event_type, expected):
    assert {(q.role, q.low) for m in extract(text) if m.event_type == event_type for q in m.quantities} == expected
