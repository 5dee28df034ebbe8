"""An event with no day joins another of its family that one story's articles tell in kindred words.

Reports are placed one at a time, so an undated article's account of a happening founds an event of
its own when its first report comes before those it would have joined, or when no single report
ties it: the story's lead happening then stays split into word families ("captured" / "arrested",
"charged" in three articles of one story), each an event, none with a day to compare. Once every
report is placed, such an event is asked as a whole: an event founded in this batch with no day
joins another event of its family when

- an article of each reads like one story (``events_ties.ArticleTies.one_story``), or, when the other
  event has no day either, a report of the article names a doer, an attack's victim or the place the
  other's reports name, and one of its doers when they name any (``_named_alike``); two of its
  articles do when it has three or more (``events_minority``: ECB+ build, topics 1-20 0.7555 -> 0.7587,
  held-out identical; one Detroit headline had tied fourteen reports of a Vancouver shooting to it);
- some trigger of each names one kind of happening (``events_sameday.related_triggers``);
- one of its reports agrees with the other's reports most like it by the fitted pair scorer
  (``events_pairs.reports_agree`` at ``events_ties.UNDATED_PAIR_THRESHOLD``);
- none of its reports conflicts with the other event (``event_conflicts``).

Several candidates: the one with the most agreeing reports, then the larger. A clash of names
(``events_evidence.names_apart``) is not asked: inside one story's articles it is nearly always one
name written two ways ("Somalian pirates" and "Somali and Yemeni pirates", "Vancouver" and
"Canada"), and the story tie is what tells two happenings of one kind apart.

Measured on ECB+ (2026-11-25). Chosen on topics 1-20 from the event pairs the rules above leave
apart, one or both with no day: of the pairs of gold mentions the four tests join, 76 coreferent
against 10 not, none across the benchmark's two sub-topics of a topic; asking also for no clash of
names kept 13 of the 76 (against 5). End to end (``dossier eval ecbplus-build``, CoNLL F1): all topics 0.713 ->
0.736 (MUC P / R 0.874 / 0.732 -> 0.879 / 0.767, B-cubed 0.823 / 0.680 -> 0.814 / 0.721), topics
1-20 0.714 -> 0.746, held-out 21-35 0.710 -> 0.727; every topic that moved rose. Story clustering
(``dossier eval stories``) and Istanbul identical.

The shared name (2026-11-25): short wire stories and round-ups of one shooting read unlike each
other at cosine 0.5 (1732 pairs of articles of one ECB+ sub-topic on topics 1-20 are joined by no
chain of alike articles), so two undated events of one story stayed apart, the largest class of lost
links left (89 pairs on topics 1-20). Only between two undated events: a dated event already has
the dated rules, and a college star's undated record joined another team's dated game by a shared
name (held-out topic 31 0.846 -> 0.677). Any shared name, a player included, joined three teams'
offers to one player (topic 10 0.637 -> 0.569), and asking only that the doers not differ still
did; with a shared doer, victim or place instead, ECB+ build topics 1-20 0.7587 -> 0.7603,
held-out 21-35 0.7315 -> 0.7377, no topic lower (any name but the event's own doers differing:
0.7618 / 0.7400, but two clubs' offers to one player joined, ``test_event_victims``). A second
article between two alike ones (two hops) was left out: 96 pairs of one sub-topic against 1 across
on topics 1-20, but 100 against 29 held out.

The place, read wider (2026-11-25): the place a report names may be a party the parser found ("at a
Vancouver office": ``PLACE_ROLES``, not a country) or a place the event's reports give, written
word for word in its sentence ("at an east Vancouver business", where the parser found none:
``_in_sentence``). A name that is neither a doer nor a place (the player three teams make offers
to) still ties nothing. ECB+ build, kept dossiers re-resolved: topics 1-20 0.7603 -> 0.7630 (topic
19 0.628 -> 0.659), held-out 21-35 0.7377 unchanged. Tried and left out: letting a report that names
no doer join an event that names one (topics 1-20 0.7708, topics 13, 18 and 19 up): story
clustering fell (``dossier eval stories`` 0.8666 -> 0.8580; 0.8646 with the party as place alone),
since one gulf's two pirate captures, years apart, told undated, then joined.

The doer a parse missed (2026-11-25, fifth round): a report whose parse found no doer ("The Indian
Navy on Saturday foiled a hijack attempt ... and arrested 23 pirates", "Bettie Page, the pin-up
queen, ..., died Thursday") but whose sentence writes one of the other event's doers in full
(``events_sameday.writes_a_name``: two words or more, not a country or a place of the event) names
that doer. A lone word or a country written in the sentence ties nothing: "Alaska" (parsed as the
doer of "Alaska Gov. Sarah Palin") tied a dairy fire to a church fire, and "The parliament election
is over in Turkmenistan" one election to another five years on. ECB+ build, kept dossiers
re-resolved: topics 1-20 0.7642 -> 0.7734 (topics 4, 12, 13 up, none lower), held-out 21-35 0.7414
unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.entities import fold
from dossier.resolve.event_conflicts import conflicts, doers
from dossier.resolve.events_evidence import shares_doer
from dossier.resolve.events_minority import enough_articles
from dossier.resolve.events_pairs import reports_agree
from dossier.resolve.events_sameday import related_triggers, writes_a_name
from dossier.resolve.events_ties import UNDATED_PAIR_THRESHOLD

# Roles in which a report's name may be the place of a happening: the parser takes "at a Vancouver
# office" for a party as often as for a place (ECB+ build, topic 18).
PLACE_ROLES = frozenset({"location", "participant"})

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster
    from dossier.resolve.events_ties import ArticleTies


def join_told_alike(block: list[Cluster], ties: ArticleTies | None) -> None:
    """Move each undated event founded in this batch into the event of its family its story tells alike.

    Args:
        block: the events of one family, after every report is placed; merged in place (a joined
            event is emptied).
        ties: the batch's article ties; None joins nothing.

    Returns:
        None. Smaller events are asked first, so a chain of word families ends in the largest.
    """
    if ties is None:
        return
    for cluster in sorted((c for c in block if c.event_id is None and c.mentions and c.date_value is None),
                          key=lambda c: len(c.mentions)):
        best, best_key = None, (0, 0)
        for other in block:
            if other is cluster or not other.mentions or len(other.mentions) < len(cluster.mentions):
                continue
            agreeing = _agreeing(cluster, other, ties)
            if agreeing and (agreeing, len(other.mentions)) > best_key:
                best, best_key = other, (agreeing, len(other.mentions))
        if best is not None:
            best.absorb(cluster)


def _agreeing(cluster: Cluster, other: Cluster, ties: ArticleTies) -> int:
    """How many of the event's reports the pair scorer finds telling the other event; 0 when the
    two are not one story's, their triggers unrelated, or a report conflicts."""
    ours = {m.doc_id for m in cluster.mentions}
    theirs = {m.doc_id for m in other.mentions}
    # the other event's doers and places, read once for every report asked about
    named = (set().union(*(doers(m) for m in other.mentions)), _places(other)) if other.date_value is None else None
    alike = sum(any(ties.one_story(a, b) for b in theirs)
                or named is not None and any(_named_alike(m, other, *named) for m in cluster.mentions if m.doc_id == a)
                for a in ours)
    if not enough_articles(alike, len(ours)):
        return 0
    if not any(related_triggers(m.trigger, n.trigger) for m in cluster.mentions for n in other.mentions):
        return 0
    if any(conflicts(m, other) for m in cluster.mentions):
        return 0
    return sum(reports_agree(m, other.mentions, UNDATED_PAIR_THRESHOLD) for m in cluster.mentions)


def _named_alike(mention: models.EventMention, other: Cluster, their_doers: set[str], places: set[str]) -> bool:
    """Whether an undated report names a doer, an attack's victim or the place the undated event's
    reports name, and, when they name doers (``their_doers``), one of them. Not any other party: an
    offer to one player is made by several teams, and a report naming only the player may tell any
    of them. ``places`` are the other event's (``_places``)."""
    ours = doers(mention)
    # a report whose parse found no doer may still write one of theirs: "The Indian Navy on Saturday
    # foiled a hijack attempt ... and arrested 23 pirates", "Bettie Page, the pin-up queen, died"
    written = not ours and writes_a_name(mention, {fold(name) for name in their_doers} - _countries(other) - places)
    if their_doers and not ours & their_doers and not written:
        return False
    return written or shares_doer(mention, other) or bool(_places_named(mention) & places) \
        or _in_sentence(mention, places)


def _in_sentence(mention: models.EventMention, places: set[str]) -> bool:
    """Whether the report's sentence names one of the places, word for word ("at an east Vancouver
    business", where the parser found no place): the sentence tells where its happening was."""
    sentence = f" {fold(mention.sentence)} "
    return any(f" {place} " in sentence for place in places if place)


def _countries(cluster: Cluster) -> set[str]:
    """Folded names of the countries an event's reports name as such (a state, not a person of it)."""
    return {fold(a.canonical) for m in cluster.mentions for a in m.arguments if a.country and a.canonical == a.country}


def _places(cluster: Cluster) -> set[str]:
    """Folded places an event's reports give as where it happened (their place, place arguments)."""
    return {fold(m.location) for m in cluster.mentions if m.location} | {
        fold(a.canonical) for m in cluster.mentions for a in m.arguments if a.role == "location" and a.canonical}


def _places_named(mention: models.EventMention) -> set[str]:
    """Folded names a report gives in any role that may be a place: its place and every argument but
    a country (a parser often takes "at a Vancouver office" for a party), and never a doer."""
    found = {fold(a.canonical) for a in mention.arguments
             if a.canonical and a.role in PLACE_ROLES and a.canonical != a.country}
    return found | ({fold(mention.location)} if mention.location else set())
