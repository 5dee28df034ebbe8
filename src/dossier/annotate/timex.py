"""Find time expressions in plain text and give each its TIMEX3 value.

A pure function with no spaCy dependency, so it runs anywhere and can be scored on TimeML
directly. Expressions are found by the rules in ``timex_grammar`` and resolved in text order by
``timex_absolute``, ``timex_quarters``, ``timex_relative`` and ``timex_periods``: deictic words
count from the publication date, anaphoric ones from the last date the text itself fixed, and
clock times take the day their sentence names. Known limits: English only; a weekday's direction comes from a tense heuristic on
nearby words, not a parse; a range across months without a year ("May 30 to June 2") takes the
first date's year.

dateparser was measured for this job and is not used: on TimeBank its ``search_dates`` misses
vague and anaphoric expressions, takes prepositions and conjunctions into spans ("on Monday and"),
reads a bare "Monday" published on a Monday as the Monday before, and was about seventy times
slower than these rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from dossier.annotate.timex_absolute import RESOLVERS as ABSOLUTE_RESOLVERS
from dossier.annotate.timex_context import Context, Resolved
from dossier.annotate.timex_grammar import Candidate, find_candidates
from dossier.annotate.timex_periods import RESOLVERS as PERIOD_RESOLVERS
from dossier.annotate.timex_quarters import RESOLVERS as QUARTER_RESOLVERS
from dossier.annotate.timex_relative import RESOLVERS as RELATIVE_RESOLVERS
from dossier.annotate.timex_weekday_range import resolve_weekday_range
from dossier.models import TimeExpression

RESOLVERS = {**ABSOLUTE_RESOLVERS, **QUARTER_RESOLVERS, **RELATIVE_RESOLVERS, **PERIOD_RESOLVERS,
             "weekday_range": resolve_weekday_range}
# Clock times take the day their sentence names, which may come after them: resolved last.
LATE_RULES = frozenset({"time"})
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep gov lt col capt sgt prof jr sr inc corp co ltd no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n a.m p.m".split()
)
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“'(\[]?[A-Z0-9])|\n\s*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds for callers without a parser: stops, question and exclamation marks.

    Args:
        text: the text to split.

    Returns:
        ``(start, end)`` character offsets covering the text in order.
    """
    bounds, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        word = re.search(r"([\w.]+)[.!?]?$", text[start:boundary.start() + 1])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        bounds.append((start, boundary.start() + 1))
        start = boundary.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def find_time_expressions(
    text: str,
    dct: date | None,
    *,
    doc_id: str = "",
    sentence_bounds: Sequence[tuple[int, int]] | None = None,
) -> list[TimeExpression]:
    """Find the time expressions in a text and normalise them to TIMEX3 values.

    Args:
        text: the article text; offsets in the result index into it.
        dct: the publication (document creation) date, or None when unknown, in which case
            anaphoric expressions count from the last date the text names, and deictic ones
            only from a date the lead gives or the narrative fixed just before
            (``Context._anchors_news``); otherwise they stay unresolved.
        doc_id: copied into each result.
        sentence_bounds: ``(start, end)`` offsets of the sentences, e.g. from spaCy; a simple
            splitter is used when None.

    Returns:
        The expressions in text order. A date whose weekday contradicts it keeps the value the
        text gives, with ``flag`` saying why and ``suggested_value`` the likely intended date.
    """
    bounds = list(sentence_bounds) if sentence_bounds else split_sentences(text)
    starts = [start for start, _ in bounds]
    ctx = Context(text=text, dct=dct, bounds=bounds)
    resolved: dict[Candidate, tuple[int, Resolved]] = {}
    candidates = find_candidates(text)
    for late in (False, True):
        for candidate in candidates:
            if (candidate.rule in LATE_RULES) != late:
                continue
            index = max(bisect_right(starts, candidate.start) - 1, 0)
            ctx.sentence = bounds[index] if bounds else (0, len(text))
            ctx.sentence_index = index
            result = RESOLVERS[candidate.rule](candidate.match, ctx)
            if result is not None:
                ctx.remember(result, candidate.start)
                resolved[candidate] = (index, result)
    return [
        _expression(candidate, *resolved[candidate], text=text, doc_id=doc_id)
        for candidate in candidates
        if candidate in resolved
    ]


def _expression(candidate: Candidate, index: int, result: Resolved, *, text: str, doc_id: str) -> TimeExpression:
    return TimeExpression(
        doc_id=doc_id,
        start=candidate.start,
        end=candidate.end,
        text=text[candidate.start:candidate.end],
        timex_type=result.timex_type,
        value=result.value,
        precision=result.precision,
        anchor=result.anchor,
        sentence_index=index,
        flag=result.flag,
        suggested_value=result.suggested_value,
    )
