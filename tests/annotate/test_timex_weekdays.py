"""Weekdays as news prose means them: a present passive of expectation puts the day ahead, a past
tense keeps it back, and a span of weekdays is one range (timex_schedule, timex_weekday_range).
Sentences written for these tests; publication on Wednesday 5 November 2031."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

WEDNESDAY = date(2031, 11, 5)


def _values(text):
    return [(t.text, t.value) for t in find_time_expressions(text, WEDNESDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "A verdict is expected Friday.",
        "The final count is due on Friday.",
        "The budget vote is slated for Friday.",
        "The hearing is set for Friday, lawyers said.",
        "The report is due on Friday, but parts of it were leaked earlier.",
        "The port will stay closed on Friday.",  # "closed" after "stay" is no past tense
    ],
)
def test_timex_weekdays_expected_or_due_lies_ahead(text):
    assert [value for _, value in _values(text)] == ["2031-11-07"]


@pytest.mark.parametrize(
    "text",
    [
        "A verdict was expected on Friday.",  # the expectation is past
        "The storm hit the coast on Friday.",
        "The rescue team that arrived on Friday pulled two men out.",  # "that" + past verb
        "The harbour remained closed on Friday.",  # the copula's past governs
        "A ruling due on Friday was handed down early.",  # no present auxiliary, past follows
    ],
)
def test_timex_weekdays_past_weekday_stays_back(text):
    assert [value for _, value in _values(text)] == ["2031-10-31"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The strike will run from Monday to Friday.", "Monday to Friday", "2031-11-10/2031-11-14"),
        ("Talks continue Monday through Wednesday.", "Monday through Wednesday", "2031-11-03/2031-11-05"),
        ("Voting will take place between Thursday and Saturday.", "Thursday and Saturday", "2031-11-06/2031-11-08"),
        # across a week boundary, ahead and back
        ("Schools will close from Friday to Monday.", "Friday to Monday", "2031-11-07/2031-11-10"),
        ("The festival ran from Saturday to Tuesday.", "Saturday to Tuesday", "2031-11-01/2031-11-04"),
        # a past span that would end after publication is the week before
        ("The fair ran from Monday to Friday.", "Monday to Friday", "2031-10-27/2031-10-31"),
        ("Flights were grounded Thursday-Saturday.", "Thursday-Saturday", "2031-10-30/2031-11-01"),
        # a past form before a present one does not govern the span
        ("A group called Fair Fares is marching from Wednesday to Friday.", "Wednesday to Friday",
         "2031-11-05/2031-11-07"),
    ],
)
def test_timex_weekdays_span_is_one_range(text, span, value):
    assert _values(text) == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The vote was postponed from Tuesday to Thursday.",  # a move names two days
        "The match was moved from Saturday to Sunday.",
        "The service is on air at 0900 GMT Monday to Friday.",  # a weekly timetable
        "The museum is open every Tuesday to Sunday.",
        "He spoke to both leaders on Monday and Tuesday.",  # a list, no "between"
    ],
)
def test_timex_weekdays_not_a_span(text):
    assert all("/" not in (value or "") for _, value in _values(text))
    assert len(_values(text)) >= 2 or "every" in text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("By Friday the rebels had left the town.", "2031-10-31"),  # a past perfect
        ("By Friday the rebels controlled the town.", "2031-10-31"),  # a fronted deadline, past clause
        ("The first team landed and by Friday night both teams were at work.", "2031-10-31TNI"),
        ("By Friday the rebels will leave the town.", "2031-11-07"),  # a fronted deadline, future
        ("By Friday, officials said, the rebels will leave.", "2031-11-07"),  # saying passed over
        ("The rebels must leave by Friday.", "2031-11-07"),  # a deadline after its verb
        ("By Friday we'd have been in the way of the medics.", "2031-11-07"),  # a conditional perfect
        ("By Friday the pumps will have stopped the leak.", "2031-11-07"),  # a future perfect
        ("Rain might, as soon as Friday, reach the valley that flooded.", "2031-11-07"),  # not fronted
    ],
)
def test_timex_weekdays_fronted_deadline_takes_its_clause_tense(text, value):
    assert [value for _, value in _values(text)][-1] == value
