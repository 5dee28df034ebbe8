"""More than one blocking key per entity: an organisation is found by its name and by its acronym.

"Democratic National Committee" and "DNC" have different keys; the second key lets an article
naming only one of them find the entity stored under the other, through an index.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entity_keys",
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "key"),
    )
    op.create_index("ix_entity_keys_key", "entity_keys", ["key"])


def downgrade() -> None:
    op.drop_index("ix_entity_keys_key", table_name="entity_keys")
    op.drop_table("entity_keys")
