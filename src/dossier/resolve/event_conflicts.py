"""What keeps a report out of an event, however alike the two look: a conflict between them.

Sides reversed (Russia striking Ukraine is not Ukraine striking Russia), party lists that each
name a country the other leaves out, statements of different speakers, offers, requests and
signings of different doers (``ONE_DOER``), agreements about different things, disasters of
different kinds (an air crash and an outbreak), a span of days against one day inside it, and
different exact counts on vague dates. A death or injury toll told days after the happening is the
toll then known: it conflicts only when far from every toll told before (``TOLL_REVISION``).
Kept apart from ``events``, which weighs the evidence for joining, because each test here vetoes
alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier import models
from dossier.extract.ontology import ACCIDENT_NOUNS, DISASTER_NOUNS, ILLNESS_NOUNS
from dossier.extract.quantity_roles import HARM_ROLES, base_role
from dossier.extract.themes import theme_of
from dossier.extract.vote_shares import VOTE_SHARE
from dossier.resolve.entities import fold
from dossier.resolve.events_sameday import base_forms, marked_apart
from dossier.timevalues import width

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

T = models.EventType
ACTING = frozenset({"actor"})  # argument roles of the sides doing an event
NAMED = frozenset({"actor", "mediator"})
TARGETS = frozenset({"target"})  # ... and of those a report names as its parties at all
DAY_OR_RANGE = {models.Precision.DAY, models.Precision.TIME, models.Precision.RANGE}
# Kinds of happening the `disaster` type holds, by the noun that names one: an outbreak is never an
# earthquake or a blast, nor an aftershock the quake, whatever their days. Verbs ("killed") name no kind.
# Kinds of event that one doer makes what they are: an offer, a request, a signing or a sacking is
# the club's or the government's that made it. Two clubs' offers to one player are two offers, and a
# report naming no doer ("the offer to the pitcher") must not chain them into one. Statements have
# their own, stricter test (``_speakers_differ``).
ONE_DOER = frozenset({T.PROPOSAL, T.REQUEST, T.DEMAND, T.REJECTION, T.APPOINTMENT, T.DISMISSAL})
PARTY_ROLES = frozenset({"actor", "target", "participant", "mediator"})
# A person is hired or sacked by one body at a time: two reports of a signing of the same player
# tell one signing, whatever they call the club ("New Orleans signed him", "the Saints signed him").
# Offers and requests differ: several clubs make offers to one player.
ONE_TARGET = frozenset({T.APPOINTMENT, T.DISMISSAL})
WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
# A toll of people harmed (``quantity_roles.HARM_ROLES``) changes as it is told, by up to this factor.
TOLL_REVISION = 2.0
# Figures outlets citing rival counts give for one happening (a candidate's share of the vote: the
# council's 51% against the opposition's 30%): their disagreement is the discrepancy compare shows,
# never a sign of two events. Two elections are told apart by their days and candidates.
CONTESTED_ROLES = frozenset({VOTE_SHARE})
HAPPENING_KINDS = {"aftershock": frozenset({"aftershock"}), "nature": DISASTER_NOUNS - {"aftershock"},
                   "illness": ILLNESS_NOUNS, "accident": ACCIDENT_NOUNS}


def conflicts(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether anything the mention says rules out that it tells the cluster's event.

    Args:
        mention: a report about to be placed.
        cluster: an event being built, with its mentions and date.

    Returns:
        True when counts, sides, part and whole, themes, party lists or speakers conflict, or its
        article marks one of them as one more happening of the kind (``marked_apart``).
    """
    return (_kinds_differ(mention, cluster) or _counts_conflict(mention, cluster) or _roles_reversed(mention, cluster)
            or _part_and_whole(mention, cluster) or _themes_differ(mention, cluster)
            or _parties_conflict(mention, cluster) or _speakers_differ(mention, cluster)
            or _doers_differ(mention, cluster) or marked_apart(mention, cluster))


def happening_kind(mention: models.EventMention) -> str | None:
    """"nature", "illness" or "accident" for a disaster named by a noun of that kind, else None.

    A disaster told by a verb ("were killed when the plane crashed", "died as the flood rose") takes
    the kind its own sentence names, when it names one kind only: the verb tells the deaths of that
    happening. A sentence naming two kinds ("killed in the quake, as cholera spread") gives none."""
    if mention.event_type is not T.DISASTER:
        return None
    found = _kind_of_word(mention.trigger)
    if found is not None:
        return found
    kinds = {_kind_of_word(word) for word in WORD.findall(mention.sentence)} - {None}
    return kinds.pop() if len(kinds) == 1 else None


def _kind_of_word(word: str) -> str | None:
    forms = base_forms(word)
    for kind, nouns in HAPPENING_KINDS.items():
        if forms & nouns:
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


def _doers_differ(mention: models.EventMention, cluster: Cluster) -> bool:
    """An offer, request or signing whose doer is none of the parties a report of the event names,
    while that report's doer is none of the parties it names: "the Rangers offered him a deal" and
    "the Jets offered him a deal" are two offers. Checked against each report, not their union, so a
    report naming no doer cannot chain two doers' events. A doer named as the other side ("Smith
    signed with the Rangers", "the Rangers signed Smith") is no conflict for a signing or a sacking,
    which both sides make, nor the same person signed (``ONE_TARGET``). An offer, request or demand
    is its maker's alone: "Avaria asked Borduria for a summit" and "Borduria asked for a summit"
    are two requests, so there a doer must be the other's doer."""
    if mention.event_type not in ONE_DOER:
        return False
    ours = _party_words(mention, ACTING)
    if not ours:
        return False
    both_sides = mention.event_type in ONE_TARGET
    named = _party_words(mention, PARTY_ROLES) if both_sides else ours
    for other in cluster.mentions:
        if other.event_type not in ONE_DOER:
            continue
        theirs = _party_words(other, ACTING)
        if both_sides and _any_same(_party_words(mention, TARGETS), _party_words(other, TARGETS)):
            continue
        their_named = _party_words(other, PARTY_ROLES) if both_sides else theirs
        if theirs and not _any_same(ours, their_named) and not _any_same(theirs, named):
            return True
    return False


def _party_words(mention: models.EventMention, roles: frozenset[str]) -> list[frozenset[str]]:
    """The words of each party (and its country) a report names in some roles."""
    found = [a.canonical for a in mention.arguments if a.role in roles and a.canonical]
    found += [a.country for a in mention.arguments if a.role in roles and a.country]
    return [words for words in (frozenset(fold(name).split()) for name in found) if words]


def _any_same(ours: list[frozenset[str]], theirs: list[frozenset[str]]) -> bool:
    """Whether a party of one list is one of the other: the same words, or one name's words inside
    the other's ("Angels" in "Los Angeles Angels")."""
    return any(a <= b or b <= a for a in ours for b in theirs)


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
    later = _told_later(mention, cluster)
    ours = {q.role: (q.low, q.high) for q in mention.quantities}
    for role, (low, high) in ours.items():
        if role.partition("@")[0] in CONTESTED_ROLES:
            continue
        theirs = [(q.low, q.high) for other in cluster.mentions for q in other.quantities if q.role == role]
        if later and base_role(role) in HARM_ROLES:
            # a toll told days later is the toll then known: it grows as bodies are found and is
            # corrected down, but stays near one told before ("killed 253" two weeks after "257")
            if theirs and not any(_near(low, high, t_low, t_high) for t_low, t_high in theirs):
                return True
        elif any(high < t_low or t_high < low for t_low, t_high in theirs):
            return True
    return False


def _told_later(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether a report dated to a day (its own or its article's) comes after the event's day."""
    if not (mention.date_value and cluster.date_value and width(mention.date_value) == 1
            and width(cluster.date_value) == 1):
        return False
    return mention.date_value[:10] > cluster.date_value[:10]


def _near(low: float, high: float, t_low: float, t_high: float) -> bool:
    """Whether two tolls lie within TOLL_REVISION of each other."""
    return max(low, t_low) <= TOLL_REVISION * max(min(high, t_high), 1.0)
