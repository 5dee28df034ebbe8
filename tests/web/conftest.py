"""Fixtures for the web tests: a small dossier built by the real pipeline, and app clients.

The three articles are written for these tests: two outlets report the same meeting and give
different numbers of exchanged prisoners (a discrepancy), and a third carries hostile text (a script
tag, apostrophes, ampersands, non-Latin letters) that every page must show as plain text.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

# Starlette suggests the httpx2 package for its test client; httpx works and is what we pin.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402

from dossier.web.app import create_app  # noqa: E402

ARTICLES = {
    "2025-03-10-harbour-gazette.txt": """date: 2025-03-10
outlet: Harbour Gazette
title: Port talks in Rotterdam end with a deal to free detained strikers

Union leaders and port operators met in Rotterdam on Monday, March 10, for a first round of talks on ending the dock strike. The meeting was chaired by mediator Anna Berg, who said both sides agreed to exchange written proposals within a week.

"We made real progress today, and nobody walked out," Berg told reporters after the session.

On Monday evening the two sides exchanged 40 prisoners, all of them detained strikers, the union said.
""",
    "2025-03-11-coastal-times.txt": """date: 2025-03-11
outlet: Coastal Times
title: Dock strike: operators free workers after Rotterdam meeting

On Monday the two sides exchanged 65 prisoners after a meeting with union leaders in Rotterdam, according to the union. Mediator Anna Berg chaired the talks, which lasted four hours.

Union chief Pieter de Vries said the workers would return to the docks on Wednesday if the operators kept their promises. "This is a start, not a settlement," de Vries said.
""",
    "2025-03-12-quay-review.txt": """date: 2025-03-12
outlet: Quay Review
title: Strikers' letter <script>alert(1)</script> causes a stir

A letter signed by O'Brien & Sons staff and by Çağlar Yılmaz, the union's treasurer, was read aloud in Rotterdam on Tuesday. It contained the text <script>alert(1)</script> and the phrase "a < b && c > d", which the printers refused to set.

Anna Berg said on Tuesday that a second meeting would be held in Antwerp on March 17.
""",
}
HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> str:
    """A SQLite dossier of ARTICLES, ingested and built once for all web tests (loads spaCy)."""
    from dossier import api

    folder = tmp_path_factory.mktemp("web-articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "dossier.db")
    report = api.ingest([str(folder)], db=db)
    if len(report.added) != len(ARTICLES):
        raise RuntimeError(f"fixture ingest failed: {report}")
    api.build(db=db)
    return db


@pytest.fixture(scope="session")
def client(built_db) -> TestClient:
    return TestClient(create_app(built_db))


@pytest.fixture
def empty_db(tmp_path) -> str:
    return str(Path(tmp_path) / "empty.db")
