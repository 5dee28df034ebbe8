"""What articles state about people (ages, children), and discrepancies of a person, not an event.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_attributes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("person", sa.Text(), nullable=False),
        sa.Column("attribute", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("sentence_index", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.doc_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_person_attributes_doc", "person_attributes", ["doc_id"])
    with op.batch_alter_table("discrepancies") as batch:
        batch.add_column(sa.Column("entity_id", sa.String(length=64), nullable=True))
        batch.create_index("ix_discrepancies_entity", ["entity_id"])


def downgrade() -> None:
    with op.batch_alter_table("discrepancies") as batch:
        batch.drop_index("ix_discrepancies_entity")
        batch.drop_column("entity_id")
    op.drop_index("ix_person_attributes_doc", table_name="person_attributes")
    op.drop_table("person_attributes")
