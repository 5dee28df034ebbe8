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
and two killings in one town are two. Only reports that tell it happened: "plotted to kill" and
"attempts to kill" are none.

Once the killing is known, reports of the same person that never say the person was killed join it
too: "the shooting of Roe", "Roe was hit by a sniper's bullet" (``gather_killings``) and "Roe died
at the hospital", "Roe's death" (``join_deaths``), unless they mark another happening; what marks
one, and why a death is merged rather than linked, is in ``event_killing_reports``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.entities import fold
from dossier.resolve.event_killing_reports import (TOLD_DONE, attacked, marks_another_happening, refers_back,
                                                   refers_back_by_pronoun, tells_attack_on, tells_death, the_dead)
from dossier.resolve.event_victims import victims

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

# Words that tell a death was caused ("killed", "the murder of", "assassinated", "slain").
FATAL_TRIGGER = re.compile(r"^(?:kill\w*|murder\w*|assassinat\w*|slay\w*|slain|execut\w*|lynch\w*)$", re.IGNORECASE)
# What after a non-fatal trigger ("shot", "stabbed", "beaten") makes it fatal: "shot to death",
# "shot and killed", "stabbed dead".
FATAL_AFTER = re.compile(r"^\W*(?:to death|dead|and (?:then )?kill\w*|fatally)\b", re.IGNORECASE)
FATAL_BEFORE = re.compile(r"\b(?:fatally|mortally)\s+$", re.IGNORECASE)
# An attempt told before the verb: "attempts to kill", "tried to murder", "plotted to kill" kill no one.
ATTEMPT_BEFORE = re.compile(r"\b(?:attempt\w*|tri(?:ed|es)|trying|plott?\w*|sought|seeking)\s+to\s+$", re.IGNORECASE)


def fatal(mention: models.EventMention) -> bool:
    """Whether an attack report tells that its victim died of it."""
    if mention.event_type is not models.EventType.ATTACK:
        return False
    start, end = mention.trigger_start - mention.sentence_start, mention.trigger_end - mention.sentence_start
    if ATTEMPT_BEFORE.search(mention.sentence[:start]):
        return False
    if FATAL_TRIGGER.match(mention.trigger.strip()):
        return True
    return bool(FATAL_AFTER.match(mention.sentence[end:]) or FATAL_BEFORE.search(mention.sentence[:start]))


def named_dead(mention: models.EventMention, names: dict[str, str]) -> set[str]:
    """Folded cross-document names of the people a fatal attack report says were killed: its
    victims, less any place it names as where it happened ("killed in Buffalo" parsed as a target)."""
    if not fatal(mention) or mention.status not in TOLD_DONE:
        return set()
    places = {fold(a.canonical) for a in mention.arguments if a.role == "location"}
    if mention.location:
        places.add(fold(mention.location))
    return {name for name in _victims(mention, names) if name and name not in places and fold(name) not in places}


def gather_killings(block: list[Cluster], names: dict[str, str], placed: set[str]) -> dict[str, Cluster]:
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

    Reports of an attack on the victim that never say the victim died ("the shooting of Roe") come
    too when they tell the same happening (``event_killing_reports``); an event of the batch made
    only of such reports, and of reports naming no victim, comes whole. Returns each victim's event.
    """
    names = names | _surnames(block, names)
    holders: dict[str, list[Cluster]] = {}
    for cluster in block:
        for victim in set().union(*(named_dead(m, names) for m in cluster.mentions)):
            holders.setdefault(victim, []).append(cluster)
    homes = {}
    for victim, clusters in holders.items():
        home = max(clusters, key=lambda c: (_fixed(c, victim, names, placed), len(set().union(*c.dated_by.values())),
                                            len(c.mentions)))
        homes[victim] = home
        for cluster in clusters:
            if cluster is not home:
                move_reports([m for m in cluster.mentions if m.mention_id in placed and victim in _victims(m, names)],
                      cluster, home)
        days = killing_days(home, victim, names)
        for cluster in block:
            if cluster is not home and cluster.mentions:
                move_reports(_attack_reports(cluster, victim, days, names, placed, block), cluster, home)
    return homes


def join_deaths(deaths: list[Cluster], homes: dict[str, Cluster], names: dict[str, str], placed: set[str],
                everything: list[Cluster]) -> None:
    """Bring the batch's reports of a killed person's death ("Roe died at the hospital", "Roe's
    death") into the event of that killing (``homes``: victim -> event, from ``gather_killings``)
    when told on the killing's day or dated only by their article; an event of the batch made only
    of such reports comes whole (see ``event_killing_reports`` on merging rather than linking).
    ``everything`` is every event of the batch, where "her death" looks for whom "her" means."""
    for cluster in deaths:
        for victim, home in homes.items():
            if not cluster.mentions:
                break
            days = killing_days(home, victim, names)
            telling = [m for m in cluster.mentions if m.mention_id in placed and tells_death(m, days)
                       and (_names_victim(the_dead(m), victim, names) or refers_back(m, victim.split()[-1])
                            or _pronoun_means(m, victim, everything, names))]
            if not telling:
                continue
            chosen = {id(m) for m in telling}
            whole = all(m.mention_id in placed and (id(m) in chosen or not the_dead(m) and tells_death(m, days))
                        for m in cluster.mentions)
            move_reports(list(cluster.mentions) if whole else telling, cluster, home)


def killing_days(home: Cluster, victim: str, names: dict[str, str]) -> set[str]:
    """The dates the reports of a killing state in their own sentences for this victim, or the
    event's date when none does."""
    days = {m.date_value for m in home.mentions
            if m.date_source == "sentence" and m.date_value and victim in _victims(m, names)}
    return days or ({home.date_value} if home.date_value else set())


def _attack_reports(cluster: Cluster, victim: str, days: set[str], names: dict[str, str],
                    placed: set[str], block: list[Cluster]) -> list[models.EventMention]:
    """The batch's reports of an event that tell the victim's killing without saying it killed
    (``event_killing_reports``): all of them when the event names no one else and every report
    fits, else those naming the victim or referring to the happening beside the victim's name."""
    surname = victim.split()[-1]
    telling = [m for m in cluster.mentions if m.mention_id in placed and tells_attack_on(m, days)
               and (_names_victim(attacked(m), victim, names) or refers_back(m, surname)
                    or _pronoun_means(m, victim, block, names))]
    if not telling:
        return []
    chosen = {id(m) for m in telling}
    others_hit = {n for m in cluster.mentions for n in _victims(m, names) if not _same_person(n, victim)}
    whole = not others_hit and all(
        m.mention_id in placed and (id(m) in chosen or not _victims(m, names) and tells_attack_on(m, days))
        for m in cluster.mentions)
    return list(cluster.mentions) if whole else telling


def _pronoun_means(mention: models.EventMention, victim: str, clusters: list[Cluster], names: dict[str, str]) -> bool:
    """Whether "her death" / "his murder" points back to the victim: the report of the same
    article that last named someone harmed, before this one, named the victim and no one else."""
    if not refers_back_by_pronoun(mention):
        return False
    before = [m for cluster in clusters for m in cluster.mentions
              if m.doc_id == mention.doc_id and m.sentence_start < mention.sentence_start and _harmed(m, names)]
    if not before:
        return False
    last = max(before, key=lambda m: m.sentence_start)
    return all(_same_person(name, victim) for name in _harmed(last, names))


def _harmed(mention: models.EventMention, names: dict[str, str]) -> set[str]:
    """Folded cross-document names of whom a report says was attacked or died."""
    return {known_as(name, names) for name in attacked(mention) | the_dead(mention)}


def _names_victim(named: set[str], victim: str, names: dict[str, str]) -> bool:
    return any(_same_person(known_as(name, names), victim) for name in named)


def move_reports(moving: list[models.EventMention], cluster: Cluster, home: Cluster) -> None:
    """Move reports from one event to another; the event they leave is rebuilt in place (the
    block keeps its list), and dropped later if left empty."""
    if not moving:
        return
    for mention in moving:
        home.add(mention)
    staying = [m for m in cluster.mentions if all(m is not moved for moved in moving)]
    rebuilt = type(cluster)(event_id=cluster.event_id)
    for mention in staying:
        rebuilt.add(mention)
    vars(cluster).update(vars(rebuilt))


def _fixed(cluster: Cluster, victim: str, names: dict[str, str], placed: set[str]) -> int:
    """How many of a cluster's reports naming the victim were placed before this batch (stored)."""
    return sum(1 for m in cluster.mentions if m.mention_id not in placed and victim in _victims(m, names))


def killed_by_name(mentions: Iterable[models.EventMention], names: dict[str, str]) -> dict[str, str]:
    """The named people whose killing these reports may tell: folded cross-document name -> the
    word to look their killing up by in stored reports (the surname as written, which later
    reports use). Those a report says were killed; and those an attack befell, or whose death a
    report tells, without a word of another happening, since a stored killing of them is the
    one these reports tell (``gather_killings``, ``join_deaths``)."""
    found = {}
    for mention in mentions:
        dead = named_dead(mention, names)
        if mention.status in TOLD_DONE and not marks_another_happening(mention):
            dead |= {known_as(name, names) for name in victims(mention) | the_dead(mention)}
        for written in victims(mention) | the_dead(mention):
            folded = known_as(written, names)
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
    return {known_as(name, names) for name in victims(mention)}


def known_as(name: str, names: dict[str, str]) -> str:
    """The folded cross-document name a written name resolved to (itself, folded, when unknown)."""
    return fold(names.get(fold(name), name))


def _surnames(block: list[Cluster], names: dict[str, str]) -> dict[str, str]:
    """Folded one-word victim names mapped to the one full victim name of the block ending in
    them: news names a victim in full once and by surname after, and the name map leaves a
    surname out as soon as anything else (a place, a relative) bears it."""
    victims_named = {name for cluster in block for m in cluster.mentions for name in _victims(m, names)}
    full = [name for name in victims_named if len(name.split()) > 1]
    found = {}
    for name in victims_named:
        if len(name.split()) == 1 and (bearer := sole_bearer(name, full)) is not None:
            found[name] = bearer
    return found


def sole_bearer(surname: str, full_names: Iterable[str]) -> str | None:
    """The one full name ending in a lone surname, or None when none or several do."""
    bearers = [f for f in full_names if f.split()[-1] == surname]
    return bearers[0] if len(bearers) == 1 else None
