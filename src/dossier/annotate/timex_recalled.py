"""Days of recalled happenings whose year the text leaves out: "since the Sept. 11 attacks".

A month and day written without a year normally takes the year that puts it nearest the
publication date (``timex_calendar.nearest_year``). A day that premodifies a noun ("the July 7
bombings") in a sentence telling of that happening as past ("after", "since", "victims of", a past
tense with nothing looking forward) names a happening of some earlier year when that nearest year
would put it after publication: the text does not give the year, and the publication's is the one
year it cannot be. "The anniversary of the ... " always names an earlier year. Such a day takes the
year the text gives the same month and day elsewhere ("the April 20, 2010, explosion"), else keeps
its year unknown ("XXXX-09-11"), as TIMEX3 writes it. A day that follows a preposition ("will meet on
Sept. 11") is not premodifying a noun and is left to the usual rule.

Known limits: the noun after the day is not checked to name a happening (the parse is not
available here), and a recalled day that the nearest year puts before publication ("after the
Sept. 11 attacks" written a week after some Sept. 11) keeps that year, as nothing in the words
tells the two readings apart.
"""

from __future__ import annotations

import re
from datetime import date

from dossier.annotate import timex_calendar as cal
from dossier.annotate.timex_context import Context, Resolved
from dossier.annotate.timex_lexicon import MONTH_RE
from dossier.models import Anchor, Precision, TimexType

# The day opens a noun phrase: a determiner or a possessive right before it ("the", "last year's").
_DETERMINER = re.compile(r"\b(?:the|an?|its|their|his|her|our|this|that|those|these|[A-Za-z]+['’]s)\s+$",
                         re.IGNORECASE)
# ... and a noun comes right after it: a word that is no preposition, conjunction, auxiliary,
# clock word or year ("the Sept. 11 attacks", "the July 7 London bombings").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:at|in|on|of|to|and|or|but|by|for|from|with|was|were|is|are|will|would|had|has|have"
    r"|when|as|through|until|till|that|which|a\.?m|p\.?m|GMT|UTC|local)\b)[A-Za-z][\w-]*",
)
# Words before the phrase that make its happening at least a year old.
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\s+of\s+$", re.IGNORECASE)
# Words before the phrase that tell of its happening as past ("since the", "victims of the").
_WITNESS = re.compile(
    r"\b(?:since|after|following|(?:victims?|survivors?|families|relatives|aftermath|wake|memory"
    r"|remembrance|commemorations?)\s+of|memorials?\s+(?:to|for))\s+$",
    re.IGNORECASE,
)
# "Since" cannot look forward, whatever else the sentence says.
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# Words that may put a noun's happening ahead even in a past-tense sentence ("the June 12 vote was
# postponed", "called the Sept. 20 election", "ahead of the May 5 talks").
_FORWARD_WORDS = re.compile(
    r"\b(?:before|ahead\s+of|until|till|postpon\w*|delay\w*|cancel\w*|call\w*|scrap\w*|reschedul\w*"
    r"|push\w*\s+back|put\s+off|announc\w*|set\w*|schedul\w*|plan\w*|prepar\w*|upcoming|next|coming"
    r"|campaign\w*|expect\w*|due|slated|deadlines?|dates?|target\w*|timetable)\b",
    re.IGNORECASE,
)
# A present tense in the sentence may be the noun's own ("the Sept. 20 summit is key, he said").
_PRESENT = re.compile(r"\b(?:is|are|am)\b", re.IGNORECASE)


# The same month and day written with a year elsewhere in the text ("the April 20, 2010, blast").
_WITH_YEAR = re.compile(
    rf"(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|\b(?P<d_>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m_>{MONTH_RE}),?\s+(?P<y_>(?:19|20)\d\d)\b"
)


def recalled_day(match: re.Match, ctx: Context, point: date) -> Resolved | None:
    """The value of a month-day naming a recalled happening (see ``year_untold``), or None.

    Args:
        match: the month-day match.
        ctx: the document context, on the match's sentence.
        point: the day the nearest-year rule chose.

    Returns:
        The day in the year the text gives for the same month and day elsewhere, else the day
        with its year unknown ("XXXX-09-11"); neither moves the text's reference date. None when
        the day is no recalled one.
    """
    if not year_untold(match, ctx, point):
        return None
    year = _stated_year(ctx.text, point.month, point.day)
    stated = cal.safe_date(year, point.month, point.day) if year else None
    if stated is not None and stated <= ctx.dct:
        return Resolved(TimexType.DATE, stated.isoformat(), Precision.DAY, Anchor.TEXT, stated,
                        sets_reference=False)
    return Resolved(TimexType.DATE, f"XXXX-{point.month:02d}-{point.day:02d}", Precision.DAY, Anchor.NONE)


def _stated_year(text: str, month: int, day: int) -> int | None:
    for found in _WITH_YEAR.finditer(text):
        groups = found.groupdict()
        if cal.month_number(groups["m"] or groups["m_"]) == month and int(groups["d"] or groups["d_"]) == day:
            return int(groups["y"] or groups["y_"])
    return None


def year_untold(match: re.Match, ctx: Context, point: date) -> bool:
    """Whether a yearless month-day names a recalled happening of an earlier, untold year.

    Args:
        match: the month-day match (a rule of ``timex_grammar`` with groups ``y`` and ``wd``).
        ctx: the document context, on the match's sentence.
        point: the day the nearest-year rule chose.

    Returns:
        True when the day must not take that year (see the module docstring); False when
        there is no publication date, the text gives a year or weekday, or the day does not
        premodify a noun.
    """
    groups = match.groupdict()
    if ctx.dct is None or groups.get("y") or groups.get("wd"):
        return False
    lo, hi = ctx.sentence
    start, end = match.start(), match.end()
    determiner = _DETERMINER.search(ctx.text, max(lo, start - 40), start)
    if determiner is None or not _NOUN_AFTER.match(ctx.text[:hi], end):
        return False
    head = ctx.text[max(lo, determiner.start() - 40):determiner.start()]
    if _ANNIVERSARY.search(head):
        return True
    if point <= ctx.dct:
        return False
    if _SINCE.search(head):
        return True
    if ctx.looks_forward_anywhere() or _FORWARD_WORDS.search(ctx.text, lo, hi):
        return False
    if _WITNESS.search(head):
        return True
    return ctx.tells_past() and not _PRESENT.search(ctx.text, lo, hi)
