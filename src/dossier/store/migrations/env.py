"""Alembic environment: runs on the connection the store hands over in ``config.attributes``."""

from alembic import context

from dossier.store.schema import declared_here, metadata

connection = context.config.attributes["connection"]


def include_object(obj, name, type_, reflected, compare_to):
    return declared_here(name)


context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
