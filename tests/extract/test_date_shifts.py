"""Dates that move with the clause they are counted from, and the days a story's narration keeps.
The publication date is a Sunday, 10 March 2030 (see conftest). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.extract.date_references import is_reference

T = models.EventType

pytestmark = pytest.mark.slow

LEAD = "Police named the skier on Sunday.\n\nThe resort is busy in March.\n\nGuides say the pass is steep.\n\n"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # should fire: a "while" clause happens when its head does; its day is the death's
        (LEAD + "A skier died while crossing the pass on Friday.", "2030-03-08"),
        # should not fire: an "after" clause keeps its day to itself
        (LEAD + "A skier died after he had crossed the pass on Friday.", "2030-03-10"),
    ],
)
def test_date_shifts_same_time_clause_gives_its_day_to_its_head(extract, text, day):
    assert [m.date_value for m in extract(text) if m.event_type == T.DEATH] == [day]


STATED = "Police named the pilot.\n\nAnn Lee died on a ridge on Saturday.\n\nRescuers found her at noon.\n\n"
UNSTATED = "Police named the pilot.\n\nRescuers found her at noon.\n\n"
LATER = "Her death came a day after a guide was killed in a fall."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # should fire: "a day after" counts from the day the article stated for her death
        (STATED + LATER, "2030-03-08"),
        # should not fire: with no day stated, it counts from the publication day as before
        (UNSTATED + LATER, "2030-03-09"),
    ],
)
def test_date_shifts_distance_counts_from_the_main_clause_date(extract, text, day):
    killed = [m for m in extract(text) if m.trigger == "killed"]
    assert [m.date_value for m in killed] == [day]


TAIL = "\n\nThe marches had been calm.\n\nShops were closed.\n\nLater, youths attacked a police station."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # should fire: the killing is the cause the sentence dates before its news; no narration day
        # (nor Sunday's publication day, the news being Saturday's: ``date_backstory``)
        ("Marches were held on Saturday in anger at the killing of a student by guards eight days ago." + TAIL,
         None),
        # should not fire: the sentence's latest day is its attack's, which later attacks continue
        ("Gunmen killed a guard on Saturday." + TAIL, "2030-03-09"),
    ],
)
def test_date_shifts_narration_keeps_only_the_latest_day_of_a_sentence(extract, text, day):
    attacked = [m for m in extract(text) if m.trigger == "attacked"]
    assert [m.date_value for m in attacked] == [day]


@pytest.mark.parametrize(
    ("text", "phrase", "reference"),
    [
        # should fire: "through" bounds a span as "until" does
        ("The captain is guaranteed to earn $30 million through 2035 with the club.", "2035", True),
        # should not fire: "in" places the event
        ("The captain earned $30 million in 2029 with the club.", "2029", False),
    ],
)
def test_date_shifts_through_is_a_bound(nlp, text, phrase, reference):
    doc = nlp(text)
    start = text.index(phrase)
    assert is_reference(doc.char_span(start, start + len(phrase))) is reference



@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # should not fire: the main clause tells no event, so "three weeks after his death" counts
        # from nothing the text dates, and the death stays undated
        ("Jurors asked to hear a tape of the man bragging to cellmates three weeks after the guard's death.",
         "death", None),
        ("This was the street outside the depot a day after his death.", "death", None),
        # should fire: the main clause's event is dated, so the distance counts from it
        ("The summit opened on Friday, two days after rebels attacked the border post.", "attacked", "2030-03-06"),
    ],
)
def test_date_shifts_distance_from_an_undated_happening_stays_undated(extract, text, trigger, day):
    assert [m.date_value for m in extract(text) if m.trigger == trigger] == [day]
