"""A named person is killed once: fatal reports of one named victim join however far apart their dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.resolve.event_killings import fatal, killed_by_name, named_dead, tells_killing_of
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2021, 6, 1)) for d in "abcd"}
MURDER_DAY = "2019-03-14"


def _m(mid, doc, sentence, trigger, *, day, source="sentence", targets=(), places=(), event_type=T.ATTACK):
    return report(mid, doc, sentence, trigger, event_type=event_type, day=day, source=source,
                  args=arguments("target", targets) + arguments("location", places))


MURDER = _m("a1", "a", "The pharmacist Ilse Moran was shot to death outside her shop on Thursday night.", "shot",
            day=MURDER_DAY, targets=("Ilse Moran",))


@pytest.mark.parametrize(
    ("sentence", "trigger", "day", "source", "target", "merged"),
    [
        # months on, dated by its article's day: the killing it names
        ("Ilse Moran was killed by a single rifle shot through her window.", "killed", "2019-09-02",
         "publication", "Ilse Moran", True),
        # an outlet that gives the wrong year: the same killing, its date a discrepancy
        ("Ilse Moran was murdered on March 14, 2020, by a gunman in a parked car.", "murdered", "2020-03-14",
         "sentence", "Ilse Moran", True),
        # a season a year later
        ("The pharmacist Ilse Moran was slain last spring.", "slain", "2020-SP", "sentence", "Ilse Moran", True),
        # another named victim is another killing
        ("Tomas Reyes was killed by a single rifle shot through his window.", "killed", "2019-09-02",
         "publication", "Tomas Reyes", False),
        # shot, not said to have died: she may have been attacked again
        ("Ilse Moran was shot at in her car last week.", "shot", "2019-09-02", "publication", "Ilse Moran", False),
    ],
)
def test_event_killings_a_later_fatal_report_of_the_victim_joins_the_killing(sentence, trigger, day, source, target,
                                                                            merged):
    later = _m("b1", "b", sentence, trigger, day=day, source=source, targets=(target,))
    assert (groups([MURDER, later], DOCS) == [["a1", "b1"]]) is merged


def test_event_killings_a_wounding_is_no_killing_to_join():
    wounded = _m("a1", "a", "Ilse Moran was shot and wounded outside her shop.", "shot", day=MURDER_DAY,
                 targets=("Ilse Moran",))
    killed = _m("b1", "b", "Ilse Moran was killed by a gunman in her kitchen.", "killed", day="2020-11-02",
                targets=("Ilse Moran",))
    assert groups([wounded, killed], DOCS) == [["a1"], ["b1"]]


@pytest.mark.parametrize(
    ("sentence", "trigger", "is_fatal"),
    [
        ("A sniper shot and killed the doctor.", "shot", True),
        ("The doctor was shot to death in his kitchen.", "shot", True),
        ("The doctor was fatally stabbed.", "stabbed", True),
        ("The assassination of the mayor shook the town.", "assassination", True),
        ("The doctor was shot in the arm.", "shot", False),
        ("Rebels attacked the convoy.", "attacked", False),
    ],
)
def test_event_killings_fatal_reads_whether_the_victim_died(sentence, trigger, is_fatal):
    assert fatal(_m("x", "a", sentence, trigger, day=MURDER_DAY)) is is_fatal


def test_event_killings_a_place_parsed_as_target_and_a_country_are_no_victims():
    in_town = _m("x", "a", "A man was killed in Dornbirn.", "killed", day=MURDER_DAY, targets=("Dornbirn",),
                 places=("Dornbirn",))
    assert named_dead(in_town, {}) == set()
    war = report("y", "a", "Aldoria killed soldiers of Berovia.", "killed", event_type=T.ATTACK, day=MURDER_DAY,
                 source="sentence", args=arguments("target", ["Berovia"], country=True))
    assert named_dead(war, {}) == set()
    # a statement about a killing is no killing
    said = _m("z", "a", "Ilse Moran was killed, police said.", "killed", day=MURDER_DAY, targets=("Ilse Moran",),
              event_type=T.STATEMENT)
    assert named_dead(said, {}) == set()


def test_event_killings_a_misdated_report_placed_first_still_ends_in_the_killing():
    # "a0" sorts first: a wrong year founds an event before the right day's reports exist; the
    # bus bombing its article told, misdated alike, stays apart from the killing
    wrong_year = _m("a0", "a", "Ilse Moran was killed on March 14, 2020, by a gunman.", "killed", day="2020-03-14",
                    targets=("Ilse Moran",))
    bus = _m("a2", "a", "A bomb on a bus in Varna killed nine commuters in 2020.", "killed", day="2020-03-14",
             targets=("Varna Transit",))
    right_day = [_m(f"{doc}1", doc, "Ilse Moran was shot to death outside her shop on Thursday.", "shot",
                    day=MURDER_DAY, targets=("Ilse Moran",)) for doc in "bcd"]
    found = groups([wrong_year, bus, *right_day], DOCS)
    assert ["a0", "b1", "c1", "d1"] in found
    assert not any("a2" in group and "b1" in group for group in found)


def test_event_killings_a_plot_to_kill_is_no_killing():
    plot = replace(_m("x", "a", "The men plotted to kill Ilse Moran.", "kill", day=MURDER_DAY, targets=("Ilse Moran",)),
                   status=models.EventStatus.PLANNED)
    assert named_dead(plot, {}) == set()


def test_event_killings_a_surname_alone_is_the_one_victim_named_in_full_with_it():
    later = _m("b1", "b", "Moran was killed by a rifle shot through her window.", "killed", day="2019-09-02",
               source="publication", targets=("Moran",))
    assert groups([MURDER, later], DOCS) == [["a1", "b1"]]
    # two victims share the surname: the surname names neither
    other = _m("c1", "c", "Paul Moran was shot to death at his farm on Friday.", "shot", day="2019-06-07",
               targets=("Paul Moran",))
    assert ["a1", "b1"] not in groups([MURDER, other, later], DOCS)


def test_event_killings_the_killed_are_looked_up_by_their_surname_as_written():
    later = _m("b1", "b", "Ilse O'Neill was killed by a rifle shot.", "killed", day=None, source="publication",
               targets=("Ilse O'Neill",))
    assert killed_by_name([MURDER, later], {}) == {"ilse moran": "Moran", "ilse oneill": "O'Neill"}
    # a report that she lived looks up no killing; a shooting that never says so may tell a stored one
    wounded = _m("c1", "c", "Ilse Moran was shot and wounded in the arm.", "shot", day=MURDER_DAY,
                 targets=("Ilse Moran",))
    assert killed_by_name([wounded], {}) == {}
    shot = _m("d1", "d", "Ilse Moran was shot through her window.", "shot", day=None, source="publication",
              targets=("Ilse Moran",))
    assert killed_by_name([shot], {}) == {"ilse moran": "Moran"}


@pytest.mark.parametrize(
    ("victim", "told"),
    [
        ("ilse moran", True),
        ("moran", True),  # the surname alone
        ("paul moran", False),  # another person of that surname
        ("tomas reyes", False),
    ],
)
def test_event_killings_a_stored_event_tells_the_killing_of_the_same_person(victim, told):
    assert tells_killing_of([MURDER], victim, {}) is told
