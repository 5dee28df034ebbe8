"""Calendar arithmetic for time expressions: nearest years, weekdays, weeks, zones and holidays.

Pure functions on ``datetime.date``; the rules that call them live in ``timex_resolve``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dossier.annotate.timex_lexicon import (
    MONTHS, NUMBER_WORDS, SEASON_START_MONTH, WEEKDAYS, ZONE_ABBREVIATIONS, ZONES,
)

# How far ahead of the publication date a bare month may lie and still be this year's: news
# writes "in June" late in May about the coming month (our issue tracker: "about a month").
MONTH_LOOKAHEAD_DAYS = 31
# How much farther a date against the sentence's lean may be and still win (see nearest_year).
LEAN_FACTOR = 2


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return WEEKDAYS[key[:-1] if key.endswith("days") else key]


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def parse_number(phrase: str) -> float | None:
    """The amount a number phrase gives ("two", "25", "twenty-five", "5 1/2", "half an")."""
    words = re.sub(r"\s+", " ", phrase.lower().replace("-", " ")).strip()
    if words.endswith(" 1/2"):
        base = parse_number(words[:-4])
        return None if base is None else base + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    total = 0.0
    tokens = words.split()
    # "A couple of", "a dozen": the article stands for no amount of its own.
    if len(tokens) > 1 and tokens[0] in ("a", "an"):
        tokens = tokens[1:]
    for word in tokens:
        if word in ("of", "a", "an") and total:
            continue
        if word not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[word]
        total = total * value if word == "hundred" and total else total + value
    return total or None


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist in that month."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, reference: date, *, future: bool = False) -> int:
    """The year that puts a month-day nearest to the reference, leaning back unless ``future``.

    News reports mostly look back, so a date on the side the sentence does not lean to counts
    as twice as far away: "Oct. 23" written in May is last October's, "June 2" this year's.
    """
    best_year, best_cost = reference.year, None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = safe_date(year, month, day) or date(year, month, 28)
        distance = (candidate - reference).days
        against_lean = distance > 0 if not future else distance < 0
        cost = abs(distance) * (LEAN_FACTOR if against_lean else 1)
        if best_cost is None or cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


RECENT_MONTHS = 2


def bare_month_year(month: int, reference: date, *, future: bool = False) -> int:
    """The year of "in May": the latest May starting before reference + a month, or the next one."""
    if future:
        # "Would take a back seat after the talks in May", written in June, is still this May:
        # a forward-leaning sentence reaches into next year only for months well behind us.
        recent = 0 <= (reference.month - month) % 12 <= RECENT_MONTHS
        return reference.year if month >= reference.month or recent else reference.year + 1
    limit = reference + timedelta(days=MONTH_LOOKAHEAD_DAYS)
    return reference.year if date(reference.year, month, 1) <= limit else reference.year - 1


def season_year(season: str, reference: date, *, future: bool = False) -> int:
    start_month = SEASON_START_MONTH[season]
    return bare_month_year(start_month, reference, future=future)


def resolve_weekday(weekday: int, reference: date, *, relation: str = "", future: bool = False) -> date:
    """The date a weekday name means in news prose published on ``reference``.

    Bare names are within the past six days or today; forward-leaning sentences and "next"
    look ahead; "last" and "this past" never mean today or yesterday.
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if relation in ("last", "past", "previous", "this past"):
        # Yesterday is "yesterday" in news prose: "last Tuesday" written on a Wednesday is the
        # Tuesday of the week before.
        return reference - timedelta(days=back + 7 if back <= 1 else back)
    if relation == "next":
        return reference + timedelta(days=ahead or 7)
    if relation in ("this", "coming", "this coming") or future:
        return reference + timedelta(days=ahead)
    return reference - timedelta(days=back)


def shift(point: date, amount: int, unit: str) -> date:
    """Move a date by whole units (D, W, M, Q, Y, DE, CE); months clamp to the month's end."""
    if unit == "D":
        return point + timedelta(days=amount)
    if unit in ("W", "WE"):
        return point + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * amount
    index = point.year * 12 + point.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(point.day, calendar.monthrange(year, month + 1)[1]))


def format_at(point: date, unit: str) -> str:
    """A date written at the granularity of a unit: D -> day, W -> week, M -> month, Y -> year."""
    if unit == "D":
        return point.isoformat()
    if unit in ("W", "WE"):
        year, week, _ = point.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{point.year:04d}-{point.month:02d}"
    if unit == "Q":
        return f"{point.year:04d}-Q{(point.month - 1) // 3 + 1}"
    if unit == "DE":
        return f"{point.year // 10:03d}X"
    if unit == "CE":
        return f"{point.year // 100:02d}XX"
    return f"{point.year:04d}"


def zone_offset(zone: str, day: date) -> str | None:
    """The UTC offset ("+03:00") a named zone or abbreviation has on a day."""
    name = re.sub(r"\s+time$", "", re.sub(r"\s+", " ", zone.strip()), flags=re.I)
    if name.upper() in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[name.upper()]
    key = ZONES.get(name.lower())
    if key is None:
        return None
    try:
        offset = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(key)).utcoffset()
    except ZoneInfoNotFoundError:
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def suggest_weekday_date(day: int, weekday: int, reference: date, months: int = 24) -> date | None:
    """The date nearest the reference whose day number is ``day`` and that falls on ``weekday``.

    Used when a text pairs a weekday with a date it does not fall on: the writer more often got
    the month wrong than the day, so the day number is kept.
    """
    best = None
    for step in range(-months, months + 1):
        first = shift(date(reference.year, reference.month, 1), step, "M")
        candidate = safe_date(first.year, first.month, day)
        if candidate is None or candidate.weekday() != weekday:
            continue
        key = (abs((candidate - reference).days), candidate > reference)
        if best is None or key < best[0]:
            best = (key, candidate)
    return best[1] if best else None


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(name: str, year: int) -> date | None:
    """The date of a named holiday in a year."""
    key = re.sub(r"\s+", " ", name.lower()).replace(" sunday", "")
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
        "halloween": (10, 31), "valentine's day": (2, 14),
    }
    if key in fixed:
        return date(year, *fixed[key])
    if key.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if key == "easter":
        return easter(year)
    return None
