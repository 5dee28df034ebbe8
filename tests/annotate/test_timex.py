"""Time expressions and their TIMEX3 values, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions, split_sentences
from dossier.models import Anchor, Precision, TimexType

MONDAY = date(2025, 6, 2)  # a Monday
FRIDAY = date(2025, 5, 16)


def _values(text: str, dct: date | None = MONDAY) -> dict[str, str | None]:
    return {e.text: e.value for e in find_time_expressions(text, dct)}


def _one(text: str, phrase: str, dct: date | None = MONDAY):
    found = [e for e in find_time_expressions(text, dct, doc_id="d1") if e.text == phrase]
    assert len(found) == 1, [e.text for e in find_time_expressions(text, dct)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The two ministers met on Monday in the capital.", "Monday", "2025-06-02"),
        ("The mayor resigned on Sunday after the vote.", "Sunday", "2025-06-01"),
        ("The envoy arrived on Wednesday with a letter.", "Wednesday", "2025-05-28"),
        ("The envoys will meet on Thursday to sign it.", "Thursday", "2025-06-05"),
        ("They are scheduled to vote on Saturday.", "Saturday", "2025-06-07"),
        ("The council said last Monday that it agreed.", "last Monday", "2025-05-26"),
        ("A second round is planned for next Monday.", "next Monday", "2025-06-09"),
        # "last Sunday" written on Monday is not yesterday but the Sunday of the week before
        ("The council met last Sunday and agreed.", "last Sunday", "2025-05-25"),
        # a perfect after a forward cue looks back: "expected to have died on Saturday"
        ("Hundreds are expected to have died on Saturday in the flood.", "Saturday", "2025-05-31"),
        ("They would have voted on Saturday without the storm.", "Saturday", "2025-05-31"),
    ],
)
def test_timex_weekday_resolves_as_news_prose(text, phrase, value):
    expression = _one(text, phrase)
    assert (expression.value, expression.anchor) == (value, Anchor.PUBLICATION)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "suggested"),
    [
        ("The deadline was Friday, March 23, officials said.", "Friday, March 23", "2025-03-23", "2025-05-23"),
        ("Voting ended on Tuesday, 3 June 2025 at noon.", "Tuesday, 3 June 2025 at noon", "2025-06-03T12:00", None),
    ],
)
def test_timex_weekday_date_mismatch_is_flagged(text, phrase, value, suggested):
    expression = _one(text, phrase)
    assert expression.value == value
    assert expression.suggested_value == suggested
    assert (expression.flag is not None) == (suggested is not None)


def test_timex_weekday_date_mismatch_flag_names_both_days():
    expression = _one("The deadline was Friday, March 23, officials said.", "Friday, March 23")
    assert "Friday" in expression.flag and "Sunday" in expression.flag


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision"),
    [
        ("Talks ran from May 23 to 25 in the old palace.", "May 23 to 25", "2025-05-23/2025-05-25", Precision.RANGE),
        ("The fair runs 12-14 July 2024 in the park.", "12-14 July 2024", "2024-07-12/2024-07-14", Precision.RANGE),
        ("Delegates met on May 16, 2025 in the city.", "May 16, 2025", "2025-05-16", Precision.DAY),
        ("The truce was agreed in March 2025 by both sides.", "March 2025", "2025-03", Precision.MONTH),
        ("It began in the fall of 2022 near the river.", "the fall of 2022", "2022-FA", Precision.SEASON),
        ("Prices were lower in the 1990s than now.", "the 1990s", "199X", Precision.DECADE),
        ("Profit rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3", Precision.QUARTER),
        ("The bridge reopened last week after repairs.", "last week", "2025-W22", Precision.WEEK),
    ],
)
def test_timex_calendar_values_and_precision(text, phrase, value, precision):
    expression = _one(text, phrase)
    assert (expression.value, expression.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The swap began at 13:30 p.m. Moscow time on May 16, 2025.", "13:30 p.m. Moscow time", "2025-05-16T13:30+03:00"),
        ("On May 15 at about 10:45 the convoy left the town.", "May 15 at about 10:45", "2025-05-15T10:45"),
        ("The statement came at 9 a.m. Eastern time on 2 January 2025.", "9 a.m. Eastern time", "2025-01-02T09:00-05:00"),
        ("Sirens sounded at 22:10 GMT, witnesses said.", "22:10 GMT", "2025-06-02T22:10+00:00"),
        # A bare clock time a sentence or two after a stated day is on that day...
        ("The envoys met on May 29 at 10:45. A second session was set for 12:30.", "12:30", "2025-05-29T12:30"),
        # A day ending a span the time opens is not the time's day.
        ("On Monday, after a long night of talks in the hall, a pause ran from 18:00 GMT until Tuesday.", "18:00 GMT",
         "2025-06-02T18:00+00:00"),
        # ...and further on, back on the publication day.
        ("The envoys met on May 29. They left. Then they ate. Then they slept. Voting opens at 08:00.", "08:00",
         "2025-06-02T08:00"),
    ],
)
def test_timex_time_takes_sentence_day_and_zone(text, phrase, value):
    expression = _one(text, phrase)
    assert (expression.timex_type, expression.value) == (TimexType.TIME, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The deal was signed on April 19, 2025. The day before, talks had stalled.", "The day before", "2025-04-18"),
        ("As of March 2025, 500 were held. A year earlier the figure was lower.", "A year earlier", "2024"),
        ("Rebels took the town on 3 February 2024. The following week they left.", "The following week", "2024-W06"),
        ("The flood hit on 9 October 2023. Two days later the water fell.", "Two days later", "2023-10-11"),
        ("Sales for the half ended June 30, 2024 rose from a year earlier.", "a year earlier", "2023-06-30"),
        # Counted from an event the text has just dated: the span is "the day", as TimeML marks it.
        ("Voters went to the polls on 8 March 2024. The day before the vote, rallies ended.", "The day", "2024-03-07"),
        ("The bridge fell on 2 May 2023. The week after the collapse, ferries ran.", "The week", "2023-W19"),
        # The day the event was dated, not the text's last date, when an earlier sentence names it.
        ("The swap of 90 captives took place on 12 June 2024. Talks were due on 20 June 2024. "
         "The day before the swap, envoys met.", "The day", "2024-06-11"),
    ],
)
def test_timex_anaphora_counts_from_last_explicit_date(text, phrase, value):
    expression = _one(text, phrase)
    assert (expression.value, expression.anchor) == (value, Anchor.TEXT)


def test_timex_anaphoric_day_never_counts_from_a_bare_year():
    # "built in 1969" fixes no day: "the night before" is counted from publication, not 1968-12-31
    expression = _one("The depot was built in 1969. Officers met to discuss a raid the night before.",
                      "the night before")
    assert expression.anchor == Anchor.PUBLICATION and not expression.value.startswith("1968")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The court ruled today on the appeal.", "today", "2025-06-02"),
        ("Exports fell last month, the agency said.", "last month", "2025-05"),
        ("The ban was lifted in May after protests.", "May", "2025-05"),
        ("The rebels withdrew in August, officials said.", "August", "2024-08"),
        ("The plant closed three years ago.", "three years ago", "2022"),
        ("The governor spoke yesterday evening.", "yesterday evening", "2025-06-01TEV"),
        ("The hearing opened on March 3 in the capital.", "March 3", "2025-03-03"),
        ("The festival opened on Dec. 20 last winter.", "Dec. 20", "2024-12-20"),
    ],
)
def test_timex_relative_to_publication(text, phrase, value):
    assert _one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The truce should hold two to three days.", "two to three days", "P2D/P3D"),
        ("The meeting lasted about two hours.", "about two hours", "PT2H"),
        ("The siege lasted nearly five months.", "nearly five months", "P5M"),
        ("She has led the party for a two-year term.", "two-year", "P2Y"),
        ("The tunnel took an hour and a half to clear.", "an hour and a half", "PT1H30M"),
        ("They worked for several weeks without pay.", "several weeks", "PXW"),
    ],
)
def test_timex_durations(text, phrase, value):
    expression = _one(text, phrase)
    assert (expression.timex_type, expression.value) == (TimexType.DURATION, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("More aid is expected in the coming days.", "the coming days", "FUTURE_REF"),
        ("He will decide later, his aide said.", "later", "FUTURE_REF"),
        ("The border is now closed to trucks.", "now", "PRESENT_REF"),
        ("The minister recently visited the port.", "recently", "PAST_REF"),
    ],
)
def test_timex_vague_references(text, phrase, value):
    expression = _one(text, phrase)
    assert (expression.value, expression.anchor) == (value, Anchor.NONE)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Ferries sail daily between the islands.", "daily", "P1D"),
        ("The council meets every week in the hall.", "every week", "P1W"),
        ("Inspectors visit twice a month.", "twice a month", "P1M"),
        ("Markets close on Fridays at noon.", "on Fridays", "XXXX-WXX-5"),
    ],
)
def test_timex_sets(text, phrase, value):
    expression = _one(text, phrase)
    assert (expression.timex_type, expression.value) == (TimexType.SET, value)


@pytest.mark.parametrize(
    "text",
    [
        "A 12-member panel reviewed 1000 claims.",
        "The army sent 2000 troops to the border.",
        "Turnout reached 45% in some 2000 villages.",
        "A total of 1995 ballots were spoiled.",
        "The stock fell 3.50 points to 2010.50 on the day.",
    ],
)
def test_timex_counts_are_not_years(text):
    assert [e for e in find_time_expressions(text, MONDAY) if e.precision is Precision.YEAR] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The region has been unstable since 2022.", "2022"),
        ("Casualties in 2022 were high.", "2022"),
        ("The 2022 war displaced millions.", "2022"),
        ("Reserves at the end of 2023 were thin.", "the end of 2023"),
    ],
)
def test_timex_years_need_date_context(text, phrase):
    expression = _one(text, phrase)
    assert expression.precision is Precision.YEAR and expression.anchor is Anchor.ABSOLUTE


def test_timex_offsets_and_sentence_index_point_into_text():
    text = "Rain fell on Sunday. The match resumed on Monday."
    found = find_time_expressions(text, MONDAY, doc_id="doc-7")
    assert [(text[e.start:e.end], e.sentence_index, e.doc_id) for e in found] == [
        ("Sunday", 0, "doc-7"), ("Monday", 1, "doc-7")
    ]


def test_timex_uses_given_sentence_bounds():
    text = "Rain fell on Sunday. The match resumed on Monday."
    found = find_time_expressions(text, MONDAY, sentence_bounds=[(0, len(text))])
    assert [e.sentence_index for e in found] == [0, 0]


def test_timex_without_publication_date_uses_text_dates():
    text = "The treaty was signed on 4 May 2021. The next day, troops left."
    assert _values(text, dct=None) == {"4 May 2021": "2021-05-04", "The next day": "2021-05-05"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # Nothing anchors the year: the day is kept, its year unknown, as TIMEX3 writes it.
        ("Envoys gathered on June 9 in the port.", {"June 9": "XXXX-06-09"}),
        ("Ferries ran from June 9 to 11 again.", {"June 9 to 11": "XXXX-06-09/XXXX-06-11"}),
        # A year named alone anchors later bare days in that year, not in the one before.
        ("The strike began in 2019. On June 9, the union met.", {"2019": "2019", "June 9": "2019-06-09"}),
        ("The strike began in 2019. From June 9 to 11 it spread.",
         {"2019": "2019", "June 9 to 11": "2019-06-09/2019-06-11"}),
        # ... but a year cited in passing sentences before says nothing of when later days are.
        ("It was the biggest strike since 2019. Pay was cut. Nobody agreed. On June 9, the union met.",
         {"2019": "2019", "June 9": "XXXX-06-09"}),
    ],
)
def test_timex_without_publication_date_keeps_days_of_unknown_year(text, values):
    assert _values(text, dct=None) == values


@pytest.mark.parametrize(
    ("text", "count"),
    [("Gen. Smith arrived. Talks began. Mr. Lee left.", 3), ("One line only", 1), ("Ends here. And here!", 2)],
)
def test_timex_split_sentences_respects_abbreviations(text, count):
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # tokenized text puts a space before the comma; the year still belongs to the day
        ("The tanker ran aground on March 24 , 1989 , off the coast.", "March 24 , 1989", "1989-03-24"),
        ("Crews arrived on Friday , May 14 , 2010 .", "Friday , May 14 , 2010", "2010-05-14"),
        ("The plant closed in June , 2003 after the fire.", "June , 2003", "2003-06"),
    ],
)
def test_timex_year_after_a_spaced_comma(text, phrase, value):
    assert _one(text, phrase).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Fighters fled after the fall of the last town they held.",
        "Since the fall of the old regime, trade has grown.",
    ],
)
def test_timex_the_fall_of_a_place_is_no_season(text):
    assert [e.text for e in find_time_expressions(text, MONDAY) if e.precision is Precision.SEASON] == []


@pytest.mark.parametrize(
    ("text", "value", "anchor"),
    [
        # should fire: "the day before" closing its clause before "and" counts from the text's last date
        ("The bridge fell on 2 May 2025. The council asked for help the day before and said it feared the worst.",
         "2025-05-01", Anchor.TEXT),
        # ... and with no date before it, from publication (a Monday)
        ("The council asked for help the day before and said it feared the worst.", "2025-06-01",
         Anchor.PUBLICATION),
    ],
)
def test_timex_anaphoric_day_before_a_coordinated_clause(text, value, anchor):
    expression = _one(text, "the day before")
    assert (expression.value, expression.anchor) == (value, anchor)


def test_timex_day_before_an_event_noun_stays_the_event_reading():
    # should not fire: "the day before the vote and ..." is counted from the vote, span "the day"
    assert "the day before" not in _values("Rallies ended on the day before the vote and the count.")
