"""CSV and JSONL collections: one article per row, columns mapped to Document fields.

Columns are named by ``IngestOptions.*_field``; when a field is not named, the first column
whose name (case-insensitive) is in that field's list of common names is used, so exports such
as ``date,text,source`` or ``{id, time, text}`` load without a mapping.
"""

from __future__ import annotations

import csv
import html
import io
import re
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import IngestError
from dossier.ingest.dates import parse_date
from dossier.ingest.decode import decode_bytes, read_file_bytes
from dossier.ingest.options import IngestOptions
from dossier.ingest.records import Meta, make_document, strip_item
from dossier.models import Document, Failure

# Common names for each field, in order of preference, from news-data exports we have seen.
# An HTML character reference ("&amp;", "&#8217;", "&#x2019;") in a column of plain text.
CHARACTER_REFERENCE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});")
COMMON_NAMES = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "maintext", "story"),
    "date": ("date", "published", "time", "pubdate", "publication_date", "published_at",
             "date_published", "datetime", "timestamp"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher", "publication", "media",
               "newspaper"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "href", "canonical_url"),
    "id": ("id", "doc_id", "article_id", "guid"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column holds each field in one table (None: the table has no such column)."""

    text: str
    date: str | None
    outlet: str | None
    title: str | None
    url: str | None
    id: str | None


def resolve_columns(names: Sequence[str], options: IngestOptions, *, item: str) -> Columns:
    """Map a table's column names to Document fields.

    Args:
        names: the column names (CSV header, or a JSONL object's keys).
        options: explicit ``*_field`` names, which must exist.
        item: the file, for error messages.

    Returns:
        The column for each field.

    Raises:
        IngestError: a named column is missing, or no text column can be found.
    """
    lowered = {name.strip().lower(): name for name in names}
    found: dict[str, str | None] = {}
    for field, common in COMMON_NAMES.items():
        explicit = getattr(options, f"{field}_field")
        if explicit is not None:
            if explicit not in names:
                raise IngestError(
                    f"{item}: there is no column {explicit!r} (given as {field}_field); "
                    f"the columns are: {', '.join(map(repr, names))}"
                )
            found[field] = explicit
        else:
            found[field] = next((lowered[c] for c in common if c in lowered), None)
    if found["text"] is None:
        raise IngestError(
            f"{item}: no text column found among {', '.join(map(repr, names))}; "
            "name it with text_field (--text-field)"
        )
    return Columns(**found)


def _value(row: Mapping[str, object], column: str | None) -> str | None:
    if column is None:
        return None
    value = row.get(column)
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def row_document(
    row: Mapping[str, object], columns: Columns, *, source: str, options: IngestOptions
) -> Document:
    """Build the Document for one row.

    Args:
        row: column name to value.
        columns: the mapping from ``resolve_columns``.
        source: ``PATH#ID`` (or ``PATH#rowN``/``PATH#lineN``) naming the row.
        options: limits and defaults for the run.

    Returns:
        The Document.

    Raises:
        IngestError: the text is missing, not a string or too long, or the date is unreadable.
    """
    text = row.get(columns.text)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"{source}: column {columns.text!r} holds no article text")
    if CHARACTER_REFERENCE.search(text):
        text = html.unescape(text)  # exports of web text keep "&amp;" and "&#8217;": the reader wants "&" and "’"
    when = _value(row, columns.date)
    meta = Meta(
        title=_value(row, columns.title),
        outlet=_value(row, columns.outlet),
        url=_value(row, columns.url),
        published=parse_date(when, item=source) if when else None,
    )
    return make_document(text, source=source, meta=meta, options=options)


def _row_source(path: Path, row: Mapping[str, object], columns: Columns, fallback: str) -> str:
    row_id = _value(row, columns.id)
    return f"{path}#{row_id or fallback}"


def read_csv(path: Path, options: IngestOptions) -> Iterator[Document | Failure]:
    """Read a CSV file with a header row, one article per row.

    Args:
        path: the CSV file.
        options: column mapping, limits and defaults.

    Yields:
        A Document per row, a Failure per unreadable row.

    Raises:
        IngestError: the file is unreadable, or its header lacks the needed columns.
    """
    text = decode_bytes(read_file_bytes(path, max_bytes=_table_limit(options)), item=str(path))
    _allow_long_fields(options.max_text_chars)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = resolve_columns(reader.fieldnames or [], options, item=str(path))
        for number, row in enumerate(reader, start=1):
            source = _row_source(path, row, columns, f"row{number}")
            yield _guarded(row, columns, source, options)
    except csv.Error as error:
        raise IngestError(f"{path}: the CSV is malformed ({error})") from error


def read_jsonl(path: Path, options: IngestOptions) -> Iterator[Document | Failure]:
    """Read a JSON Lines file, one article object per line.

    Args:
        path: the JSONL file.
        options: key mapping, limits and defaults.

    Yields:
        A Document per line, a Failure per unreadable line; blank lines are skipped.

    Raises:
        IngestError: the file cannot be read or decoded.
    """
    text = decode_bytes(read_file_bytes(path, max_bytes=_table_limit(options)), item=str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{path}#line{number}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise IngestError(f"{item}: each line must be a JSON object")
            columns = resolve_columns(list(row), options, item=item)
        except json.JSONDecodeError as error:
            yield Failure(item=item, reason=f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        except IngestError as error:
            yield Failure(item=item, reason=strip_item(str(error), item))
            continue
        yield _guarded(row, columns, _row_source(path, row, columns, f"line{number}"), options)


def _guarded(
    row: Mapping[str, object], columns: Columns, source: str, options: IngestOptions
) -> Document | Failure:
    try:
        return row_document(row, columns, source=source, options=options)
    except IngestError as error:
        return Failure(item=source, reason=strip_item(str(error), source))


def _table_limit(options: IngestOptions) -> int:
    # A table holds many articles, so the per-article limit does not bound it; this does.
    return max(options.max_fetch_bytes, options.max_text_chars) * 50


def _allow_long_fields(max_chars: int) -> None:
    # csv's default field limit (131,072) is below an article's; raise it, never lower it.
    if csv.field_size_limit() < max_chars + 1:
        csv.field_size_limit(max_chars + 1)


def count_rows(path: Path, options: IngestOptions) -> int:
    """Count the data rows of a CSV file or the non-blank lines of a JSONL file.

    Args:
        path: a ``.csv``, ``.jsonl`` or ``.ndjson`` file.
        options: the size limits that reading it would apply.

    Returns:
        The number of articles the file should hold.

    Raises:
        IngestError: the file cannot be read, decoded or parsed as CSV.
    """
    text = decode_bytes(read_file_bytes(path, max_bytes=_table_limit(options)), item=str(path))
    if path.suffix.lower() != ".csv":
        return sum(1 for line in text.splitlines() if line.strip())
    _allow_long_fields(options.max_text_chars)
    try:
        return sum(1 for row in csv.DictReader(io.StringIO(text, newline="")) if row)
    except csv.Error as error:
        raise IngestError(f"{path}: the CSV is malformed ({error})") from error
