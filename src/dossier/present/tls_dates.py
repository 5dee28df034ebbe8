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
July", "by Friday"), or as the closing day of a span ("22 April - 15 May", "from 3 to 7 May",
"between 22 April and 3 June"), is marked (``bound_dates``): it tells when something was counted,
was due or ended, not that something happened then, and the summarizer counts such references for
less. (Spans were added in the sixteenth session; on Timeline17 they mark 22 references in 88,000
sentences and leave every folder's dates as they were: a rule about language, not a gain.)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Protocol

from dossier.annotate.timex import find_time_expressions, split_sentences
from dossier.models import Anchor, TimeExpression, TimexType
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
    entry_dates: tuple[date, ...] = ()  # a day heading a chronology line ("20 April: the rig explodes")


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


def _day_sets(references: set[_Reference]) -> dict[str, tuple[date, ...]]:
    """``dates``, ``named_dates``, ``bound_dates`` and ``entry_dates`` of a sentence from its
    references: a day is a bound only when no reference of the sentence names it otherwise."""
    free = {r.day for r in references if not r.bound}
    return {
        "dates": tuple(sorted({r.day for r in references})),
        "named_dates": tuple(sorted({r.day for r in references if r.named})),
        "bound_dates": tuple(sorted({r.day for r in references} - free)),
        "entry_dates": tuple(sorted({r.day for r in references if r.entry})),
    }


class _Reference(NamedTuple):
    """One day-level reference of a sentence and how the sentence gives the day."""

    day: date
    named: bool  # by its month ("20 April"), not "Tuesday"
    bound: bool  # as a bound ("until 17 May") or the closing day of a span
    entry: bool  # as the head of a chronology line ("20 April: the rig explodes")


def _tag_days(
    article: ArticleLike, bounds: Sequence[tuple[int, int]],
) -> dict[int, set[_Reference]]:
    """The day-level references of each sentence (by index into ``bounds``), from the sentences
    holding a day cue."""
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
    found: dict[int, set[_Reference]] = {}
    previous: TimeExpression | None = None  # the last day-level one, to see a span's closing day
    for expression in expressions:
        day = _day_of(expression.value) if expression.timex_type in _DATED_TYPES else None
        if day is not None and 0 <= expression.sentence_index < len(kept):
            named = expression.anchor == Anchor.ABSOLUTE or bool(_MONTH_NAME.search(expression.text))
            before = max(0, expression.start - 20)
            bound = bool(_BOUND_BEFORE.search(text, before, expression.start)) or _closes_span(
                text, previous, expression
            )
            sentence_start = sub_bounds[expression.sentence_index][0]
            entry = named and _heads_entry(text, sentence_start, expression)
            found.setdefault(kept[expression.sentence_index], set()).add(
                _Reference(day, named, bound, entry)
            )
            previous = expression
    return found


def _closes_span(text: str, previous: TimeExpression | None, expression: TimeExpression) -> bool:
    """Whether ``expression`` is the closing day of a span opened by ``previous`` in the same
    sentence ("22 April - 15 May", "from 3 May to 7 May", "between 22 April and 3 June"): the
    end of a period bounds a state, as "until" does, and is not itself the day of an event."""
    if previous is None or previous.sentence_index != expression.sentence_index:
        return False
    joiner = text[previous.end : expression.start]
    if _SPAN_JOINER.fullmatch(joiner):
        return True
    opener = text[max(0, previous.start - 12) : previous.start]
    return bool(_AND_JOINER.fullmatch(joiner) and _BETWEEN_BEFORE.search(opener))


def _heads_entry(text: str, sentence_start: int, expression: TimeExpression) -> bool:
    """Whether a day opens its sentence and a colon or a dash follows it: a line of a chronology
    or a dated caption ("20 April: the rig explodes", "May 4 - Crews lay booms"), the form in which
    reporters list the days that made the story. A dash opening a span ("22 April - 15 May") is
    not one."""
    if text[sentence_start : expression.start].strip():
        return False
    after = text[expression.end : expression.end + 16]
    return bool(_ENTRY_AFTER.match(after)) and not _SPAN_AFTER.match(after)


# A day given as a bound of a state or a deadline ("until 17 May", "as of 3 July", "by Friday",
# "ahead of Monday's vote") rather than as the day something happened.
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|as of|by|before|ahead of|through)\s+(?:the\s+)?$", re.IGNORECASE
)
# What joins the two ends of a span of days: a dash, "to", "through", "until".
_SPAN_JOINER = re.compile(r"\s*(?:-+|\u2013|\u2014|to|through|until|till)\s*", re.IGNORECASE)
_AND_JOINER = re.compile(r"\s*and\s*", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# What follows the day heading a chronology line: a colon or a dash, then the entry.
_ENTRY_AFTER = re.compile(r"\s*(?::|-+|\u2013|\u2014)\s")
_SPAN_AFTER = re.compile(
    r"\s*(?:-+|\u2013|\u2014)\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)",
    re.IGNORECASE,
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
