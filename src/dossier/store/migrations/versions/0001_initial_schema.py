"""initial schema

Revision ID: 0001
Revises:
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()
    _create_search_index()


def _create_search_index() -> None:
    """Full-text search over articles and evidence: FTS5 on SQLite, a tsvector index on PostgreSQL."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "kind UNINDEXED, ref UNINDEXED, doc_id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')"
        )
    else:
        op.create_table(
            "search_index",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column("ref", sa.String(80), nullable=False),
            sa.Column("doc_id", sa.String(64), nullable=False),
            sa.Column("body", sa.Text(), nullable=False),
        )
        op.execute(
            "CREATE INDEX ix_search_index_body ON search_index USING GIN (to_tsvector('simple', body))"
        )
        op.create_index("ix_search_index_doc", "search_index", ["doc_id"])


def _create_tables() -> None:
    op.create_table('discrepancies',
    sa.Column('discrepancy_id', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=True),
    sa.Column('doc_id', sa.String(length=64), nullable=True),
    sa.Column('attribute', sa.String(length=64), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('severity', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('discrepancy_id')
    )
    op.create_table('documents',
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_inferred', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('near_duplicate_of', sa.String(length=64), nullable=True),
    sa.Column('fingerprint', sa.JSON(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('analysis_version', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('doc_id')
    )
    op.create_table('entities',
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('mention_count', sa.Integer(), nullable=False),
    sa.Column('doc_ids', sa.JSON(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('entity_id')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index('ix_entities_key', ['key'], unique=False)

    op.create_table('events',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('date_value', sa.String(length=80), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=False),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('actors', sa.JSON(), nullable=False),
    sa.Column('outlets', sa.JSON(), nullable=False),
    sa.Column('mention_ids', sa.JSON(), nullable=False),
    sa.Column('doc_ids', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('salience', sa.Float(), nullable=False),
    sa.Column('independent_sources', sa.Integer(), nullable=False),
    sa.Column('first_reported', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('event_id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_date', ['date_value'], unique=False)

    op.create_table('state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('entity_mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('canonical', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('entity_mentions', schema=None) as batch_op:
        batch_op.create_index('ix_entity_mentions_doc', ['doc_id'], unique=False)
        batch_op.create_index('ix_entity_mentions_entity', ['entity_id'], unique=False)

    op.create_table('event_mentions',
    sa.Column('mention_id', sa.String(length=80), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('trigger', sa.Text(), nullable=False),
    sa.Column('trigger_start', sa.Integer(), nullable=False),
    sa.Column('trigger_end', sa.Integer(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('date_value', sa.String(length=80), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=False),
    sa.Column('date_source', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('reported_by', sa.Text(), nullable=True),
    sa.Column('date_stated', sa.String(length=80), nullable=True),
    sa.Column('extractor', sa.String(length=64), nullable=False),
    sa.Column('arguments', sa.JSON(), nullable=False),
    sa.Column('quantities', sa.JSON(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id')
    )
    with op.batch_alter_table('event_mentions', schema=None) as batch_op:
        batch_op.create_index('ix_event_mentions_block', ['event_type', 'date_value'], unique=False)
        batch_op.create_index('ix_event_mentions_doc', ['doc_id'], unique=False)
        batch_op.create_index('ix_event_mentions_event', ['event_id'], unique=False)

    op.create_table('fingerprint_bands',
    sa.Column('band', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('band', 'doc_id')
    )
    op.create_table('quantities',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('low', sa.Float(), nullable=False),
    sa.Column('high', sa.Float(), nullable=False),
    sa.Column('counted', sa.Text(), nullable=True),
    sa.Column('vague', sa.Boolean(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.create_index('ix_quantities_doc', ['doc_id'], unique=False)

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('content_start', sa.Integer(), nullable=False),
    sa.Column('content_end', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('source_start', sa.Integer(), nullable=True),
    sa.Column('source_end', sa.Integer(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.Text(), nullable=True),
    sa.Column('via', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index('ix_quotes_doc', ['doc_id'], unique=False)

    op.create_table('sentences',
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('doc_id', 'idx')
    )
    op.create_table('time_expressions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('timex_type', sa.String(length=16), nullable=False),
    sa.Column('value', sa.String(length=80), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=False),
    sa.Column('anchor', sa.String(length=16), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('flag', sa.Text(), nullable=True),
    sa.Column('suggested_value', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('time_expressions', schema=None) as batch_op:
        batch_op.create_index('ix_time_expressions_doc', ['doc_id'], unique=False)



def downgrade() -> None:
    op.drop_table("search_index")
    with op.batch_alter_table('time_expressions', schema=None) as batch_op:
        batch_op.drop_index('ix_time_expressions_doc')

    op.drop_table('time_expressions')
    op.drop_table('sentences')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_doc')

    op.drop_table('quotes')
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.drop_index('ix_quantities_doc')

    op.drop_table('quantities')
    op.drop_table('fingerprint_bands')
    with op.batch_alter_table('event_mentions', schema=None) as batch_op:
        batch_op.drop_index('ix_event_mentions_event')
        batch_op.drop_index('ix_event_mentions_doc')
        batch_op.drop_index('ix_event_mentions_block')

    op.drop_table('event_mentions')
    with op.batch_alter_table('entity_mentions', schema=None) as batch_op:
        batch_op.drop_index('ix_entity_mentions_entity')
        batch_op.drop_index('ix_entity_mentions_doc')

    op.drop_table('entity_mentions')
    op.drop_table('state')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_date')

    op.drop_table('events')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_key')

    op.drop_table('entities')
    op.drop_table('documents')
    op.drop_table('discrepancies')
