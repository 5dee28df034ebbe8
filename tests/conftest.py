"""Shared fixtures: where the shared data lives, databases to test against, and the spaCy model."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture
def shared() -> Path:
    """The shared data folder beside the checkout; tests using it skip on a user's clone."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (it holds the real articles and benchmarks; CI has it)")
    return SHARED


@pytest.fixture
def sqlite_db(tmp_path) -> str:
    return str(tmp_path / "dossier.db")


def _postgres_url() -> str | None:
    return os.environ.get("DOSSIER_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """A fresh database: a SQLite file, and a PostgreSQL schema when a test server is configured."""
    if request.param == "sqlite":
        yield str(tmp_path / "dossier.db")
        return
    url = _postgres_url()
    if not url:
        pytest.skip("DOSSIER_TEST_POSTGRES_URL is not set (scripts/run-tests.sh starts a server when PostgreSQL is installed)")
    import sqlalchemy as sa

    from dossier.store.engine import database_url

    name = f"t_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield url.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def nlp():
    """The full annotation pipeline (pretrained model plus our components), built once."""
    from dossier.annotate.pipeline import build_nlp

    return build_nlp()
