"""Rules for expressions that name calendar units: dates, months, years, seasons, quarters, times.

Each function takes the regex match of its rule (see ``timex_grammar``) and the document
``Context``, and returns a ``Resolved`` value or None when the match turns out not to be a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dossier.annotate import timex_calendar as cal
from dossier.annotate.timex_context import Context, Resolved
from dossier.annotate.timex_lexicon import DECADE_WORDS, SEASONS
from dossier.annotate.timex_recalled import recalled_day
from dossier.models import Anchor, Precision, TimexType

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _pick(match: re.Match, *names: str) -> str | None:
    groups = match.groupdict()
    return next((groups[name] for name in names if groups.get(name)), None)


def _month_and_day(match: re.Match) -> tuple[int, int]:
    return cal.month_number(_pick(match, "m", "m_")), cal.day_number(_pick(match, "d", "d_"))


def _month_day(match: re.Match, ctx: Context) -> tuple[date, Anchor] | None:
    """The date a (weekday,) month-day(, year) match names, its year filled in when missing."""
    month, day = _month_and_day(match)
    if match.group("y"):
        point = cal.safe_date(int(match.group("y")), month, day)
        return (point, Anchor.ABSOLUTE) if point else None
    base, anchor = ctx.base()
    if base is None or cal.safe_date(2000, month, day) is None:
        return None
    year = _year_of_reference(ctx, anchor) or cal.nearest_year(
        month, day, base, future=ctx.leans_future(match.start(), match.end()))
    point = cal.safe_date(year, month, day) or cal.safe_date(year + 1, month, day)
    if point and anchor is Anchor.PUBLICATION and point > base and ctx.leans_past(match.start(), match.end()):
        # "The fiscal year ended Jan. 31", published in October: told as done, so already past.
        point = cal.safe_date(point.year - 1, month, day) or cal.safe_date(point.year - 1, month, 28)
    return (point, anchor) if point else None


# A day named this many sentences back still dates a bare clock time.
NARRATIVE_SENTENCES = 2

# Within this many days of publication, a date is trusted over a weekday that contradicts it.
WEEKDAY_SLIP_DAYS = 7


def _weekday_check(match: re.Match, point: date, ctx: Context) -> tuple[str | None, str | None]:
    """A flag and a suggested date when the weekday the text gives is not the date's weekday."""
    if not match.groupdict().get("wd"):
        return None, None
    weekday = cal.weekday_number(match.group("wd"))
    if point.weekday() == weekday:
        return None, None
    flag = (
        f"the text says {WEEKDAY_NAMES[weekday]} but {point.isoformat()} is a "
        f"{WEEKDAY_NAMES[point.weekday()]}"
    )
    if ctx.dct is not None and abs((point - ctx.dct).days) <= WEEKDAY_SLIP_DAYS:
        # A date within days of publication is more likely right than its weekday: no guess.
        return flag + "; the weekday is more likely the slip", None
    suggestion = cal.suggest_weekday_date(point.day, weekday, ctx.dct or point)
    return flag, suggestion.isoformat() if suggestion else None


def _year_of_reference(ctx: Context, anchor: Anchor) -> int | None:
    """The year a text fixed by naming only a year ("in 2022"), which a later bare "May 27" is in.

    Only without a publication date: a year named alone is then the best evidence of when the
    text is, and counting back from its first day would put "May 27" in the year before.
    """
    return ctx.reference.year if anchor is Anchor.TEXT and ctx.reference_unit == "Y" else None


def resolve_date(match: re.Match, ctx: Context) -> Resolved | None:
    """A month and day, with its year from the text when given, else from what the text is anchored to.

    With nothing to anchor it (no publication date and no earlier date in the text), the day is
    still a day: its value keeps the year unknown ("XXXX-05-16"), as TIMEX3 writes it.
    """
    found = _month_day(match, ctx)
    if found is None:
        return _yearless_date(match, ctx)
    point, anchor = found
    recalled = recalled_day(match, ctx, point) if anchor is Anchor.PUBLICATION else None
    if recalled is not None:
        return recalled  # "since the Sept. 11 attacks": a past happening of another year
    flag, suggestion = _weekday_check(match, point, ctx)
    return Resolved(TimexType.DATE, point.isoformat(), Precision.DAY, anchor, point, flag, suggestion)


def _yearless_date(match: re.Match, ctx: Context) -> Resolved | None:
    if match.group("y") or ctx.base()[0] is not None:
        return None
    month, day = _month_and_day(match)
    if cal.safe_date(2000, month, day) is None:
        return None
    return Resolved(TimexType.DATE, f"XXXX-{month:02d}-{day:02d}", Precision.DAY, Anchor.NONE)


def parse_time(match: re.Match) -> tuple[int, int] | None:
    """Hour and minute of a time-of-day match; 12-hour clock read with its a.m./p.m."""
    groups = match.groupdict()
    if groups.get("word"):
        return {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}[groups["word"].lower()]
    hour = int(groups.get("h") or groups.get("h3") or groups.get("h4"))
    minute = int(groups.get("mi") or groups.get("mi2") or groups.get("mi4") or 0)
    marker = (groups.get("ampm") or groups.get("ampm3") or "").lower().replace(".", "")
    if marker.startswith("p") and hour < 12:
        hour += 12
    elif marker.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


def time_value(day: date | None, match: re.Match) -> str | None:
    """A TIMEX3 time value on a day, with the zone's UTC offset when the text names a zone."""
    clock = parse_time(match)
    if clock is None:
        return None
    offset = ""
    if match.groupdict().get("zone") and day is not None:
        offset = cal.zone_offset(match.group("zone"), day) or ""
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return f"{prefix}T{clock[0]:02d}:{clock[1]:02d}{offset}"


def resolve_date_time(match: re.Match, ctx: Context) -> Resolved | None:
    found = _month_day(match, ctx)
    if found is None:
        return None
    point, anchor = found
    flag, suggestion = _weekday_check(match, point, ctx)
    return Resolved(TimexType.TIME, time_value(point, match), Precision.TIME, anchor, point, flag, suggestion)


def resolve_time(match: re.Match, ctx: Context) -> Resolved | None:
    """A clock time on the day its sentence names, else the day the narrative is on (a day named
    in the last NARRATIVE_SENTENCES sentences: "met on May 15 at 10:45. ... The meeting was set
    for 12:30"), else the publication date."""
    day = ctx.sentence_day(match.start()) or ctx.recent_day(NARRATIVE_SENTENCES)
    anchor = Anchor.TEXT
    if day is None:
        day, anchor = ctx.base()
        if anchor == Anchor.TEXT and ctx.reference_unit != "D":
            day = None  # "around 11 am" after "since 1991": a year fixes no day for a clock time
    return Resolved(TimexType.TIME, time_value(day, match), Precision.TIME, anchor, day)


def resolve_week_of(match: re.Match, ctx: Context) -> Resolved | None:
    """"The week of March 6": the ISO week the date falls in."""
    found = _month_day(match, ctx)
    if found is None:
        return None
    point, anchor = found
    return Resolved(TimexType.DATE, cal.format_at(point, "W"), Precision.WEEK, anchor, point)


def _range(year: int | None, months: tuple[int, int], days: tuple[int, int], ctx: Context, match) -> Resolved | None:
    anchor = Anchor.ABSOLUTE
    if year is None:
        base, anchor = ctx.base()
        if base is None:
            return _yearless_range(months, days)
        year = _year_of_reference(ctx, anchor) or cal.nearest_year(
            months[0], days[0], base, future=ctx.leans_future(match.start(), match.end()))
    first = cal.safe_date(year, months[0], days[0])
    last = cal.safe_date(year if months[1] >= months[0] else year + 1, months[1], days[1])
    if first is None or last is None or last <= first:
        return None
    return Resolved(TimexType.DATE, f"{first.isoformat()}/{last.isoformat()}", Precision.RANGE, anchor, first)


def _yearless_range(months: tuple[int, int], days: tuple[int, int]) -> Resolved | None:
    """"From May 23 to 25" with nothing to anchor it: a range whose year is unknown."""
    first = cal.safe_date(2000, months[0], days[0])
    last = cal.safe_date(2000 if months[1] >= months[0] else 2001, months[1], days[1])
    if first is None or last is None or last <= first:
        return None
    value = f"XXXX-{first.month:02d}-{first.day:02d}/XXXX-{last.month:02d}-{last.day:02d}"
    return Resolved(TimexType.DATE, value, Precision.RANGE, Anchor.NONE)


def resolve_range_md(match: re.Match, ctx: Context) -> Resolved | None:
    month = cal.month_number(match.group("m1"))
    month2 = cal.month_number(match.group("m2")) if match.group("m2") else month
    year = int(match.group("y")) if match.group("y") else None
    days = (cal.day_number(match.group("d1")), cal.day_number(match.group("d2")))
    return _range(year, (month, month2), days, ctx, match)


def resolve_range_dm(match: re.Match, ctx: Context) -> Resolved | None:
    month = cal.month_number(match.group("m1"))
    year = int(match.group("y")) if match.group("y") else None
    days = (cal.day_number(match.group("d1")), cal.day_number(match.group("d2")))
    return _range(year, (month, month), days, ctx, match)


def resolve_iso_date(match: re.Match, ctx: Context) -> Resolved | None:
    point = cal.safe_date(int(match.group("y")), int(match.group("mo")), int(match.group("d")))
    if point is None:
        return None
    if match.groupdict().get("h"):
        value = f"{point.isoformat()}T{match.group('h')}:{match.group('mi')}"
        return Resolved(TimexType.TIME, value, Precision.TIME, Anchor.ABSOLUTE, point)
    return Resolved(TimexType.DATE, point.isoformat(), Precision.DAY, Anchor.ABSOLUTE, point)


def resolve_month_year(match: re.Match, ctx: Context) -> Resolved | None:
    year, month = int(match.group("y")), cal.month_number(match.group("m"))
    point = date(year, month, 1)
    return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}", Precision.MONTH, Anchor.ABSOLUTE, point)


def resolve_month(match: re.Match, ctx: Context) -> Resolved | None:
    """A month name alone: this year's, the last one or the next one, as the text leans."""
    month = cal.month_number(match.group("m"))
    base, anchor = ctx.base()
    if base is None:
        return None
    relation = (match.group("rel") or "").lower()
    if relation in ("last", "past", "previous", "this past"):
        year = base.year if month < base.month else base.year - 1
    elif relation in ("next", "coming", "this coming"):
        year = base.year if month > base.month else base.year + 1
    elif relation == "this":
        year = base.year
    else:
        year = _year_of_reference(ctx, anchor) or cal.bare_month_year(
            month, base, future=ctx.leans_future(match.start(), match.end(), modal=True))
        if anchor is Anchor.PUBLICATION and date(year, month, 1) > base and ctx.leans_past(match.start(), match.end()):
            year -= 1  # "sales fell in November", published in October: last November
    return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}", Precision.MONTH, anchor, date(year, month, 1))


def resolve_month_rel_year(match: re.Match, ctx: Context) -> Resolved | None:
    base, anchor = ctx.base()
    if base is None:
        return None
    year = base.year + {"last": -1, "next": 1}.get(match.group("rel").lower(), 0)
    month = cal.month_number(match.group("m"))
    return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}", Precision.MONTH, anchor, date(year, month, 1))


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def resolve_year_spelled(match: re.Match, ctx: Context) -> Resolved | None:
    """Years read out in transcripts: "nineteen ninety-six", "the year two thousand"."""
    groups = match.groupdict()
    if groups.get("c"):
        if groups.get("o") and _TENS[groups["t"].lower()] < 20:
            return None
        century = 1900 if groups["c"].lower() == "nineteen" else 2000
        return _year(century + _TENS[groups["t"].lower()] + _ONES.get((groups.get("o") or "").lower(), 0))
    return _year(2000 + _ONES.get((groups.get("o2") or "").lower(), 0))


def resolve_year_end(match: re.Match, ctx: Context) -> Resolved | None:
    base, anchor = ctx.base()
    if base is None:
        return None
    return Resolved(TimexType.DATE, f"{base.year:04d}", Precision.YEAR, anchor, date(base.year, 12, 1))


def _year(value: int, precision: Precision = Precision.YEAR) -> Resolved:
    return Resolved(TimexType.DATE, f"{value:04d}", precision, Anchor.ABSOLUTE, date(value, 1, 1))


def resolve_year(match: re.Match, ctx: Context) -> Resolved | None:
    return _year(int(_pick(match, "y", "y2")))


def resolve_year_range(match: re.Match, ctx: Context) -> Resolved | None:
    first = int(match.group("y"))
    second_text = match.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first:
        return None
    return Resolved(TimexType.DATE, f"{first:04d}/{second:04d}", Precision.RANGE, Anchor.ABSOLUTE, date(first, 1, 1))


def resolve_decade(match: re.Match, ctx: Context) -> Resolved | None:
    """"The 1990s", "the '80s", "the nineties" (a spelled decade is of the twentieth century)."""
    word = match.group("decword")
    digits = DECADE_WORDS[word.lower()] if word else match.group("dec").lstrip("'")
    decade = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return Resolved(TimexType.DATE, f"{decade // 10:03d}X", Precision.DECADE, Anchor.ABSOLUTE, date(decade, 1, 1))


def resolve_century(match: re.Match, ctx: Context) -> Resolved | None:
    number = int(match.group("num"))
    if not 1 <= number <= 21:
        return None
    return Resolved(TimexType.DATE, f"{number - 1:02d}XX", Precision.CENTURY, Anchor.ABSOLUTE)


def resolve_season(match: re.Match, ctx: Context) -> Resolved | None:
    code = SEASONS[match.group("season").lower()]
    if match.group("y"):
        year, anchor = int(match.group("y")), Anchor.ABSOLUTE
    else:
        base, anchor = ctx.base()
        if base is None:
            return None
        relation = (match.group("rel") or "").lower()
        # modals lean a season ahead as they do a month ("in autumn the virus could return")
        year = cal.season_year(code, base, future=ctx.leans_future(match.start(), match.end(), modal=True))
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        in_progress = date(year, start_month, 1) <= base < cal.shift(date(year, start_month, 1), 3, "M")
        if relation == "this":
            year = base.year - (1 if code == "WI" and base.month < 3 else 0)
        elif relation in ("last", "past", "previous") and in_progress:
            year -= 1
        elif relation in ("next", "coming") and date(year, start_month, 1) <= base:
            year += 1
    point = date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code], 1)
    return Resolved(TimexType.DATE, f"{year:04d}-{code}", Precision.SEASON, anchor, point)


def resolve_holiday(match: re.Match, ctx: Context) -> Resolved | None:
    base, anchor = ctx.base()
    if base is None:
        return None
    options = [cal.holiday(match.group("name"), base.year + step) for step in (-1, 0, 1)]
    options = [point for point in options if point is not None]
    if not options:
        return None
    point = min(options, key=lambda day: (abs((day - base).days), day > base))
    if match.groupdict().get("eve"):
        point -= timedelta(days=1)  # "the eve of Easter" is the day before it
    return Resolved(TimexType.DATE, point.isoformat(), Precision.DAY, anchor, point)


RESOLVERS = {
    "range_md": resolve_range_md, "range_dm": resolve_range_dm, "date_time": resolve_date_time,
    "date": resolve_date, "time_date": resolve_date_time, "week_of": resolve_week_of,
    "iso_date": resolve_iso_date, "slash_date": resolve_iso_date,
    "month_year": resolve_month_year, "month": resolve_month, "decade": resolve_decade,
    "century": resolve_century, "year_fiscal": resolve_year, "year_mod": resolve_year,
    "year_range": resolve_year_range, "year_prep": resolve_year, "year_noun": resolve_year,
    "year_punct": resolve_year, "season": resolve_season, "holiday": resolve_holiday,
    "time": resolve_time, "month_rel_year": resolve_month_rel_year, "year_det": resolve_year,
    "year_spelled": resolve_year_spelled, "year_end": resolve_year_end,
    "year_list": resolve_year, "year_prefixed": resolve_year,
}
