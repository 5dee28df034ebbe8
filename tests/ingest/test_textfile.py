from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dossier.errors import IngestError
from dossier.ingest import IngestOptions
from dossier.ingest.records import Meta
from dossier.ingest.textfile import read_text_file, split_header

BODY = (
    "The bridge over the estuary reopened to traffic after a month of repairs, the highways "
    "agency said."
)


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        (f" date 2025-05-16 {BODY}", Meta(published=date(2025, 5, 16))),
        (f"date 2025-05-16\n{BODY}", Meta(published=date(2025, 5, 16))),
        (
            f'date 2024-02-01 outlet Estuary-Post title "Bridge reopens" {BODY}',
            Meta(published=date(2024, 2, 1), outlet="Estuary-Post", title="Bridge reopens"),
        ),
        (
            f"Title: Bridge reopens after repairs\nOutlet: The Estuary Post\n"
            f"url: https://estuary.example/bridge\ndate: 2024-02-01\n\n{BODY}",
            Meta(
                title="Bridge reopens after repairs",
                outlet="The Estuary Post",
                url="https://estuary.example/bridge",
                published=date(2024, 2, 1),
            ),
        ),
    ],
    ids=["inline-date", "date-line", "inline-several", "header-lines"],
)
def test_textfile_split_header_parses_and_strips_metadata(text: str, meta: Meta) -> None:
    assert split_header(text, item="a.txt") == (meta, BODY)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        f"Title IX rules changed.\n{BODY}",  # capitalised key without a colon is prose
        f"date night ended early. {BODY}",  # "date" followed by no date
        f"date 2025-05-16 {BODY}".replace(BODY, ""),  # metadata with no text after it
    ],
)
def test_textfile_split_header_leaves_prose_alone(text: str) -> None:
    assert split_header(text, item="a.txt") == (Meta(), text)


def test_textfile_sidecar_wins_over_header(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(f" date 2025-05-16 outlet Estuary-Post {BODY}", encoding="utf-8")
    sidecar = {"published": "2025-05-14", "url": "https://estuary.example/b", "language": "de"}
    (tmp_path / "bridge.json").write_text(json.dumps(sidecar), encoding="utf-8")
    doc = read_text_file(article, IngestOptions())
    assert (doc.published, doc.outlet, doc.url, doc.language, doc.text) == (
        date(2025, 5, 14), "Estuary-Post", "https://estuary.example/b", "de", BODY,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [("{not json", "not valid JSON"), ("[1, 2]", "JSON object"), ('{"title": 3}', "title")],
)
def test_textfile_bad_sidecar_is_refused(tmp_path: Path, sidecar: str, message: str) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.json").write_text(sidecar, encoding="utf-8")
    with pytest.raises(IngestError, match=message):
        read_text_file(tmp_path / "a.txt", IngestOptions())


def test_textfile_without_date_infers_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{BODY} Work began on 3 January 2024.", encoding="utf-8")
    doc = read_text_file(tmp_path / "a.txt", IngestOptions())
    assert (doc.published, doc.published_inferred) == (date(2024, 1, 3), True)


def test_textfile_longer_than_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY * 3, encoding="utf-8")
    with pytest.raises(IngestError, match="more than the limit of 100"):
        read_text_file(tmp_path / "a.txt", IngestOptions(max_text_chars=100))
