"""Weekdays in an article with no publication date count from the day the text fixes, never from
the weekday resolved before them (``Resolved.moves_now``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions


def _values(text: str, dct: date | None = None) -> dict[str, str | None]:
    return {e.text: e.value for e in find_time_expressions(text, dct)}


HEADED = ("APR. 18, 2031\n\nFlood barrier fails\n\nResidents filled sandbags on Monday. The river rose. "
          "Shops closed early. Schools stayed shut. Volunteers arrived.\n\n"
          "On Tuesday the levee cracked, and on Wednesday the water reached the square.")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # should fire: each weekday counts from the dated head, not from the weekday before it
        ("Monday", "2031-04-14"),
        ("Tuesday", "2031-04-15"),
        ("Wednesday", "2031-04-16"),
    ],
)
def test_weekdays_count_from_the_text_anchor_not_from_each_other(phrase, value):
    assert _values(HEADED).get(phrase) == value


def test_yesterday_after_a_weekday_counts_from_the_anchor():
    text = "June 6, 2031\n\nThe ferry sank on Tuesday. Rescuers found two more survivors yesterday."
    found = _values(text)
    assert found["Tuesday"] == "2031-06-03"
    assert found["yesterday"] == "2031-06-05"


def test_anaphoric_words_still_count_from_the_weekday():
    # should not fire: "the next day" counts from the day the narrative is on, the weekday
    text = "June 6, 2031\n\nThe ferry sank on Tuesday. The next day divers reached the wreck."
    assert _values(text)["The next day"] == "2031-06-04"


def test_weekdays_without_any_anchor_stay_unresolved():
    # should not fire: no publication date and no day in the text, so nothing to count from
    text = "Crowds gathered on Monday. On Tuesday they marched, and on Wednesday the police came."
    found = _values(text)
    # as TimeML writes an unplaced weekday: the weekday alone, which dates no event
    assert (found.get("Monday"), found.get("Tuesday"), found.get("Wednesday")) == ("XXXX-WXX-1", "XXXX-WXX-2",
                                                                                  "XXXX-WXX-3")


def test_publication_date_still_anchors_every_weekday():
    # should not fire: with a publication date nothing changes
    text = "Crowds gathered on Monday. On Tuesday they marched, and on Wednesday the police came."
    found = _values(text, date(2031, 4, 18))
    assert (found["Monday"], found["Tuesday"], found["Wednesday"]) == ("2031-04-14", "2031-04-15", "2031-04-16")


def test_tonight_keeps_the_fixed_day_in_reach():
    # should not fire: "tonight" is the day the text fixed, so it keeps that day in reach of later words
    text = ("Riot in the square\n\nPosted: 02:31 GMT, 12 March 2031\n\nA vigil turned into a riot tonight. "
            "Shops were looted. Police arrived late. Dozens were hurt. The crowd was angry over a killing at the weekend.")
    assert _values(text)["the weekend"] == "2031-W10-WE"
