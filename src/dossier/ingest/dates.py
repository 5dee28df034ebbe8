"""Publication dates: parsing given values and inferring a missing one from the text."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from dossier.errors import IngestError

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Only forms that name day, month and year without ambiguity: 03/04/2025 is left out because
# it reads differently in the US and in Europe.
_FULL_DATES = [
    re.compile(rf"\b{_YEAR}-(?P<month_num>\d{{2}})-(?P<day>\d{{2}})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<month_num>\d{{1,2}})\.{_YEAR}\b"),
]
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


def _match_to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    if groups.get("month_num"):
        month = int(groups["month_num"])
    else:
        month = _MONTHS[groups["month"][:3].lower()]
    try:
        return date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def infer_published(text: str) -> date | None:
    """Guess a publication date from the latest full date written in the text.

    News reports date the events they describe, and the latest of those dates is the best
    lower bound for when the report was written. Only dates with day, month and year count
    ("16 May 2025", "May 16th, 2025", "2025-05-16", "16.05.2025"); dates after today are
    ignored because an article cannot have been published in the future.

    Args:
        text: the article text.

    Returns:
        The latest such date, or None when the text names none. Limits: weekday names,
        relative dates ("yesterday") and numeric dates in slash form are not used.
    """
    today = date.today()
    found = [
        value
        for pattern in _FULL_DATES
        for match in pattern.finditer(text)
        if (value := _match_to_date(match)) is not None and value <= today
    ]
    return max(found, default=None)


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
    for pattern in _FULL_DATES:
        match = pattern.fullmatch(text)
        if match is not None:
            return _match_to_date(match)
    return None
