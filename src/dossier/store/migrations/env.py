"""Alembic environment: runs on the connection the store hands over in ``config.attributes``."""

from alembic import context

from dossier.store.schema import metadata

connection = context.config.attributes["connection"]


def include_object(obj, name, type_, reflected, compare_to):
    # The full-text index is dialect-specific (an FTS5 virtual table on SQLite) and is managed by
    # hand in the migrations, not by autogenerate.
    return not (name or "").startswith("search_index")


context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
