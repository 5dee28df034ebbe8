"""Rules for reporting periods and loose stretches of time.

Earnings news names quarters by the year they belong to ("last year's third quarter", "the same
period a year ago"), which TimeML marks as one expression whose value is a quarter; compound
adjectives ("a decades-long feud") and idioms ("for a while") measure time without a number.
Each function takes its rule's match (see ``timex_grammar``) and the document ``Context``.
"""

from __future__ import annotations

import re
from datetime import date

from dossier.annotate.timex_context import Context, Resolved
from dossier.annotate.timex_lexicon import PART_OF_DAY
from dossier.models import Anchor, Precision, TimexType

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_YEAR_STEP = {"this": 0, "last": -1, "next": 1}
_UNIT_LETTERS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}


def _quarter(year: int, number: int, anchor: Anchor, *, compared: bool) -> Resolved:
    point = date(year, 3 * number - 2, 1)
    # A quarter named for comparison ("last year's quarter") does not move the story's reference.
    value = f"{year:04d}-Q{number}"
    return Resolved(TimexType.DATE, value, Precision.QUARTER, anchor, point, sets_reference=not compared)


def _year(year: int, anchor: Anchor, *, compared: bool) -> Resolved:
    return Resolved(TimexType.DATE, f"{year:04d}", Precision.YEAR, anchor, date(year, 1, 1), sets_reference=not compared)


def resolve_year_rel_quarter(match: re.Match, ctx: Context) -> Resolved | None:
    """"Next year's first quarter": that quarter of the year; "last year's quarter" takes the
    quarter the text reports on, and stays a year when the text has named none."""
    base, anchor = ctx.base()
    if base is None:
        return None
    year = base.year + _YEAR_STEP[match.group("rel").lower()]
    number = _ORDINALS.get((match.group("ord") or "").lower())
    if number is None and ctx.last_quarter is not None:
        number = ctx.last_quarter[1]
    compared = match.group("rel").lower() == "last"
    return _quarter(year, number, anchor, compared=compared) if number else _year(year, anchor, compared=compared)


def resolve_period_year_ago(match: re.Match, ctx: Context) -> Resolved | None:
    """"The corresponding period last year", "the quarter a year ago": the quarter the text
    reports on, one year back; the year before publication when no quarter was named."""
    if ctx.last_quarter is not None:
        year, number = ctx.last_quarter
        return _quarter(year - 1, number, Anchor.TEXT, compared=True)
    base, anchor = ctx.base()
    return None if base is None else _year(base.year - 1, anchor, compared=True)


def resolve_long_compound(match: re.Match, ctx: Context) -> Resolved | None:
    """"A day-long meeting" lasts a day; "a decades-long feud" an unknown number of decades."""
    word = match.group("unit").lower()
    plural = word.endswith("s") and not word.endswith("ies") or word == "centuries"
    unit = _UNIT_LETTERS["century" if word.startswith("centur") else word.rstrip("s")]
    amount = "X" if plural else "1"
    if unit in ("DE", "CE"):
        # TIMEX3 writes decades and centuries in years: "a decade-long" is P10Y.
        years = "10" if unit == "DE" else "100"
        unit, amount = "Y", "X" if plural else years
    return Resolved(TimexType.DURATION, f"P{amount}{unit}", Precision.UNKNOWN, Anchor.NONE)


def resolve_while(match: re.Match, ctx: Context) -> Resolved | None:
    """"For a while", "for some time": a stretch of unknown length and unit (TIMEX3 PXX)."""
    return Resolved(TimexType.DURATION, "PXX", Precision.UNKNOWN, Anchor.NONE)


def resolve_part_of_day(match: re.Match, ctx: Context) -> Resolved | None:
    """"In the morning", "by mid-afternoon": that part of the day the text last named, else of
    the publication day; it does not move the text's date."""
    base, anchor = ctx.anaphor_base() if ctx.reference_unit == "D" else ctx.base()
    if base is None:
        return None
    code = PART_OF_DAY[(match.group("pod") or match.group("pod2")).lower()]
    return Resolved(TimexType.TIME, f"{base.isoformat()}T{code}", Precision.TIME, anchor, base, sets_reference=False)


RESOLVERS = {
    "part_of_day": resolve_part_of_day,
    "year_rel_quarter": resolve_year_rel_quarter, "period_year_ago": resolve_period_year_ago,
    "long_compound": resolve_long_compound, "while": resolve_while,
}
