"""Rules for expressions that count from another date, measure time, repeat, or stay vague.

Deictic words ("yesterday", "last month", "on Monday") count from the publication date;
anaphoric ones ("the day before", "a year earlier") from the last date the text fixed; durations
("about two hours") and sets ("every week") carry a period, and vague words a TIMEX3 token.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dossier.annotate import timex_calendar as cal
from dossier.annotate.timex_absolute import time_value
from dossier.annotate.timex_context import Context, Resolved
from dossier.annotate.timex_schedule import weekday_lies_ahead
from dossier.annotate.timex_lexicon import (
    FREQUENCY_WORDS, PART_OF_DAY, UNIT_YEARS, UNITS, VAGUE_WORDS,
)
from dossier.models import Anchor, Precision, TimexType

UNIT_PRECISION = {
    "D": Precision.DAY, "W": Precision.WEEK, "WE": Precision.WEEK, "M": Precision.MONTH,
    "Q": Precision.QUARTER, "Y": Precision.YEAR, "DE": Precision.DECADE, "CE": Precision.CENTURY,
}
_DAY_WORDS = {"today": 0, "tonight": 0, "overnight": -1, "yesterday": -1, "last night": -1, "tomorrow": 1}


def _unit(word: str) -> tuple[str, bool]:
    key = word.lower()
    key = "century" if key.startswith("centur") else key.rstrip("s")
    return UNITS[key]


def _pod(word: str | None) -> str:
    return "T" + PART_OF_DAY[word.lower()] if word else ""


def _day_result(point: date, anchor: Anchor, pod: str = "", *, deictic: bool = False) -> Resolved:
    """A day (with a part of day, a time). A ``deictic`` one counted from the text's own day
    moves no "now" (``Resolved.moves_now``)."""
    moves_now = not (deictic and anchor is Anchor.TEXT)
    if pod:
        return Resolved(TimexType.TIME, point.isoformat() + pod, Precision.TIME, anchor, point, moves_now=moves_now)
    return Resolved(TimexType.DATE, point.isoformat(), Precision.DAY, anchor, point, moves_now=moves_now)


def _from_now(resolved: Resolved) -> Resolved:
    """A value counted from the article's now: counted from the text's own day, it is no new now."""
    return replace(resolved, moves_now=False) if resolved.anchor is Anchor.TEXT else resolved


def resolve_deictic_day(match: re.Match, ctx: Context) -> Resolved | None:
    """"Today", "yesterday evening", "this morning", "last night": days around publication."""
    groups = match.groupdict()
    base, anchor = ctx.base()
    if base is None:
        return None
    word = re.sub(r"\s+", " ", (groups.get("word") or groups.get("word2") or "today").lower())
    if word.startswith("the day"):
        offset = -2 if word.endswith("yesterday") else 2
    else:
        offset = _DAY_WORDS[word]
    pod = _pod(groups.get("pod") or groups.get("pod2") or groups.get("pod3"))
    if word in ("tonight", "last night", "overnight"):
        pod = "TNI"
    return _day_result(base + timedelta(days=offset), anchor, pod, deictic=True)


# An indefinite weekday ("on a Friday afternoon", "one Sunday in May") names some such day, not the
# one nearest the anchor.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)

# Units of the text's own date that place a weekday counted from it: a day or a week, not a month or year.
WEEKDAY_UNITS = frozenset({"D", "W"})


def resolve_weekday(match: re.Match, ctx: Context) -> Resolved | None:
    """A weekday name: within the past six days or today, ahead when the sentence looks ahead. An
    indefinite one ("on a Friday afternoon") is some Friday: its value names the weekday only
    ("XXXX-WXX-5"), which dates no event. So is one counted, for want of a publication date, from
    a month or year the text gives ("a March 2005 shooting spree ... was sentenced Saturday"):
    any Saturday of it, or none, may be meant; and so is one with nothing to count from, as
    TimeML writes it."""
    base, anchor = ctx.base()
    if _INDEFINITE_BEFORE.search(ctx.text, max(0, match.start() - 6), match.start()) or base is None \
            or (anchor is Anchor.TEXT and ctx.now_unit not in WEEKDAY_UNITS):
        weekday = cal.weekday_number(match.group("wd"))
        return Resolved(TimexType.DATE, f"XXXX-WXX-{weekday + 1}", Precision.UNKNOWN, Anchor.NONE)
    relation = re.sub(r"\s+", " ", (match.groupdict().get("rel") or "").lower())
    future = ctx.leans_future(match.start(), match.end()) or ctx.arranged(match.start()) \
        or weekday_lies_ahead(ctx, match.start(), match.end())
    point = cal.resolve_weekday(cal.weekday_number(match.group("wd")), base, relation=relation, future=future)
    return _day_result(point, anchor, _pod(match.groupdict().get("pod")), deictic=True)


def resolve_time_day(match: re.Match, ctx: Context) -> Resolved | None:
    base, anchor = ctx.base()
    if base is None:
        return None
    day = match.group("day").lower()
    if day in _DAY_WORDS:
        point = base + timedelta(days=_DAY_WORDS[day])
    else:
        future = ctx.leans_future(match.start(), match.end())
        point = cal.resolve_weekday(cal.weekday_number(day), base, future=future)
    return _from_now(Resolved(TimexType.TIME, time_value(point, match), Precision.TIME, anchor, point))


def resolve_weekday_set(match: re.Match, ctx: Context) -> Resolved | None:
    weekday = cal.weekday_number(match.group("wd") or match.group("wd2") or match.group("wd3"))
    value = f"XXXX-WXX-{weekday + 1}" + _pod(match.group("pod") or match.group("pod3"))
    return Resolved(TimexType.SET, value, Precision.UNKNOWN, Anchor.NONE)


def resolve_relative_unit(match: re.Match, ctx: Context) -> Resolved | None:
    """"Last week", "next month", "earlier this year": a unit counted from publication."""
    base, anchor = ctx.base()
    if base is None:
        return None
    unit = _unit(match.group("unit"))[0]
    relation = match.group("rel").lower()
    # "The past year" names last year as a date in TimeML, like "last year"; only the long units
    # ("the past century") read as a stretch back from now.
    if match.group("the") and relation in ("past", "last", "next", "coming") and unit in ("DE", "CE"):
        return _duration(period(1, match.group("unit")))
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(match.group("rel").lower(), 0)
    if unit == "WE":
        # "This weekend" said on a weekday is the coming one; "last weekend" the one before.
        saturday = base + timedelta(days=(5 - base.weekday()) % 7)
        if base.weekday() == 6:
            saturday = base - timedelta(days=1)
        point = saturday + timedelta(weeks=step)
        return _from_now(Resolved(TimexType.DATE, cal.format_at(point, "WE"), Precision.WEEK, anchor, point))
    if unit == "Q" and step == 0 and ctx.last_quarter:
        # Earnings news says "this quarter" of the quarter it reports on, which has often ended.
        year, number = ctx.last_quarter
        point = date(year, 3 * number - 2, 1)
        return Resolved(TimexType.DATE, cal.format_at(point, "Q"), Precision.QUARTER, Anchor.TEXT, point)
    point = cal.shift(base, step, unit)
    return _from_now(Resolved(TimexType.DATE, cal.format_at(point, unit), UNIT_PRECISION[unit], anchor, point))


def resolve_weekend(match: re.Match, ctx: Context) -> Resolved | None:
    """"The weekend": the one just past, or the coming one when the sentence looks ahead."""
    base, anchor = ctx.base()
    if base is None:
        return None
    if ctx.leans_future(match.start(), match.end()):
        saturday = base + timedelta(days=(5 - base.weekday()) % 7)
    else:
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
    return _from_now(Resolved(TimexType.DATE, cal.format_at(saturday, "WE"), Precision.WEEK, anchor, saturday))


# After "the year", words that make it a stretch of twelve months ("the year ended June 30").
_YEAR_STRETCH_AFTER = re.compile(r"\s+(?:ended|ending|to\s+date|through|until)\b", re.I)
_YEAR_STRETCH_BEFORE = re.compile(r"\b(?:over|during|throughout|within|all|whole|entire)\s+$", re.I)


def resolve_the_year(match: re.Match, ctx: Context) -> Resolved | None:
    """"The year" names the year the text is in ("a high for the year", "earlier in the year"),
    as TimeML values it; "the year ended June 30" and "during the year" are twelve-month stretches.
    "The full year", "the current year" are the year of publication."""
    bare = not match.group("adj") and not match.group("pre")
    if bare:
        text, start = match.string, match.start()
        before = _YEAR_STRETCH_BEFORE.search(text, max(0, start - 12), start)
        if before or _YEAR_STRETCH_AFTER.match(text, match.end()):
            return _duration("P1Y")
    # A bare "the year" refers back to the text's year and must not blur that reference.
    base, anchor = ctx.anaphor_base() if bare else ctx.base()
    if base is None:
        return None
    point = date(base.year, 1, 1)
    return Resolved(TimexType.DATE, f"{base.year:04d}", Precision.YEAR, anchor, point, sets_reference=not bare)


def resolve_anaphoric(match: re.Match, ctx: Context) -> Resolved | None:
    """"The next day", "that week", "the year before": counted from the text's last date.

    "The day before the swap" counts from an event, not a date: from the day of the latest earlier
    sentence that names the event, else from the text's last date. As TimeML does, the span is
    "the day" alone.
    """
    groups = match.groupdict()
    base, anchor = ctx.anaphor_base()
    event_day = ctx.event_day(groups["event"]) if groups.get("event") else None
    if event_day is not None:
        base, anchor = event_day, Anchor.TEXT
    if base is None:
        return None
    word = next(groups[name] for name in ("unit", "unit2", "unit3", "unit4", "unit5") if groups.get(name)).lower()
    relation = (groups.get("rel") or groups.get("dir") or groups.get("dir2") or "").lower()
    step = {"following": 1, "next": 1, "after": 1, "previous": -1, "prior": -1, "preceding": -1, "before": -1}.get(relation, 0)
    pod = ""
    if word in PART_OF_DAY:
        word, pod = "day", _pod(word)
    unit = _unit(word)[0]
    if anchor is Anchor.PUBLICATION and step > 0 and ctx.governed_by_past(match.start()):
        # "bought a shotgun the day after he lost his job, then returned the following week": told
        # as past, so not the week after publication; with no date of the text to count from, unknown
        return Resolved(TimexType.DATE, None, Precision.UNKNOWN, Anchor.NONE, sets_reference=False)
    if anchor is Anchor.TEXT and event_day is None and _coarser(ctx.reference_unit, unit) and ctx.dct is not None:
        # "the night before" after "built in 1969": a year fixes no day to count from
        base, anchor = ctx.dct, Anchor.PUBLICATION
    point = cal.shift(base, step, unit)
    if pod:
        return _day_result(point, anchor, pod)
    return Resolved(TimexType.DATE, cal.format_at(point, unit), UNIT_PRECISION[unit], anchor, point)


def _coarser(reference_unit: str, unit: str) -> bool:
    """Whether the text's last date is a month or coarser while the count is in days."""
    return unit == "D" and reference_unit in {"M", "Q", "Y"}


# After "N years after|before", a determiner and a noun name the event counted from ("26 years after
# that incident"); these words after the determiner do not ("a year after that he left").
_EVENT_AFTER = re.compile(r"\s+(?:that|this|these|those|the|its|his|her|their)\s+(?P<noun>[a-z]{3,})\b")
_NOT_EVENT = frozenset({"was", "were", "had", "has", "have", "is", "are", "and", "but", "when", "then", "same",
                        "first", "last", "next", "previous"})


def resolve_shift(match: re.Match, ctx: Context) -> Resolved | None:
    """"Three days ago", "a year earlier": a date some units from publication or the text's date.

    "26 years after that incident" counts from the incident, not from the text's last date: from
    the day of the latest earlier sentence naming it, else it is only a length of time.
    """
    direction = re.sub(r"\s+", " ", match.group("dir").lower())
    deictic = direction in ("ago", "from now", "hence")
    base, anchor = ctx.base() if deictic else ctx.anaphor_base()
    event = _EVENT_AFTER.match(match.string, match.end()) if direction in ("after", "before") else None
    if event is not None and event.group("noun") not in _NOT_EVENT:
        base, anchor = ctx.event_day(event.group("noun")), Anchor.TEXT
        if base is None:
            return _duration(period(cal.parse_number(match.group("num")), match.group("unit")))
    if base is None:
        return None
    amount = cal.parse_number(match.group("num"))
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if amount is None:
        token = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Resolved(TimexType.DATE, token, Precision.UNKNOWN, Anchor.NONE)
    unit, is_time = _unit(match.group("unit"))
    if is_time:
        return Resolved(TimexType.DATE, base.isoformat(), Precision.DAY, anchor, base)
    unit = "W" if unit == "WE" else unit
    point = cal.shift(base, sign * round(amount), unit)
    # "Up from $5 million a year earlier" compares with the same period as the date in its own
    # sentence ("the quarter ended Sept. 30"), so the value keeps that date's granularity.
    if not deictic and anchor is Anchor.TEXT and ctx.reference_sentence == ctx.sentence_index:
        fine = ctx.reference_unit
        return Resolved(TimexType.DATE, cal.format_at(point, fine), UNIT_PRECISION[fine], anchor, point, sets_reference=False)
    # A year before a quarter the text reports on is that quarter a year earlier.
    if unit == "Y" and ctx.last_quarter:
        year, number = ctx.last_quarter
        point = date(year + sign * round(amount), 3 * number - 2, 1)
        return Resolved(TimexType.DATE, cal.format_at(point, "Q"), Precision.QUARTER, Anchor.TEXT, point, sets_reference=False)
    return Resolved(TimexType.DATE, cal.format_at(point, unit), UNIT_PRECISION[unit], anchor, point, sets_reference=False)


# Units a fraction is written in (TIMEX3 values are whole numbers: "2 1/2 years" is P2Y6M).
_SMALLER = {"H": ("M", 60), "M": ("S", 60)}
_SMALLER_DATE = {"Y": ("M", 12), "D": ("H", 24)}


def period(amount: float | None, unit_word: str) -> str:
    """A TIMEX3 period ("P3D", "PT2H", "PXY") for an amount of a unit; None amount is X."""
    unit, is_time = _unit(unit_word)
    if is_time and amount is not None and not float(amount).is_integer() and unit in _SMALLER:
        whole, rest = int(amount), amount - int(amount)
        small, factor = _SMALLER[unit]
        return f"PT{whole}{unit}{round(rest * factor)}{small}" if whole else f"PT{round(rest * factor)}{small}"
    if not is_time and amount is not None and unit in _SMALLER_DATE and not float(amount).is_integer():
        return _split_fraction(amount, unit)
    if unit in UNIT_YEARS:
        unit, amount = "Y", None if amount is None else amount * UNIT_YEARS[unit]
    if unit == "WE":
        unit = "WE"
    if amount is None:
        number = "X"
    else:
        number = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"P{'T' if is_time else ''}{number}{unit}"


def _split_fraction(amount: float, unit: str) -> str:
    """A fractional year or day in whole smaller units: 2.5 years -> P2Y6M, 1.5 days -> P1DT12H."""
    small, factor = _SMALLER_DATE[unit]
    whole, rest = int(amount), round((amount - int(amount)) * factor)
    head = f"{whole}{unit}" if whole else ""
    return f"P{head}T{rest}{small}" if small == "H" else f"P{head}{rest}{small}"


def _duration(value: str) -> Resolved:
    return Resolved(TimexType.DURATION, value, Precision.UNKNOWN, Anchor.NONE)


def resolve_duration(match: re.Match, ctx: Context) -> Resolved | None:
    """"About two hours", "the past three months", "a two-year": a length of time."""
    groups = match.groupdict()
    if groups.get("unit_a"):
        return _duration(period(1.5, groups["unit_a"]))
    number_text = groups["num"]
    amount = cal.parse_number(number_text)
    if amount is None and not re.match(r"several|a\s+few|few|many|some|numerous", number_text, re.I):
        return None
    if amount is not None and "and a half" in match.group().lower():
        amount += 0.5
    return _duration(period(amount, groups["unit"]))


def resolve_span_range(match: re.Match, ctx: Context) -> Resolved | None:
    low, high = cal.parse_number(match.group("num")), cal.parse_number(match.group("num2"))
    if low is None or high is None or high <= low:
        return None
    unit = match.group("unit")
    return _duration(f"{period(low, unit)}/{period(high, unit)}")


def resolve_duration_plural(match: re.Match, ctx: Context) -> Resolved | None:
    """"Recent weeks", "the coming days", "for years": vague stretches of time."""
    pre = re.sub(r"\s+", " ", (match.group("pre") or "").lower()).strip()
    if pre in ("the coming", "coming", "future"):
        return Resolved(TimexType.DATE, "FUTURE_REF", Precision.UNKNOWN, Anchor.NONE)
    return _duration(period(None, match.group("unit") or match.group("unit2") or match.group("unit3") or match.group("unit4")))


def resolve_set(match: re.Match, ctx: Context) -> Resolved | None:
    """"Every week", "twice a day", "per year", "each July": a repeating time."""
    if match.group("month"):
        value = f"XXXX-{cal.month_number(match.group('month')):02d}"
        return Resolved(TimexType.SET, value, Precision.UNKNOWN, Anchor.NONE)
    number = match.group("num")
    amount = 2.0 if number and number.lower() == "other" else cal.parse_number(number) if number else 1.0
    return Resolved(TimexType.SET, period(amount, match.group("unit")), Precision.UNKNOWN, Anchor.NONE)


def resolve_frequency(match: re.Match, ctx: Context) -> Resolved | None:
    return Resolved(TimexType.SET, FREQUENCY_WORDS[match.group("word").lower()], Precision.UNKNOWN, Anchor.NONE)


def resolve_vague(match: re.Match, ctx: Context) -> Resolved | None:
    """"Now", "recently", "in the coming days", "later": TIMEX3 PRESENT/PAST/FUTURE_REF."""
    word = re.sub(r"\s+", " ", match.group("word").lower())
    return Resolved(TimexType.DATE, VAGUE_WORDS[word], Precision.UNKNOWN, Anchor.NONE)


RESOLVERS = {
    "deictic_day": resolve_deictic_day, "weekday": resolve_weekday, "time_day": resolve_time_day,
    "weekday_set": resolve_weekday_set, "relative_unit": resolve_relative_unit,
    "anaphoric": resolve_anaphoric, "shift": resolve_shift, "duration": resolve_duration,
    "span_range": resolve_span_range, "duration_plural": resolve_duration_plural,
    "weekend": resolve_weekend, "the_year": resolve_the_year, "set": resolve_set, "frequency": resolve_frequency, "vague": resolve_vague,
}
