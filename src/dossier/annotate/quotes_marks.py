"""Quotation marks: pairing them paragraph by paragraph, and what they tell about a content span.

Part of quote finding (see ``quotes.py``). Only double marks count: single quotes double as
apostrophes. Doubled apostrophes (``''``), which some archives use for double quotes, count too.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from dossier import models

OPEN_MARKS = "“"
CLOSE_MARKS = "”"
STRAIGHT_MARK = '"'
# Straight double quotes, and the doubled apostrophes some archives use in their place.
STRAIGHT_RE = re.compile(r"''|\"")
ALL_MARKS_RE = re.compile(r"''|[\"“”]")
Mark = tuple[int, int, str]  # start, end and text of one quotation mark in a paragraph
MARK_TOKENS = frozenset({OPEN_MARKS, CLOSE_MARKS, STRAIGHT_MARK, "''"})


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """Pair quotation marks paragraph by paragraph; return (start, end) spans including the marks.

    A paragraph (text between line breaks) whose curly marks nest wrongly, or whose straight
    marks are odd in number, yields no spans from the offending kind of mark: we refuse to guess
    which mark is missing. Two conventions are read rather than guessed: a quotation running on
    into the next paragraph leaves its paragraph unclosed while the next one opens with a mark
    (the span then ends with its paragraph), and a paragraph mixing curly and straight marks pairs
    them in order when every curly mark falls on the side it points to. Single quotes are ignored
    because they double as apostrophes.

    Args:
        text: the document text.

    Returns:
        Sorted (start, end) character spans, each including its opening mark (and its closing
        mark, unless the quotation runs on into the next paragraph).
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    paragraphs = text.split("\n")
    for i, paragraph in enumerate(paragraphs):
        following = next((p.strip() for p in paragraphs[i + 1 :] if p.strip()), "")
        runs_on = following.startswith((OPEN_MARKS, STRAIGHT_MARK, "''"))
        spans.extend((offset + a, offset + b) for a, b in _pair_in_paragraph(paragraph, runs_on))
        offset += len(paragraph) + 1
    return sorted(spans)


def _pair_in_paragraph(paragraph: str, runs_on: bool) -> list[tuple[int, int]]:
    marks = [(m.start(), m.end(), m.group()) for m in ALL_MARKS_RE.finditer(paragraph)]
    end = len(paragraph.rstrip())
    is_curly = [mark[2] in OPEN_MARKS + CLOSE_MARKS for mark in marks]
    curly = _pair_curly([m for m, c in zip(marks, is_curly) if c], end, runs_on)
    straight = _pair_straight([m for m, c in zip(marks, is_curly) if not c], end, runs_on)
    if curly is None or straight is None or _misread_straight(paragraph, marks, is_curly):
        mixed = _pair_mixed(marks)
        if mixed is not None:
            return mixed
    return (curly or []) + (straight or [])


def _misread_straight(paragraph: str, marks: list[Mark], is_curly: list[bool]) -> bool:
    """Whether pairing straight marks apart from curly ones reads a mark against the way it
    faces: in “A," she said. "B.” the straight closer and opener would pair with each other."""
    if all(is_curly) or not any(is_curly):
        return False
    straight = [mark for mark, curly in zip(marks, is_curly) if not curly]
    for i, (start, stop, _) in enumerate(straight):
        facing = _facing(paragraph, start, stop)
        if facing is not None and facing != ("open" if i % 2 == 0 else "close"):
            return True
    return False


def _facing(paragraph: str, start: int, stop: int) -> str | None:
    """"open" for a mark after a space and before a word, "close" for the reverse, else None."""
    before = paragraph[start - 1] if start > 0 else " "
    after = paragraph[stop] if stop < len(paragraph) else " "
    if before.isspace() and not after.isspace():
        return "open"
    if after.isspace() and not before.isspace():
        return "close"
    return None


def _pair_curly(marks: list[Mark], end: int, runs_on: bool) -> list[tuple[int, int]] | None:
    """Curly marks in order, or None when they nest wrongly; one left open runs to ``end`` if
    the quotation runs on into the next paragraph."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for start, stop, mark in marks:
        if mark in OPEN_MARKS:
            if opened is not None:
                return None
            opened = start
        elif opened is None:
            return None
        else:
            spans.append((opened, stop))
            opened = None
    if opened is not None:
        if not runs_on:
            return None
        spans.append((opened, end))
    return spans


def _pair_straight(marks: list[Mark], end: int, runs_on: bool) -> list[tuple[int, int]] | None:
    """Straight marks two by two, or None when odd in number (unless the last runs on)."""
    spans = [(first[0], second[1]) for first, second in zip(marks[::2], marks[1::2])]
    if len(marks) % 2 == 0:
        return spans
    if not runs_on:
        return None
    return spans + [(marks[-1][0], end)]


def _pair_mixed(marks: list[Mark]) -> list[tuple[int, int]] | None:
    """“Like this," with a curly opener and a straight closer: pair in order when consistent."""
    if len(marks) % 2:
        return None
    for i, (_, _, mark) in enumerate(marks):
        if (mark in OPEN_MARKS and i % 2) or (mark in CLOSE_MARKS and not i % 2):
            return None
    return [(first[0], second[1]) for first, second in zip(marks[::2], marks[1::2])]


def inside(char: int, marks: list[tuple[int, int]]) -> bool:
    """Whether a character offset lies strictly within a quotation (marks sorted by start)."""
    at = bisect.bisect_left(marks, (char, char))
    return any(char < end - 1 for start, end in marks[:at] if start < char)


def is_mark(token: Token) -> bool:
    """A token that is a double quotation mark."""
    return token.text in MARK_TOKENS


def kind_of(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> models.QuoteKind:
    """Direct when quotations make up the span, mixed when they are part of it, else indirect."""
    inner = [(a, b) for a, b in marks if a >= start and b <= end]
    if not inner:
        return models.QuoteKind.INDIRECT
    outside = text[start:end]
    for a, b in sorted(inner, reverse=True):
        outside = outside[: a - start] + outside[b - start :]
    if outside.strip(" ,.;:\n"):
        return models.QuoteKind.MIXED
    return models.QuoteKind.DIRECT
