"""Reads and writes of the cross-document stages: candidates by blocking, and upserts.

A new batch of articles is resolved against stored entities and events found through indexed
blocking keys (an entity's name key; an event's family and date interval), so the cost of adding
an article does not grow with the size of the dossier.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import String, cast, delete, func, insert, or_, select, update

from dossier import models
from dossier.store import schema
from dossier.store.codec import from_row, to_row
from dossier.store.stories import recount_stories, story_row
from dossier.timevalues import interval


# SQLite allows 32,766 bound parameters per statement; stay well below.
IN_CHUNK = 5000


def chunked(items, size: int = IN_CHUNK) -> list[list]:
    """Split ids into lists small enough for one IN (...) of bound parameters."""
    items = list(items)
    return [items[i:i + size] for i in range(0, len(items), size)]


def _records_mentioned(conn, mentions, records, key: str, model, doc_ids: set[str]) -> list:
    """The stored records (events or entities) that mentions in these articles point to, through
    the mention table's index on ``doc_id``."""
    ids: set[str] = set()
    for chunk in chunked(doc_ids):
        ids.update(conn.scalars(select(mentions.c[key]).where(mentions.c.doc_id.in_(chunk), mentions.c[key].is_not(None))))
    found = []
    for chunk in chunked(ids):
        found.extend(from_row(model, row) for row in conn.execute(select(records).where(records.c[key].in_(chunk))))
    return found


class ResolutionStore:
    """Mixed into Store: the queries and writes of entity and event resolution."""

    engine = None  # set by Store

    def unresolved_documents(self) -> list[models.Document]:
        query = (
            select(schema.documents)
            .where(schema.documents.c.resolved.is_(False), schema.documents.c.analysis_version.is_not(None))
            .order_by(schema.documents.c.published.is_(None), schema.documents.c.published, schema.documents.c.doc_id)
        )
        with self.engine.connect() as conn:
            return [from_row(models.Document, row) for row in conn.execute(query)]

    def count_events(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(schema.events)) or 0

    def count_entities(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(schema.entities)) or 0

    def documents_by_id(self, doc_ids: Iterable[str]) -> dict[str, models.Document]:
        found = {}
        with self.engine.connect() as conn:
            for ids in chunked(set(doc_ids)):
                query = select(schema.documents).where(schema.documents.c.doc_id.in_(ids))
                found.update({row.doc_id: from_row(models.Document, row) for row in conn.execute(query)})
        return found

    def count_unresolved(self) -> int:
        """How many analysed articles the next resolution will take up."""
        c = schema.documents.c
        query = select(func.count()).where(c.resolved.is_(False), c.analysis_version.is_not(None))
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def count_resolved(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).where(schema.documents.c.resolved.is_(True))) or 0

    def resolved_among(self, doc_ids: Sequence[str]) -> list[str]:
        """Which of these articles are resolved (their mentions sit in stored events)."""
        found: list[str] = []
        with self.engine.connect() as conn:
            for ids in chunked(set(doc_ids)):
                query = select(schema.documents.c.doc_id).where(
                    schema.documents.c.doc_id.in_(ids), schema.documents.c.resolved.is_(True))
                found.extend(conn.scalars(query))
        return sorted(found)

    def events_holding(self, doc_ids: Sequence[str]) -> list[tuple[models.Event, list[models.EventMention]]]:
        """Stored events with mentions of these articles, each with its mentions from other articles.

        Found through the mention index, so taking an article out reads only the events it is in.
        """
        ids = set(doc_ids)
        em = schema.event_mentions.c
        with self.engine.connect() as conn:
            events = _records_mentioned(conn, schema.event_mentions, schema.events, "event_id", models.Event, ids)
            kept = [m for e in events for m in e.mention_ids]
            mentions = {}
            for chunk in chunked(kept):
                rows = conn.execute(select(schema.event_mentions).where(em.mention_id.in_(chunk), em.doc_id.not_in(ids)))
                mentions.update({row.mention_id: from_row(models.EventMention, row) for row in rows})
        events.sort(key=lambda e: e.event_id)
        return [(e, [mentions[m] for m in e.mention_ids if m in mentions]) for e in events]

    def events_of_documents(self, doc_ids: Iterable[str]) -> list[models.Event]:
        """The stored events these articles report, without their mentions (``events_holding`` reads
        those too): what a story split weighs and moves."""
        with self.engine.connect() as conn:
            found = _records_mentioned(conn, schema.event_mentions, schema.events, "event_id", models.Event, set(doc_ids))
        return sorted(found, key=lambda e: e.event_id)

    def entities_of_documents(self, doc_ids: Iterable[str]) -> list[models.Entity]:
        """The stored entities these articles mention (read when a grown story is clustered again)."""
        with self.engine.connect() as conn:
            found = _records_mentioned(conn, schema.entity_mentions, schema.entities, "entity_id", models.Entity,
                                       set(doc_ids))
        return sorted(found, key=lambda e: e.entity_id)

    def retract_documents(
        self,
        doc_ids: Sequence[str],
        *,
        rebuilt: Sequence[models.Event],
        dropped: Sequence[str],
        discrepancies: Sequence[models.Discrepancy],
        followed: Sequence[str] = (),
    ) -> None:
        """Take articles out of what is resolved, in one transaction, before their analysis is replaced.

        Their mentions leave their events and entities (an entity keeps the aliases they gave it,
        which the article brings back when it is resolved again); events left with other mentions
        are replaced by ``rebuilt``, events left with none (``dropped``) are deleted; the links
        to those of them other events may follow (``followed``, the agreements) are removed too,
        which needs a scan of the events' links, so it is done only for them. The discrepancies
        of every touched event are replaced by ``discrepancies``, and those of people that the
        articles support are deleted (the person is compared again when the article is resolved).
        """
        ids = sorted(set(doc_ids))
        if not ids:
            return
        touched = [e.event_id for e in rebuilt] + list(dropped)
        with self.engine.begin() as conn:
            _drop_person_discrepancies(conn, ids)
            _release_entities(conn, ids)
            for table in (schema.event_mentions, schema.entity_mentions):
                column = "event_id" if table is schema.event_mentions else "entity_id"
                conn.execute(update(table).where(table.c.doc_id.in_(ids)).values({column: None}))
            for chunk in chunked(touched):
                conn.execute(delete(schema.discrepancies).where(schema.discrepancies.c.event_id.in_(chunk)))
            conn.execute(delete(schema.discrepancies).where(schema.discrepancies.c.doc_id.in_(ids)))
            if dropped:
                conn.execute(delete(schema.events).where(schema.events.c.event_id.in_(list(dropped))))
                _unlink_followers(conn, followed)
            _upsert(conn, schema.events, "event_id", [_event_row(e) for e in rebuilt])
            _upsert(conn, schema.discrepancies, "discrepancy_id", [to_row(d) for d in discrepancies])
            conn.execute(update(schema.documents).where(schema.documents.c.doc_id.in_(ids)).values(resolved=False))

    def reset_resolution(self) -> None:
        """Forget every cross-document result, so the next resolution starts from scratch."""
        with self.engine.begin() as conn:
            for table in (schema.entities, schema.entity_keys, schema.events, schema.discrepancies, schema.stories):
                conn.execute(delete(table))
            conn.execute(update(schema.entity_mentions).values(entity_id=None))
            conn.execute(update(schema.event_mentions).values(event_id=None))
            conn.execute(update(schema.documents).values(resolved=False, story_id=None))

    def candidate_entities(self, keys: Iterable[str]) -> list[models.Entity]:
        keys = list(set(keys))
        if not keys:
            return []
        found: dict[str, models.Entity] = {}
        with self.engine.connect() as conn:
            for chunk in chunked(keys):
                also = select(schema.entity_keys.c.entity_id).where(schema.entity_keys.c.key.in_(chunk))
                query = select(schema.entities).where(or_(schema.entities.c.key.in_(chunk),
                                                          schema.entities.c.entity_id.in_(also)))
                found.update((row.entity_id, from_row(models.Entity, row)) for row in conn.execute(query))
        return [found[entity_id] for entity_id in sorted(found)]

    def existing_entity_ids(self, entity_ids: list[str]) -> set[str]:
        """Which of these entity ids are stored (so a new entity must not take them)."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for ids in chunked(set(entity_ids)):
                found.update(conn.scalars(select(schema.entities.c.entity_id).where(schema.entities.c.entity_id.in_(ids))))
        return found

    def candidate_events(
        self, families: Iterable[str], start: date, end: date
    ) -> list[tuple[models.Event, list[models.EventMention]]]:
        """Stored events of these families whose dates overlap [start, end], with their mentions."""
        c = schema.events.c
        query = select(schema.events).where(
            c.family.in_(list(set(families))),
            or_(c.date_start.is_(None), (c.date_start <= end) & (c.date_end >= start)),
        )
        with self.engine.connect() as conn:
            events = [from_row(models.Event, row) for row in conn.execute(query)]
            ids = [m for e in events for m in e.mention_ids]
            mentions = {}
            if ids:
                rows = conn.execute(select(schema.event_mentions).where(schema.event_mentions.c.mention_id.in_(ids)))
                mentions = {row.mention_id: from_row(models.EventMention, row) for row in rows}
        return [(e, [mentions[m] for m in e.mention_ids if m in mentions]) for e in events]

    def save_resolution(
        self,
        *,
        entities: Sequence[models.Entity],
        entity_keys: dict[str, str],
        mention_entity: dict[tuple[str, str], str],
        events: Sequence[models.Event],
        discrepancies: Sequence[models.Discrepancy],
        stories: models.StoryUpdate,
        resolved_docs: Sequence[str],
        follows: dict[str, tuple[str, ...]] | None = None,
        entity_extra_keys: dict[str, tuple[str, ...]] | None = None,
        event_stories: dict[str, str] | None = None,
    ) -> None:
        """Upsert one batch's cross-document results in one transaction.

        ``entity_extra_keys`` replaces the further blocking keys (acronyms, initials) of the
        entities upserted. ``event_stories`` moves stored events outside the batch to another story
        (those of articles a split moved).

        ``follows`` updates the consequence links of stored events outside the batch (an exchange
        whose agreement arrived later); events of absorbed stories move to the story they joined.
        """
        with self.engine.begin() as conn:
            _upsert(conn, schema.entities, "entity_id",
                    [to_row(e) | {"key": entity_keys.get(e.entity_id)} for e in entities])
            _replace_extra_keys(conn, [e.entity_id for e in entities], entity_extra_keys or {})
            for (doc_id, canonical), entity_id in mention_entity.items():
                conn.execute(
                    update(schema.entity_mentions)
                    .where(schema.entity_mentions.c.doc_id == doc_id, schema.entity_mentions.c.canonical == canonical)
                    .values(entity_id=entity_id)
                )
            # absorbed stories' articles and events move first, so the batch's events written next keep
            # the story they were given (a part merged back and split off again keeps its derived id)
            for absorbed, target in stories.merged.items():
                for table in (schema.documents, schema.events):
                    conn.execute(update(table).where(table.c.story_id == absorbed).values(story_id=target))
            _upsert(conn, schema.events, "event_id", [_event_row(e) for e in events])
            for event in events:
                conn.execute(
                    update(schema.event_mentions)
                    .where(schema.event_mentions.c.mention_id.in_(list(event.mention_ids)))
                    .values(event_id=event.event_id)
                )
            touched = [e.event_id for e in events]
            if touched:
                conn.execute(delete(schema.discrepancies).where(schema.discrepancies.c.event_id.in_(touched)))
            if resolved_docs:
                conn.execute(delete(schema.discrepancies).where(schema.discrepancies.c.doc_id.in_(list(resolved_docs))))
            _upsert(conn, schema.discrepancies, "discrepancy_id", [to_row(d) for d in discrepancies])
            _upsert(conn, schema.stories, "story_id", [story_row(s) for s in stories.stories])
            for event_id, earlier in (follows or {}).items():
                conn.execute(update(schema.events).where(schema.events.c.event_id == event_id)
                             .values(follows=list(earlier)))
            # A story merged back and split off again in one batch keeps its derived id (stories_split):
            # it is among the stories stored above, and its record must survive the merge.
            gone = set(stories.merged) - {s.story_id for s in stories.stories}
            if gone:
                conn.execute(delete(schema.stories).where(schema.stories.c.story_id.in_(list(gone))))
            left = set(conn.execute(select(schema.documents.c.story_id).where(
                schema.documents.c.doc_id.in_(list(stories.assignments)),
                schema.documents.c.story_id.is_not(None))).scalars()) if stories.assignments else set()
            for doc_id, story_id in stories.assignments.items():
                conn.execute(update(schema.documents).where(schema.documents.c.doc_id == doc_id)
                             .values(story_id=story_id))
            for event_id, story_id in (event_stories or {}).items():
                conn.execute(update(schema.events).where(schema.events.c.event_id == event_id).values(story_id=story_id))
            recount_stories(conn, {s.story_id for s in stories.stories} | left)
            if resolved_docs:
                conn.execute(
                    update(schema.documents)
                    .where(schema.documents.c.doc_id.in_(list(resolved_docs)))
                    .values(resolved=True)
                )


def _event_row(event: models.Event) -> dict:
    span = interval(event.date_value)
    return to_row(event) | {"date_start": span[0] if span else None, "date_end": span[1] if span else None}


def _upsert(conn, table, key: str, rows: list[dict]) -> None:
    """Replace rows by primary key (portable across SQLite and PostgreSQL)."""
    if not rows:
        return
    conn.execute(delete(table).where(table.c[key].in_([r[key] for r in rows])))
    conn.execute(insert(table), rows)


def _release_entities(conn, doc_ids: list[str]) -> None:
    """Lower the mention counts of the entities these articles named; drop entities left with none."""
    c = schema.entity_mentions.c
    counts = dict(conn.execute(
        select(c.entity_id, func.count()).where(c.doc_id.in_(doc_ids), c.entity_id.is_not(None)).group_by(c.entity_id)
    ).all())
    gone = set(doc_ids)
    for entity_id, count in sorted(counts.items()):
        row = conn.execute(select(schema.entities).where(schema.entities.c.entity_id == entity_id)).first()
        if row is None:
            continue
        entity = from_row(models.Entity, row)
        if entity.mention_count <= count:
            conn.execute(delete(schema.entities).where(schema.entities.c.entity_id == entity_id))
            conn.execute(delete(schema.entity_keys).where(schema.entity_keys.c.entity_id == entity_id))
            continue
        conn.execute(update(schema.entities).where(schema.entities.c.entity_id == entity_id).values(
            mention_count=entity.mention_count - count, doc_ids=[d for d in entity.doc_ids if d not in gone]))


def _unlink_followers(conn, event_ids: Sequence[str]) -> None:
    """Remove deleted events from the ``follows`` links of the exchanges that carried them out."""
    c = schema.events.c
    for event_id in event_ids:
        rows = conn.execute(select(c.event_id, c.follows).where(cast(c.follows, String).like(f'%"{event_id}"%')))
        for follower, follows in rows.all():
            conn.execute(update(schema.events).where(c.event_id == follower)
                         .values(follows=[f for f in follows if f != event_id]))


def _replace_extra_keys(conn, entity_ids: list[str], extra: dict[str, tuple[str, ...]]) -> None:
    for chunk in chunked(entity_ids):
        conn.execute(delete(schema.entity_keys).where(schema.entity_keys.c.entity_id.in_(chunk)))
    rows = [{"entity_id": entity_id, "key": key} for entity_id in entity_ids
            for key in sorted(set(extra.get(entity_id, ())))]
    if rows:
        conn.execute(insert(schema.entity_keys), rows)


def _drop_person_discrepancies(conn, doc_ids: list[str]) -> None:
    """Delete the discrepancies of people that these articles support (a value they state).

    Read through the entities the articles name (indexed), so the cost follows the articles, not
    the dossier. Call before their mentions are unlinked from their entities.
    """
    c = schema.entity_mentions.c
    table = schema.discrepancies
    named = select(c.entity_id).distinct().where(c.doc_id.in_(doc_ids), c.entity_id.is_not(None))
    entity_ids = set(conn.scalars(named))
    gone = set(doc_ids)
    for ids in chunked(entity_ids):
        for row in conn.execute(select(table).where(table.c.entity_id.in_(ids))).all():
            discrepancy = from_row(models.Discrepancy, row)
            if any(gone & set(value.doc_ids) for value in discrepancy.values):
                conn.execute(delete(table).where(table.c.discrepancy_id == discrepancy.discrepancy_id))
