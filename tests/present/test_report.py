"""The mailable HTML report and its Markdown twin: escaping, citations, honest dates, shape."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dossier import models
from dossier.present.report import format_date, render_html_report, render_markdown


def _entry(event_id, value, precision, *, summary, sentence, outlet="Harbour Gazette",
           location="Port Vale", status=models.EventStatus.HAPPENED):
    event = models.Event(
        event_id=event_id, event_type=models.EventType.PRISONER_EXCHANGE, date_value=value,
        date_precision=precision, location=location, mention_ids=(f"{event_id}-m1",), doc_ids=("doc-7",),
        outlets=(outlet, "Valley Courier"), independent_sources=2, status=status, summary=summary,
    )
    evidence = models.Evidence(
        doc_id="doc-7", outlet=outlet, start=120, end=188, sentence=sentence, published=date(2025, 5, 17)
    )
    return models.TimelineEntry(event=event, evidence=(evidence,))


ENTRIES = [
    _entry("ev-1", "2025-05-16", models.Precision.DAY, summary="Both sides swapped 390 captives.",
           sentence="Each side handed over 390 captives at the border crossing, officials said."),
    _entry("ev-2", "2025-06", models.Precision.MONTH, summary="Talks <script>alert('x')</script> & more",
           sentence="A second round is planned for June, a <b>mediator</b> said.", outlet="O'Brien & Sons <Daily>",
           status=models.EventStatus.PLANNED),
]
DISCREPANCIES = [
    models.Discrepancy(
        discrepancy_id="disc/1", attribute="prisoners_each_side", severity=0.8, event_id="ev-1",
        values=(
            models.SourcedValue(value="390", mention_ids=("m1",), doc_ids=("doc-7",), outlets=("Harbour Gazette",)),
            models.SourcedValue(value="307", mention_ids=("m2",), doc_ids=("doc-9",), outlets=("Valley Courier",)),
        ),
        note="Counts differ between outlets.",
    )
]


@pytest.fixture(scope="module")
def html() -> str:
    return render_html_report(ENTRIES, DISCREPANCIES, title="Exchange <timeline>")


def test_report_escapes_markup_from_articles(html):
    assert "<script>" not in html and "<b>mediator</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "O&#x27;Brien &amp; Sons &lt;Daily&gt;" in html
    assert "<title>Exchange &lt;timeline&gt;</title>" in html


def test_report_cites_evidence_by_outlet_document_and_span(html):
    assert "Harbour Gazette, doc doc-7, chars 120–188, published 2025-05-17" in html
    assert "Each side handed over 390 captives at the border crossing, officials said." in html


def test_report_is_self_contained(html):
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert re.search(r"https?://|<script|<link|<img|@import|src=", html) is None


@pytest.mark.parametrize(
    ("fragment"),
    [
        "16 May 2025",
        "June 2025 <span class=\"precision\">(month only)</span>",
        '<li class="entry uncertain" id="event-ev-2">',
        '<span class="tag status">planned</span>',
        '<a class="tag disputed" href="#disc-disc-1">disputed: prisoners each side</a>',
        "<td>307</td><td>Valley Courier</td><td>doc-9</td>",
        "2 independent sources: Harbour Gazette, Valley Courier",
        "2 events from 3 outlets; 1 discrepancy between sources.",
    ],
)
def test_report_shows_dates_honestly_and_discrepancy_sides(html, fragment):
    assert fragment in html


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2025-05-16", models.Precision.DAY, ("16 May 2025", "")),
        ("2025-05-16T13:30", models.Precision.TIME, ("16 May 2025, 13:30", "")),
        ("2025-05", models.Precision.MONTH, ("May 2025", "month only")),
        ("2025", models.Precision.YEAR, ("2025", "year only")),
        ("2025-05-23/2025-05-25", models.Precision.RANGE, ("23 May 2025 – 25 May 2025", "range")),
        ("2025-W21", models.Precision.WEEK, ("19 May 2025 – 25 May 2025", "week only")),
        (None, models.Precision.UNKNOWN, ("Date unknown", "")),
    ],
)
def test_report_format_date_keeps_precision(value, precision, expected):
    assert format_date(value, precision) == expected


def test_report_markdown_shape():
    text = render_markdown(ENTRIES, DISCREPANCIES, title="Exchange")
    lines = text.splitlines()
    assert lines[0] == "# Exchange"
    assert "## Timeline" in lines and "## Discrepancies" in lines
    assert lines.index("## Timeline") < lines.index("## Discrepancies")
    assert "### 16 May 2025 — prisoner exchange, Port Vale" in lines
    assert "### June 2025 (month only) — prisoner exchange (planned), Port Vale" in lines
    assert "> — Harbour Gazette, doc doc-7, chars 120–188, published 2025-05-17" in lines
    assert "- **307**: Valley Courier (docs doc-9)" in lines
    assert "Talks \\<script\\>alert('x')\\</script\\> & more" in lines


def test_report_markdown_without_discrepancies_says_so():
    text = render_markdown(ENTRIES[:1], [])
    assert text.splitlines()[0] == "# Timeline"
    assert "No discrepancies found." in text
