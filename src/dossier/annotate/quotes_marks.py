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
MARK_TOKENS = frozenset({OPEN_MARKS, CLOSE_MARKS, STRAIGHT_MARK, "''"})


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """Pair quotation marks paragraph by paragraph; return (start, end) spans including the marks.

    A paragraph (text between line breaks) whose curly marks nest wrongly, or whose straight
    marks are odd in number, yields no spans from the offending kind of mark: we refuse to guess
    which mark is missing. Single quotes are ignored because they double as apostrophes.

    Args:
        text: the document text.

    Returns:
        Sorted (start, end) character spans, each including its opening and closing mark.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend((offset + a, offset + b) for a, b in _pair_in_paragraph(paragraph))
        offset += len(paragraph) + 1
    return sorted(spans)


def _pair_in_paragraph(paragraph: str) -> list[tuple[int, int]]:
    curly: list[tuple[int, int]] = []
    opened: int | None = None
    balanced = True
    for i, char in enumerate(paragraph):
        if char in OPEN_MARKS:
            balanced = balanced and opened is None
            opened = i
        elif char in CLOSE_MARKS:
            if opened is None:
                balanced = False
                continue
            curly.append((opened, i + 1))
            opened = None
    if opened is not None or not balanced:
        curly = []
    straight_at = [(m.start(), m.end()) for m in STRAIGHT_RE.finditer(paragraph)]
    straight: list[tuple[int, int]] = []
    if len(straight_at) % 2 == 0:
        pairs = zip(straight_at[::2], straight_at[1::2])
        straight = [(first[0], second[1]) for first, second in pairs]
    return curly + straight


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
