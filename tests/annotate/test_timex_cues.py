"""Bare months, seasons, quarters and halves in news prose (timex_lexicon, timex_absolute,
timex_quarters): which words lean them ahead, and when a quarter is a game's. Sentences written for
these tests; published on 10 June 2031."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

JUNE = date(2031, 6, 10)


def _values(text):
    return {t.text: t.value for t in find_time_expressions(text, JUNE)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # should fire: a verb of planning, a modal of expectation, a deadline look ahead
        ("The company plans a second plant in March.", "March", "2032-03"),
        ("The maker should have the doses ready in September.", "September", "2031-09"),
        ("A $40 million loan repayment due in August worries the board.", "August", "2031-08"),
        ("In winter the strain could come back to the north.", "winter", "2031-WI"),
        # should not fire: "plan" as a thing a past verb tells of; a perfect after the modal
        ("When the minister unveiled his plans for the port in March, he promised jobs.", "March", "2031-03"),
        ("Under a court-approved plan in March, lenders were to get half the firm.", "March", "2031-03"),
        ("He should have known in March that the bridge was weak.", "March", "2031-03"),
        ("The payment was due in August but never came.", "August", "2030-08"),
    ],
)
def test_timex_cues_bare_month_and_season_year(text, phrase, value):
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        # should fire: a quarter or half of a game is no date
        "Miller scored a touchdown in the second quarter to give Denver a 14-7 lead.",
        "Smith was injured late in the first half and did not return.",
    ],
)
def test_timex_cues_period_of_play_is_no_date(text):
    assert not any(t.value and ("Q" in t.value or "H" in t.value) for t in find_time_expressions(text, JUNE))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # should not fire: accounts keep the calendar quarter and half
        ("Profit fell 4 percent in the second quarter.", "the second quarter", "2031-Q2"),
        ("Sales rose in the first half.", "the first half", "2031-H1"),
    ],
)
def test_timex_cues_calendar_quarter_kept(text, phrase, value):
    assert _values(text)[phrase] == value


APRIL = date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # should fire: an adverb between a forward "be" and its participle keeps the day ahead
        ("The killer is to be formally sentenced May 12 by the judge.", "2031-05-12"),
        ("The killer will be formally sentenced May 12 by the judge.", "2031-05-12"),
        # should not fire: a past passive with an adverb is told as done
        ("The killer was formally sentenced May 12 by the judge.", "2030-05-12"),
    ],
)
def test_timex_cues_adverb_in_forward_passive(text, value):
    assert [t.value for t in find_time_expressions(text, APRIL)] == [value]
