from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dossier.errors import IngestError
from dossier.ingest import IngestOptions
from dossier.ingest.html import extract_html
from dossier.ingest.records import Meta

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"

GAZETTE = DATA / "harbour-gazette-strike.html"
LEDGER = DATA / "northern-ledger-undated.html"


def _extract(name: str, fallback: Meta | None = None):
    path = DATA / name
    return extract_html(
        path.read_bytes(), source=str(path), url=None, options=IngestOptions(), fallback=fallback
    )


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "Dock workers end strike after overnight talks"),
        ("outlet", "The Harbour Gazette"),
        ("author", "Mira Castellan"),
        ("published", date(2024, 3, 11)),  # published_time, not the later modified_time
        ("published_inferred", False),
        ("url", "https://www.harbourgazette.example/news/2024/mar/11/dock-strike-ends"),
        ("language", "en"),
    ],
)
def test_html_reads_page_metadata(field: str, expected: object) -> None:
    assert getattr(_extract(GAZETTE.name), field) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers at the container port of Velmora returned to the quays on Monday morning",
        '"We did not get everything we asked for, but the night shifts will finally be paid',
        "thanked residents for their patience during the dispute.",
    ],
)
def test_html_keeps_article_paragraphs(sentence: str) -> None:
    assert sentence in _extract(GAZETTE.name).text


@pytest.mark.parametrize(
    "boilerplate",
    [
        "cookie",  # the consent banner
        "Subscribe for 1 euro a week",  # navigation
        "Island ferries cancelled as strike bites",  # related-links box
        "dataLayer",  # inline script
        "morning briefing newsletter",  # footer
    ],
)
def test_html_drops_boilerplate(boilerplate: str) -> None:
    assert boilerplate.lower() not in _extract(GAZETTE.name).text.lower()


def test_html_page_without_date_infers_it_and_names_domain() -> None:
    doc = _extract(LEDGER.name)
    assert (doc.published, doc.published_inferred, doc.outlet) == (
        date(2024, 2, 14),
        True,
        "northernledger.example",
    )
    assert "privacy policy" not in doc.text and "More from the Ledger" not in doc.text


def test_html_fallback_fills_only_missing_values() -> None:
    fallback = Meta(outlet="Coastal Wire", published=date(2024, 2, 16), title="ignored")
    doc = _extract(LEDGER.name, fallback)
    assert (doc.outlet, doc.published, doc.published_inferred, doc.title) == (
        "Coastal Wire", date(2024, 2, 16), False, "Flood defences approved for river towns",
    )  # fmt: skip


@pytest.mark.parametrize(
    "content",
    [
        (DATA / "empty-shell.html").read_bytes(),
        b"<html><body><p>Too short.</p></body></html>",
        b"<<<>>> </div></div> <p",
        b"",
    ],
    ids=["script-shell", "stub", "broken-markup", "empty"],
)
def test_html_without_main_text_is_refused(content: bytes) -> None:
    with pytest.raises(IngestError, match="no main article text"):
        extract_html(content, source="page.html", url=None, options=IngestOptions())
