"""A weekday with nothing to place it on stays a bare TimeML weekday: no publication date and no
day of the text's, a month or year of the text's, or a lead day the lead's own weekday shows to be
backstory (``resolve_weekday``, ``dossier.lead_weekdays``); and a "following week" told as past with
no date of the text to count from (``resolve_anaphoric``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions
from dossier.lead_weekdays import names_other_weekday


def _values(text: str, dct: date | None = None) -> dict[str, str | None]:
    return {e.text: e.value for e in find_time_expressions(text, dct)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # should fire: a month of the text does not say which Saturday
        ("A man was jailed over a June 2029 arson attack. He was sentenced on Saturday.", "Saturday", "XXXX-WXX-6"),
        # should fire: the lead's day (Tuesday 4 March 2031) is the robbery's; the news is Saturday's
        ("A man was jailed on Saturday for the robbery he carried out on March 4, 2031. "
         "His lawyer spoke on Sunday.", "Sunday", "XXXX-WXX-7"),
        # should fire: nothing at all to count from
        ("The council met on Friday.", "Friday", "XXXX-WXX-5"),
        # should not fire: a day of the lead with its own weekday places the next weekday
        ("Crowds marched on Tuesday, March 4, 2031 in the capital. Fewer had come on Sunday.", "Sunday",
         "2031-03-02"),
        # should not fire: a publication date
        ("A man was jailed over a June 2029 arson attack. He was sentenced on Saturday.", "Saturday", "2031-03-08"),
    ],
)
def test_unplaced_weekday(text, phrase, value):
    dct = date(2031, 3, 9) if value == "2031-03-08" else None
    assert _values(text, dct).get(phrase) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was jailed on Saturday for the robbery of March 4, 2031.", True),
        ("He was jailed on Tuesday for the robbery of March 4, 2031.", False),
        ("Crowds marched on Tuesday, March 4, 2031.", False),  # the weekday heads the date
        ("He was jailed for the robbery of March 4, 2031.", False),  # no weekday named
    ],
)
def test_names_other_weekday(text, expected):
    assert names_other_weekday(text, date(2031, 3, 4)) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # should fire: told as past, with no date of the text to count from, so not after publication
        ("She bought a ladder the day after the storm, then climbed onto the roof the following week.", None),
        # should not fire: a coming week, or one counted from a date of the text
        ("The board will meet again the following week.", "2031-W12"),
        ("He was arrested on May 2. He was charged the following week.", "2030-W19"),
    ],
)
def test_following_week_told_as_past(text, value):
    assert _values(text, date(2031, 3, 12)).get("the following week") == value
