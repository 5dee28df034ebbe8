"""Dates that compare or bound, and carried dates that an event told in the present does not take.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow

PUBLISHED = date(2031, 5, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year closing a "since ..." noun phrase compares; it does not date the leak.
        ("The pipeline has been leaking 300 barrels a day in the worst spill since the tanker disaster "
         "off the cape in 2004.", "2031-05-20"),
        # A year of the event's own clause still dates it.
        ("The tanker spilled 2 million gallons off the cape in 2004.", "2004"),
    ],
)
def test_date_references_a_year_closing_a_since_phrase_dates_nothing(extract, text, expected):
    leaks = [m for m in extract(text, PUBLISHED) if m.event_type == T.DISASTER]
    assert [m.date_value for m in leaks] == [expected]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # Present perfect: of now, whatever year the sentence before compared with.
        ("That means the oil has started leaking faster, an engineer said.", "2031-05-20"),
        # Past tense continues the old story and keeps its year.
        ("That tanker spilled its cargo within hours.", "2004"),
    ],
)
def test_date_references_present_tense_takes_no_old_carried_date(extract, second, expected):
    text = "The spill could dwarf the disaster of 2004, when a tanker spilled 2 million gallons off the cape. " + second
    mentions = [m for m in extract(text, PUBLISHED) if m.event_type == T.DISASTER]
    assert mentions[-1].date_value == expected
