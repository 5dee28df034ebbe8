"""Storage: SQLAlchemy Core schema, Alembic migrations, and the Store that reads and writes it."""

from dossier.store.engine import database_url
from dossier.store.store import Store

__all__ = ["Store", "database_url"]
