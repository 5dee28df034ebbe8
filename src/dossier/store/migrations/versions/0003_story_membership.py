"""Story membership lives on documents only; a story row keeps its size instead of a growing id list.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("doc_ids")
        batch.add_column(sa.Column("doc_count", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("documents") as batch:
        batch.create_index("ix_documents_story", ["story_id"])
    op.execute(
        "UPDATE stories SET doc_count = "
        "(SELECT count(*) FROM documents WHERE documents.story_id = stories.story_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_story")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("doc_count")
        batch.add_column(sa.Column("doc_ids", sa.JSON(), nullable=False, server_default="[]"))
