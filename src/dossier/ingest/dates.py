"""Publication dates: parsing given values and inferring a missing one from the text."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from dossier.errors import IngestError
from dossier.ingest.dates_infer import FULL_DATES, explain_published, infer_published, match_to_date

__all__ = ["explain_published", "infer_published", "parse_date"]

_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


def parse_date(value: str, *, item: str) -> date:
    """Parse a publication date given by metadata (ISO 8601, RFC 2822, or a written date).

    Args:
        value: the metadata value.
        item: the input it came from, for the error message.

    Returns:
        The calendar date (a timestamp keeps its own local date).

    Raises:
        IngestError: the value is not a recognisable date.
    """
    text = value.strip()
    for parse in (_parse_iso, _parse_rfc2822, _parse_written):
        parsed = parse(text)
        if parsed is not None:
            return parsed
    raise IngestError(
        f"{item}: date {value!r} is not a recognisable date; use ISO 8601 such as 2025-05-16"
    )


def _parse_iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _parse_written(text: str) -> date | None:
    text = _WEEKDAY.sub("", text)
    for pattern in FULL_DATES:
        match = pattern.fullmatch(text)
        if match is not None:
            return match_to_date(match)
    return None
