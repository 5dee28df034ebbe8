"""A report with no day joins the one event of its kind its story tells with its head word."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.events import resolve_events
from dossier.resolve.events_story import head_word, sole_story_event

from .reports import article_ties, event, report

T = models.EventType
MILL = ("Fire gutted the old paper mill at Kettering Wharf, and crews from three stations fought the blaze until "
        "dawn. The mill had stored rolls of newsprint and drums of solvent. Nobody was hurt, the fire brigade said, "
        "and the wharf road stays closed while the walls are checked.")
MILL_AGAIN = ("The old paper mill at Kettering Wharf was destroyed by a fire that crews fought until dawn. Rolls of "
              "newsprint and drums of solvent fed the blaze, the fire brigade said. The wharf road stays closed "
              "while the walls of the mill are checked.")
ORCHARD = ("A fire swept through the apple orchards above Dunmore village, burning cider barns and two tractors. "
           "Farmers said the dry summer left the grass like tinder. Volunteers cut a firebreak along the ridge "
           "before the wind turned.")
MILL_TEAM = ("Crews from three stations fought a fire at the old paper mill at Kettering Wharf until dawn. Police "
             "also arrested two men near the wharf road, where the mill's newsprint and solvent drums were stored. "
             "The fire brigade said the walls of the mill would be checked.")


def _report(mid, doc, sentence, trigger, *, day=None, location=None, kind=T.DISASTER, arguments=()):
    """A report dated by its sentence when ``day`` is given, else by nothing at all."""
    return report(mid, doc, sentence, trigger, event_type=kind, day=day, location=location, args=arguments)


UNDATED = _report("b1", "b", "The old paper mill was destroyed by a fire.", "fire")
MILL_FIRE = event(_report("a1", "a", "Fire gutted the old paper mill at Kettering Wharf.", "Fire"))
ORCHARD_FIRE = event(_report("c1", "c", "A fire swept through the apple orchards above Dunmore.", "fire"))


@pytest.mark.parametrize(("first", "second", "same"),
                         [("fires", "fire", True), ("arrested", "arrest", True), ("set fire", "fire", True),
                          ("fire", "arrest", False)])
def test_events_story_head_word_is_the_crude_stem_of_the_last_word(first, second, same):
    heads = [head_word(_report("x", "x", f"They {word} here.", word)) for word in (first, second)]
    assert (heads[0] == heads[1]) is same


def test_events_story_an_undated_report_joins_the_one_event_its_story_tells():
    ties = article_ties({"a": MILL, "b": MILL_AGAIN, "c": ORCHARD})
    assert sole_story_event(UNDATED, [MILL_FIRE, ORCHARD_FIRE], ties, {}) is MILL_FIRE


@pytest.mark.parametrize(
    ("report", "blocks", "texts"),
    [
        # the only fire it could be is in an article about something else: another story
        (UNDATED, "orchard", {"b": MILL_AGAIN, "c": ORCHARD}),
        # two fires told in articles that read like its own: which one, its words cannot say
        (UNDATED, "both", {"a": MILL, "b": MILL_AGAIN, "c": MILL_TEAM}),
        # a report with a day of its own is left to the dated rules
        (_report("b1", "b", UNDATED.sentence, "fire", day="2031-05-05"), "mill", {"a": MILL, "b": MILL_AGAIN}),
        # "another fire" marks one more happening of the kind
        (_report("b1", "b", "Another fire broke out at the mill.", "fire"), "mill", {"a": MILL, "b": MILL_AGAIN}),
        # another place named for it: the place veto stands
        (_report("b1", "b", UNDATED.sentence, "fire", location="Dunmore"), "mill_at_wharf",
         {"a": MILL, "b": MILL_AGAIN}),
    ],
)
def test_events_story_no_join_without_one_unvetoed_candidate(report, blocks, texts):
    mill_at_wharf = event(_report("a1", "a", "Fire gutted the old paper mill at Kettering Wharf.", "Fire",
                                   location="Kettering Wharf"))
    second_mill = event(_report("c1", "c", "Crews fought a fire at the old paper mill.", "fire"))
    block = {"orchard": [ORCHARD_FIRE], "both": [MILL_FIRE, second_mill], "mill": [MILL_FIRE],
             "mill_at_wharf": [mill_at_wharf]}[blocks]
    assert sole_story_event(report, block, article_ties(texts), {}) is None


def _arrest(mid, doc, sentence, person=None, day=None):
    named = models.Argument(role="target", text=person, canonical=person, start=0, end=len(person or ""))
    arguments = (named,) if person else ()
    return _report(mid, doc, sentence, "arrested", day=day, kind=T.ARREST, arguments=arguments)


@pytest.mark.parametrize(
    ("person", "joined"),
    [
        ("Ann Roe", True),  # Doe's arrest names another person: vetoed; Roe's shares her name
        (None, False),  # naming nobody, neither arrest is vetoed: two candidates
    ],
)
def test_events_story_a_vetoed_second_candidate_asks_for_a_shared_name(person, joined):
    roe = event(_arrest("a1", "a", "Police arrested Ann Roe near the wharf road.", "Ann Roe", "2031-05-05"))
    doe = event(_arrest("c1", "c", "Police arrested Bo Doe near the mill.", "Bo Doe", "2031-05-06"))
    report = _arrest("b1", "b", "She was arrested near the wharf road, police said.", person)
    found = sole_story_event(report, [roe, doe], article_ties({"a": MILL, "b": MILL_AGAIN, "c": MILL_TEAM}), {})
    assert (found is roe) is joined


def test_events_story_resolve_events_joins_the_undated_report():
    docs = {d: models.Document(doc_id=d, text=text, outlet=d.upper())
            for d, text in {"a": MILL, "b": MILL_AGAIN, "c": ORCHARD}.items()}
    dated = _report("a1", "a", "Fire gutted the old paper mill at Kettering Wharf on Monday.", "Fire", day="2031-05-05",
                    location="Kettering Wharf")
    orchard = _report("c1", "c", "A fire swept through the apple orchards above Dunmore on Monday.", "fire",
                      day="2031-05-05", location="Dunmore")
    groups = sorted(sorted(e.mention_ids) for e in resolve_events([dated, orchard, UNDATED], docs))
    assert groups == [["a1", "b1"], ["c1"]]
