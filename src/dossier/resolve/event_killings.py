"""A named person is killed once: reports of the killing of one named victim tell one attack.

News returns to a killing for months and years ("the doctor was shot to death last October",
"since the killing of Dr. Roe", "Roe was killed on Oct. 23, 1999" where every other outlet says
1998). Those reports carry their article's day, a season or a wrong year, so the date windows of
``events`` (a day's slip, RECENT_REFERENCE_DAYS) kept each one a new attack on its own day: one
murder became a dozen events, and the outlet that misdated it showed no clash of dates, its report
sitting in an event of its own. A person dies once, so once every report is placed, the events
holding a fatal report of one named victim give that victim's attack reports to the one most
articles date (``gather_killings``), however far apart their dates; the dates that disagree are
then a discrepancy the compare stage shows. Articles are resolved in batches, and a later batch's
report ("Roe was killed by a single shot", undated) would never meet the stored killing through the
date windows, so the store is also asked for the events whose reports name the person killed
(``killed_by_name``, ``tells_killing_of``; crossdoc and store.named_events).

Only events with a fatal report: a person may be shot and survive, then be attacked again (a
politician wounded in one year and killed in another), so "shot" alone is no killing unless its
sentence says "to death" or "and killed". Only named victims (an attack's target, not a country
and not a place the report names as where it happened): "three soldiers were killed" names no one,
and two killings in one town are two. Only reports that tell it happened: "plotted to kill" is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.entities import fold
from dossier.resolve.event_victims import victims

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

# Words that tell a death was caused ("killed", "the murder of", "assassinated", "slain").
FATAL_TRIGGER = re.compile(r"^(?:kill\w*|murder\w*|assassinat\w*|slay\w*|slain|execut\w*|lynch\w*)$", re.IGNORECASE)
# What after a non-fatal trigger ("shot", "stabbed", "beaten") makes it fatal: "shot to death",
# "shot and killed", "stabbed dead".
FATAL_AFTER = re.compile(r"^\W*(?:to death|dead|and (?:then )?kill\w*|fatally)\b", re.IGNORECASE)
TOLD_DONE = frozenset({models.EventStatus.HAPPENED, models.EventStatus.ONGOING})
FATAL_BEFORE = re.compile(r"\b(?:fatally|mortally)\s+$", re.IGNORECASE)


def fatal(mention: models.EventMention) -> bool:
    """Whether an attack report tells that its victim died of it."""
    if mention.event_type is not models.EventType.ATTACK:
        return False
    if FATAL_TRIGGER.match(mention.trigger.strip()):
        return True
    start, end = mention.trigger_start - mention.sentence_start, mention.trigger_end - mention.sentence_start
    return bool(FATAL_AFTER.match(mention.sentence[end:]) or FATAL_BEFORE.search(mention.sentence[:start]))


def named_dead(mention: models.EventMention, names: dict[str, str]) -> set[str]:
    """Folded cross-document names of the people a fatal attack report says were killed: its
    victims, less any place it names as where it happened ("killed in Buffalo" parsed as a target)."""
    if not fatal(mention) or mention.status not in TOLD_DONE:
        return set()
    places = {fold(a.canonical) for a in mention.arguments if a.role == "location"}
    if mention.location:
        places.add(fold(mention.location))
    found = {fold(names.get(fold(name), name)) for name in victims(mention)}
    return {name for name in found if name and name not in places and fold(name) not in places}


def gather_killings(block: list[Cluster], names: dict[str, str], placed: set[str]) -> None:
    """Bring every report of one named person's killing into one event, once all are placed.

    Reports are placed one at a time, so a misdated fatal report ("killed on Oct. 23, 1999") can
    found an event, or join one of its own article's, before the reports of the right day exist,
    and later reports of the killing then split between the two. For each victim the event most
    articles date wins; from every other event holding a fatal report of that victim, the attack
    reports naming that victim move to it. A stored event holding reports of the killing comes
    first: its reports cannot move, so the batch's come to it, and its date is then still the one
    most articles give. Whatever else those events hold stays (another attack
    its article told, misdated alike). Only reports placed in this batch (``placed``) move; an event
    left with none is dropped. A victim named by surname alone ("Roe was killed") is the one victim
    of the block named in full with it ("Ilse Roe"), when only one is.
    """
    names = names | _surnames(block, names)
    holders: dict[str, list[Cluster]] = {}
    for cluster in block:
        for victim in set().union(*(named_dead(m, names) for m in cluster.mentions)):
            holders.setdefault(victim, []).append(cluster)
    for victim, clusters in holders.items():
        if len(clusters) < 2:
            continue
        home = max(clusters, key=lambda c: (_fixed(c, victim, names, placed), len(set().union(*c.dated_by.values())),
                                            len(c.mentions)))
        for cluster in clusters:
            if cluster is home:
                continue
            moving = [m for m in cluster.mentions if m.mention_id in placed and victim in _victims(m, names)]
            if not moving:
                continue
            for mention in moving:
                home.add(mention)
            staying = [m for m in cluster.mentions if all(m is not moved for moved in moving)]
            rebuilt = type(cluster)(event_id=cluster.event_id)
            for mention in staying:
                rebuilt.add(mention)
            vars(cluster).update(vars(rebuilt))  # in place: the block keeps its list


def _fixed(cluster: Cluster, victim: str, names: dict[str, str], placed: set[str]) -> int:
    """How many of a cluster's reports naming the victim were placed before this batch (stored)."""
    return sum(1 for m in cluster.mentions if m.mention_id not in placed and victim in _victims(m, names))


def killed_by_name(mentions: Iterable[models.EventMention], names: dict[str, str]) -> dict[str, str]:
    """The named people these reports say were killed: folded cross-document name -> the word to
    look their killing up by in stored reports (the surname as written, which later reports use)."""
    found = {}
    for mention in mentions:
        dead = named_dead(mention, names)
        for written in victims(mention):
            folded = fold(names.get(fold(written), written))
            if folded in dead and written.split():
                found.setdefault(folded, written.split()[-1])
    return found


def tells_killing_of(mentions: Iterable[models.EventMention], victim: str, names: dict[str, str]) -> bool:
    """Whether any of an event's reports tells the killing of this person: the same folded name, or
    the same surname where one side gives the surname alone ("Roe was killed", "Ilse Roe")."""
    return any(_same_person(dead, victim) for m in mentions for dead in named_dead(m, names))


def _same_person(one: str, other: str) -> bool:
    if one == other:
        return True
    one_words, other_words = one.split(), other.split()
    return bool(one_words and other_words) and one_words[-1] == other_words[-1] and min(
        len(one_words), len(other_words)) == 1


def _victims(mention: models.EventMention, names: dict[str, str]) -> set[str]:
    """Folded cross-document names of an attack report's named victims, fatal or not."""
    return {fold(names.get(fold(name), name)) for name in victims(mention)}


def _surnames(block: list[Cluster], names: dict[str, str]) -> dict[str, str]:
    """Folded one-word victim names mapped to the one full victim name of the block ending in
    them: news names a victim in full once and by surname after, and the name map leaves a
    surname out as soon as anything else (a place, a relative) bears it."""
    victims_named = {name for cluster in block for m in cluster.mentions for name in _victims(m, names)}
    full = [name for name in victims_named if len(name.split()) > 1]
    found = {}
    for name in victims_named:
        if len(name.split()) == 1:
            bearers = [f for f in full if f.split()[-1] == name]
            if len(bearers) == 1:
                found[name] = bearers[0]
    return found
