"""What keeps a report out of an event, however alike the two look: a conflict between them.

Sides reversed (Russia striking Ukraine is not Ukraine striking Russia), party lists that each
name a country the other leaves out, statements of different speakers, agreements about different
things, a span of days against one day inside it, and different exact counts on vague dates.
Kept apart from ``events``, which weighs the evidence for joining, because each test here vetoes
alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier import models
from dossier.extract.ontology import ACCIDENT_NOUNS, DISASTER_NOUNS, ILLNESS_NOUNS
from dossier.extract.themes import theme_of
from dossier.timevalues import width

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

T = models.EventType
ACTING = frozenset({"actor"})  # argument roles of the sides doing an event
NAMED = frozenset({"actor", "mediator"})  # ... and of those a report names as its parties at all
DAY_OR_RANGE = {models.Precision.DAY, models.Precision.TIME, models.Precision.RANGE}
# Kinds of happening the `disaster` type holds, by the noun that names one: an outbreak is never an
# earthquake or a blast, nor an aftershock the quake, whatever their days. Verbs ("killed") name no kind.
HAPPENING_KINDS = {"aftershock": frozenset({"aftershock"}), "nature": DISASTER_NOUNS - {"aftershock"},
                   "illness": ILLNESS_NOUNS, "accident": ACCIDENT_NOUNS}


def conflicts(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether anything the mention says rules out that it tells the cluster's event.

    Args:
        mention: a report about to be placed.
        cluster: an event being built, with its mentions and date.

    Returns:
        True when counts, sides, part and whole, themes, party lists or speakers conflict.
    """
    return (_kinds_differ(mention, cluster) or _counts_conflict(mention, cluster) or _roles_reversed(mention, cluster)
            or _part_and_whole(mention, cluster) or _themes_differ(mention, cluster)
            or _parties_conflict(mention, cluster) or _speakers_differ(mention, cluster))


def happening_kind(mention: models.EventMention) -> str | None:
    """"nature", "illness" or "accident" for a disaster named by a noun of that kind, else None."""
    if mention.event_type is not T.DISASTER:
        return None
    word = mention.trigger.lower()
    for kind, nouns in HAPPENING_KINDS.items():
        if word in nouns or word.removesuffix("s") in nouns or word.removesuffix("es") in nouns:
            return kind
    return None


def _kinds_differ(mention: models.EventMention, cluster: Cluster) -> bool:
    """An outbreak and an earthquake (or a blast) are two happenings: only kinds both known are compared."""
    ours = happening_kind(mention)
    if ours is None:
        return False
    theirs = {happening_kind(m) for m in cluster.mentions} - {None}
    return bool(theirs) and ours not in theirs


def _themes_differ(mention: models.EventMention, cluster: Cluster) -> bool:
    """Two agreements (or offers, requests, demands) of one day about different things are two
    events: "agreed to swap prisoners" and "agreed to draft ceasefire terms". Only themes both
    known and sharing no key keep a mention out; a mention without one ("the agreement") may join."""
    ours = theme_of(mention)
    if not ours:
        return False
    theirs = [theme for theme in (theme_of(m) for m in cluster.mentions) if theme]
    return bool(theirs) and not any(ours & theme for theme in theirs)


def parties(mention: models.EventMention, roles: frozenset[str]) -> set[str]:
    """The countries a report names in some roles; a person of unknown nationality is no side."""
    return {a.country for a in mention.arguments if a.role in roles and a.country}


def _parties_conflict(mention: models.EventMention, cluster: Cluster) -> bool:
    """Each side names an actor the other leaves out: "Turkish, American and Ukrainian delegations
    met" and "a meeting between Turkey, Russia and Ukraine" are two meetings. One list merely
    longer than the other is no conflict (reports name the parties they care about), nor is a
    side the other names as broker."""
    ours, ours_named = parties(mention, ACTING), parties(mention, NAMED)
    if len(ours) < 2:
        return False
    for other in cluster.mentions:
        theirs = parties(other, ACTING)
        if len(theirs) >= 2 and ours - parties(other, NAMED) and theirs - ours_named:
            return True
    return False


def _speakers_differ(mention: models.EventMention, cluster: Cluster) -> bool:
    """Statements by different speakers are different statements: what an envoy told reporters on
    Tuesday and what a president said on Friday are not one event because they fall in one week.
    A speaker and the country they speak for are the same side ("Peskov said", "Russia said")."""
    if mention.event_type is not T.STATEMENT:
        return False
    ours = _speaker_keys(mention)
    theirs = set().union(*(_speaker_keys(m) for m in cluster.mentions if m.event_type is T.STATEMENT))
    return bool(ours and theirs and not ours & theirs)


def _speaker_keys(mention: models.EventMention) -> set[str]:
    return doers(mention) | parties(mention, ACTING)


def doers(mention: models.EventMention) -> set[str]:
    """Who a report says did the event (its actors, by canonical name)."""
    return {a.canonical for a in mention.arguments if a.role == "actor"}


def _sides(mention: models.EventMention) -> tuple[set[str], set[str]]:
    actors = {a.country or a.canonical for a in mention.arguments if a.role == "actor"}
    targets = {a.country or a.canonical for a in mention.arguments if a.role == "target"}
    return actors, targets


def _roles_reversed(mention: models.EventMention, cluster: Cluster) -> bool:
    """Who acts on whom differs: Russia striking Ukraine is not Ukraine striking Russia."""
    actors, targets = _sides(mention)
    if not actors or not targets:
        return False
    for other in cluster.mentions:
        other_actors, other_targets = _sides(other)
        if actors & other_targets and targets & other_actors and not actors & other_actors:
            return True
    return False


def _part_and_whole(mention: models.EventMention, cluster: Cluster) -> bool:
    """A span of days ("from May 23 to 25") and one day inside it are a whole and its part, not one event."""
    if mention.date_source != "sentence":
        return False
    ranged = mention.date_precision == models.Precision.RANGE
    for other in cluster.mentions:
        if other.date_source != "sentence" or other.doc_id == mention.doc_id:
            continue
        if ranged != (other.date_precision == models.Precision.RANGE) and other.date_precision in DAY_OR_RANGE \
                and mention.date_precision in DAY_OR_RANGE:
            return True
    return False


def _counts_conflict(mention: models.EventMention, cluster: Cluster) -> bool:
    """Different exact counts of the same thing mean different events when the dates are vague."""
    if mention.date_value and cluster.date_value and width(mention.date_value) == 1 \
            and mention.date_value[:10] == cluster.date_value[:10]:
        return False  # the same day: different counts are a discrepancy, not another event
    ours = {q.role: (q.low, q.high) for q in mention.quantities}
    for other in cluster.mentions:
        for q in other.quantities:
            if q.role in ours and (ours[q.role][1] < q.low or q.high < ours[q.role][0]):
                return True
    return False
