"""An attack's named victim tells which attack a report is of, as its doer does, and so does the person an
appointment or dismissal names; other kinds' targets do not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.resolve.event_victims import key_parties, victims
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2024, 3, 9)) for d in "abc"}
TUESDAY = "2024-03-05"


def _m(mid, doc, sentence, trigger, *, event_type=T.ATTACK, day=None, source="publication", actors=(), targets=()):
    return report(mid, doc, sentence, trigger, event_type=event_type, day=day, source=source,
                  args=arguments("actor", actors) + arguments("target", targets))


def _groups(mentions):
    return groups(mentions, DOCS)


SHOOTING = _m("a1", "a", "A gunman shot Officer Lena Varga outside a bakery on Tuesday.", "shot", day=TUESDAY,
              source="sentence", targets=("Lena Varga",))


@pytest.mark.parametrize(
    ("sentence", "trigger", "target", "merged"),
    [
        # an article with no date: "was killed" names the officer the dated report says was shot
        ("Lena Varga was killed by a gunman, her union said.", "killed", "Lena Varga", True),
        ("Lena Varga, who was shot by a gunman, leaves two sons.", "shot", "Lena Varga", True),
        # another victim: another attack
        ("Marek Holm was killed by a gunman, his union said.", "killed", "Marek Holm", False),
    ],
)
def test_event_victims_an_undated_report_joins_the_attack_on_the_same_victim(sentence, trigger, target, merged):
    undated = _m("b1", "b", sentence, trigger, targets=(target,))
    assert (_groups([SHOOTING, undated]) == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(
    ("event_type", "merged"),
    [
        (T.ATTACK, True),  # an officer shot on one day and reported shot the next: one shooting
        (T.PROPOSAL, False),  # two clubs' offers to one player are two offers, whatever day
    ],
)
def test_event_victims_only_an_attacks_target_is_evidence(event_type, merged):
    first = _m("b1", "b", "They shot at Lena Varga, police said.", "shot", event_type=event_type, day="2024-03-07",
               targets=("Lena Varga",))
    second = _m("c1", "c", "Lena Varga was shot at, police said.", "shot", event_type=event_type, day="2024-03-08",
                targets=("Lena Varga",))
    assert (_groups([first, second]) == [["b1", "c1"]]) is merged


def test_event_victims_a_country_is_no_victim_and_a_victim_no_doer():
    strike = report("a1", "a", "Aldoria struck Berovia on Tuesday.", "struck", event_type=T.ATTACK, day=TUESDAY,
                    source="sentence", args=arguments("actor", ["Aldoria"]) + arguments("target", ["Berovia"], country=True))
    assert victims(strike) == set()
    shot = _m("b1", "b", "Lena Varga shot Marek Holm.", "shot", actors=("Lena Varga",), targets=("Marek Holm",))
    assert key_parties(shot) == {"Lena Varga", "victim:Marek Holm"}
    revenge = _m("c1", "c", "Marek Holm shot Lena Varga.", "shot", actors=("Marek Holm",), targets=("Lena Varga",))
    assert not key_parties(shot) & key_parties(revenge)


@pytest.mark.parametrize(("target", "merged"), [("Ivo Marsh", True), ("Dana Pell", False)])
def test_event_victims_a_sacking_told_a_day_on_names_the_coach_it_sacked(target, merged):
    # "the Harriers fired Ivo Marsh on Monday"; an article of Tuesday: "the club canned Ivo Marsh"
    fired = _m("a1", "a", "The Harriers fired coach Ivo Marsh on Monday.", "fired", event_type=T.DISMISSAL,
               day="2024-03-04", source="sentence", targets=("Ivo Marsh",))
    canned = _m("b1", "b", "The club canned coach " + target + ".", "canned", event_type=T.DISMISSAL,
                targets=(target,))
    canned = replace(canned, date_value="2024-03-05")
    assert (_groups([fired, canned]) == [["a1", "b1"]]) is merged
