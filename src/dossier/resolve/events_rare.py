"""Undated reports of a happening rare per place (an election, an earthquake) joined by its measures.

A country holds a parliamentary election every few years and a region feels a strong quake rarely,
so outlets' reports of one with no day at all (articles whose date neither their metadata nor
their text gives) stayed as many events as there were articles: nothing tied them, and the
outlets' disagreement on the turnout or on the injured never showed. Their type and a shared
country are not enough evidence, though: a story about a country may recall its previous election,
and an article about one quake the stronger one of months before ("the same island was hit by a
6.1 quake in September").

What ties them is the happening's own measure: an exact number both give (288 candidates, a 5.6
magnitude). What keeps them apart is a measure both give with different values (a 5.2 quake and a
5.6 one are two quakes), a place or parties both name with none in common, or a date: only events
with no date at all are joined here, so a dated report of another year stays apart. A tally of
people (the injured, the turnout, the eligible voters) differs between outlets and over the hours
and is left to the compare stage as a discrepancy. Runs after ``events`` has placed every report.
For the same reason ``events`` no longer lets a shared country corroborate a report of these kinds
with no day at all (``rare_undated``): two undated reports naming Iran told quakes three years
apart (ECB+ topic 20). Other kinds keep it: without it, held-out topic 30 lost MUC recall 0.52 -> 0.45.

Measured end to end on ECB+ (``dossier eval ecbplus-build``, 2026-11-23, both changes): topics
1-20 MUC precision 0.850 -> 0.853, recall 0.488 -> 0.498; B-cubed precision 0.918 -> 0.919,
recall 0.557 -> 0.565; CoNLL F1 0.608 -> 0.615; held-out 21-35 unchanged. Scores moved on topics
11 and 20 only. ECB+ keeps the act of voting ("Turkmenistan voted Sunday") apart from the election, so
joining an article's election event that already holds its "voted" costs precision on topic 11
(B-cubed 1.0 -> 0.87). The review's undated stories: 9 election events -> 6, with the turnouts
(93.87% against 90%) now a discrepancy; 6 quake events -> 3, with the injured (5 against 2) one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.event_conflicts import happening_kind
from dossier.resolve.events_sameday import specific_names

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

T = models.EventType
RARE_TYPES = frozenset({T.ELECTION, T.DISASTER})  # a few a decade per country or region
# Measures a happening has once, fixed before it or measured once (extract.measure_roles): two
# different values mean two happenings. Other counts are tallies that outlets revise and disagree on.
MEASURES = frozenset({"magnitude", "candidates", "seats"})
SCOPE_MARK = "@"  # "magnitude@aftershocks": a measure of something else (extract.measure_roles)


def join_rare_undated(block: list[Cluster], same_place: Callable[[str, str], bool]) -> None:
    """Join events of a rare kind with no date at all that share an exact measure or count.

    Args:
        block: the events of one family being built; merged in place (a joined event is emptied).
        same_place: whether two place names are one place.

    Returns:
        None. An event founded in this batch joins the candidate sharing most exact counts with
        it, of at least its size, when no measure, place or named party conflicts; stored events
        only take in new ones, as in ``events``.
    """
    undated = [c for c in block if c.mentions and _rare_undated(c)]
    for cluster in sorted((c for c in undated if c.event_id is None), key=lambda c: len(c.mentions)):
        best, best_shared = None, 0
        for other in undated:
            if other is cluster or not other.mentions or len(other.mentions) < len(cluster.mentions):
                continue
            if _apart(cluster, other, same_place):
                continue
            shared = len(_exact_counts(cluster) & _exact_counts(other))
            if shared > best_shared:
                best, best_shared = other, shared
        if best is not None:
            best.absorb(cluster)


def rare_undated(mention: models.EventMention) -> bool:
    """Whether a report of a rare kind of happening gives no day at all: a country it shares with
    an event is then no evidence that the two are one (``events``), as a country holds many over years."""
    return mention.date_value is None and mention.event_type in RARE_TYPES


def _rare_undated(cluster: Cluster) -> bool:
    """An event of a rare type whose reports give no day at all."""
    return cluster.date_value is None and all(rare_undated(m) for m in cluster.mentions)


def _apart(cluster: Cluster, other: Cluster, same_place: Callable[[str, str], bool]) -> bool:
    """Whether anything two events say rules out one happening: type, kind, place, names, measures.

    Countries and other names are compared apart: a report naming the island and one naming the
    country it belongs to ("Qeshm", "Iran") tell one quake, where two countries, or two towns, do not."""
    if not {m.event_type for m in cluster.mentions} & {m.event_type for m in other.mentions}:
        return True
    kinds = {happening_kind(m) for m in cluster.mentions} - {None}
    other_kinds = {happening_kind(m) for m in other.mentions} - {None}
    if kinds and other_kinds and not kinds & other_kinds:
        return True  # an outbreak and an earthquake
    if cluster.location and other.location and not same_place(cluster.location, other.location):
        return True
    for names in (_countries, _specific_names):
        ours, theirs = names(cluster), names(other)
        if ours and theirs and not ours & theirs:
            return True
    return _measures_differ(cluster, other)


def _countries(cluster: Cluster) -> set[str]:
    return {a.country for m in cluster.mentions for a in m.arguments if a.country}


def _specific_names(cluster: Cluster) -> set[str]:
    return set().union(*(specific_names(m) for m in cluster.mentions))


def _measures_differ(cluster: Cluster, other: Cluster) -> bool:
    """A measure both give, with no value of one within a value of the other: a 5.2 and a 5.6 quake."""
    ours, theirs = _measures(cluster), _measures(other)
    return any(not any(low <= o_high and o_low <= high for low, high in ours[role] for o_low, o_high in theirs[role])
               for role in ours.keys() & theirs.keys())


def _measures(cluster: Cluster) -> dict[str, set[tuple[float, float]]]:
    found: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for mention in cluster.mentions:
        for quantity in mention.quantities:
            if quantity.role in MEASURES:
                found[quantity.role].add((quantity.low, quantity.high))
    return found


def _exact_counts(cluster: Cluster) -> set[tuple[str, float]]:
    """The exact numbers an event's reports give, by role (not another thing's: no "@" scope)."""
    return {(q.role.removesuffix("_each_side"), q.low) for m in cluster.mentions for q in m.quantities
            if q.low == q.high and SCOPE_MARK not in q.role}
