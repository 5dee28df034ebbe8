"""Reports told as the circumstance of one happening in two articles tell one happening too.

News often tells a happening in the sentence of another it leads to or follows: "a Mafia boss
hanged himself hours after his arrest", "the boss, who was arrested in a sweep on Tuesday, was
found hanged". When two articles' sentences each tell the same event (their reports of it already
joined) and, beside it, a report of one type ("his arrest", "was arrested"), the two circumstances
are one: an article names the arrest that led to this death, not some other. Neither report may
have a day of its own to compare, and wording alone ("arrest", "detained") reads alike for every
arrest of a story, so ``events`` left them apart.

The event the sentences share (the anchor) must not be a saying (``SAYINGS``): what a statement
reports is anything its speaker talks about, and one speaker's statements of a day are joined
loosely. Every veto of ``events`` still holds (``event_conflicts``, names, places, dates, "another").
Only an event founded in this batch moves into another, as in ``events._second_chance``.

Several events may share the anchor (one article's "was arrested", another's "his arrest", each
founded alone): by the same token they are all that one circumstance, so the largest takes each.

Measured on the ECB+ build subset (topics 1, 2, 14, 21, 26, 29, 33, 35; held-out topics included;
2026-11-25): of the pairs of aligned mentions kept apart, 16 gold-coreferent pairs shared such an
anchor (14 with no veto) and no pair that is not coreferent did. CoNLL F1 0.7595 -> 0.7868
(held-out 0.7164 -> 0.7500; MUC recall 0.799 -> 0.834, B-cubed P / R 0.818 / 0.779 -> 0.816 /
0.808); two topics moved (a Mafia boss's arrest told beside his suicide, a hit-and-run told beside
the charge against its driver), so the figure rests on few stories. Asking for exactly one
candidate event gave 0.7689.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.event_conflicts import conflicts
from dossier.resolve.events_evidence import names_apart, same_place
from dossier.resolve.events_sameday import marks_another
from dossier.timevalues import compatible

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

T = models.EventType
# Events whose sentence-mates are what was said, not what happened around them.
SAYINGS = frozenset({T.STATEMENT, T.REQUEST, T.DEMAND, T.REJECTION, T.PROPOSAL})


def join_sentence_mates(clusters: Iterable[Cluster], names: dict[str, str]) -> None:
    """Move each event founded in this batch into an event of its family whose report, in another
    article, shares its sentence with a report of the same anchor event, as one of its own does.

    Args:
        clusters: every event being built, of all families (the anchor may be of another family).
        names: folded name -> cross-document name, to compare places and parties.
    """
    clusters = [c for c in clusters if c.mentions]
    home = {m.mention_id: c for c in clusters for m in c.mentions}
    by_sentence: dict[tuple[str, int], list[models.EventMention]] = defaultdict(list)
    for cluster in clusters:
        for mention in cluster.mentions:
            by_sentence[(mention.doc_id, mention.sentence_index)].append(mention)

    def mates(mention: models.EventMention) -> list[models.EventMention]:
        """The reports sharing the mention's sentence that belong to other events and are no sayings."""
        own = home[mention.mention_id]
        return [other for other in by_sentence[(mention.doc_id, mention.sentence_index)]
                if home[other.mention_id] is not own and other.event_type not in SAYINGS]

    for cluster in sorted((c for c in clusters if c.event_id is None), key=lambda c: len(c.mentions)):
        if not cluster.mentions:
            continue
        found = []
        for other in _anchored_reports(cluster, home, mates):
            target = home[other.mention_id]
            if all(target is not f for f in found) and len(target.mentions) >= len(cluster.mentions) and _fits(cluster, target, names):
                found.append(target)
        if not found:
            continue
        # Several candidates are all that one circumstance, by the same token: the largest takes it,
        # and the others follow in their turn.
        target = max(found, key=lambda c: len(c.mentions))
        for mention in cluster.mentions:
            home[mention.mention_id] = target
        target.absorb(cluster)


def _anchored_reports(cluster: Cluster, home: dict[str, Cluster],
                      mates: Callable[[models.EventMention], list[models.EventMention]]) -> list[models.EventMention]:
    """Reports of other events, in other articles, of the type of a report of the cluster, that share
    their sentence with a report of the event one of the cluster's reports shares its sentence with."""
    found = []
    for mention in cluster.mentions:
        if marks_another(mention):
            continue
        for anchor in {id(home[m.mention_id]): home[m.mention_id] for m in mates(mention)}.values():
            for told in anchor.mentions:
                if told.doc_id == mention.doc_id:
                    continue
                found += [other for other in mates(told) if other.event_type is mention.event_type
                          and home[other.mention_id] is not cluster and not marks_another(other)]
    return found


def _fits(cluster: Cluster, other: Cluster, names: dict[str, str]) -> bool:
    """No veto of ``events`` between any report of the cluster and the other event."""
    if not compatible(cluster.date_value, other.date_value):
        return False
    if cluster.location and other.location and not same_place(cluster.location, other.location, names):
        return False
    return not any(conflicts(m, other) or names_apart(m, other, names) for m in cluster.mentions)
