"""Dates that belong to a clause next to the event: a spelled year after an objectless preposition,
an "after" clause a moment away, and what an agreement is about. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow

PUBLISHED = date(2031, 6, 14)  # a Saturday


def _dates(extract, text, event_type):
    return [m.date_value for m in extract(text, PUBLISHED) if m.event_type == event_type]


def test_a_spelled_year_after_in_dates_the_sentence(extract):
    # should fire: the parser hangs "nineteen eighty-four" on the name after it; "In" governs it
    assert _dates(extract, "In nineteen eighty-four Smith was convicted of fraud.", T.TRIAL) == ["1984"]


def test_a_year_premodifying_a_name_still_dates_nothing(extract):
    # should not fire: "the 1990 Act" names a law, and "under" has its object
    assert _dates(extract, "Smith was convicted last week under the 1990 Act.", T.TRIAL) == ["2031-W23"]


def test_shortly_after_a_dated_homecoming_is_that_day(extract):
    text = "A farmer was shot outside his barn shortly after he came back from market on Tuesday, May 13."
    # should fire: "shortly after" puts the shooting on the homecoming's day
    assert _dates(extract, text, T.ATTACK) == ["2031-05-13"]


@pytest.mark.parametrize("measure", ["three weeks", "two months"])
def test_an_after_clause_far_away_does_not_lend_its_day(extract, measure):
    text = ("Police appealed for witnesses on Friday.\n\n"
            f"A farmer was shot outside his barn {measure} after he moved to the valley on Tuesday, May 13.")
    # should not fire: weeks or months after the move is not the move's day
    assert _dates(extract, text, T.ATTACK) != ["2031-05-13"]


def test_what_an_agreement_is_about_does_not_date_it_through_the_lead(extract):
    text = "The ministers agreed to set up a commission to find out who sank the ferry on March 3, 2020."
    # should fire: the day is the sinking's; the agreeing is of the article's day
    assert _dates(extract, text, T.AGREEMENT) == ["2031-06-14"]


def test_an_agreement_with_its_own_day_keeps_it(extract):
    text = "The ministers agreed on Monday to set up a commission to find out who sank the ferry on March 3, 2020."
    # should not fire: the agreeing states its own day
    assert _dates(extract, text, T.AGREEMENT) == ["2031-06-09"]


def test_a_report_told_with_its_lead_day_keeps_it(extract):
    text = "Rebels attacked the town on Thursday, June 12, and officials said the mayor fled."
    # should not fire: the report's sentence gives the day to the attack, not to what is said
    assert _dates(extract, text, T.ATTACK) == ["2031-06-12"]
