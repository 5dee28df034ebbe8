"""Whom an attack befell, as evidence that two reports tell one attack, like who did it.

``events_evidence`` and ``events_undated`` let reports join an event when they name its doer
(``event_conflicts.doers``). News of a killing or a shooting often names only its victim: "Ortiz
was shot outside an apartment", "the killing of the deputy", "Gray, who was shot by police" give
a target and no actor, so reports of one killing stayed many events. For an attack the named
victim tells which attack as well as the doer does, and no better or worse: the one who shot twice
and the one shot twice are both rare within the days these rules look over.

Only attacks. The target of an offer, a request or a signing is no such evidence: the offers of
three clubs to one player are three offers (``event_conflicts.ONE_DOER``), and one man is arrested
or tried more than once. A country is no victim here either: a war's every strike falls on it.

Appointments and dismissals (2026-11-25, fifth round): a person is hired or sacked by one body at a
time (``event_conflicts.ONE_TARGET``, which already lets two reports naming the same person signed
be one signing), so the person named or removed is a key party as a doer is (``holders``): "the
Sixers fired Jim O'Brien on Monday" and "the Philly Sixers canned Jim O'Brien", published on
Tuesday, are one sacking. The offers of several clubs to one player stay apart (offers are no
appointments). ECB+ build, kept dossiers re-resolved: topics 1-20 0.7734 -> 0.7761 (topic 5 0.677
-> 0.744), held-out 21-35 0.7414 unchanged.
"""

from __future__ import annotations

from dossier import models
from dossier.resolve.event_conflicts import ONE_TARGET, doers

T = models.EventType
# Kinds of event whose named target identifies the happening as its doer does.
VICTIM_KINDS = frozenset({T.ATTACK})


def victims(mention: models.EventMention) -> set[str]:
    """The people and bodies (not countries) an attack report names as its targets."""
    return _targets(mention) if mention.event_type in VICTIM_KINDS else set()


def holders(mention: models.EventMention) -> set[str]:
    """The people (not countries) an appointment or dismissal report names as hired or sacked: a
    person is hired or sacked by one body at a time (``event_conflicts.ONE_TARGET``), so "the Sixers
    fired Jim O'Brien" and "the Philly Sixers canned Jim O'Brien" a day on tell one sacking."""
    return _targets(mention) if mention.event_type in ONE_TARGET else set()


def _targets(mention: models.EventMention) -> set[str]:
    """The canonical names of a report's targets, countries left out."""
    return {a.canonical for a in mention.arguments
            if a.role == "target" and a.canonical and a.canonical != a.country}


def key_parties(mention: models.EventMention) -> set[str]:
    """Who a report says did the event and, for an attack, whom it befell, for an appointment or a
    dismissal whom it named or removed, by canonical name. Victims and holders are marked apart so
    that no doer of one report matches the victim of another."""
    return doers(mention) | {f"victim:{name}" for name in victims(mention)} | {
        f"holder:{name}" for name in holders(mention)}
