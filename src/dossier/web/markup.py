"""HTML built from article text and character offsets, escaping every piece of the text.

Templates autoescape, but a highlighted sentence or an annotated article has to be cut at
offsets and wrapped in ``<mark>`` tags, which a template cannot do. These functions cut the
plain text first, escape each piece with ``markupsafe.escape`` and only then join pieces and
tags, so no character of an article is ever interpreted as markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from dossier import models
from dossier.compare.attributes import count_text

# What a mark's class names: one per kind of annotation, styled in static/app.css.
NAME, DATE, QUANTITY, QUOTE = "name", "date", "quantity", "quote"
SNIPPET_CHARS = 240  # characters of context shown around a search match


@dataclass(frozen=True, slots=True)
class Span:
    """One annotation to draw: character offsets into the text, a kind and a tooltip."""

    start: int
    end: int
    kind: str
    title: str = ""


def highlight(text: str, start: int, end: int, *, kind: str = "trigger") -> Markup:
    """``text`` with ``text[start:end]`` wrapped in a ``<mark>``.

    Args:
        text: plain text (a sentence).
        start: offset of the highlight, relative to ``text``.
        end: end offset, relative to ``text``.
        kind: the mark's CSS class.

    Returns:
        Escaped HTML; the text alone, escaped, when the offsets do not fit inside it.
    """
    if not 0 <= start < end <= len(text):
        return escape(text)
    return Markup("").join(
        (escape(text[:start]), _open(kind, ""), escape(text[start:end]), Markup("</mark>"), escape(text[end:]))
    )


def analysis_spans(analysis: models.DocumentAnalysis) -> tuple[list[Span], list[Span]]:
    """The spans to draw for one article: (quotes, names + dates + quantities)."""
    quotes = [Span(q.content_start, q.content_end, QUOTE, _quote_title(q)) for q in analysis.quotes]
    inner = [Span(e.start, e.end, NAME, f"{e.label}: {e.canonical}" + (f" ({e.role})" if e.role else ""))
             for e in analysis.entities]
    inner += [Span(t.start, t.end, DATE, f"{t.timex_type.value}: {t.value or 'unresolved'}") for t in analysis.timexes]
    inner += [Span(q.start, q.end, QUANTITY, _quantity_title(q)) for q in analysis.quantities]
    return quotes, inner


def annotate(text: str, outer: Sequence[Span], inner: Sequence[Span]) -> Markup:
    """The whole text with spans drawn as nested ``<mark>`` elements.

    Quotes form the outer layer and names, dates and quantities the inner one. Overlaps within
    a layer keep the earlier (then longer) span and drop the other; an inner span that crosses
    a quote's edge is cut in two at that edge, so the tags always nest.

    Args:
        text: the article text.
        outer: quote spans.
        inner: name, date and quantity spans.

    Returns:
        Escaped HTML of the full text.
    """
    outer, inner = _non_overlapping(outer, len(text)), _non_overlapping(inner, len(text))
    cuts = sorted({0, len(text), *(p for s in (*outer, *inner) for p in (s.start, s.end))})
    parts: list[Markup] = []
    open_outer: Span | None = None
    open_inner: Span | None = None
    for start, end in zip(cuts, cuts[1:]):
        now_outer, now_inner = _covering(outer, start), _covering(inner, start)
        if now_inner is not open_inner or now_outer is not open_outer:
            if open_inner is not None:
                parts.append(Markup("</mark>"))
            open_inner = None
        if now_outer is not open_outer:
            if open_outer is not None:
                parts.append(Markup("</mark>"))
            open_outer = now_outer
            if now_outer is not None:
                parts.append(_open(now_outer.kind, now_outer.title))
        if now_inner is not None and open_inner is None:
            parts.append(_open(now_inner.kind, now_inner.title))
            open_inner = now_inner
        parts.append(escape(text[start:end]))
    parts.extend(Markup("</mark>") for s in (open_inner, open_outer) if s is not None)
    return Markup("").join(parts)


def annotate_cited(text: str, outer: Sequence[Span], inner: Sequence[Span], cited: tuple[int, int] | None) -> Markup:
    """Like :func:`annotate`, with ``text[start:end]`` of ``cited`` wrapped in one ``#cited`` element.

    Used when a page links to one sentence of an article (framing evidence): the sentence is
    boxed and can be scrolled to. Annotations crossing its edges are cut there, so tags nest.

    Args:
        text: the article text.
        outer: quote spans.
        inner: name, date and quantity spans.
        cited: (start, end) of the cited passage, or None.

    Returns:
        Escaped HTML of the full text; without a box when ``cited`` does not fit in the text.
    """
    if cited is None or not 0 <= cited[0] < cited[1] <= len(text):
        return annotate(text, outer, inner)
    start, end = cited
    parts = []
    for index, (a, b) in enumerate(((0, start), (start, end), (end, len(text)))):
        piece = annotate(text[a:b], _clip(outer, a, b), _clip(inner, a, b))
        if index == 1:
            piece = Markup('<span class="cited" id="cited" tabindex="-1">{}</span>').format(piece)
        parts.append(piece)
    return Markup("").join(parts)


def mark_term(sentence: str, term: str) -> Markup:
    """The sentence with the words of ``term`` marked, each at its first whole-word occurrence
    after the previous one.

    Terms are normalised ("seized by operators" for "seized by the operators"), so their words
    are looked for one by one, in order; a word the sentence lacks is skipped.

    Returns:
        Escaped HTML; the sentence unmarked when no word of the term occurs in it.
    """
    spans, at = [], 0
    for word in term.split():
        found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence[at:], re.IGNORECASE)
        if not found:
            continue
        start, end = at + found.start(), at + found.end()
        if spans and not sentence[spans[-1].end:start].strip():
            start = spans.pop().start  # one mark for adjacent words
        spans.append(Span(start, end, "term"))
        at = end
    return annotate(sentence, [], spans)


def snippet(text: str, query: str, *, width: int = SNIPPET_CHARS) -> Markup:
    """A window of ``text`` around the first word of ``query`` found, with every query word marked.

    Args:
        text: the text of a search hit.
        query: what the user searched for; matched case-insensitively, word by word.
        width: characters of text to show.

    Returns:
        Escaped HTML; the start of the text when no word of the query occurs in it.
    """
    words = [w for w in "".join(c if c.isalnum() else " " for c in query).lower().split() if w]
    lowered = text.lower()
    found = [lowered.find(w) for w in words if lowered.find(w) >= 0]
    first = min(found) if found else 0
    start = max(0, first - width // 3)
    if start > 0 and " " in text[start:first]:
        start = text.index(" ", start) + 1  # begin the window at a word
    window = " ".join(text[start:start + width].split())
    spans = _word_spans(window.lower(), words)
    body = annotate(window, [], [Span(s, e, "match") for s, e in spans])
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + width < len(text) else ""
    return Markup("").join((escape(prefix), body, escape(suffix)))


def _word_spans(lowered: str, words: Sequence[str]) -> list[tuple[int, int]]:
    spans = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = lowered.find(word, at + len(word))
    return spans


def _non_overlapping(spans: Sequence[Span], length: int) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.start - s.end)):
        if not 0 <= span.start < span.end <= length:
            continue
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _clip(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    """The parts of ``spans`` inside [start, end), with offsets made relative to ``start``."""
    return [Span(max(s.start, start) - start, min(s.end, end) - start, s.kind, s.title)
            for s in spans if s.start < end and s.end > start]


def _covering(spans: Sequence[Span], position: int) -> Span | None:
    for span in spans:
        if span.start <= position < span.end:
            return span
        if span.start > position:
            return None
    return None


def _open(kind: str, title: str) -> Markup:
    if title:
        return Markup('<mark class="ann ann-{}" title="{}">').format(kind, title)
    return Markup('<mark class="ann ann-{}">').format(kind)


def _quote_title(quote: models.Quote) -> str:
    who = quote.speaker or quote.source or "unknown speaker"
    return f"{quote.kind.value} quote: {who}" + (f" (via {quote.via})" if quote.via else "")


def _quantity_title(quantity: models.Quantity) -> str:
    amount = count_text(quantity.low, quantity.high, dash="–")
    return f"quantity: {amount}" + (f" {quantity.counted}" if quantity.counted else "") + (" (vague)" if quantity.vague else "")
