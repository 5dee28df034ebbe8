"""A happening named by where or against what it was done ("the depot bombing", "the bombing of
the consulate") is referred back to for months; a bare or merely described one ("the attack",
"the car bombing") only within the usual weeks."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.resolve.event_named import NAMED_REFERENCE_DAYS, naming_words, reference_reach
from .reports import groups, report

T = models.EventType


def _m(sentence, trigger, event_type=T.ATTACK, *, mid="x", doc="a", day="2022-05-20", source="document"):
    return report(mid, doc, sentence, trigger, event_type=event_type, day=day, source=source)


@pytest.mark.parametrize(
    ("sentence", "trigger", "words"),
    [
        ("Shops stayed shut after the harbour bombings last spring.", "bombings", {"harbour"}),
        ("Residents said that after the Lyon bombing, police were everywhere.", "bombing", {"lyon"}),
        ("The bombings at the two consulates in Oran scared investors off.", "bombings", {"consulate", "oran"}),
        ("Nine guards died in the depot attack.", "died", {"depot"}),
        ("Four tourists were wounded in the attack on the ferry.", "wounded", {"ferry"}),
        ("The attacks on the two depots have killed 30 people.", "killed", {"depot"}),
    ],
)
def test_event_named_reads_the_words_that_name_a_happening(sentence, trigger, words):
    assert naming_words(_m(sentence, trigger)) == words


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type"),
    [
        ("He still remembers the attack.", "attack", T.ATTACK),  # no name: the usual weeks
        ("The car bombing killed two people.", "bombing", T.ATTACK),  # a kind of attack, not which
        ("A bombing at the market killed three.", "bombing", T.ATTACK),  # indefinite
        ("They were chatting when the bomb went off, killing 40 people.", "killing", T.ATTACK),
        ("The governor said the bombings at the depot killed 30.", "killed", T.ATTACK),
        ("Nine people were killed in the north.", "killed", T.ATTACK),
        ("The Geneva talks resumed.", "talks", T.NEGOTIATION),  # talks recur at one place
    ],
)
def test_event_named_leaves_unnamed_and_recurring_happenings_alone(sentence, trigger, event_type):
    assert naming_words(_m(sentence, trigger, event_type)) == frozenset()
    assert reference_reach(_m(sentence, trigger, event_type), 21) == 21


def _plain_documents(*days):
    return {f"d{i}": models.Document(doc_id=f"d{i}", text="", published=date.fromisoformat(day))
            for i, day in enumerate(days)}


def _bombing():
    return [
        _m("Two car bombs exploded outside the consulate in Oran on Friday, killing 30 people.", "killing",
           mid="a1", doc="d0", day="2022-03-04", source="sentence"),
        _m("A bomb ripped through the consulate in Oran on Friday, killing at least 28.", "killing",
           mid="a2", doc="d1", day="2022-03-04", source="sentence"),
    ]


def test_event_named_a_month_on_the_consulate_bombing_joins_the_attack():
    later = _m("Tourists have stayed away since the consulate bombing.", "bombing", mid="b1", doc="d2",
               day="2022-04-20", source="publication")
    assert reference_reach(later, 21) == NAMED_REFERENCE_DAYS
    docs = _plain_documents("2022-03-04", "2022-03-04", "2022-04-20")
    assert groups([*_bombing(), later], docs) == [["a1", "a2", "b1"]]


def test_event_named_a_month_on_an_unnamed_attack_stays_apart():
    later = _m("Tourists have stayed away since the attack.", "attack", mid="b1", doc="d2",
               day="2022-04-20", source="publication")
    docs = _plain_documents("2022-03-04", "2022-03-04", "2022-04-20")
    assert groups([*_bombing(), later], docs) == [["a1", "a2"], ["b1"]]


def test_event_named_a_name_the_event_was_never_told_with_stays_apart():
    # "the harbour bombing" names no attack told at a consulate
    later = _m("Tourists have stayed away since the harbour bombing.", "bombing", mid="b1", doc="d2",
               day="2022-04-20", source="publication")
    docs = _plain_documents("2022-03-04", "2022-03-04", "2022-04-20")
    assert groups([*_bombing(), later], docs) == [["a1", "a2"], ["b1"]]


def test_event_named_a_paragraph_dated_by_its_lead_joins_the_attack_it_names():
    # the article's lead dates the paragraph to its own day; "the consulate bombing" is the March one
    later = _m("Six guards were killed in the consulate bombing.", "killed", mid="b1", doc="d2",
               day="2022-03-10", source="document")
    docs = _plain_documents("2022-03-04", "2022-03-04", "2022-03-11")
    assert groups([*_bombing(), later], docs) == [["a1", "a2", "b1"]]
