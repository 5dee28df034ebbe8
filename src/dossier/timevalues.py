"""Calendar values as intervals, so dates of different precision can be compared.

A TIMEX3 date value ("2025-05", "2025-05-16", "2025-05-23/2025-05-25", "2022-FA", "2024") becomes
the first and last day it may refer to.
"""

from __future__ import annotations

import calendar
from datetime import date

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def interval(value: str | None) -> tuple[date, date] | None:
    """First and last day a TIMEX3 date value covers, or None when it is not a calendar date."""
    if not value:
        return None
    if "/" in value:
        start, end = (interval(part) for part in value.split("/", 1))
        return (start[0], end[1]) if start and end else None
    value = value.split("T", 1)[0]
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        if parts[1] in SEASONS:
            first, last = SEASONS[parts[1]]
            end_year = year + 1 if last < first else year
            return date(year, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1])
        if parts[1].startswith("W"):
            start = date.fromisocalendar(year, int(parts[1][1:]), 1)
            return start, date.fromisocalendar(year, int(parts[1][1:]), 7)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(parts[2][:2]))
        return day, day
    except (ValueError, IndexError):
        return None


def precision_of(value: str | None) -> str:
    """The precision a TIMEX3 date value's shape shows ("2025" year, "2025-05" month, "a/b" range),
    as a models.Precision value; "unknown" when it is no calendar value."""
    if interval(value) is None:
        return "unknown"
    if "/" in value:
        return "range"
    parts = value.split("T", 1)[0].split("-")
    if len(parts) == 1:
        return "year"
    if parts[1] in SEASONS:
        return "season"
    if parts[1].startswith("W"):
        return "week"
    return "month" if len(parts) == 2 else "day"


def compatible(a: str | None, b: str | None) -> bool:
    """True when two values can refer to the same day (one contains or overlaps the other)."""
    ia, ib = interval(a), interval(b)
    if ia is None and ib is not None:
        return _yearless_fits(a, ib)
    if ib is None and ia is not None:
        return _yearless_fits(b, ia)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _yearless_fits(value: str | None, span: tuple[date, date]) -> bool:
    """Whether a day or range of unknown year ("XXXX-05-16", written when a text gave no year and
    no publication date) overlaps a calendar interval in some year; other values fit anything."""
    ends = [_month_day(part) for part in (value or "").split("T", 1)[0].split("/", 1)]
    if None in ends:
        return True
    (m1, d1), (m2, d2) = ends[0], ends[-1]
    for year in range(span[0].year - 1, span[1].year + 1):
        try:
            first, last = date(year, m1, d1), date(year + (m2 < m1), m2, d2)
        except ValueError:
            continue
        if first <= span[1] and span[0] <= last:
            return True
    return False


def _month_day(part: str) -> tuple[int, int] | None:
    pieces = part.split("-")
    if len(pieces) != 3 or pieces[0] != "XXXX" or not (pieces[1] + pieces[2]).isdigit():
        return None
    return int(pieces[1]), int(pieces[2][:2])


def days_apart(a: str | None, b: str | None) -> int | None:
    """Gap in days between two values' intervals (0 when they overlap)."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return None
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return 0
    return min(abs((ia[0] - ib[1]).days), abs((ib[0] - ia[1]).days))


def width(value: str | None) -> int:
    """Days covered; a smaller width is a more precise value."""
    iv = interval(value)
    return (iv[1] - iv[0]).days + 1 if iv else 10_000
