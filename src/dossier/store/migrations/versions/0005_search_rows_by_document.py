"""On SQLite, an indexed map from each article to its full-text rows.

FTS5 cannot index its ``doc_id`` column, so replacing an article's evidence rows (when it is
analysed again) scanned the whole search index, a cost that grew with the dossier. The map finds
them by index instead. PostgreSQL's search table has its own index on ``doc_id`` and needs none.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_rows (fts_rowid INTEGER PRIMARY KEY, doc_id VARCHAR(64) NOT NULL, "
               "kind VARCHAR(16) NOT NULL)")
    op.execute("CREATE INDEX ix_search_rows_doc ON search_rows (doc_id, kind)")
    op.execute("INSERT INTO search_rows (fts_rowid, doc_id, kind) SELECT rowid, doc_id, kind FROM search_index")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_rows")
