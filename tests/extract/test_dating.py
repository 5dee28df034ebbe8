"""Which date an event takes: its own clause's, another event's it happens at, or the report's.

Sentences written for these tests; the publication date is a Sunday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow



RELATIVE_CLAUSE = ("Customs officers have begun applying the rules that were agreed with Peru at the talks in "
                   "Geneva on 3 March, Trade Minister Ana Ruiz said on Friday.")


@pytest.mark.parametrize(
    ("event_type", "day"),
    [
        (T.AGREEMENT, "2030-03-03"),  # the relative clause names its own day
        (T.NEGOTIATION, "2030-03-03"),  # "at the talks": the agreement's day, not the report's Friday
    ],
)
def test_dating_relative_clause_with_its_own_day_reports_its_events(extract, event_type, day):
    mentions = [m for m in extract(RELATIVE_CLAUSE) if m.event_type == event_type]
    assert [(m.date_value, m.date_source, m.reported_by) for m in mentions] == [(day, "sentence", "Ana Ruiz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's own day bounds what it reports, without being that event's stated date
        ("Colombia's army said on Thursday that its drones had struck two fuel depots near the border.",
         [("struck", "2030-03-07", "document")]),
        # a hypothetical event inside a dated report has no day of its own, so the timeline cannot place it
        ("The foreign minister said on Thursday that Peru would be ready to sign a ceasefire.", []),
    ],
)
def test_dating_report_date_is_not_the_reported_events_own(extract, text, expected):
    assert [(m.trigger, m.date_value, m.date_source) for m in extract(text)] == expected


def test_dating_date_premodifying_another_noun_does_not_date_the_sentence(extract):
    mentions = extract("Peru and Chile exchanged 200 prisoners on Saturday, March 9. "
                       "The prisoner swap was the only result of the March 3 talks in Geneva.")
    swap = [m for m in mentions if m.sentence_index == 1]
    assert [(m.event_type, m.date_value) for m in swap] == [(T.PRISONER_EXCHANGE, "2030-03-09")]


def test_dating_planned_event_keeps_no_weekday_counted_backwards(extract):
    # published on a Saturday: "is expected on Sunday" cannot be the Sunday before
    # (since the seventeenth session the tagger reads "is expected on Sunday" as the Sunday ahead, so
    # the planned stage is kept, dated then, and marked planned)
    mentions = extract("Peru and Chile exchanged prisoners on Saturday. A final stage is expected on Sunday.",
                       published=date(2030, 3, 9))
    assert [(m.event_type, m.date_value, m.status) for m in mentions] == [
        (T.PRISONER_EXCHANGE, "2030-03-09", models.EventStatus.HAPPENED),
        (T.PRISONER_EXCHANGE, "2030-03-10", models.EventStatus.PLANNED),
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "not_dated"),
    [
        # the years belong to a relative clause's conjunct that the parser hangs on the speaker's name
        ('"Nobody has read the report," said Ortega, who served as governor of the State of Sonora '
         "from 1991 to 1997 and as finance minister from 1988 to 1991.", T.STATEMENT, {"1988", "1991", "1997"}),
        # the year modifies the name inside a noun's modifier, not the rejecting
        ("The minister rejected the idea of an address in the style of Nelson Mandela in 1994.",
         T.REJECTION, {"1994"}),
    ],
)
def test_dating_year_describing_a_noun_does_not_date_the_verb(extract, text, event_type, not_dated):
    dates = [m.date_value for m in extract(text) if m.event_type == event_type]
    assert not set(dates) & not_dated


@pytest.mark.parametrize(
    ("text", "event_type", "year"),
    [
        ("The talks in Geneva in 2014 failed.", T.NEGOTIATION, "2014"),  # the trigger noun's own year
        ("He met the minister for the first time in 2012 at a summit in Lima.", T.MEETING, "2012"),
        ("Rebels were shot during the assassination attempt on the governor in 2009.", T.ATTACK, "2009"),
        # a dated happening the victim was harmed in dates the harm
        ("The photographer was killed in a 2011 airstrike near the coast.", T.ATTACK, "2011"),
        ("Four guards were wounded during the 2013 raid on the depot.", T.ATTACK, "2013"),
        ("The treasurer was arrested in a 2016 raid on the party offices.", T.ARREST, "2016"),
        # a clause on the happening saying only when it was dates it ("which began in ...")
        ("The cholera epidemic, which began in 1991, killed thousands of villagers.", T.DISASTER, "1991"),
        ("The talks, which took place in Oslo in 2011, failed.", T.NEGOTIATION, "2011"),
    ],
)
def test_dating_year_in_the_triggers_phrase_still_dates_it(extract, text, event_type, year):
    assert [m.date_value for m in extract(text) if m.event_type == event_type] == [year]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Envoys met in Oslo on Tuesday.\n\nThe two sides agreed that prisoners would be swapped on Friday.",
         T.AGREEMENT),
        ("Envoys met in Oslo on Tuesday.\n\nRuritania proposed that the leaders meet again on Friday.", T.PROPOSAL),
        # the same with an infinitive: Friday is the swap's, even when the agreeing is told later
        ("Envoys met in Oslo on Tuesday.\n\nThe two sides agreed to swap prisoners on Friday.", T.AGREEMENT),
        ("Envoys met in Oslo on Tuesday.\n\nThe sides agreed to swap prisoners on Friday, an aide said.",
         T.AGREEMENT),
    ],
)
def test_dating_a_date_in_what_is_agreed_or_offered_is_not_the_agreeings(extract, text, event_type):
    # Friday is when the swap or the meeting is to be, not when the sides agreed or offered it
    dates = [m.date_value for m in extract(text) if m.event_type == event_type]
    assert dates and "2030-03-08" not in dates and "2030-03-15" not in dates
