"""The canonical event record of a cluster of mentions: its type, date, place, actors, sources
and salience, told from the mentions that make it up (resolve.events decides which those are).

Kept apart from the merging rules because other stages count and key events the same way: the
per-attribute table counts independent sources with ``independent_sources``, and publication
dating and cross-document retraction block events by ``family``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.entities import fold
from dossier.timevalues import precision_of

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

T = models.EventType
# Types that can describe the same happening ("talks" and "meeting").
FAMILY = {
    T.NEGOTIATION: "talks", T.MEETING: "talks",
    T.PRISONER_EXCHANGE: "exchange", T.RELEASE: "exchange",
}
TYPE_WEIGHT = {T.NEGOTIATION: 1.5, T.AGREEMENT: 1.3, T.PRISONER_EXCHANGE: 1.4, T.ATTACK: 1.3,
               T.ARREST: 1.2, T.TRIAL: 1.2, T.AID: 1.1, T.RESCUE: 1.1, T.DEPLOYMENT: 1.1, T.STATEMENT: 0.5,
               T.OTHER: 0.3, T.ESCAPE: 1.2, T.ROBBERY: 1.2, T.OUTAGE: 1.1, T.TRANSFER: 1.2,
               # a change of who holds a post, and a death, are what a story about a person turns on
               T.APPOINTMENT: 1.2, T.DISMISSAL: 1.2, T.RESIGNATION: 1.2, T.DEATH: 1.2,
               # a result is what a sports story turns on
               T.CONTEST: 1.2}


def family(event_type: models.EventType) -> str:
    """The blocking key of an event type: types that can describe the same happening share it."""
    return FAMILY.get(event_type, event_type.value)


def canonical_event(cluster: Cluster, documents: dict[str, models.Document], names: dict[str, str]) -> models.Event:
    """The event a cluster's mentions tell: the commonest type and status, the cluster's date (or
    the mentions' commonest), the summary of the best-dated, most confident mention, and a salience
    that grows with independent sources and mentions, weighted by type.

    Args:
        cluster: the mentions of one happening, with the stored event's id when it had one.
        documents: documents by id (outlets, publication days, near-duplicate links).
        names: folded place names to canonical entity names.

    Returns:
        The canonical event; a new one's id hashes its first mention's id.
    """
    mentions = cluster.mentions
    types = Counter(m.event_type for m in mentions)
    doc_ids = tuple(sorted({m.doc_id for m in mentions}))
    originals = independent_sources(doc_ids, documents)
    outlets = tuple(sorted({documents[d].outlet for d in doc_ids if d in documents and documents[d].outlet}))
    date_value = cluster.date_value or _most_common(m.date_value for m in mentions)
    published = [documents[d].published for d in doc_ids if d in documents and documents[d].published]
    actors = Counter(a.canonical for m in mentions for a in m.arguments if a.role == "actor")
    best = max(mentions, key=lambda m: (m.date_source == "sentence", m.confidence, -len(m.sentence)))
    event_type = types.most_common(1)[0][0]
    statuses = Counter(m.status for m in mentions)
    precision = best.date_precision if best.date_value == date_value else models.Precision(precision_of(date_value))
    event_id = cluster.event_id or "evt_" + hashlib.sha1(mentions[0].mention_id.encode()).hexdigest()[:12]
    return models.Event(
        event_id=event_id,
        event_type=event_type,
        date_value=date_value,
        date_precision=precision,
        location=names.get(fold(cluster.location), cluster.location) if cluster.location else None,
        mention_ids=tuple(m.mention_id for m in mentions),
        doc_ids=doc_ids,
        outlets=outlets,
        actors=tuple(name for name, _ in actors.most_common(6)),
        status=statuses.most_common(1)[0][0],
        summary=best.sentence.strip(),
        salience=round(salience(len(originals), len(_articles(doc_ids, documents)), len(mentions), event_type), 3),
        independent_sources=len(originals),
        first_reported=min(published) if published else None,
        family=family(event_type),
    )


def independent_sources(doc_ids: Sequence[str], documents: dict[str, models.Document]) -> set[str]:
    """The independent sources of some articles: outlets, each counted once however many of its
    articles there are, a copy of another article counted as that article's source, and an
    article without an outlet on its own. Events and the per-attribute table both count so.

    Args:
        doc_ids: the articles reporting a thing.
        documents: documents by id (outlets and near-duplicate links); missing ones are skipped.

    Returns:
        One key per independent source (an outlet name or an article id).
    """
    sources = set()
    for doc_id in doc_ids:
        if doc_id not in documents:
            continue
        original = documents[doc_id].near_duplicate_of or doc_id
        source = documents.get(original)
        sources.add((source.outlet or original) if source else original)
    return sources


def salience(sources: int, articles: int, mentions: int, event_type: models.EventType) -> float:
    """How much an event matters to its story: independent sources weigh most, then further articles
    of one outlet retelling it on other days, then mentions; all weighted by type.

    A low type weight (a statement) is for the passing remark one article quotes. A statement many
    articles retell ("declared a pandemic", told in five pieces of one wire) is what the story turns
    on: the weight rises toward 1 with each further article (1 - 1/articles of the way)."""
    weight = TYPE_WEIGHT.get(event_type, 1.0)
    if weight < 1.0 and articles > 1:
        weight += (1.0 - weight) * (1.0 - 1.0 / articles)
    return (2.0 * sources + 1.0 * max(articles - sources, 0) + 0.5 * mentions) * weight


def _articles(doc_ids: Sequence[str], documents: dict[str, models.Document]) -> set[str]:
    """The distinct articles among some documents: a near-duplicate copy counts as its original."""
    return {(documents[d].near_duplicate_of or d) if d in documents else d for d in doc_ids}


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
