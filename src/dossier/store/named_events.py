"""Stored events found by a name their reports' sentences hold, through the full-text index.

Events are blocked by family and date window, which is right for most happenings and wrong for
one kind: the killing of a named person, which news tells again for years, often with no date or
a wrong one. A later report of it must still reach the stored killing, and a name is as good a
blocking key as a date: the evidence index already holds every report's sentence, so the look-up
reads only the reports that name the person (at most ``limit``), however large the dossier.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select

from dossier import models
from dossier.store import schema
from dossier.store.codec import from_row
from dossier.store.full_text import matching_rows, query_terms
from dossier.store.resolution import chunked


class NamedEventStore:
    """Mixed into Store: stored events whose reports name a word."""

    engine = None  # set by Store

    def events_with_reports_naming(
        self, words: Sequence[str], families: Iterable[str], *, limit: int = 100
    ) -> list[tuple[models.Event, list[models.EventMention]]]:
        """Stored events of these families holding a report whose sentence has every word, with
        all their mentions. The best ``limit`` matching sentences decide which events are read."""
        terms = [t for w in words for t in query_terms(w)]
        wanted = list(set(families))
        if not terms or not wanted:
            return []
        em = schema.event_mentions.c
        with self.engine.connect() as conn:
            mention_ids = [row.ref for row in matching_rows(conn, terms, limit=limit, columns="ref", kind="evidence")]
            event_ids: set[str] = set()
            for chunk in chunked(mention_ids):
                event_ids.update(conn.scalars(select(em.event_id).where(em.mention_id.in_(chunk),
                                                                        em.event_id.is_not(None))))
            events = []
            for chunk in chunked(event_ids):
                query = select(schema.events).where(schema.events.c.event_id.in_(chunk),
                                                    schema.events.c.family.in_(wanted))
                events.extend(from_row(models.Event, row) for row in conn.execute(query))
            mentions = {}
            for chunk in chunked([m for e in events for m in e.mention_ids]):
                rows = conn.execute(select(schema.event_mentions).where(em.mention_id.in_(chunk)))
                mentions.update({row.mention_id: from_row(models.EventMention, row) for row in rows})
        events.sort(key=lambda e: e.event_id)
        return [(e, [mentions[m] for m in e.mention_ids if m in mentions]) for e in events]
