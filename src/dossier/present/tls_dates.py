"""Which days the sentences of a set of articles talk about, for timeline summarization.

Each article is split into sentences, and each sentence is given the calendar days it refers to
by the temporal tagger (``annotate.timex``): only values of day precision count, since a timeline
entry is a day. Sentences without such a reference are kept with no dates; the summarizer treats
them as being about their publication day, with less weight.

The tagger costs about 20 microseconds a character, and live blogs run to 100,000 characters, so
only sentences holding a word that can start a day-level expression (a month or weekday name,
"today", "ago", a year, a numeric date) are passed to it, in their original order, so that
anaphoric expressions ("the next day") still resolve against the last date the text fixed.

A day a sentence gives only as the bound of a state or a deadline ("until 17 May", "as of 3
July", "by Friday") is marked (``bound_dates``): it tells when something was counted or was due,
not that something happened then, and the summarizer counts such references for less.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from dossier.annotate.timex import find_time_expressions, split_sentences
from dossier.models import Anchor, TimexType
from dossier.furniture import clean_segments

log = logging.getLogger(__name__)

# Words without which no day-precision expression can be found by the tagger's grammar (its
# rules name a month, a weekday, a deictic day word, a unit shifted by "ago"/"later", a year
# anchoring a later bare date, or a numeric date). Superset by design: a false hit only costs time.
_DAY_CUES = re.compile(
    r"day|night|tomorrow|morning|afternoon|evening|week|ago|later|earlier|Christmas|Easter"
    r"|Thanksgiving|Halloween|(?:19|20)\d\d|\d/\d|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct"
    r"|Nov|Dec)\.",
    re.IGNORECASE,
)
# A day named by its month ("March 4", "4 Mar.") rather than by a weekday or "yesterday".
_MONTH_NAME = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.IGNORECASE
)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T|$)")
# Sentences shorter than this many characters are captions, datelines or bylines.
MIN_SENTENCE_CHARS = 20


class ArticleLike(Protocol):
    """What the summarizer needs of an article: an id, a publication day and its text."""

    @property
    def id(self) -> str: ...

    @property
    def published(self) -> date: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class DatedSentence:
    """One sentence of an article with the days it refers to (day-precision references only)."""

    doc_id: str
    published: date
    start: int
    end: int
    text: str
    position: int = 0  # index among the article's sentences: leads summarize the article
    dates: tuple[date, ...] = ()
    named_dates: tuple[date, ...] = ()  # the subset named by month ("April 20"), not "Tuesday"
    bound_dates: tuple[date, ...] = ()  # the subset given only as a bound ("until 3 May", "as of")


def article_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds of an article: its lines without page furniture, split at sentence ends.

    Timestamps, wire datelines, photo credits and print-edition notes (``dossier.furniture``) are dropped, so a headline glued to its lead by a timestamp becomes a
    sentence of its own and neither the page's own date nor its print date is taken for a
    reference to a day.

    Args:
        text: article text; Timeline17 texts already hold one sentence a line.

    Returns:
        ``(start, end)`` offsets of the non-blank sentences, stripped of surrounding space.
    """
    bounds, offset = [], 0
    for line in text.split("\n"):
        for seg_start, seg_end in clean_segments(line):
            segment = line[seg_start:seg_end]
            for start, end in split_sentences(segment):
                piece = segment[start:end]
                lead = len(piece) - len(piece.lstrip())
                stripped = piece.strip()
                if stripped:
                    first = offset + seg_start + start + lead
                    bounds.append((first, first + len(stripped)))
        offset += len(line) + 1
    return bounds


def date_sentences(article: ArticleLike) -> list[DatedSentence]:
    """The sentences of one article with the calendar days each refers to.

    Args:
        article: the article; its publication day anchors relative expressions.

    Returns:
        Sentences of at least ``MIN_SENTENCE_CHARS`` characters, in text order. An article the
        tagger fails on keeps its sentences without dates (logged with its id).
    """
    bounds = [b for b in article_sentences(article.text) if b[1] - b[0] >= MIN_SENTENCE_CHARS]
    references = _tag_days(article, bounds)
    return [
        DatedSentence(
            doc_id=article.id, published=article.published, start=start, end=end,
            text=article.text[start:end], position=i, **_day_sets(references.get(i, set())),
        )
        for i, (start, end) in enumerate(bounds)
    ]


def _day_sets(references: set[tuple[date, bool, bool]]) -> dict[str, tuple[date, ...]]:
    """``dates``, ``named_dates`` and ``bound_dates`` of a sentence from its (day, named, bound)
    references: a day is a bound only when no reference of the sentence names it otherwise."""
    free = {day for day, _, bound in references if not bound}
    return {
        "dates": tuple(sorted({day for day, _, _ in references})),
        "named_dates": tuple(sorted({day for day, named, _ in references if named})),
        "bound_dates": tuple(sorted({day for day, _, _ in references} - free)),
    }


def _tag_days(
    article: ArticleLike, bounds: Sequence[tuple[int, int]],
) -> dict[int, set[tuple[date, bool, bool]]]:
    """(day, named in full, given as a bound) triples of each sentence (by index into
    ``bounds``), from the sentences holding a day cue."""
    kept = [i for i, (s, e) in enumerate(bounds) if _DAY_CUES.search(article.text, s, e)]
    pieces, sub_bounds, offset = [], [], 0
    for i in kept:
        piece = article.text[bounds[i][0] : bounds[i][1]]
        pieces.append(piece)
        sub_bounds.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    text = "\n".join(pieces)
    try:
        expressions = find_time_expressions(
            text, article.published, doc_id=article.id, sentence_bounds=sub_bounds
        )
    except Exception as exc:  # the tagger is rule-based and still growing: one article must not stop a run
        log.warning("temporal tagger failed on article %s: %s", article.id, exc)
        return {}
    found: dict[int, set[tuple[date, bool, bool]]] = {}
    for expression in expressions:
        day = _day_of(expression.value) if expression.timex_type in _DATED_TYPES else None
        if day is not None and 0 <= expression.sentence_index < len(kept):
            named = expression.anchor == Anchor.ABSOLUTE or bool(_MONTH_NAME.search(expression.text))
            before = max(0, expression.start - 20)
            bound = bool(_BOUND_BEFORE.search(text, before, expression.start))
            found.setdefault(kept[expression.sentence_index], set()).add((day, named, bound))
    return found


# A day given as a bound of a state or a deadline ("until 17 May", "as of 3 July", "by Friday",
# "ahead of Monday's vote") rather than as the day something happened.
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|as of|by|before|ahead of|through)\s+(?:the\s+)?$", re.IGNORECASE
)
_DATED_TYPES = frozenset({TimexType.DATE, TimexType.TIME})


def _day_of(value: str | None) -> date | None:
    """The calendar day of a TIMEX3 value of day or time precision, else None."""
    match = _DAY_VALUE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
