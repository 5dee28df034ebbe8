"""Dates a clause takes from outside it, and dates the parser cut off from their clause: a "when"
clause on a time, an elliptical passive conjunct, what a dated happening did, a past time in what
was asked, and a date between "the" and its noun. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow

PUBLISHED = date(2031, 7, 10)  # a Thursday


def _dates(extract, text, event_type):
    return [m.date_value for m in extract(text, PUBLISHED) if m.event_type == event_type]


@pytest.mark.parametrize("text", [
    "It was the largest of the rallies held since early June, when the president promised a general strike.",
    "Turnout recalled the protests of early June, when the president promised a general strike.",
])
def test_a_when_clause_on_a_time_happened_then(extract, text):
    # should fire: "when" after a noun of time tells what happened at that time
    assert _dates(extract, text, T.PROPOSAL) == ["2031-06"]


def test_a_when_clause_with_its_own_date_keeps_it(extract):
    text = "Since early June, when the president promised on June 9 a general strike, prices have risen."
    # should not fire: the clause states its own day
    assert _dates(extract, text, T.PROPOSAL) == ["2031-06-09"]


@pytest.mark.parametrize("text", [
    "Nine people were killed and at least 40 injured in a truck bomb attack on Friday outside the ministry.",
    "More than 30 people have been killed and more than 200 others wounded in the two blasts on Friday.",
])
def test_a_passive_with_its_auxiliary_left_out_shares_the_date(extract, text):
    # should fire: "and 40 [were] injured ... on Friday" is a conjunct, not a side clause
    assert _dates(extract, text, T.ATTACK) == ["2031-07-04"]


def test_a_participle_describing_a_noun_stays_a_side_clause(extract):
    text = "Police said on Monday that nine people were killed in the blast and found a car stolen on Friday."
    # should not fire: "stolen on Friday" describes the car; the killing is not dated by it
    assert "2031-07-04" not in _dates(extract, text, T.ATTACK)


def test_what_a_dated_bombing_did_is_of_its_year(extract):
    text = "He is also charged in two attacks, including the 2019 stadium bombing that killed one person."
    # should fire: the killing told in the relative clause is the 2019 bombing's
    assert _dates(extract, text, T.ATTACK) == ["2019"]


def test_a_year_naming_a_thing_still_dates_nothing(extract):
    text = "The 2019 stadium that hosted the final was closed by the city on Tuesday."
    # should not fire: a stadium is no happening; its year lends nothing
    assert "2019" not in [v for m in extract(text, PUBLISHED) for v in [m.date_value]]


def test_a_past_week_in_what_was_asked_dates_the_asking(extract):
    text = "The two governments invited the rebels to rejoin the talks two weeks ago."
    # should fire: "two weeks ago" is past; what is asked lies ahead of the asking
    assert _dates(extract, text, T.REQUEST) == ["2031-W26"]


@pytest.mark.parametrize("text", [
    "The two governments invited the rebels to rejoin the talks next month.",
    "The two governments invited the rebels to rejoin the talks on Friday.",
])
def test_a_future_or_a_day_in_what_was_asked_stays_the_contents(extract, text):
    # should not fire: a time ahead, or a day, is when the rejoining is to be
    assert "2031-08" not in _dates(extract, text, T.REQUEST) and "2031-07-04" not in _dates(extract, text, T.REQUEST)


def test_a_step_of_the_law_in_a_dated_crime_is_not_of_the_crimes_date(extract):
    text = "Jones was indicted last year in the March 2029 shooting death of a guard in Dayton."
    # should fire: "in the March 2029 shooting" is what he was indicted for, not when
    assert _dates(extract, text, T.TRIAL) == ["2030"]


@pytest.mark.parametrize("text", [
    "Two guards were killed in the March 2029 shooting at the bank.",
    "Two guards were killed in the March 2029 shooting.",
])
def test_a_killing_in_a_dated_shooting_is_of_its_date(extract, text):
    # should not fire: killed in a shooting is killed during it
    assert _dates(extract, text, T.ATTACK) == ["2029-03"]

