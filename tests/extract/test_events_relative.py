"""Events placed relative to another ("a day after X hit Y") and places that belong to another event.

Sentences written for these tests.
"""

from __future__ import annotations


import pytest

from dossier import models
from dossier.extract.date_shifts import relative_days

T = models.EventType

pytestmark = pytest.mark.slow








@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The summit opened a day after rebels attacked the border post.", "attacked", -1),
        ("The summit opened two days after rebels attacked the border post.", "attacked", -2),
        ("The rebels attacked the border post two days before the summit opened.", "opened", 2),
        ("The summit opened only hours after rebels attacked the border post.", "attacked", 0),
        ("The summit opened after rebels attacked the border post.", "attacked", None),
        ("The summit opened days after rebels attacked the border post.", "attacked", None),
    ],
)
def test_dating_relative_days_reads_the_measure(nlp, text, verb, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert relative_days(token) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Envoys of both sides met in Geneva on Tuesday, March 4. The talks came a day after rebels "
         "attacked an army base in the north.", T.ATTACK, "2030-03-03"),
        ("Envoys of both sides met in Geneva on Tuesday, March 4. The meeting took place two days after "
         "militia fighters shelled a frontier village.", T.ATTACK, "2030-03-02"),
    ],
)
def test_events_relative_clause_is_dated_from_the_main_event(extract, text, event_type, expected):
    mentions = [m for m in extract(text) if m.event_type == event_type]
    assert [m.date_value for m in mentions] == [expected]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army said on Friday, March 7, that its drones had struck three depots, in a raid carried "
         "out on the eve of a new round of talks in Geneva.", None),
        ("Rebels shelled a market in Geneva on Friday, March 7.", "Geneva"),
    ],
)
def test_arguments_place_of_other_event_is_not_inherited(extract, text, place):
    mentions = [m for m in extract(text) if m.event_type == T.ATTACK]
    assert [m.location for m in mentions] == [place]


def test_arguments_place_passes_from_talks_an_event_happens_at(extract):
    text = "The two sides agreed on Friday, March 7, to swap prisoners at the talks in Geneva."
    mentions = [m for m in extract(text) if m.event_type == T.AGREEMENT]
    assert [m.location for m in mentions] == ["Geneva"]
