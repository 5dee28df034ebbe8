"""Expand the sources a user names (files, directories, globs, URLs) and read each one.

Each input is read by the reader for its kind, chosen by file extension or, for a URL, by what
the server sends. A bad input becomes a ``Failure`` and the run goes on, so one broken file in
a folder of hundreds does not stop an ingest.
"""

from __future__ import annotations

import logging

import glob
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dossier.errors import IngestError
from dossier.ingest.decode import check_not_binary, read_file_bytes
from dossier.ingest.feeds import looks_like_feed, parse_feed, read_feed
from dossier.ingest.fetch import fetch_url, is_url
from dossier.ingest.html import extract_html, fetched_document
from dossier.ingest.options import IngestOptions
from dossier.ingest.records import strip_item
from dossier.ingest.tables import count_rows, read_csv, read_jsonl
from dossier.ingest.textfile import read_text_file
from dossier.models import Document, Failure

log = logging.getLogger(__name__)
Reader = Callable[[Path, IngestOptions], Iterator[Document | Failure]]
_GLOB_CHARS = frozenset("*?[")
# A NAME.json next to one of these is that article's metadata sidecar, not an input.
_SIDECAR_OWNERS = (".txt", ".html", ".htm")


def _read_txt(path: Path, options: IngestOptions) -> Iterator[Document | Failure]:
    yield read_text_file(path, options)


def _read_html(path: Path, options: IngestOptions) -> Iterator[Document | Failure]:
    data = read_file_bytes(path, max_bytes=options.max_fetch_bytes)
    check_not_binary(data, item=str(path))
    yield extract_html(data, source=str(path), url=None, options=options)


def _read_feed_file(path: Path, options: IngestOptions) -> Iterator[Document | Failure]:
    data = read_file_bytes(path, max_bytes=options.max_fetch_bytes)
    check_not_binary(data, item=str(path))
    yield from read_feed(data, source=str(path), options=options, base_dir=path.parent)


READERS: dict[str, Reader] = {
    ".txt": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".xml": _read_feed_file,
    ".rss": _read_feed_file,
    ".atom": _read_feed_file,
    ".csv": read_csv,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _is_sidecar(path: Path) -> bool:
    return path.suffix.lower() == ".json" and any(
        path.with_suffix(owner).is_file() for owner in _SIDECAR_OWNERS
    )


# Notes that live beside articles in a folder (a README) are not articles; named explicitly they fail.
_DOCUMENTATION = (".md", ".markdown", ".rst")


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if path.suffix.lower() in _DOCUMENTATION:
            log.info("skipped %s: documentation, not an article", path)
            continue
        if path.is_file() and not _is_hidden(path, directory) and not _is_sidecar(path):
            yield path


def expand_source(source: str) -> Iterator[Path | Failure]:
    """List the files a source names, in a stable order.

    Args:
        source: a file, a directory (read recursively) or a glob pattern (``**`` allowed).

    Yields:
        Each file to read; hidden files and metadata sidecars in directories are skipped. A
        Failure when nothing exists at the path or no file matches the pattern.
    """
    path = Path(source).expanduser()
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        yield path
    elif _GLOB_CHARS & set(source):
        matches = sorted(Path(match) for match in glob.glob(str(path), recursive=True))
        if not matches:
            yield Failure(item=source, reason="no file matches this pattern")
        for match in matches:
            if match.is_dir():
                yield from _walk(match)
            elif match.is_file() and not _is_sidecar(match):
                yield match
    else:
        yield Failure(item=source, reason="no such file or directory")


def _unsupported(path: Path) -> Failure:
    known = ", ".join(sorted(READERS))
    kind = f"'{path.suffix}'" if path.suffix else "without an extension"
    return Failure(item=str(path), reason=f"unsupported file type {kind}; dossier reads {known}")


def read_path(path: Path, options: IngestOptions) -> Iterator[Document | Failure]:
    """Read one file with the reader for its extension.

    Args:
        path: the file.
        options: limits, mapping and defaults for the run.

    Yields:
        Documents read from the file, and Failures for what could not be read.
    """
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield _unsupported(path)
        return
    try:
        yield from reader(path, options)
    except IngestError as error:
        yield Failure(item=str(path), reason=strip_item(str(error), str(path)))


def read_url(url: str, options: IngestOptions) -> Iterator[Document | Failure]:
    """Fetch a URL and read it as a page or, when it serves a feed, as a feed.

    Args:
        url: an http(s) URL.
        options: address rules, limits and defaults for the run.

    Yields:
        The page's Document, or one per feed item; Failures for what could not be read,
        including an ``UnsafeURL`` refusal.
    """
    try:
        fetched = fetch_url(url, options)
        if looks_like_feed(fetched.content, fetched.content_type):
            yield from read_feed(fetched.content, source=url, options=options)
        else:
            yield fetched_document(fetched, source=url, options=options)
    except IngestError as error:
        yield Failure(item=url, reason=strip_item(str(error), url))


def iter_documents(sources: Sequence[str], options: IngestOptions) -> Iterator[Document | Failure]:
    """Read every article the sources name.

    Args:
        sources: file paths, directories, glob patterns and http(s) URLs (pages or feeds).
        options: limits, column mapping, address rules and defaults for the run.

    Yields:
        A Document per article read, and a Failure (item and reason) per input that could not
        be read; iteration always continues past a failure.
    """
    if isinstance(sources, str):  # one source given bare, not as a list of characters
        sources = [sources]
    for source in sources:
        if is_url(source):
            yield from read_url(source, options)
            continue
        for entry in expand_source(source):
            if isinstance(entry, Failure):
                yield entry
            else:
                yield from read_path(entry, options)


def count_sources(sources: Sequence[str], options: IngestOptions) -> int:
    """Estimate how many items ``iter_documents`` will yield, for a progress bar.

    Args:
        sources: as for ``iter_documents``.
        options: as for ``iter_documents``.

    Returns:
        Files after expansion, with CSV/JSONL rows and local feed items counted one by one; a
        URL counts as one (its feed items are not known before fetching).
    """
    if isinstance(sources, str):
        sources = [sources]
    total = 0
    for source in sources:
        if is_url(source):
            total += 1
            continue
        for entry in expand_source(source):
            total += 1 if isinstance(entry, Failure) else _count_items(entry, options)
    return total


def _count_items(path: Path, options: IngestOptions) -> int:
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".jsonl", ".ndjson"):
            return max(1, count_rows(path, options))
        if READERS.get(suffix) is _read_feed_file:
            data = read_file_bytes(path, max_bytes=options.max_fetch_bytes)
            return len(parse_feed(data, source=str(path)).entries)
    except IngestError:
        return 1
    return 1
