"""Fixtures for the web tests: a small dossier built by the real pipeline, and app clients.

The articles are written for these tests. In ARTICLES two outlets report the same meeting and give
different numbers of exchanged prisoners (a discrepancy), and a third carries hostile text (a script
tag, apostrophes, ampersands, non-Latin letters) that every page must show as plain text.
FRAMING_ARTICLES give the framing stage one concept to find, hostile text included.
In PEOPLE_ARTICLES two outlets give one person different ages on the same day (a discrepancy of a
person, not of an event), her name holding an apostrophe and a non-Latin letter.
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
# Three outlets describe the same terminals with different participles (seized, leased,
# confiscated), which the framing stage reports as one concept; the third carries hostile text
# in its title and in the very sentence cited as evidence.
FRAMING_ARTICLES = {
    "2025-04-01-pier-standard.txt": """date: 2025-04-01
outlet: Pier Standard
title: Dockers march through the harbour

Dockers from the Norhaven and Eskvik terminals seized by the operators joined the march on Monday. The march ended at the harbour office.
""",
    "2025-04-02-wharf-herald.txt": """date: 2025-04-02
outlet: Wharf Herald
title: Workers march for their terminals

Workers from the Norhaven and Eskvik terminals leased by the operators marched on Monday. Police watched the march.
""",
    "2025-04-03-quay-review.txt": """date: 2025-04-03
outlet: Quay Review
title: A letter <script>alert(1)</script> from the quays

Staff from the Norhaven and Eskvik terminals confiscated by the operators signed a letter with O'Brien & Sons and Çağlar Yılmaz, headed <script>alert(1)</script>. The letter was read at the march.
""",
}


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> str:
    """A SQLite dossier of ARTICLES, ingested and built once for all web tests (loads spaCy)."""
    return _build(tmp_path_factory.mktemp("web-articles"), ARTICLES)


def _build(folder: Path, articles: dict[str, str]) -> str:
    from dossier import api

    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "dossier.db")
    report = api.ingest([str(folder)], db=db)
    if len(report.added) != len(articles):
        raise RuntimeError(f"fixture ingest failed: {report}")
    api.build(db=db)
    return db


@pytest.fixture(scope="session")
def framing_db(tmp_path_factory) -> str:
    """A SQLite dossier of FRAMING_ARTICLES, ingested and built once (loads spaCy)."""
    return _build(tmp_path_factory.mktemp("web-framing"), FRAMING_ARTICLES)


PEOPLE_ARTICLES = {
    "2025-06-02-harbour-gazette.txt": """date: 2025-06-02
outlet: Harbour Gazette
title: Lifeguard saves two swimmers off Brighton

Zoë O'Hara, 29, swam out to two teenagers caught in a rip current off Brighton on Monday, June 2. The lifeguard said the water was cold.
""",
    "2025-06-02-coastal-times.txt": """date: 2025-06-02
outlet: Coastal Times
title: Brighton rescue: lifeguard brings two teenagers ashore

Zoë O'Hara, 31, brought two teenagers back to the beach off Brighton on Monday after they were caught in a rip current.
""",
}


@pytest.fixture(scope="session")
def people_db(tmp_path_factory) -> str:
    """A SQLite dossier of PEOPLE_ARTICLES, ingested and built once (loads spaCy)."""
    return _build(tmp_path_factory.mktemp("web-people"), PEOPLE_ARTICLES)


@pytest.fixture(scope="session")
def people_client(people_db) -> TestClient:
    return TestClient(create_app(people_db))


@pytest.fixture(scope="session")
def framing_client(framing_db) -> TestClient:
    return TestClient(create_app(framing_db))


@pytest.fixture(scope="session")
def client(built_db) -> TestClient:
    return TestClient(create_app(built_db))


@pytest.fixture
def empty_db(tmp_path) -> str:
    return str(Path(tmp_path) / "empty.db")
