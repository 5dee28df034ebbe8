"""A span of weekdays ("from Monday to Friday", "Thursday through Saturday", "between Monday and
Wednesday"): one TIMEX3 range, like "from May 23 to 25", not two single days.

Read as two days, the closing weekday of a span in a forward-looking sentence was resolved on its
own and could land before the opening one ("will run from Monday to Friday", written on a
Wednesday, gave next Monday and this Friday). As one expression, the opening day takes the
direction of the sentence as a bare weekday does, and the closing day is the first such weekday
after it, so a span may cross a week boundary ("from Friday to Monday").

Not a span: a move from one day to another ("postponed the vote from Tuesday to Thursday" names two
days), a weekly timetable ("on air 1100 GMT Monday to Friday", "open every Monday to Friday"),
and "Monday and Wednesday" without "between" (a list of days).
"""

from __future__ import annotations

import re
from datetime import timedelta

from dossier.annotate import timex_calendar as cal
from dossier.annotate.timex_context import Context, Resolved
from dossier.annotate.timex_lexicon import PART_OF_DAY_RE, WEEKDAY_RE
from dossier.annotate.timex_schedule import weekday_lies_ahead
from dossier.models import Precision, TimexType

# "from" and "between" stay outside the span, as prepositions do in TimeML.
WEEKDAY_RANGE_RE = (
    rf"(?:\b(?P<pre>from|between)\s+)?(?P<core>(?P<wd>{WEEKDAY_RE})(?![a-z])"
    rf"(?:\s+(?P<pod>{PART_OF_DAY_RE}))?\s*(?P<join>-|–|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)"
    rf"\s*(?P<wd2>{WEEKDAY_RE})(?![a-z])(?:\s+(?P<pod2>{PART_OF_DAY_RE})\b)?)"
)
# Verbs that move a happening from one day to another: "from Tuesday to Thursday" then names two days.
_MOVED = re.compile(
    r"\b(?:postpon|delay|mov|push|brought|bring|shift|switch|chang|reschedul|put\s+off|adjourn"
    r"|bump|advanc)[a-z]*\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
# A clock time or a word of habit before the span: a weekly timetable, not one week's days.
_TIMETABLE = re.compile(
    r"(?:\d\s*(?:GMT|BST|[ap]\.?m\.?|hrs|hours)|\b(?:every|each|open|opens|daily|usually|normally"
    r"|weekdays|on\s+air))\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def is_weekday_span(match: re.Match, start: int, end: int) -> bool:
    """Whether a weekday pair is one span of days (module docstring)."""
    text = match.string
    if not match.group("wd2")[0].isupper():
        return False
    if match.group("join").lower() == "and" and (match.group("pre") or "").lower() != "between":
        return False
    before = text[max(0, match.start() - 60):match.start()]
    if (match.group("pre") or "").lower() == "from" and _MOVED.search(before):
        return False
    return not _TIMETABLE.search(text, max(0, match.start() - 30), match.start())


def resolve_weekday_range(match: re.Match, ctx: Context) -> Resolved | None:
    """The days from the opening weekday to the first following closing weekday.

    The opening day is read as a bare weekday is (within the past six days, ahead when the
    sentence looks ahead); governed by a past verb, a span that would end after
    publication is the week before ("the fair ran from Thursday to Sunday", written on a Friday).
    """
    base, anchor = ctx.base()
    if base is None:
        return None
    start, end = match.span("core")
    future = ctx.leans_future(start, end) or ctx.arranged(start) or weekday_lies_ahead(ctx, start, end)
    first_day = cal.weekday_number(match.group("wd"))
    first = cal.resolve_weekday(first_day, base, future=future)
    last = first + timedelta(days=(cal.weekday_number(match.group("wd2")) - first_day) % 7 or 7)
    if not future and last > base and ctx.governed_by_past(start):
        first, last = first - timedelta(weeks=1), last - timedelta(weeks=1)
    value = f"{first.isoformat()}/{last.isoformat()}"
    return Resolved(TimexType.DATE, value, Precision.RANGE, anchor, first, moves_now=False)
