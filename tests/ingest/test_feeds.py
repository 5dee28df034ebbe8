from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dossier.ingest import IngestOptions, count_sources, iter_documents
from dossier.models import Document, Failure

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
LOCAL = IngestOptions(allow_private=True)


@pytest.fixture
def feed_site(local_server):
    """The local server with two article pages and an RSS feed linking them and a dead link."""
    local_server.add("/news/dock-strike", body=(DATA / "harbour-gazette-strike.html").read_bytes())
    ledger = (DATA / "northern-ledger-undated.html").read_bytes()
    local_server.add("/local/flood-defences", body=ledger)
    feed = (DATA / "feed.rss.template").read_text(encoding="utf-8").format(base=local_server.base)
    local_server.add("/feed", body=feed.encode(), content_type="application/rss+xml")
    local_server.add("/feed-as-xml", body=feed.encode(), content_type="text/xml")
    return local_server, feed


@pytest.mark.parametrize("path", ["/feed", "/feed-as-xml"])
def test_feeds_url_items_are_fetched_and_read(feed_site, path: str) -> None:
    server, _ = feed_site
    results = list(iter_documents([server.base + path], LOCAL))
    docs = [r for r in results if isinstance(r, Document)]
    assert [d.source for d in docs] == [
        server.base + "/news/dock-strike",
        server.base + "/local/flood-defences",
    ]
    assert [f.item for f in results if isinstance(f, Failure)] == [server.base + "/missing"]


@pytest.mark.parametrize(
    ("index", "outlet", "published"),
    [
        (0, "The Harbour Gazette", date(2024, 3, 11)),  # the page's own metadata wins
        (1, "Coastal Wire", date(2024, 2, 16)),  # the feed's title and item date fill gaps
    ],
)
def test_feeds_item_metadata_is_a_fallback(
    feed_site, index: int, outlet: str, published: date
) -> None:
    server, _ = feed_site
    docs = [r for r in iter_documents([server.base + "/feed"], LOCAL) if isinstance(r, Document)]
    assert (docs[index].outlet, docs[index].published, docs[index].published_inferred) == (
        outlet, published, False,
    )  # fmt: skip


def test_feeds_local_file_links_are_fetched(feed_site, tmp_path: Path) -> None:
    _, feed = feed_site
    (tmp_path / "coast.rss").write_text(feed, encoding="utf-8")
    results = list(iter_documents([str(tmp_path / "coast.rss")], LOCAL))
    assert [type(r).__name__ for r in results] == ["Document", "Document", "Failure"]
    assert count_sources([str(tmp_path / "coast.rss")], LOCAL) == 3


def test_feeds_refused_without_allow_private(feed_site) -> None:
    server, _ = feed_site
    [failure] = list(iter_documents([server.base + "/feed"], IngestOptions()))
    assert isinstance(failure, Failure) and "--allow-private" in failure.reason


def test_feeds_file_items_refused_without_allow_private(feed_site, tmp_path: Path) -> None:
    _, feed = feed_site
    (tmp_path / "coast.xml").write_text(feed, encoding="utf-8")
    results = list(iter_documents([str(tmp_path / "coast.xml")], IngestOptions()))
    assert len(results) == 3
    assert all(isinstance(r, Failure) and "--allow-private" in r.reason for r in results)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<rss version='2.0'><channel><title>Empty</title></channel></rss>", "has no items"),
        ("<notafeed><item>text</item></notafeed>", "not a valid RSS or Atom feed"),
    ],
)
def test_feeds_invalid_feed_file_is_a_failure(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "bad.xml").write_text(content, encoding="utf-8")
    [failure] = list(iter_documents([str(tmp_path / "bad.xml")], LOCAL))
    assert isinstance(failure, Failure) and reason in failure.reason
