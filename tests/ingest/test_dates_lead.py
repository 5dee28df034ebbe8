"""A full date in the opening prose is backstory when the lead tells its news on another weekday
(``dates_lead``, used by ``infer_published``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.ingest import infer_published
from dossier.ingest.dates_lead import tells_other_day

TODAY = date(2032, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # should fire: the robbery of Tuesday 4 March 2031 is the backstory of Saturday's verdict
        ("A man was jailed on Saturday for ten years for the robbery he carried out on March 4, 2031, "
         "at a jeweller in the old town.\n\nThe judge spoke for an hour.", None),
        ("A jury convicted a driver on Thursday after a long trial.\n\nShe was charged over the "
         "4 March 2031 crash that killed two cyclists near the harbour bridge.", None),
        # should not fire: the lead's weekday is the date's own (4 March 2031 is a Tuesday)
        ("Fresh protests were held in the capital on Tuesday, March 4, 2031 against the new tax on "
         "fuel and bread.", date(2031, 3, 4)),
        ("Dockers walked out on Tuesday at three ports and the strike that began on March 4, 2031 "
         "spread to the railways.", date(2031, 3, 4)),
        # should not fire: a dateline line is no prose
        ("Dockers strike\n\nMarch 4, 2031\n\nDockers walked out on Monday at three ports.", date(2031, 3, 4)),
    ],
)
def test_dates_lead_backstory_date_is_not_publication(text, expected):
    assert infer_published(text, today=TODAY) == expected


def test_dates_lead_weekday_heading_a_date_is_the_dates():
    text = "Crowds gathered on Saturday, March 8, 2031 in the square, and the march of March 4, 2031 was recalled."
    start = text.index("March 4")
    assert tells_other_day(text, start, start + 13, date(2031, 3, 4)) is False
