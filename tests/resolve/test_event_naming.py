"""A happening named by a plural ("the bombings"), with its date ("the May 3 attack"), or as the
subject of its toll ("The attacks on the depots killed 30") is a definite reference back."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.event_naming import event_noun_types, names_its_subject, singulars
from dossier.resolve.events_evidence import definite
from .reports import report

T = models.EventType


def _m(sentence, trigger, event_type=T.ATTACK):
    return report("x", "a", sentence, trigger, event_type=event_type, day="2022-05-20", source="publication")


@pytest.mark.parametrize(
    ("sentence", "trigger", "named"),
    [
        ("Tourism has not recovered from the twin bombings.", "bombings", True),
        ("Investors fled after the May 3 attack on the depot.", "attack", True),
        ("The 2019 bombing of the depot is still unsolved.", "bombing", True),
        ("The suspected truck bombings near the depots killed 30 people.", "killed", True),
        ("The attacks on the two depots have killed 30 people.", "killed", True),
        # a count, not a date, before the noun
        ("Police counted the 12 attacks in the region.", "attacks", False),
        # indefinite
        ("Bombings shook the port city overnight.", "Bombings", False),
        ("A truck bomb killed 30 people.", "killed", False),
        # the subject is someone else
        ("The governor said the attacks killed 30 people.", "killed", False),
        ("The envoy and bombings experts arrived.", "arrived", False),
    ],
)
def test_event_naming_definite_reads_plurals_dates_and_toll_subjects(sentence, trigger, named):
    assert definite(_m(sentence, trigger)) is named


def test_event_naming_a_toll_subject_must_name_the_reports_own_kind():
    # the talks are no attack: "The talks collapsed" tells nothing of a killing
    assert not names_its_subject(_m("The talks in the capital killed any hope of a deal.", "killed"))
    assert names_its_subject(_m("The quake near the coast killed 80 people.", "killed", T.DISASTER))


def test_event_naming_plurals():
    assert "bombing" in singulars("bombings") and "casualty" in singulars("casualties")
    assert T.ATTACK in event_noun_types("Attacks")
    assert not event_noun_types("embassies")
