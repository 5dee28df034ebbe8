"""Inferring a missing publication date from the dates an article writes.

Kept apart from ``dates`` (which parses dates given as metadata) because inference weighs
evidence: where in the text a date stands, whether it names its year, whether a weekday
confirms it, and whether it looks ahead to a coming event rather than back at a reported one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dossier.ingest.dates_lead import tells_other_day
from dossier.ingest.dates_stamps import (
    is_posting_stamp,
    is_saved_stamp,
    is_stamp_line,
    is_update_stamp,
    looks_ahead_after,
)

MONTHS = {
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
FULL_DATES = [
    re.compile(rf"\b{_YEAR}-(?P<month_num>\d{{2}})-(?P<day>\d{{2}})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}\b", re.IGNORECASE),  # "April 11,2007" too
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<month_num>\d{{1,2}})\.{_YEAR}\b"),
]
# A slash date ("4/9/2007", "11/30/09") reads differently in the US and in Europe; it is used only
# in the opening lines (a page's "Updated ..." stamp), and only when one reading is possible or the
# text names the month of one reading alone.
# Tokenized text spaces the slashes ("4 / 9 / 2007"), which reads the same.
SLASH_DATE = re.compile(r"(?<![\d/])(?<!\d\s/\s)(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4}|\d{2})(?![\d/])(?!\s/\s?\d)")
# Month names without a year must be capitalised, so that "may 5" (a modal) and "march 20 km"
# do not count; the day must not run on into a number, a time or a percentage.
_CAP_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NO_RUN_ON = r"(?!\s*(?:[:%./]\s*\d|,?\s*\d))"
PARTIAL_DATES = [
    re.compile(rf"\b{_CAP_MONTH}\s+{_DAY}\b{_NO_RUN_ON}"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_CAP_MONTH}\b(?!\s*,?\s*\d)"),
]
_LONE_YEAR = re.compile(r"(?<![\d./-])\b(?:19|20)\d{2}\b(?![\d./-]\d)")
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY = re.compile(
    r"\b(?P<weekday>Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?"
)
# Words that put a date ahead of the report: deadlines, schedules, plans.
_FUTURE_CUE = re.compile(
    r"\b(?:by|until|till|through|before|next|starting|from|will|would|shall|scheduled|planned|"
    r"due|expected|deadline|set for|slated|upcoming|to be held|to take place)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
# A future auxiliary or schedule word governs the rest of its clause, however long the phrase
# between: "will be the host of the gala, broadcast live on Sunday, March 9, 2031", "will be 30
# on June 2, in the first week of the 2032 season".
_FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|'ll|is to be|are to be|scheduled|slated|to be held|to take place)\b[^.;!?\n]{0,70}$",
    re.IGNORECASE,
)
FUTURE_CLAUSE_CHARS = 90
# Words that mark a date as a picture's: a caption's credit or a file photo.
_CAPTION = re.compile(r"\b(?:file photo|photograph|photo|pictured|credit)\b", re.IGNORECASE)
# Words that make a date a point of reference for the news rather than its day.
_REFERENCE_BEFORE = re.compile(r"\b(?:since|after|before|of the|following|in this)\b[^.;]{0,30}$", re.IGNORECASE)
# A dateline or page header sits in the first few lines; a full date there is the strongest
# evidence the text holds. 300 characters covers "By NAME, TITLE | CITY | Thu May 7, 2009".
HEAD_CHARS = 300
# A date alone on a short stamp line counts as the header's this far in (``is_stamp_line``): bulleted
# standfirsts under a long headline can push the "UPDATED: ..." line to about 500 characters.
STAMP_REACH = 800
# A partial date takes the year of a full date or a lone year within this many characters.
YEAR_REACH = 400


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    value: date
    strength: str  # "full" (year written), "weekday" (year checked by a weekday beside it)
    end: int = -1


def match_to_date(match: re.Match[str], year: int | None = None) -> date | None:
    """Turn a date pattern's match into a date, or None when the day does not exist.

    Args:
        match: a match of one of the date patterns.
        year: the year to use when the match names none.

    Returns:
        The date, or None for an impossible day such as 31 February.
    """
    groups = match.groupdict()
    if groups.get("month_num"):
        month = int(groups["month_num"])
    else:
        month = MONTHS[groups["month"][:3].lower()]
    try:
        return date(int(groups.get("year") or year or 0), month, int(groups["day"]))
    except ValueError:
        return None


def _full_mentions(text: str) -> list[_Mention]:
    return [
        _Mention(start=match.start(), value=value, strength="full", end=match.end())
        for pattern in FULL_DATES
        for match in pattern.finditer(text)
        if (value := match_to_date(match)) is not None
    ]


def _slash_mentions(text: str) -> list[_Mention]:
    """Slash dates of the opening lines, where one reading is possible or the text's month names
    pick one ("4/9/2007" in an article that writes "April" and never "September")."""
    named = {MONTHS[m.group("month")[:3].lower()] for m in re.finditer(_CAP_MONTH, text)}
    mentions = []
    for match in SLASH_DATE.finditer(text, 0, HEAD_CHARS):
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year += 2000 if year < 100 else 0
        readings = {value for month, day in ((first, second), (second, first))
                    if (value := _valid_date(year, month, day)) is not None}
        if len(readings) > 1:
            readings = {value for value in readings if value.month in named}
        if len(readings) == 1:
            mentions.append(_Mention(start=match.start(), value=readings.pop(), strength="full", end=match.end()))
    return mentions


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday written just before a date ("Thursday, May 7", "Thu May 7"), if any."""
    window = text[max(0, start - 14) : start]
    found = list(_WEEKDAY.finditer(window))
    if not found or window[found[-1].end() :].strip(" ,") != "":
        return None
    return _WEEKDAYS.index(found[-1].group("weekday")[:3].lower())


def _pick_years(start: int, full: list[_Mention]) -> list[int]:
    """Candidate years for a date without one: the nearest full date's, then the next ones."""
    if not full:
        return []
    year = min(full, key=lambda m: abs(m.start - start)).value.year
    return [year, year + 1, year - 1]


def _lone_years(text: str, start: int, taken: list[tuple[int, int]]) -> list[int]:
    """Years written alone within reach: weak evidence, used only with a weekday to confirm."""
    window_start = max(0, start - YEAR_REACH)
    return [
        int(match.group(0))
        for match in _LONE_YEAR.finditer(text, window_start, start + YEAR_REACH)
        if not _overlaps(match.start(), match.end(), taken)
    ]


def _partial_mentions(text: str, full: list[_Mention]) -> list[_Mention]:
    taken = [
        (match.start(), match.end()) for pattern in FULL_DATES for match in pattern.finditer(text)
    ]
    mentions = []
    for pattern in PARTIAL_DATES:
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), taken):
                continue
            value = _resolve_partial(text, match, full, taken)
            if value is not None:
                mentions.append(_Mention(start=match.start(), value=value, strength="weekday", end=match.end()))
    return mentions


def _resolve_partial(
    text: str, match: re.Match[str], full: list[_Mention], taken: list[tuple[int, int]]
) -> date | None:
    """Give a yearless date the context's year, checked against a weekday written beside it."""
    weekday = _weekday_before(text, match.start())
    if weekday is None:
        return None
    years = _pick_years(match.start(), full) or _lone_years(text, match.start(), taken)
    for year in years:
        value = match_to_date(match, year)
        if value is not None and value.weekday() == weekday:
            return value
    return None


def looks_ahead(text: str, start: int) -> bool:
    """Whether the words before a date put it ahead of the report: a deadline or plan word just
    before it ("by", "scheduled for"), or a future auxiliary earlier in its clause ("will be the
    host of the gala, broadcast live on Sunday, March 9, 2031"). A line break ends the
    clause: a headline's "to be held" or "By Police" says nothing of the dateline below it."""
    line_start = text.rfind("\n", 0, start) + 1
    return _FUTURE_CUE.search(text[max(line_start, start - 40) : start]) is not None \
        or _FUTURE_CLAUSE.search(text[max(line_start, start - FUTURE_CLAUSE_CHARS) : start]) is not None


def _dates_something_else(text: str, start: int) -> bool:
    """Whether a date in the opening lines dates a picture or a past event, not the page.

    Captions ("In this June 1, 2010 file photo", "..., May 24, 2010. Photograph: ...") and
    reference points ("since the disaster on 20 April 2010", "victims of the 11 September, 2001
    attacks") stand in the opening lines of many pages, and are older than the page. A reference
    word must stand on the date's own line: a headline ending "... After Teen Killed By Police"
    says nothing of the dateline under it.
    """
    sentence_end = text.find(".", start + 12)
    after = text[start: sentence_end + 40 if sentence_end >= 0 else start + 80]
    line_start = text.rfind("\n", 0, start) + 1  # a headline's "... After Teen Killed" says nothing of the stamp below
    return bool(_CAPTION.search(after) or _REFERENCE_BEFORE.search(text[max(line_start, start - 40): start]))


def _names_weekday(text: str, value: date) -> bool:
    """Whether the text names the weekday of a date ("on Tuesday"), as reports of recent days do."""
    wanted = _WEEKDAYS[value.weekday()]
    return any(m.group("weekday")[:3].lower() == wanted for m in _WEEKDAY.finditer(text))


def explain_published(text: str, *, today: date | None = None) -> tuple[date | None, str]:
    """Infer a publication date and name the evidence that decided it.

    Args:
        text: the article text.
        today: the latest possible date (default: the current date).

    Returns:
        The date (or None) and the kind of evidence: "head", "latest", or "none".
    """
    today = today or date.today()
    full = _full_mentions(text)
    latest_year = _latest_year(text, today)
    # dates that may be the article's own: not stamps of a saved page, not coming days, not a picture's
    mentions = [m for m in full + _partial_mentions(text, full) + _slash_mentions(text)
                if m.value <= today and m.value.year >= latest_year and not is_saved_stamp(text, m.start)
                and not looks_ahead_after(text, m.start, m.end) and not looks_ahead(text, m.start)
                and not _dates_something_else(text, m.start)]
    # a lead that tells its news on another weekday makes its date the backstory's, wherever it recurs
    backstory = {m.value for m in mentions if _in_head(text, m) and tells_other_day(text, m.start, m.end, m.value)}
    mentions = [m for m in mentions if m.value not in backstory]
    head = [m for m in mentions if m.strength == "full" and _in_head(text, m)]
    if head:
        if any(is_posting_stamp(text, m.start) for m in head):  # "Posted: ... Updated: ...": the first posting
            head = [m for m in head if not is_update_stamp(text, m.start)] or head
        return max(m.value for m in head), "head"
    body = [m.value for m in mentions]
    if body and _names_weekday(text, max(body)):
        return max(body), "latest"
    return None, "none"


def _latest_year(text: str, today: date) -> int:
    """The latest year the text writes, not looking ahead: an article is no older than the years it
    looks back on ("On July 1, 1971, ..." in an obituary that also says "in 2005")."""
    years = [int(m.group(0)) for m in _LONE_YEAR.finditer(text)
             if int(m.group(0)) <= today.year and not looks_ahead(text, m.start())
             and not _looks_ahead_as_date(text, m) and not is_saved_stamp(text, _date_start(text, m.start()))]
    return max(years, default=0)


def _date_start(text: str, year_start: int) -> int:
    """Where the full date a year closes begins ("2 October 2031" for its "2031"), else the year's start."""
    for pattern in FULL_DATES[1:3]:
        for match in pattern.finditer(text, max(0, year_start - 20), year_start + 4):
            if match.start("year") == year_start:
                return match.start()
    return year_start


def _looks_ahead_as_date(text: str, year: re.Match[str]) -> bool:
    """Whether a year, or the full date it closes, names a coming day ("the 2032 draft", "a release
    date of 4 May 2032"), which an article may write long before that year."""
    start = _date_start(text, year.start())
    return looks_ahead_after(text, start, year.end()) or looks_ahead(text, start)


def _in_head(text: str, mention: _Mention) -> bool:
    """Whether a date is the page header's: in the opening lines, or alone on a stamp line near them."""
    return mention.start < HEAD_CHARS or (
        mention.start < STAMP_REACH and is_stamp_line(text, mention.start, mention.end))


def infer_published(text: str, *, today: date | None = None) -> date | None:
    """Guess a publication date from the dates an article writes, or decline.

    Reports date the events they describe, and an article is published on or soon after the
    last of them; but commentary cites past dates and previews cite coming ones, so only two
    kinds of evidence are trusted. First, a full date in the opening lines (a dateline or page
    header): the latest one there wins. Otherwise the latest full date in the body that does not
    look ahead ("by 30 June", "will meet on ..."), but only when the text also names that
    date's weekday ("on Tuesday"), as reports of recent days do. Neither counts when the text
    writes a later year, not looking ahead (an obituary's "On July 1, 1971, ..." beside "in
    2005"). A date without a year ("Thursday, May 7") counts when a weekday beside it confirms the year taken from the
    nearest full date, or from a year written alone nearby.

    Args:
        text: the article text (tokenized text with spaces before punctuation works too).
        today: the latest possible date (default: the current date); later dates are ignored.

    Returns:
        The guessed date, or None when the evidence is weak. Limits: English month and
        weekday names only; a slash date (03/04/2025) counts only in the opening lines and only
        when its reading is clear (``SLASH_DATE``); relative words
        ("yesterday") do not move the guess.
    """
    return explain_published(text, today=today)[0]
