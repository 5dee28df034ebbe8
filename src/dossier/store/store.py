"""The one place that reads and writes the database.

Writes happen in one transaction per call, so a crash in the middle of a batch leaves either the
whole batch or nothing. Values are always bound parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone

from sqlalchemy import Engine, delete, func, insert, or_, select, text, update

from unidecode import unidecode

from dossier import models
from dossier.errors import DocumentNotFound, EntityNotFound, EventNotFound
from dossier.store import schema
from dossier.store.codec import from_row, to_row
from dossier.store.engine import make_engine, upgrade_schema
from dossier.store.full_text import matching_rows, query_terms
from dossier.store.named_events import NamedEventStore
from dossier.store.people import PeopleStore
from dossier.store.resolution import ResolutionStore, chunked
from dossier.store.stories import StoryStore

ANALYSIS_TABLES = {
    "sentences": (schema.sentences, models.Sentence),
    "entities": (schema.entity_mentions, models.EntityMention),
    "timexes": (schema.time_expressions, models.TimeExpression),
    "quantities": (schema.quantities, models.Quantity),
    "quotes": (schema.quotes, models.Quote),
    "events": (schema.event_mentions, models.EventMention),
    "attributes": (schema.person_attributes, models.PersonAttribute),
}


class Store(ResolutionStore, StoryStore, PeopleStore, NamedEventStore):
    """A dossier database (SQLite file or PostgreSQL URL), migrated to the newest schema on open."""

    def __init__(self, db: str, *, migrate: bool = True):
        self.db = db
        self.engine: Engine = make_engine(db)
        if migrate:
            upgrade_schema(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- documents -------------------------------------------------------------------------

    def add_documents(
        self, docs: Sequence[models.Document], bands: dict[str, Sequence[str]] | None = None
    ) -> tuple[list[str], list[str]]:
        """Store new documents in one transaction; return (added ids, ids already present).

        ``bands`` maps a doc_id to its near-duplicate hash bands, stored for later look-ups.
        """
        added, present = [], []
        bands = bands or {}
        with self.engine.begin() as conn:
            ids = [d.doc_id for d in docs]
            existing = set(
                conn.scalars(select(schema.documents.c.doc_id).where(schema.documents.c.doc_id.in_(ids)))
            )
            now = datetime.now(timezone.utc)
            for doc in docs:
                if doc.doc_id in existing or doc.doc_id in added:
                    present.append(doc.doc_id)
                    continue
                row = to_row(doc) | {"ingested_at": now}
                conn.execute(insert(schema.documents).values(**row))
                for band in dict.fromkeys(bands.get(doc.doc_id, ())):
                    conn.execute(insert(schema.fingerprint_bands).values(band=band, doc_id=doc.doc_id))
                self._index_text(conn, "document", doc.doc_id, doc.doc_id, _document_search_text(doc))
                added.append(doc.doc_id)
        return added, present

    def near_duplicate_candidates(self, bands: Sequence[str]) -> list[str]:
        """Ids of stored documents sharing at least one hash band, most shared bands first."""
        if not bands:
            return []
        query = (
            select(schema.fingerprint_bands.c.doc_id, func.count().label("n"))
            .where(schema.fingerprint_bands.c.band.in_(list(bands)))
            .group_by(schema.fingerprint_bands.c.doc_id)
            .order_by(text("n DESC"))
            .limit(20)
        )
        with self.engine.connect() as conn:
            return [row.doc_id for row in conn.execute(query)]

    def document(self, doc_id: str) -> models.Document:
        row = self._row_by_key(schema.documents.c.doc_id, doc_id)
        if row is None:
            raise DocumentNotFound(f"no document with id {doc_id!r}; list ids with `dossier docs`")
        return from_row(models.Document, row)

    def _row_by_key(self, column, value):
        """The one row whose primary key ``column`` holds ``value``, or None."""
        with self.engine.connect() as conn:
            return conn.execute(select(column.table).where(column == value)).first()

    def documents(
        self, *, limit: int | None = None, offset: int = 0, outlet: str | None = None
    ) -> list[models.Document]:
        query = select(schema.documents).order_by(
            schema.documents.c.published.is_(None), schema.documents.c.published, schema.documents.c.doc_id
        )
        if outlet:
            query = query.where(schema.documents.c.outlet == outlet)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [from_row(models.Document, row) for row in conn.execute(query)]

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(schema.documents)) or 0

    def undated_documents(self) -> list[models.Document]:
        """Analysed documents that have no publication date, given or inferred."""
        c = schema.documents.c
        query = select(schema.documents).where(c.published.is_(None), c.analysis_version.is_not(None))
        with self.engine.connect() as conn:
            return [from_row(models.Document, row) for row in conn.execute(query.order_by(c.doc_id))]

    def set_inferred_dates(self, published: dict[str, date]) -> None:
        """Give undated documents an inferred publication date and queue them for analysis again.

        Their relative dates ("today", "on Monday") now resolve, so their analysis is redone.
        """
        c = schema.documents.c
        with self.engine.begin() as conn:
            for doc_id, day in published.items():
                conn.execute(update(schema.documents).where(c.doc_id == doc_id, c.published.is_(None))
                             .values(published=day, published_inferred=True, analysis_version=None))

    def documents_needing_analysis(self, version: str) -> list[models.Document]:
        """Documents never analysed, or analysed by another version of the per-document stages."""
        column = schema.documents.c.analysis_version
        query = (
            select(schema.documents)
            .where(or_(column.is_(None), column != version))
            .order_by(schema.documents.c.doc_id)
        )
        with self.engine.connect() as conn:
            return [from_row(models.Document, row) for row in conn.execute(query)]

    # -- per-document analysis ---------------------------------------------------------------

    def save_analyses(self, analyses: Iterable[models.DocumentAnalysis]) -> int:
        """Replace the stored analysis of each document, all in one transaction."""
        count = 0
        with self.engine.begin() as conn:
            for analysis in analyses:
                doc_id = analysis.doc_id
                for table in schema.PER_DOCUMENT_TABLES:
                    conn.execute(delete(table).where(table.c.doc_id == doc_id))
                self._unindex_evidence(conn, doc_id)
                for name, (table, _cls) in ANALYSIS_TABLES.items():
                    rows = [to_row(r) for r in getattr(analysis, name)]
                    if rows:
                        conn.execute(insert(table), rows)
                for mention in analysis.events:
                    self._index_text(conn, "evidence", mention.mention_id, doc_id, mention.sentence)
                conn.execute(
                    update(schema.documents)
                    .where(schema.documents.c.doc_id == doc_id)
                    .values(analysis_version=analysis.version, resolved=False)
                )
                count += 1
        return count

    def analysis(self, doc_id: str) -> models.DocumentAnalysis:
        """Everything the per-document stages stored for one document."""
        parts = {}
        with self.engine.connect() as conn:
            for name, (table, cls) in ANALYSIS_TABLES.items():
                query = select(table).where(table.c.doc_id == doc_id)
                rows = conn.execute(query.order_by(_start_column(table)))
                parts[name] = tuple(from_row(cls, row) for row in rows)
            version = conn.scalar(
                select(schema.documents.c.analysis_version).where(schema.documents.c.doc_id == doc_id)
            )
        return models.DocumentAnalysis(doc_id=doc_id, version=version or "", **parts)

    def event_mentions(self, *, doc_ids: Sequence[str] | None = None) -> list[models.EventMention]:
        query = select(schema.event_mentions).order_by(
            schema.event_mentions.c.doc_id, schema.event_mentions.c.trigger_start
        )
        if doc_ids is not None:
            query = query.where(schema.event_mentions.c.doc_id.in_(list(doc_ids)))
        with self.engine.connect() as conn:
            return [from_row(models.EventMention, row) for row in conn.execute(query)]

    def event_mentions_by_id(self, mention_ids) -> dict[str, models.EventMention]:
        found = {}
        with self.engine.connect() as conn:
            for ids in chunked(set(mention_ids)):
                query = select(schema.event_mentions).where(schema.event_mentions.c.mention_id.in_(ids))
                found.update({row.mention_id: from_row(models.EventMention, row) for row in conn.execute(query)})
        return found

    def mentions_of_event(self, event_id: str) -> list[models.EventMention]:
        query = (
            select(schema.event_mentions)
            .where(schema.event_mentions.c.event_id == event_id)
            .order_by(schema.event_mentions.c.doc_id, schema.event_mentions.c.trigger_start)
        )
        with self.engine.connect() as conn:
            return [from_row(models.EventMention, row) for row in conn.execute(query)]

    def entity_mentions(self, *, doc_ids: Sequence[str] | None = None) -> list[models.EntityMention]:
        query = select(schema.entity_mentions).order_by(
            schema.entity_mentions.c.doc_id, schema.entity_mentions.c.start
        )
        if doc_ids is not None:
            query = query.where(schema.entity_mentions.c.doc_id.in_(list(doc_ids)))
        with self.engine.connect() as conn:
            return [from_row(models.EntityMention, row) for row in conn.execute(query)]

    def mentions_of_entities(self, entity_ids, *, per_entity: int = 10) -> dict[str, list[models.EntityMention]]:
        """Up to ``per_entity`` mentions of each entity, in document order: the evidence for its names and roles."""
        found: dict[str, list[models.EntityMention]] = {}
        c = schema.entity_mentions.c
        with self.engine.connect() as conn:
            for ids in chunked(set(entity_ids)):
                rows = conn.execute(select(schema.entity_mentions).where(c.entity_id.in_(ids)).order_by(c.doc_id, c.start))
                for row in rows:
                    bucket = found.setdefault(row.entity_id, [])
                    if len(bucket) < per_entity:
                        bucket.append(from_row(models.EntityMention, row))
        return found

    def entity_spans(self, entity_ids) -> dict[str, list[tuple[int, int]]]:
        """doc_id -> character spans of every mention of the given entities (through the entity index)."""
        spans: dict[str, list[tuple[int, int]]] = {}
        c = schema.entity_mentions.c
        with self.engine.connect() as conn:
            for ids in chunked(set(entity_ids)):
                for row in conn.execute(select(c.doc_id, c.start, c.end).where(c.entity_id.in_(ids))):
                    spans.setdefault(row.doc_id, []).append((row.start, row.end))
        return spans

    def event_ids_of_mentions(self, mention_ids) -> dict[str, str]:
        """mention_id -> the canonical event it was resolved into (unresolved mentions are left out)."""
        found: dict[str, str] = {}
        c = schema.event_mentions.c
        with self.engine.connect() as conn:
            for ids in chunked(set(mention_ids)):
                rows = conn.execute(select(c.mention_id, c.event_id).where(c.mention_id.in_(ids)))
                found.update({row.mention_id: row.event_id for row in rows if row.event_id})
        return found

    def quotes(self, *, speaker: str | None = None, doc_ids: Sequence[str] | None = None) -> list[models.Quote]:
        query = select(schema.quotes).order_by(schema.quotes.c.doc_id, schema.quotes.c.content_start)
        if speaker:
            query = query.where(schema.quotes.c.speaker == speaker)
        if doc_ids is not None:
            query = query.where(schema.quotes.c.doc_id.in_(list(doc_ids)))
        with self.engine.connect() as conn:
            return [from_row(models.Quote, row) for row in conn.execute(query)]

    def time_expressions(self, *, doc_ids: Sequence[str] | None = None) -> list[models.TimeExpression]:
        query = select(schema.time_expressions).order_by(
            schema.time_expressions.c.doc_id, schema.time_expressions.c.start
        )
        if doc_ids is not None:
            query = query.where(schema.time_expressions.c.doc_id.in_(list(doc_ids)))
        with self.engine.connect() as conn:
            return [from_row(models.TimeExpression, row) for row in conn.execute(query)]

    # -- cross-document results ----------------------------------------------------------------

    def events(self) -> list[models.Event]:
        query = select(schema.events).order_by(
            schema.events.c.date_value.is_(None), schema.events.c.date_value, schema.events.c.event_id
        )
        with self.engine.connect() as conn:
            return [from_row(models.Event, row) for row in conn.execute(query)]

    def event(self, event_id: str) -> models.Event:
        row = self._row_by_key(schema.events.c.event_id, event_id)
        if row is None:
            raise EventNotFound(f"no event with id {event_id!r}; list ids with `dossier events`")
        return from_row(models.Event, row)

    def entity(self, entity_id: str) -> models.Entity:
        row = self._row_by_key(schema.entities.c.entity_id, entity_id)
        if row is None:
            raise EntityNotFound(f"no entity with id {entity_id!r}; list entities with `dossier entities`")
        return from_row(models.Entity, row)

    def entities(self) -> list[models.Entity]:
        query = select(schema.entities).order_by(schema.entities.c.mention_count.desc(), schema.entities.c.name)
        with self.engine.connect() as conn:
            return [from_row(models.Entity, row) for row in conn.execute(query)]

    def discrepancies(self) -> list[models.Discrepancy]:
        query = select(schema.discrepancies).order_by(schema.discrepancies.c.severity.desc())
        with self.engine.connect() as conn:
            return [from_row(models.Discrepancy, row) for row in conn.execute(query)]

    # -- search and state -------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50) -> list[models.SearchHit]:
        """Full-text search over articles and evidence sentences, best match first."""
        terms = query_terms(query)
        if not terms:
            return []
        with self.engine.connect() as conn:
            rows = matching_rows(conn, terms, limit=limit, columns="kind, ref, doc_id, body")
            return [models.SearchHit(kind=r.kind, ref=r.ref, doc_id=r.doc_id, text=r.body) for r in rows]

    def get_state(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(schema.state.c.value).where(schema.state.c.key == key))

    def set_state(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(schema.state).where(schema.state.c.key == key))
            conn.execute(insert(schema.state).values(key=key, value=value))

    def _index_text(self, conn, kind: str, ref: str, doc_id: str, body: str) -> None:
        folded = unidecode(body)
        if folded != body:
            # Also index the ASCII transliteration, so "Ciragan" finds "Çırağan".
            body = f"{body}\n{folded}"
        conn.execute(
            text("INSERT INTO search_index (kind, ref, doc_id, body) VALUES (:kind, :ref, :doc, :body)"),
            {"kind": kind, "ref": ref, "doc": doc_id, "body": body},
        )
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO search_rows (fts_rowid, doc_id, kind) VALUES (last_insert_rowid(), :doc, :kind)"),
                         {"doc": doc_id, "kind": kind})

    def _unindex_evidence(self, conn, doc_id: str) -> None:
        """Remove an article's evidence rows from the search index, found by index, not by a scan."""
        params = {"doc": doc_id}
        if self.dialect != "sqlite":
            conn.execute(text("DELETE FROM search_index WHERE kind = 'evidence' AND doc_id = :doc"), params)
            return
        conn.execute(text("DELETE FROM search_index WHERE rowid IN "
                          "(SELECT fts_rowid FROM search_rows WHERE doc_id = :doc AND kind = 'evidence')"), params)
        conn.execute(text("DELETE FROM search_rows WHERE doc_id = :doc AND kind = 'evidence'"), params)


def _document_search_text(doc: models.Document) -> str:
    return "\n".join(part for part in (doc.title, doc.outlet, doc.text) if part)


def _start_column(table):
    for name in ("idx", "start", "content_start", "trigger_start"):
        if name in table.c:
            return table.c[name]
    raise ValueError(f"table {table.name} has no position column")
