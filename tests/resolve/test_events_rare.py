"""Undated reports of an election or a quake, joined by the measures they share (events_rare)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier import models
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper()) for d in "abc"}  # no dates at all


def _m(mid, doc, sentence, trigger, counts, *, event_type=T.ELECTION, day=None, countries=()):
    """A report of an article without a date, giving exact counts ``(role, value)``."""
    source = "publication" if day is None else "sentence"
    mention = report(mid, doc, sentence, trigger, event_type=event_type, day=day, source=source,
                     args=arguments("participant", countries, country=True))
    quantities = tuple(models.EventQuantity(role=role, text=str(value), low=value, high=value, start=0, end=1)
                       for role, value in counts)
    return replace(mention, quantities=quantities)


def _groups(mentions):
    return groups(mentions, DOCS)


VOTE = _m("a1", "a", "Turnout reached 71 percent in the election, where 310 candidates stood.", "election",
          [("turnout_percent", 71.0), ("candidates", 310.0)])
QUAKE = _m("a1", "a", "A quake of magnitude 5.4 shook the island, injuring four people.", "quake",
           [("magnitude", 5.4), ("people_wounded", 4.0)], event_type=T.DISASTER)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same candidates; the outlets' turnouts differ, which compare then reports
        (VOTE, _m("b1", "b", "Officials put turnout at 68 percent in the vote for 310 candidates.", "vote",
                  [("turnout_percent", 68.0), ("candidates", 310.0)])),
        # the same magnitude; two injured against four is a discrepancy, not another quake
        (QUAKE, _m("b1", "b", "The 5.4 earthquake hurt two villagers on the island.", "earthquake",
                   [("magnitude", 5.4), ("people_wounded", 2.0)], event_type=T.DISASTER)),
    ],
)
def test_events_rare_undated_reports_sharing_a_measure_join(first, second):
    assert _groups([first, second]) == [["a1", "b1"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another magnitude: another quake, whatever else they share
        (QUAKE, _m("b1", "b", "A magnitude 6.2 quake struck the island and injured four.", "quake",
                   [("magnitude", 6.2), ("people_wounded", 4.0)], event_type=T.DISASTER)),
        # a report dated by its own text, years before: the previous election
        (VOTE, _m("b1", "b", "In the 2019 election 310 candidates stood.", "election", [("candidates", 310.0)],
                  day="2019-05-12")),
        # the same count in another country's election
        (_m("a1", "a", "Norland held an election with 310 candidates.", "election", [("candidates", 310.0)],
            countries=("Norland",)),
         _m("b1", "b", "Sudria held an election with 310 candidates.", "election", [("candidates", 310.0)],
            countries=("Sudria",))),
        # a country alone: it feels a strong quake every few years
        (_m("a1", "a", "A strong quake shook Norland.", "quake", [], event_type=T.DISASTER, countries=("Norland",)),
         _m("b1", "b", "An earthquake hit Norland.", "earthquake", [], event_type=T.DISASTER, countries=("Norland",))),
        # nothing shared but the kind of happening
        (VOTE, _m("b1", "b", "The election passed off calmly.", "election", [])),
    ],
)
def test_events_rare_reports_without_a_shared_measure_or_with_a_clash_stay_apart(first, second):
    assert _groups([first, second]) == [["a1"], ["b1"]]
