"""Incremental resolution: event blocking columns, stories, and per-document resolution state.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("family", sa.String(32), nullable=False, server_default=""))
        batch.add_column(sa.Column("date_start", sa.Date(), nullable=True))
        batch.add_column(sa.Column("date_end", sa.Date(), nullable=True))
        batch.add_column(sa.Column("story_id", sa.String(64), nullable=True))
        batch.create_index("ix_events_block", ["family", "date_start", "date_end"])
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("resolved", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("story_id", sa.String(64), nullable=True))
    op.create_table(
        "stories",
        sa.Column("story_id", sa.String(64), primary_key=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("doc_ids", sa.JSON(), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("stories")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("story_id")
        batch.drop_column("resolved")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_block")
        batch.drop_column("story_id")
        batch.drop_column("date_end")
        batch.drop_column("date_start")
        batch.drop_column("family")
