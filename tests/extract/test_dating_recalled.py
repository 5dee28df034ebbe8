"""Events named by a day of untold year ("the Sept. 11 attacks") keep that year unknown, and the day
dates nothing else. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

SUMMER = date(2030, 6, 5)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Airport security was tightened after the Sept. 11 attacks.", "attacks"),
        # The happening named as subject gives its day to what it did.
        ("The Sept. 11 attacks killed nearly three thousand people.", "killed"),
    ],
)
def test_dating_recalled_day_dates_its_event_without_a_year(extract, text, trigger):
    mention = next(m for m in extract(text, SUMMER) if m.trigger == trigger)
    assert (mention.date_value, mention.date_source) == ("XXXX-09-11", "sentence")


@pytest.mark.parametrize(
    "text",
    [
        "The Sept. 11 attacks shocked the city. The two ministers met in Geneva.",
        "Security was tightened after the Sept. 11 attacks, and the two ministers met in Geneva.",
    ],
)
def test_dating_recalled_day_passes_to_no_other_event(extract, text):
    meeting = next(m for m in extract(text, SUMMER) if m.trigger == "met")
    assert (meeting.date_value, meeting.date_source) == ("2030-06-05", "publication")


def test_dating_forward_day_keeps_the_publication_year(extract):
    meeting = next(m for m in extract("The leaders will meet on Sept. 11 in the capital.", SUMMER) if m.trigger == "meet")
    assert (meeting.date_value, meeting.status.value) == ("2030-09-11", "planned")
