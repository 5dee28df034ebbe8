"""RSS and Atom feeds: every item's link is fetched and read as a page.

A feed item's summary is rarely the whole article, so the linked page is what gets ingested.
The item's date and the feed's title are kept as fallbacks for pages whose markup lacks them.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import feedparser

from dossier.errors import IngestError
from dossier.ingest.decode import read_file_bytes
from dossier.ingest.fetch import Fetched, fetch_url, is_url
from dossier.ingest.html import fetched_document
from dossier.ingest.options import IngestOptions
from dossier.ingest.records import Meta, strip_item
from dossier.models import Document, Failure

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(content: bytes, content_type: str = "") -> bool:
    """Return True when a response is an RSS/Atom feed rather than a page.

    Args:
        content: the body.
        content_type: the Content-Type header, lowercase ("" when unknown).

    Returns:
        True for a feed content type, or XML whose root element is a feed's.
    """
    if content_type.startswith(FEED_TYPES):
        return True
    head = content[:4096].lstrip().lower()
    return any(root in head for root in _FEED_ROOTS) and b"<html" not in head


def parse_feed(content: bytes, *, source: str) -> feedparser.FeedParserDict:
    """Parse feed bytes without letting feedparser fetch anything.

    Args:
        content: the feed document.
        source: its file path or URL, for error messages.

    Returns:
        feedparser's result, with at least one entry.

    Raises:
        IngestError: the content is not a feed or has no items.
    """
    parsed = feedparser.parse(io.BytesIO(content))  # a stream, so feedparser never fetches
    if not parsed.get("version"):  # feedparser finds "items" in any XML; the root must be a feed
        reason = parsed.get("bozo_exception", "no RSS or Atom root element")
        raise IngestError(f"{source}: not a valid RSS or Atom feed ({reason})")
    if not parsed.entries:
        raise IngestError(f"{source}: the feed has no items")
    return parsed


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(*when[:3]) if when else None


def read_feed(
    content: bytes, *, source: str, options: IngestOptions, base_dir: Path | None = None
) -> Iterator[Document | Failure]:
    """Fetch and read every item of a feed.

    Args:
        content: the feed document.
        source: its file path or URL.
        options: limits and defaults; item links are fetched under the same address rules.
        base_dir: for a feed read from a file, the folder that relative item links (``item-1.html``)
            are resolved against; such links are read from disk, never fetched.

    Yields:
        One Document per readable item, a Failure for each item that could not be read.

    Raises:
        IngestError: the feed itself is invalid or empty.
    """
    parsed = parse_feed(content, source=source)
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not link:
            yield Failure(item=f"{source}#item{number}", reason="the feed item has no link")
            continue
        fallback = Meta(
            title=entry.get("title"),
            outlet=feed_title,
            author=entry.get("author"),
            published=_entry_date(entry),
        )
        try:
            if base_dir is not None and not is_url(link) and "://" not in link:
                yield _read_local_item(base_dir, link, fallback, options)
                continue
            yield _read_item(link, fallback, options)
        except IngestError as error:
            yield Failure(item=link, reason=strip_item(str(error), link))


def _read_local_item(base_dir: Path, link: str, fallback: Meta, options: IngestOptions) -> Document:
    path = (base_dir / link).resolve()
    if base_dir.resolve() not in path.parents:
        raise IngestError(f"{link}: a local feed may only link to files in its own folder")
    if not path.is_file():
        raise IngestError(f"{link}: the feed links to a file that does not exist")
    data = read_file_bytes(path, max_bytes=options.max_fetch_bytes)
    fetched = Fetched(url="", content=data, content_type="text/html")
    return fetched_document(fetched, source=str(path), options=options, fallback=fallback)


def _read_item(link: str, fallback: Meta, options: IngestOptions) -> Document:
    fetched = fetch_url(link, options)
    if looks_like_feed(fetched.content, fetched.content_type):
        raise IngestError(f"{link}: a feed item links to another feed; ingest that feed directly")
    return fetched_document(fetched, source=link, options=options, fallback=fallback)
