"""A named person dies once: the reports of one named person's death tell one event.

``event_killings`` gathers the reports of a named victim's killing whatever their dates; a death
that nobody caused (illness, old age, a fall) was left to the date windows of ``events``, and
those split it. News tells a death by several days: the day it happened ("the coroner said he
died Saturday"), the day the body was found or the death made known ("was found dead in his
motel room, it was reported Wednesday"), and the day each outlet published its obituary ("Roe,
party aide, dies at 75", dated by its publication day only). The reports of the later days found
an event of their own when the first of them came before the dated ones, and the rest joined it
on its day: one death became two events four days apart, each well supported.

A person dies once, so once every report is placed, the events holding a death report of one
named person (``event_killing_reports.the_dead``: told done, no word of another occasion) give
those reports to the event most articles date, however far apart the dates; the dates that
disagree are then a discrepancy the compare stage shows. An event of the batch whose every report
names that person as dead or names no dead at all ("Party aide found dead in hotel") comes whole.
A person named by surname alone ("Roe died Thursday") is the one dead person of the block named
in full with it, when only one is: "His wife, Ada Roe, died in 1984" is another person and another
death. Only reports placed in this batch move; a stored event holding reports of the death is
the home, so the batch's reports come to it.

Measured on ECB+ (``dossier eval ecbplus-build``, kept dossiers re-resolved, 2026-11-25, sixth
round). Of the gold-coreferent pairs of aligned mentions kept apart between two events with days
2 to 7 apart, 99 lay on held-out topics 21-35, 72 of them one Watergate aide's death ("died
Saturday", the coroner said; "was found dead ..., it was reported Wednesday"; "dies at 75" in the
obituaries of Wednesday); on topics 1-20, 32 such pairs and no death among them. CoNLL F1: topics
1-20 0.7806 unchanged, held-out 0.7414 -> 0.7502 (topic 28 0.710 -> 0.844, no topic lower), all
0.7590 -> 0.7641 (MUC P / R 0.887 / 0.788 -> 0.888 / 0.793, B-cubed 0.823 / 0.753 -> 0.821 /
0.769). Story clustering (0.8666) and Istanbul identical. Taking every name a parse gives as the
dead dropped topic 26 from 0.820 to 0.683: "Vincent Gigante, Mafia Leader, Dies" and "Lo Presti,
head of Mafia clans, was found dead" joined two mob bosses' deaths through "Mafia".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.entities import fold
from dossier.resolve.event_killing_reports import ANOTHER_OCCASION, TOLD_DONE, the_dead
from dossier.resolve.event_killings import known_as, move_reports, sole_bearer

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster


def gather_deaths(block: list[Cluster], names: dict[str, str], placed: set[str]) -> None:
    """Bring every report of one named person's death into one event, once all are placed.

    Args:
        block: the events of the death family, changed in place (an event left empty is dropped
            later, as ``event_killings`` leaves it).
        names: folded name -> cross-document name.
        placed: ids of the reports of this batch; only they move.
    """
    dead_of = _dead_names(block, names)
    holders: dict[str, list[Cluster]] = {}
    for cluster in block:
        for person in {p for m in cluster.mentions for p in dead_of.get(m.mention_id, ())}:
            holders.setdefault(person, []).append(cluster)
    moved: set[str] = set()
    # the person most events name first: "Roe, a Nixon aide, died" parses Nixon as dead too
    for person, clusters in sorted(holders.items(), key=lambda item: (-len(item[1]), item[0])):
        clusters = [c for c in clusters if c.mentions]
        if len(clusters) < 2:
            continue
        home = max(clusters, key=lambda c: (_stored(c, person, dead_of, placed), _dating(c, person, dead_of),
                                            len(c.mentions)))
        for cluster in clusters:
            if cluster is home or not cluster.mentions:
                continue
            moving = _reports_of(cluster, person, dead_of, placed, moved)
            moved |= {m.mention_id for m in moving}
            move_reports(moving, cluster, home)


def _dead_names(block: list[Cluster], names: dict[str, str]) -> dict[str, set[str]]:
    """Report id -> the folded cross-document name of whom it tells died, for reports that tell a
    death happened (not "an earlier death") and name one person dead. A parse gives bodies and
    appositions as the dead too ("Roe, Mafia Leader, Dies"; "his death was confirmed by the FBI"),
    so only a name written as a person's counts (``_person_like``), and of a report naming two,
    the one other reports name alone; a lone surname is the one full name of the block ending in it."""
    found = {m.mention_id: {known_as(n, names) for n in the_dead(m) if _person_like(n)}
             for cluster in block for m in cluster.mentions if _tells_death(m)}
    full = {n for dead in found.values() for n in dead if len(n.split()) > 1}
    for dead in found.values():
        for name in [n for n in dead if len(n.split()) == 1]:
            dead.discard(name)
            if (bearer := sole_bearer(name, full)) is not None:
                dead.add(bearer)
    # of two names, the one other reports give alone: "Fred Roe, a Nixon aide, has died" is Roe's
    alone = {n for dead in found.values() if len(dead) == 1 for n in dead}
    found = {mid: dead & alone if len(dead) > 1 else dead for mid, dead in found.items()}
    return {mid: dead for mid, dead in found.items() if len(dead) == 1}


def _person_like(name: str) -> bool:
    """Whether a name is written as a person's: every word capitalised and not all capitals
    ("Fred LaRue", "Roe"; not "FBI", "alleged Sicilian Mafia members")."""
    words = name.replace(".", " ").split()
    return bool(words) and all(w[0].isupper() and (len(w) == 1 or not w.isupper()) for w in words)


def _tells_death(mention: models.EventMention) -> bool:
    return (mention.event_type is models.EventType.DEATH and mention.status in TOLD_DONE
            and not ANOTHER_OCCASION.search(mention.sentence))


def _reports_of(cluster: Cluster, person: str, dead_of: dict[str, set[str]], placed: set[str],
                moved: set[str]) -> list[models.EventMention]:
    """The batch's reports of an event that tell the person's death; all of them when every report
    tells it or names no dead at all."""
    telling = [m for m in cluster.mentions if m.mention_id in placed and m.mention_id not in moved
               and person in dead_of.get(m.mention_id, ())]
    if not telling:
        return []
    whole = all(m.mention_id in placed and m.mention_id not in moved
                and (person in dead_of.get(m.mention_id, ()) or not _names_other_dead(m, person, dead_of))
                for m in cluster.mentions)
    return list(cluster.mentions) if whole else telling


def _names_other_dead(mention: models.EventMention, person: str, dead_of: dict[str, set[str]]) -> bool:
    """Whether a report names someone dead and not the person ("Ada Roe died in 1984")."""
    if mention.mention_id in dead_of:
        return person not in dead_of[mention.mention_id]
    return bool(the_dead(mention)) and not any(person.split()[-1] in fold(n).split() for n in the_dead(mention))


def _dating(cluster: Cluster, person: str, dead_of: dict[str, set[str]]) -> int:
    """How many articles date the person's death in an event by their own text: another death the
    event holds ("his mentor had died the month before") does not make it the person's."""
    return len({m.doc_id for m in cluster.mentions if m.date_source != "publication" and m.date_value
                and person in dead_of.get(m.mention_id, ())})


def _stored(cluster: Cluster, person: str, dead_of: dict[str, set[str]], placed: set[str]) -> int:
    """How many of an event's reports of the person's death were placed before this batch."""
    return sum(1 for m in cluster.mentions if m.mention_id not in placed and person in dead_of.get(m.mention_id, ()))
