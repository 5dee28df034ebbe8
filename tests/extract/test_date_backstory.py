"""Backstory told in the past is not dated by the publication day (``date_backstory``).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow

PUBLISHED = date(2031, 5, 14)  # a Wednesday

VERDICT = ("Baker's killer convicted\n\nA jury on Tuesday convicted a man of murdering a baker in March 2029.\n\n"
           "The verdict came after a week of testimony. Relatives wept in court.\n\n")
FUNERAL = ("Firefighter laid to rest\n\nMourners gathered on Tuesday for the funeral of a firefighter.\n\n"
           "Hundreds lined the streets. Bagpipes played.\n\n")
RAID_TUESDAY = ("Guard killed in raid\n\nA gunman killed a guard at a bank on Tuesday, police said.\n\n"
                "The bank was busy. Staff hid in a vault.\n\n")
RAID_TODAY = RAID_TUESDAY.replace("on Tuesday", "today")


def _dates(extract, text, event_type):
    return [m.date_value for m in extract(text, PUBLISHED) if m.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # should fire: the news is a verdict, so the killing and the arrest happened before it
        (VERDICT + "The baker was stabbed behind his counter. The man was arrested two streets away.", T.ARREST),
        # should fire: a funeral looks back on the death it follows
        (FUNERAL + "The firefighter was killed when a roof collapsed on him.", T.ATTACK),
        # should fire: the news was Tuesday's; Wednesday's paper tells nothing later in the past
        (RAID_TUESDAY + "The gunman fled in a car.", T.ESCAPE),
        # should fire: a pluperfect is before the story's time
        (RAID_TODAY + "The gunman had fled before officers arrived.", T.ESCAPE),
    ],
)
def test_backstory_stays_undated(extract, text, event_type):
    assert _dates(extract, text, event_type) == [None]


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        # should not fire: the news is of the publication day, and this is more of it
        (RAID_TODAY + "The gunman fled in a car.", T.ESCAPE, "2031-05-14"),
        # should not fire: a pluperfect is only the tense after "said"
        (RAID_TODAY + "Police said the gunman had fled in a car.", T.ESCAPE, "2031-05-14"),
        # should not fire: a present perfect tells the article's own news
        (RAID_TODAY + "Police have arrested a man at a motel.", T.ARREST, "2031-05-14"),
    ],
)
def test_the_articles_own_news_keeps_the_publication_day(extract, text, event_type, day):
    assert _dates(extract, text, event_type) == [day]


def test_a_report_the_text_dates_keeps_its_day(extract):
    # should not fire: a day of its own in the verdict story
    text = VERDICT + "The man was arrested on 2 April 2029."
    assert _dates(extract, text, T.ARREST) == ["2029-04-02"]


def test_a_killing_dated_years_back_leaves_a_later_undated_one_undated(extract):
    # should fire: the article dated its shooting to another year; its news is a sentencing
    text = ("Killer sentenced\n\nThe gunman shot a cashier at a petrol station in 2029.\n\n"
            "A judge on Tuesday sentenced him to life in prison.\n\nThe lights were off. Nobody saw.\n\n"
            "The cashier was shot twice in the chest.")
    assert _dates(extract, text, T.ATTACK) == ["2029", None]
