"""A number told as the whole a part is taken from: no count of the event, unless the event is told
inside the whole's own phrase ("one of 40 suspects detained on Monday")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _counts(extract, text, event_type):
    return sorted((q.role, q.low) for m in extract(text) if m.event_type.value == event_type for q in m.quantities)


@pytest.mark.parametrize(
    ("text", "event_type", "counts"),
    [
        # the participle on the whole's noun: the whole is who was detained
        ("Pablo Ortiz, one of 40 suspects detained on Monday, was freed on bail.", "arrest", [("detainees", 40.0)]),
        # a population the part is taken from: only the part is counted
        ("Two of the 900 residents of the village were detained on Monday.", "arrest", [("detainees", 2.0)]),
    ],
)
def test_quantity_roles_whole_told_by_the_event(extract, text, event_type, counts):
    assert _counts(extract, text, event_type) == counts
