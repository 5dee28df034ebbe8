"""Which year a bare month or a month-day takes from the clause around it, and the TimeML spans
of loose stretches of time, titles and quarters (issue #3)."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

JANUARY = date(2031, 1, 14)
JUNE = date(2031, 6, 17)
OCTOBER = date(2031, 10, 28)


def _values(text, dct):
    return {t.text: t.value for t in find_time_expressions(text, dct)}


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # a clause that looks ahead names the next such month
        ("The donors are to meet in March.", JANUARY, "2031-03"),
        ("The donors are to meet in March.", JUNE, "2032-03"),
        ("The final vote will be held in March.", JANUARY, "2031-03"),
        ("The final vote will be held in March.", JUNE, "2032-03"),
        ("The ferry contract is due in March.", JUNE, "2032-03"),
        ("The union plans a second strike in March.", JUNE, "2032-03"),
        ("The next round of talks is in March.", JUNE, "2032-03"),
        ("The mill said it expects to reopen the line in March.", JUNE, "2032-03"),
        ("The board decided to sell the plant in March.", JUNE, "2032-03"),
        # a past clause names the last one
        ("The final vote was held in March.", JUNE, "2031-03"),
        ("The final vote was held in March.", JANUARY, "2030-03"),
        # a past wish and a sequencing "next" do not look ahead
        ("The mill needed to raise cash in March.", JUNE, "2031-03"),
        ("Next, the committee met in March.", JUNE, "2031-03"),
    ],
)
def test_timex_direction_bare_month_follows_the_clause(text, dct, value):
    assert _values(text, dct)["March"] == value


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # a past verb right before the date: done, so not after publication
        ("Orders fell in November.", "November", "2030-11"),
        ("The brewer's fiscal year ended Jan. 31.", "Jan. 31", "2031-01-31"),
        ("The harbour reopened on Nov. 2 after the storm.", "Nov. 2", "2030-11-02"),
        # a date belonging to the verb's object, or a present passive, keeps its nearest year
        ("The bank extended its offer to Nov. 20.", "Nov. 20", "2031-11-20"),
        ("The closing is expected in November.", "November", "2031-11"),
    ],
)
def test_timex_direction_past_verb_before_a_date_keeps_it_past(text, phrase, value):
    assert _values(text, OCTOBER)[phrase] == value


@pytest.mark.parametrize(
    "text,value",
    [
        # "unspecified" after "a still" is an adjective, not a past tense: "would" governs
        ("The dividend would be paid on a still unspecified date in January.", "2032-01"),
        ("The dividend was paid in January.", "2031-01"),
    ],
)
def test_timex_direction_ed_adjective_after_a_determiner_is_no_past_tense(text, value):
    assert _values(text, OCTOBER)["January"] == value


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The lease can run for another year.", "another year", "P1Y"),
        ("The lease may be extended for an additional year.", "an additional year", "P1Y"),
        ("Prices should ease in the weeks ahead.", "the weeks ahead", "PXW"),
        ("Freight rates have been weak in recent quarters.", "recent quarters", "PXQ"),
        ("The credits will lower taxes in future quarters.", "future quarters", "FUTURE_REF"),
        ("It was the warmest night in years.", "years", "PXY"),
        ("The plant, which just months ago was idle, is hiring.", "months ago", "PXM"),
        ("The ferry sank a week or so ago.", "a week or so ago", "2031-W43"),
        ("The index was down from the previous Friday.", "the previous Friday", "2031-10-24"),
        ("Buses run on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        # a singular unit after a number premodifies a noun, which "the" goes with
        ("Crowds gathered for the two day rally.", "two day", "P2D"),
    ],
)
def test_timex_direction_loose_stretches_take_timeml_spans(text, phrase, value):
    assert _values(text, OCTOBER)[phrase] == value


@pytest.mark.parametrize(
    "text,absent",
    [
        ('The minister said on the network\'s "This Week" that talks would go on.', "This Week"),
        ("He told CBS's ''60 Minutes'' the plan had failed.", "60 Minutes"),
        ("The quarter-to-quarter comparison was flattered by a charge.", "The quarter"),
        ("The report cites the recent closing of a bakery.", "recent"),
    ],
)
def test_timex_direction_titles_and_compounds_are_no_time(text, absent):
    assert absent not in _values(text, OCTOBER)


def test_timex_direction_comparison_period_keeps_the_reported_quarter():
    text = (
        "The brewer earned $5 million in the fiscal first quarter. In the 2030 period it earned "
        "$4 million. Sales rose 8% in the quarter. Results for that quarter included a gain."
    )
    values = _values(text, date(2031, 4, 20))
    assert values["the fiscal first quarter"] == "2031-Q1"
    assert values["the 2030 period"] == "2030-Q1"
    assert values["the quarter"] == "2031-Q1"
    assert values["that quarter"] == "2031-Q1"


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # the part of the day the text last named, else of publication
        ("Traders sold on Friday. Buyers returned in the morning.", "the morning", "2031-10-24TMO"),
        ("By mid afternoon the market had steadied.", "mid afternoon", "2031-10-28TAF"),
    ],
)
def test_timex_direction_part_of_day_takes_the_text_day(text, phrase, value):
    assert _values(text, OCTOBER)[phrase] == value


@pytest.mark.parametrize(
    "text,absent",
    [
        # a clock hour owns its part of the day; a measure is no time; a noun premodifier is none
        ("The convoy will leave at six in the morning.", "the morning"),
        ("Rent there is paid in months, not weeks.", "months"),
        ("The late afternoon session was quiet.", "late afternoon"),
    ],
)
def test_timex_direction_part_of_day_and_plural_units_are_left_alone(text, absent):
    assert absent not in _values(text, OCTOBER)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Output rose in the first half of 2030.", "the first half of 2030", "2030-H1"),
        ("Output fell in the second half of last year.", "the second half of last year", "2030-H2"),
        # a half of something that is not a year keeps "of" out of its span
        ("Sales were flat in the last half of the decade.", "the last half", "2031-H2"),
    ],
)
def test_timex_direction_halves_of_years(text, phrase, value):
    assert _values(text, OCTOBER)[phrase] == value


def test_timex_direction_comparable_year_ago_quarter_is_one_expression():
    text = "Output rose in the third quarter. In the comparable year-ago quarter, it fell. The quarter was strong."
    values = _values(text, date(2031, 11, 5))
    assert values["the comparable year-ago quarter"] == "2030-Q3"
    assert values["The quarter"] == "2031-Q3"
