"""A month or year closing a phrase of purpose or precedence is that phrase's noun's, not the main
verb's (date_purpose). Sentences written for these tests; publication on Sunday 10 March 2030."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _dates(mentions, trigger):
    return [m.date_value for m in mentions if m.trigger == trigger]


def test_date_purpose_month_ahead_of_a_vote_does_not_date_the_main_verb(extract):
    mentions = extract("The army withdrew its troops from the border ahead of the election in May.")
    assert _dates(mentions, "withdrew") == ["2030-03-10"]


def test_date_purpose_month_after_for_a_happening_is_that_happenings(extract):
    mentions = extract("Police arrested two men on Friday for the robbery in January.")
    assert _dates(mentions, "arrested") == ["2030-03-08"]


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The army withdrew its troops from the border in May.", "withdrew", "2029-05"),
        ("Police arrested two men in January.", "arrested", "2030-01"),
        # a date of the main clause before the phrase keeps dating it
        ("The minister resigned in 2028 before the vote in May.", "resigned", "2028"),
    ],
)
def test_date_purpose_date_on_the_main_verb_still_dates_it(extract, text, trigger, value):
    assert _dates(extract(text), trigger) == [value]
