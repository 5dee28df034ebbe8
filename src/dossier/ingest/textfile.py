"""Plain-text articles, with optional leading metadata and a JSON sidecar.

Some collected articles start with their metadata run into the text, as in
``" date 2025-05-16 During the talks..."``, or as header lines (``title: ...``) above the body.
That header is parsed and removed, because it is not part of what the outlet published. A
sidecar ``NAME.json`` next to ``NAME.txt`` (keys ``published``, ``outlet``, ``url``, ``title``,
``author``, ``language``) is more deliberate than a header, so its values win.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dossier.errors import IngestError
from dossier.ingest.dates import parse_date
from dossier.ingest.decode import decode_bytes, read_file_bytes
from dossier.ingest.options import IngestOptions
from dossier.ingest.records import Meta, make_document
from dossier.models import Document

_KEYS = "date|published|outlet|title|url|author|language"
# Header lines: "key: value" in any case, or "key value" with a lowercase key.
_HEADER_LINE = re.compile(
    rf"[ \t]*(?:(?P<ckey>(?i:{_KEYS}))[ \t]*:|(?P<key>{_KEYS})[ \t])"
    r"[ \t]*(?P<value>\S[^\n]*?)[ \t]*(?:\n|$)"
)
# Inline header: lowercase "key value" pairs run into the text; a value is one token or quoted.
_INLINE_PAIR = re.compile(rf"(?P<key>{_KEYS})[ \t]+(?P<value>\"[^\"\n]*\"|\S+)(?=\s)")
MAX_HEADER_VALUE = 150  # a longer "value" is the article's first sentence, not metadata
SIDECAR_KEYS = ("published", "date", "outlet", "url", "title", "author", "language")


def read_text_file(path: Path, options: IngestOptions) -> Document:
    """Read one ``.txt`` article.

    Args:
        path: the text file.
        options: limits and defaults for the run.

    Returns:
        The Document, its header removed from the text.

    Raises:
        IngestError: the file is binary, empty, undecodable, too long, or its sidecar is invalid.
    """
    # UTF-8 needs at most 4 bytes per character, so a larger file cannot fit the text limit.
    data = read_file_bytes(path, max_bytes=options.max_text_chars * 4)
    header, body = split_header(decode_bytes(data, item=str(path)), item=str(path))
    meta = read_sidecar(path).or_(header)
    return make_document(body, source=str(path), meta=meta, options=options)


def split_header(text: str, *, item: str) -> tuple[Meta, str]:
    """Separate leading metadata from the article text.

    Args:
        text: the whole file.
        item: the file, for error messages.

    Returns:
        The metadata found (empty when there is none) and the remaining text.
    """
    for parse in (_header_lines, _inline_pairs):
        values, end = parse(text)
        if values and text[end:].strip():
            return _to_meta(values, item), text[end:].lstrip()
    return Meta(), text


def _valid(key: str, value: str) -> bool:
    if len(value) > MAX_HEADER_VALUE:
        return False
    if key in ("date", "published"):
        try:
            parse_date(value, item="")
        except IngestError:
            return False
    if key == "url":
        return re.match(r"https?://\S+$", value) is not None
    return True


def _header_lines(text: str) -> tuple[dict[str, str], int]:
    values: dict[str, str] = {}
    position = 0
    while match := _HEADER_LINE.match(text, position):
        key = (match["key"] or match["ckey"]).lower()
        if not _valid(key, match["value"]):
            break
        values[key] = match["value"]
        position = match.end()
    return values, position


def _inline_pairs(text: str) -> tuple[dict[str, str], int]:
    values: dict[str, str] = {}
    position = len(text) - len(text.lstrip())
    while match := _INLINE_PAIR.match(text, position):
        value = match["value"].strip('"')
        if not _valid(match["key"], value):
            break
        values[match["key"]] = value
        rest = text[match.end() :]
        position = match.end() + len(rest) - len(rest.lstrip())
    return values, position


def _to_meta(values: dict[str, str], item: str) -> Meta:
    when = values.get("published") or values.get("date")
    return Meta(
        title=values.get("title"),
        outlet=values.get("outlet"),
        url=values.get("url"),
        author=values.get("author"),
        published=parse_date(when, item=item) if when else None,
        language=values.get("language"),
    )


def read_sidecar(path: Path) -> Meta:
    """Read ``NAME.json`` next to ``path`` if it exists.

    Args:
        path: the article file.

    Returns:
        The sidecar's metadata, or an empty Meta when there is no sidecar.

    Raises:
        IngestError: the sidecar is not a JSON object of strings.
    """
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return Meta()
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IngestError(f"{sidecar}: the metadata sidecar is not valid JSON ({error})") from error
    if not isinstance(values, dict):
        raise IngestError(f"{sidecar}: the metadata sidecar must be a JSON object")
    found = {key: values[key] for key in SIDECAR_KEYS if values.get(key) is not None}
    wrong = sorted(key for key, value in found.items() if not isinstance(value, str))
    if wrong:
        raise IngestError(f"{sidecar}: values of {', '.join(wrong)} must be strings")
    return _to_meta(found, str(sidecar))
