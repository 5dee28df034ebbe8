"""Which way a weekday or a bare month leans: tense cues around it (timex_context)."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

MONDAY = date(2016, 6, 27)
JULY = date(2016, 7, 8)


def _value(text, dct, phrase):
    return next(t.value for t in find_time_expressions(text, dct) if t.text == phrase)


@pytest.mark.parametrize(
    "text,dct,phrase,value",
    [
        # past-tense prose looks back; written on the day itself, the day is today
        ("He said on Monday that the vote was lost.", MONDAY, "Monday", "2016-06-27"),
        ("The talks did not open on Thursday.", MONDAY, "Thursday", "2016-06-23"),
        ("The index is up after Thursday's rally.", MONDAY, "Thursday", "2016-06-23"),
        # a future looks ahead
        ("The talks will open on Thursday in Geneva.", MONDAY, "Thursday", "2016-06-30"),
        # a present progressive right before it is an arrangement ahead; a past progressive is not
        ("We're meeting the donors on Thursday.", MONDAY, "Thursday", "2016-06-30"),
        ("The envoys are flying home on Thursday.", MONDAY, "Thursday", "2016-06-30"),
        ("The envoys were flying home on Thursday.", MONDAY, "Thursday", "2016-06-23"),
        ("Crews are still digging, days after Thursday's landslide.", MONDAY, "Thursday", "2016-06-23"),
        # "by" before a possessive weekday is the agent's preposition, no deadline
        ("Hundreds were hurt by Thursday's landslide.", MONDAY, "Thursday", "2016-06-23"),
    ],
)
def test_timex_context_weekday_follows_the_tense(text, dct, phrase, value):
    assert _value(text, dct, phrase) == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("The governor could lose the seat in November.", "2016-11"),
        ("Voters might turn on him in October.", "2016-10"),
        ("The governor beat her at the polls in November.", "2015-11"),
    ],
)
def test_timex_context_modal_puts_a_bare_month_ahead(text, value):
    assert [t.value for t in find_time_expressions(text, JULY)] == [value]


def test_timex_context_modal_does_not_move_a_weekday():
    # "could" is also the past of "can": a weekday in such prose stays in the past week
    assert _value("Rescuers could not reach the village on Tuesday.", JULY, "Tuesday") == "2016-07-05"


PUBLISHED = date(2030, 3, 10)


@pytest.mark.parametrize(
    "text,phrase,value,anchor",
    [
        # a day premodifying a noun names an event, not the day the narrative is on
        ("Officials want to avoid a repeat of the March 1 flood. Aides spoke at the noon briefing.",
         "noon", "2030-03-10T12:00", "publication"),
        # a time stamp opening a live report's entry is on the day of writing
        ("The dam burst on March 1. 3.15 pm: Crews are still searching the valley.",
         "3.15 pm", "2030-03-10T15:15", "publication"),
        # a clock time put on the publication day for want of a day lends it to no later one
        ("The log ends at 3 o'clock. The dam burst at 11pm.", "11pm", "2030-03-10T23:00", "publication"),
        # a day the narrative is on still carries a later clock time
        ("They met on March 5 at 10:45. The meeting was set for 12:30.", "12:30", "2030-03-05T12:30", "text"),
    ],
)
def test_timex_context_clock_time_borrows_only_the_narratives_day(text, phrase, value, anchor):
    found = next(t for t in find_time_expressions(text, PUBLISHED) if t.text == phrase)
    assert (found.value, found.anchor.value) == (value, anchor)


@pytest.mark.parametrize(
    "text",
    [
        "The talks are not to take place in November.",
        "The truce is about to begin in November.",
    ],
)
def test_timex_context_be_to_looks_forward(text):
    # Written in July, a November the sentence looks forward to is this year's, not last year's.
    assert _value(text, JULY, "November") == "2016-11"
