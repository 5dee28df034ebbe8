"""Weekdays governed by a plan lie ahead (timex_schedule). Sentences written for these tests;
publication on Friday 24 October 2031."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

FRIDAY = date(2031, 10, 24)


def _weekday(text):
    return next(t.value for t in find_time_expressions(text, FRIDAY) if t.text.endswith("day"))


@pytest.mark.parametrize(
    "text",
    [
        "Farmers planned a march on the ministry on Monday.",
        "Residents were planning to block the bridge on Monday.",
    ],
)
def test_timex_schedule_plan_puts_the_weekday_ahead(text):
    assert _weekday(text) == "2031-10-27"


@pytest.mark.parametrize(
    "text",
    [
        "The two envoys met separately Monday with the mediator.",  # a past verb
        "Ferry Service Resumes Monday",  # a headline: the present tells the past
        "On Monday, the mediator says, the envoys agreed nothing.",  # fronted, with a past
        "Monday, officials said the border was shut.",  # the saying's day
        "The bodies remain at the morgue after the crash Monday.",  # the crash's day
        "Traders have sold shares since Monday.",  # a perfect and a bound
        "The union had planned a strike on Monday.",  # a plan overtaken
        "A vigil planned at the stadium for Monday was cancelled.",  # a past happening follows
        "The opposition unveiled its plans on Monday.",  # the noun "plans"
        "Ministers told the news agency on Monday that talks would go on.",  # a noun before the day
        "Growers often bring their crops to market on Monday.",  # a habit, no plan
    ],
)
def test_timex_schedule_no_plan_or_an_overtaken_one_keeps_the_past_weekday(text):
    assert _weekday(text) == "2031-10-20"
