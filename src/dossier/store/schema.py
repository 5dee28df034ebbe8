"""SQLAlchemy Core tables mirroring the records in ``dossier.models``.

Lists inside a record (aliases, arguments, mention ids) are JSON columns: they are read and
written whole with their row and never queried by SQL on their own.
"""

from __future__ import annotations

from sqlalchemy import false as sa_false
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("url", Text),
    Column("author", Text),
    Column("published", Date),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("language", String(16), nullable=False, default="en"),
    Column("source", Text, nullable=False, default=""),
    Column("near_duplicate_of", String(64)),
    Column("fingerprint", JSON),  # minhash signature for near-duplicate search
    Column("ingested_at", DateTime(timezone=True)),
    Column("analysis_version", String(64)),  # set when the per-document stages have run
    Column("resolved", Boolean, nullable=False, server_default=sa_false()),  # cross-document stages done
    Column("story_id", String(64)),
    Index("ix_documents_story", "story_id"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(32), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("canonical", Text, nullable=False),
    Column("role", Text),
    Column("country", Text),
    Column("entity_id", String(64)),
    Index("ix_entity_mentions_doc", "doc_id"),
    Index("ix_entity_mentions_entity", "entity_id"),
)

time_expressions = Table(
    "time_expressions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("timex_type", String(16), nullable=False),
    Column("value", String(80)),
    Column("precision", String(16), nullable=False),
    Column("anchor", String(16), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("flag", Text),
    Column("suggested_value", String(80)),
    Index("ix_time_expressions_doc", "doc_id"),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("low", Float, nullable=False),
    Column("high", Float, nullable=False),
    Column("counted", Text),
    Column("vague", Boolean, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Index("ix_quantities_doc", "doc_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("source", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("speaker", Text),
    Column("via", Text),
    Index("ix_quotes_doc", "doc_id"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("mention_id", String(80), primary_key=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("event_type", String(32), nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("date_value", String(80)),
    Column("date_precision", String(16), nullable=False),
    Column("date_source", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("location", Text),
    Column("reported_by", Text),
    Column("date_stated", String(80)),
    Column("extractor", String(64), nullable=False),
    Column("arguments", JSON, nullable=False),
    Column("quantities", JSON, nullable=False),
    Column("event_id", String(64)),
    Index("ix_event_mentions_doc", "doc_id"),
    Index("ix_event_mentions_event", "event_id"),
    Index("ix_event_mentions_block", "event_type", "date_value"),
)

# Ages and numbers of children stated about a person (see extract.person_attributes); ``person``
# is the in-document canonical name, matched to ``entity_mentions.canonical`` to find the entity.
person_attributes = Table(
    "person_attributes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("person", Text, nullable=False),
    Column("attribute", String(32), nullable=False),
    Column("value", Integer, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("extractor", String(64), nullable=False),
    Index("ix_person_attributes_doc", "doc_id"),
)

entities = Table(
    "entities",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("label", String(32), nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("country", Text),
    Column("mention_count", Integer, nullable=False),
    Column("doc_ids", JSON, nullable=False),
    Column("key", String(200)),  # blocking key: ascii-folded surname or name
    Index("ix_entities_key", "key"),
)

# Further blocking keys of an entity beyond ``entities.key`` (its acronym, its initials).
entity_keys = Table(
    "entity_keys",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("key", String(200), primary_key=True),
    Index("ix_entity_keys_key", "key"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("event_type", String(32), nullable=False),
    Column("date_value", String(80)),
    Column("date_precision", String(16), nullable=False),
    Column("location", Text),
    Column("status", String(16), nullable=False),
    Column("actors", JSON, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("mention_ids", JSON, nullable=False),
    Column("doc_ids", JSON, nullable=False),
    Column("summary", Text, nullable=False),
    Column("salience", Float, nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("first_reported", Date),
    Column("family", String(32), nullable=False, server_default=""),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("story_id", String(64)),
    Column("follows", JSON, nullable=False, server_default="[]"),
    Index("ix_events_date", "date_value"),
    Index("ix_events_block", "family", "date_start", "date_end"),
)

stories = Table(
    "stories",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("label", Text, nullable=False),
    Column("doc_count", Integer, nullable=False, server_default="0"),
    Column("first_date", Date),
    Column("last_date", Date),
)

discrepancies = Table(
    "discrepancies",
    metadata,
    Column("discrepancy_id", String(64), primary_key=True),
    Column("event_id", String(64)),
    Column("doc_id", String(64)),
    Column("attribute", String(64), nullable=False),
    Column("values", JSON, nullable=False),
    Column("severity", Float, nullable=False),
    Column("note", Text, nullable=False),
    Column("entity_id", String(64)),  # a person's discrepancy (age, children) has no event
    Index("ix_discrepancies_entity", "entity_id"),
)

fingerprint_bands = Table(
    "fingerprint_bands",
    metadata,
    # Locality-sensitive hashing bands of each document's minhash: two documents sharing a band
    # are near-duplicate candidates, found by index lookup instead of a scan.
    Column("band", String(64), primary_key=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
)

state = Table(
    "state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

PER_DOCUMENT_TABLES = (
    sentences,
    entity_mentions,
    time_expressions,
    quantities,
    quotes,
    event_mentions,
    person_attributes,
)

# Full-text search tables, dialect-specific, created by hand in the migrations (an FTS5 virtual
# table and its indexed map of rows per article on SQLite; a table with a GIN index on PostgreSQL).
HAND_MANAGED_PREFIXES = ("search_index", "search_rows", "ix_search_rows")


def declared_here(name: str | None) -> bool:
    """Whether a schema object is declared in this module (and so compared by autogenerate)."""
    return not (name or "").startswith(HAND_MANAGED_PREFIXES)
