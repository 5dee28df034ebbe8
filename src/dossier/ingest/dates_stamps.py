"""Dates a page writes that are not its publication: forward phrases, download stamps, update stamps.

Split from ``dates_infer`` (which weighs the dates of a text) because these are questions about the
words around one date, asked both of the years that bound an article's age and of the candidate
dates themselves:

- a date or year the words after it make a coming one ("its November 2031 release date", "the
  top pick in the 2032 draft", "a release date of 4 May 2031") is no evidence that the article is
  that late;
- a stamp left by whoever saved the page ("[downloaded on 2 October 2031]", "retrieved 5 May
  2031", "accessed on ...") dates the copy, not the article;
- an "Updated" stamp beside a "Posted" one is a later version of an article first published earlier
  (a lone "updated on" date is still the latest version's, and may date the page).

"Posted 1 year, 160 days ago" is ignored on purpose: it counts back from the moment the page was
rendered, which the text does not give (a download stamp beside it is the saving, which may come
weeks after a cached rendering), so the day it gives can be weeks off.
"""

from __future__ import annotations

import re

# Nouns that, right after a date, make it the day of something still to come. Sources: the
# forward-looking phrases of reviewed film, sport and election reports ("release date", "draft").
_FORWARD_AFTER = re.compile(
    r"^[\s,]*(?:[A-Z][\w.&-]*\s+){0,2}(?i:release|premiere|debut|launch|draft|season|deadline|"
    r"opening|kick-?off|due date|start date|target date)s?\b",
)
# Words before a date that give it as a coming day ("has a release date of", "opens in cinemas on").
_FORWARD_BEFORE = re.compile(
    r"\b(?:release date|premiere|opening date|launch date|due date|target date|deadline)\s*"
    r"(?:of|on|is|was|:|set for)?\s*[^.;!?\n]{0,12}$",
    re.IGNORECASE,
)
FORWARD_REACH = 40  # characters looked at after a date, and before it
# Stamps a reader or archive adds when saving a page.
_SAVED_STAMP = re.compile(
    r"\b(?:downloaded|retrieved|accessed|archived|saved|crawled|captured)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:[A-Za-z]+,?\s*)?$",
    re.IGNORECASE,
)
_UPDATE_STAMP = re.compile(r"\b(?:updated|modified|last edited|edited)\b[^\n]{0,30}$", re.IGNORECASE)
_POSTED_STAMP = re.compile(r"\b(?:posted|published|first posted|created)\b", re.IGNORECASE)


def looks_ahead_after(text: str, start: int, end: int) -> bool:
    """Whether the words around a date make it a coming day: a forward noun right after it ("the
    2032 draft", "its November 22, 2031 release date") or a "release date of" right before it.

    Args:
        text: the article text.
        start: where the date (or year) begins.
        end: where it ends.

    Returns:
        True when the date names a scheduled day rather than a reported one. Limits: English
        phrases only; a past season ("the 2008 season") reads as forward too, which matters only
        when that year is later than every other.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end: min(end + FORWARD_REACH, line_end if line_end >= 0 else len(text))]
    return _FORWARD_AFTER.match(after) is not None or \
        _FORWARD_BEFORE.search(text[max(line_start, start - FORWARD_REACH): start]) is not None


def is_saved_stamp(text: str, start: int) -> bool:
    """Whether a date is a stamp added when the page was saved ("[downloaded on 2 October 2031]").

    Args:
        text: the article text.
        start: where the date begins.

    Returns:
        True for a download, retrieval, access or archive stamp.
    """
    line_start = text.rfind("\n", 0, start) + 1
    return _SAVED_STAMP.search(text[max(line_start, start - FORWARD_REACH): start]) is not None


def is_posting_stamp(text: str, start: int) -> bool:
    """Whether a date is a "Posted"/"Published" stamp ("First Posted: 10 / 25 / 31").

    Args:
        text: the article text.
        start: where the date begins.

    Returns:
        True when a posting word stands shortly before the date on its line, with no update word between.
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40): start]
    found = list(_POSTED_STAMP.finditer(before))
    return bool(found) and _UPDATE_STAMP.search(before[found[-1].start():]) is None


def is_update_stamp(text: str, start: int) -> bool:
    """Whether a date is an "Updated:" stamp (on its own line, or after a "Posted" date on the same line).

    Args:
        text: the article text.
        start: where the date begins.

    Returns:
        True when "updated", "modified" or "edited" stands shortly before the date on its line,
        with no "posted"/"published" between.
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40): start]
    found = _UPDATE_STAMP.search(before)
    return found is not None and _POSTED_STAMP.search(before[found.start():]) is None


# What may stand beside the date on a header's stamp line: stamp words, clock times, zones, weekdays.
_STAMP_LINE_REST = re.compile(
    r"^(?:[\s,|:;()\[\]-]|(?:first|last)\b|posted\b|published\b|updated\b|modified\b|on\b|at\b|"
    r"\d{1,2}\s?[:.]\s?\d{2}(?:[:.]\d{2})?|[ap]\.?m\.?|[A-Z]{2,4}\b|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?)*$",
    re.IGNORECASE,
)
STAMP_LINE_CHARS = 60  # a header stamp line is short: "UPDATED: 19:14 GMT, 12 April 2031"


def is_stamp_line(text: str, start: int, end: int) -> bool:
    """Whether a date stands alone on a short line with only stamp words, clock times and zones
    ("UPDATED: 19:14 GMT, 12 April 2031", "Published: May 3, 2031 9:09 AM"): a page header's date,
    wherever the header ends (bulleted standfirsts can push it past the opening characters). Stamps
    joined by a bar on one line ("PUBLISHED: ... | UPDATED: ...") are read part by part, and a
    tokenized clock ("2: 29 PM") reads as a clock.

    Args:
        text: the article text.
        start: where the date begins.
        end: where it ends.

    Returns:
        True for such a line.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # "PUBLISHED: 02:31 GMT, 12 March 2031 | UPDATED: 22:19 GMT, 12 March 2031": each part of a
    # line split by bars is a stamp of its own
    bar_before = text.rfind("|", line_start, start)
    line_start = line_start if bar_before < 0 else bar_before + 1
    bar_after = text.find("|", end, line_end)
    line_end = line_end if bar_after < 0 else bar_after
    if line_end - line_start > STAMP_LINE_CHARS:
        return False
    return _STAMP_LINE_REST.match(text[line_start:start] + " " + text[end:line_end]) is not None
