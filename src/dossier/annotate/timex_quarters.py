"""Rules for quarters and halves of years: "the third quarter", "Q3 2024", "the 1988 period",
"the latest quarter", "the first half".

Earnings news reports on one quarter and compares it with others: the quarter it reports on is
remembered (``Context.last_quarter``) so that "the quarter" and "the period" further on name it,
while a quarter named only for comparison does not replace it. Each function takes its rule's
match (see ``timex_grammar``) and the document ``Context``.
"""

from __future__ import annotations

import re
from datetime import date

from dossier.annotate.timex_context import Context, Resolved
from dossier.models import Anchor, Precision, TimexType


def _pick(match: re.Match, *names: str) -> str | None:
    groups = match.groupdict()
    return next((groups[name] for name in names if groups.get(name)), None)


def _year(value: int) -> Resolved:
    return Resolved(TimexType.DATE, f"{value:04d}", Precision.YEAR, Anchor.ABSOLUTE, date(value, 1, 1))


def resolve_year_quarter(match: re.Match, ctx: Context) -> Resolved | None:
    """"The 1988 third quarter", "the 1988 period": a quarter of a named year."""
    year = int(match.group("y"))
    ordinal = (match.group("ord") or "").lower()
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(ordinal)
    if number is None:
        if ctx.last_quarter is None:
            return _year(year)
        # "The 1988 period" after "the first quarter" of 1989 is the comparison, and "the
        # quarter" further on is still the one reported.
        reported_year, number = ctx.last_quarter
        return _quarter(year, number, Anchor.ABSOLUTE, sets_reference=year == reported_year)
    return _quarter(year, number, Anchor.ABSOLUTE)


def _quarter(year: int, number: int, anchor: Anchor, *, sets_reference: bool = True) -> Resolved:
    point = date(year, 3 * number - 2, 1)
    value = f"{year:04d}-Q{number}"
    return Resolved(TimexType.DATE, value, Precision.QUARTER, anchor, point, sets_reference=sets_reference)


# Words of a game in play: quarters and halves of a match are periods of play, not of the year.
_PLAY = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|quarterbacks?|interceptions?|fumbled?|overtime|halftime|half-time|kickoff"
    r"|innings?|scored|scoring|scores|yards?|tackled?|goals?|game|match|penalty|foul(?:ed)?|buzzer|whistle"
    r"|injured|injury|trailed|trailing|led\s+\d+|\d{1,3}\s?-\s?\d{1,3})\b", re.IGNORECASE)
# Words of accounts and the economy: with one of them, the quarter is the calendar's.
_ACCOUNTS = re.compile(
    r"\b(?:earnings|profits?|revenues?|sales|income|fiscal|gdp|economy|economic|growth|percent|shares?"
    r"|dividends?|forecasts?|analysts?|quarterly|output|inflation|results)\b|%", re.IGNORECASE)


def _period_of_play(match: re.Match, ctx: Context) -> bool:
    """Whether a yearless quarter or half is a game's ("scored in the second quarter", "injured in
    the first half"): sport reports name them beside words of play, and never with a year."""
    lo, hi = ctx.sentence
    return _PLAY.search(ctx.text, lo, hi) is not None and _ACCOUNTS.search(ctx.text, lo, hi) is None


def resolve_quarter(match: re.Match, ctx: Context) -> Resolved | None:
    """"The third quarter": of the year given, else the latest third quarter begun by the base, unless
    the sentence tells of a game in play (``_period_of_play``): then it is no date at all."""
    ordinal = _pick(match, "ord", "qn").lower()
    number = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(ordinal) or int(ordinal)
    if _pick(match, "y", "y2"):
        return _quarter(int(_pick(match, "y", "y2")), number, Anchor.ABSOLUTE)
    if match.group("ord") and _period_of_play(match, ctx):
        return None
    base, anchor = ctx.base()
    if base is None:
        return None
    year = base.year if date(base.year, 3 * number - 2, 1) <= base else base.year - 1
    if re.match(r"(?:the\s+)?year-(?:earlier|ago)", match.group(), re.I):
        return _quarter(year - 1, number, anchor, sets_reference=False)
    return _quarter(year, number, anchor)


def resolve_quarter_ref(match: re.Match, ctx: Context) -> Resolved | None:
    """"The quarter", "the latest quarter": the quarter the text is about, else the last ended."""
    base, anchor = ctx.base()
    if base is None:
        return None
    relation = (match.group("rel") or match.group("adj") or "").lower()
    current = (base.year, (base.month - 1) // 3 + 1)
    previous = (current[0] - 1, 4) if current[1] == 1 else (current[0], current[1] - 1)
    if relation == "current":
        year, number = current
    elif ctx.last_quarter and relation in ("", "same", "comparable", "fiscal", "year-earlier", "year-ago"):
        (year, number), anchor = ctx.last_quarter, Anchor.TEXT
    else:
        year, number = previous
    if relation in ("year-earlier", "year-ago") or match.group("adj2"):
        # "The comparable year-ago quarter": the reported quarter, a year back.
        return _quarter(year - 1, number, anchor, sets_reference=False)
    return _quarter(year, number, anchor)


def resolve_half(match: re.Match, ctx: Context) -> Resolved | None:
    half = 1 if match.group("ord").lower() == "first" else 2
    if match.group("y"):
        year, anchor = int(match.group("y")), Anchor.ABSOLUTE
    elif not match.group("rel") and "year" not in match.group().lower() and _period_of_play(match, ctx):
        return None  # "led at the end of the first half": the game's
    else:
        base, anchor = ctx.base()
        if base is None:
            return None
        year = base.year + {"next": 1, "last": -1}.get((match.group("rel") or "").lower(), 0)
    return Resolved(TimexType.DATE, f"{year:04d}-H{half}", Precision.YEAR, anchor, date(year, 6 * half - 5, 1))


RESOLVERS = {
    "quarter": resolve_quarter, "quarter_ref": resolve_quarter_ref, "half": resolve_half,
    "year_quarter": resolve_year_quarter,
}
