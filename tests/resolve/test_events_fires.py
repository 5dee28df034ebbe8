"""A fire told as arson in one article and as a blaze in another is one event."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.events import resolve_events
from dossier.resolve.events_fires import join_fire_families

from .reports import article_ties, event, report

T = models.EventType
MILL = ("A fire gutted the old Tessel flour mill on Quay Road before dawn, and crews from three stations fought the "
        "flames for five hours. The mill had stood empty since the bakery chain closed it. Nobody was hurt, the "
        "fire service said, and the cause of the blaze is not yet known.")
MILL_ARSON = ("Investigators say the fire that gutted the old Tessel flour mill on Quay Road was arson. Crews from "
              "three stations fought the flames for five hours at the empty mill, which the bakery chain closed. "
              "Nobody was hurt, the fire service said.")
FARM = ("An arson fire destroyed a hay barn at the Dorrin farm near Wexley, police said. The farmer saw two men "
        "running from the barn with petrol cans. Police are looking for the men and a grey van.")


def _report(mid, doc, sentence, trigger, kind, *, day=None):
    return report(mid, doc, sentence, trigger, event_type=kind, day=day)


def _blaze(day=None):
    return event(_report("a1", "a", "A fire gutted the old Tessel flour mill on Quay Road.", "fire", T.DISASTER, day=day),
                  _report("a2", "a", "Crews fought the flames for five hours.", "flames", T.DISASTER, day=day))


def _arson(doc="b", *, trigger="fire", day=None, stored=False):
    sentence = f"Investigators say the {trigger} at the old Tessel flour mill was arson."
    return event(_report("b1", doc, sentence, trigger, T.ATTACK, day=day), stored=stored)


def test_events_fires_an_arson_fire_joins_the_blaze_of_its_story():
    blaze, arson = _blaze(), _arson()
    join_fire_families([arson], [blaze], article_ties({"a": MILL, "b": MILL_ARSON}))
    assert sorted(m.mention_id for m in blaze.mentions) == ["a1", "a2", "b1"]
    assert arson.mentions == []


@pytest.mark.parametrize(
    ("arson", "texts", "blaze_day"),
    [
        # an arson told in an article of another story: a barn on a farm, not the mill
        (_arson(), {"a": MILL, "b": FARM}, None),
        # one story, but two days: a second fire
        (_arson(day="2031-03-09"), {"a": MILL, "b": MILL_ARSON}, "2031-03-02"),
        # the report tells the setting of the fire, an act of its own, not the fire
        (_arson(trigger="arson"), {"a": MILL, "b": MILL_ARSON}, None),
        # an event stored by an earlier batch keeps its id: it is not moved
        (_arson(stored=True), {"a": MILL, "b": MILL_ARSON}, None),
    ],
)
def test_events_fires_leaves_apart(arson, texts, blaze_day):
    blaze = _blaze(blaze_day)
    join_fire_families([arson], [blaze], article_ties(texts))
    assert [m.mention_id for m in arson.mentions] == ["b1"]
    assert len(blaze.mentions) == 2


def test_events_fires_resolve_events_makes_one_event_of_the_mill_fire():
    documents = {"a": models.Document(doc_id="a", text=MILL), "b": models.Document(doc_id="b", text=MILL_ARSON)}
    mentions = list(_blaze().mentions) + list(_arson().mentions)
    events = resolve_events(mentions, documents)
    assert [sorted(e.mention_ids) for e in events] == [["a1", "a2", "b1"]]
    assert events[0].event_type == T.DISASTER
