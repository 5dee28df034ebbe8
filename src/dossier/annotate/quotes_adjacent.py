"""Quotations no cue's content covers, attached to a reporting verb next to them.

Part of quote finding (see ``quotes.py``). News style puts "she said" right after the closing mark
and "X told reporters:" a few words before the opening one; a quotation of fewer than four words
is taken for a scare quote or a title, not speech.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from dossier import models
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_lexicon import CLAUSE_ONLY_CUES, breaks_line, cue_chars, is_cue, lemma
from dossier.annotate.quotes_marks import CLOSE_MARKS, STRAIGHT_MARK, is_mark
from dossier.annotate.quotes_source import source_of
from dossier.annotate.quotes_wordnet import is_speech_lemma

# How far (in tokens) a cue may sit from a quotation it introduces or closes; news style puts
# "she said" right after the closing mark and "X told reporters:" within a few words before.
ADJACENT_AFTER = 8
ADJACENT_BEFORE = 12
MIN_QUOTE_WORDS = 4
# Subjects that stand for a thing or a situation, never for who speaks ("it gets worse:").
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "here", "there"})
CLOSING = frozenset({CLOSE_MARKS, STRAIGHT_MARK, "'"})


def unclaimed_quotes(ctx: Context, found: list[Found]) -> Iterable[Found]:
    """Quoted stretches no cue's content covers: attach each to a cue verb next to it."""
    doc = ctx.doc
    for start, end in ctx.marks:
        if any(item.content[0] <= start and end <= item.content[1] for item in found):
            continue
        if len(ctx.text[start:end].split()) < MIN_QUOTE_WORDS:
            continue  # a scare-quoted word or title, not speech
        cue = adjacent_cue(doc, start, end, len(ctx.text)) or _introduced_cue(doc, start)
        cue_span = cue_chars(cue) if cue is not None else None
        if cue is None:
            cue = _introducing_colon(doc, start)
            cue_span = token_chars(doc, (cue.i, cue.i + 1)) if cue is not None else None
        source = _colon_source(cue) if cue is not None and cue.text == ":" else (
            source_of(cue) if cue is not None else None
        )
        if source is None:
            continue
        yield Found(
            kind=models.QuoteKind.DIRECT,
            content=(start, end),
            sentence_index=ctx.sentence_of(cue.i),
            cue=cue_span,
            source=token_chars(doc, source),
            source_tokens=source,
        )


def continued_quotes(ctx: Context, found: list[Found]) -> Iterable[Found]:
    """"A," she said. "B.": a quotation right after the cue that closed the one before continues
    it (PolNeAR marks both as one content); so does a quotation opening the paragraph after one
    that runs on unclosed."""
    claimed = [item.content for item in found]
    for item in list(found):
        if item.cue is None or item.content not in ctx.marks:
            continue
        if item.content[1] <= item.cue[0]:
            after = max(item.cue[1], item.source[1] if item.source else 0)
            following = _next_quote(ctx, after, item.sentence_index)
            more = [following, *_run_on(ctx, following)] if following else []
        else:
            more = _run_on(ctx, item.content)
        for start, end in more:
            if any(a <= start < b for a, b in claimed):
                break
            claimed.append((start, end))
            yield Found(
                kind=models.QuoteKind.DIRECT,
                content=(start, end),
                sentence_index=item.sentence_index,
                cue=item.cue,
                source=item.source,
                source_tokens=item.source_tokens,
            )


def _next_quote(ctx: Context, after: int, sentence: int) -> tuple[int, int] | None:
    """The quotation opening in the same paragraph as the cue, in its sentence or the next one
    (", said Jane Roe, who chairs the board. “..." continues however long the attribution)."""
    for start, end in ctx.marks:
        if start >= after:
            if "\n" in ctx.text[after:start]:
                return None
            opening = ctx.doc.char_span(start, end, alignment_mode="expand")
            if opening is None or ctx.sentence_of(opening.start) > sentence + 1:
                return None
            return start, end
    return None


def _run_on(ctx: Context, quote: tuple[int, int]) -> list[tuple[int, int]]:
    """Quotations opening the following paragraphs while the one before runs on unclosed."""
    chain = []
    end = quote[1]
    while ctx.text[end - 1 : end] not in CLOSING:
        following = [(a, b) for a, b in ctx.marks if a >= end and not ctx.text[end:a].strip()]
        if not following:
            break
        chain.append(following[0])
        end = following[0][1]
    return chain


def adjacent_cue(doc: Doc, start: int, end: int, length: int) -> Token | None:
    """A cue verb just after the closing mark, else just before the opening, in the paragraph."""
    after = doc.char_span(end, length, alignment_mode="expand")
    before = doc.char_span(0, start, alignment_mode="contract")
    for token in _same_paragraph(after or [], ADJACENT_AFTER):
        if is_mark(token):
            break
        if _introduces(token):
            return token
    for token in _same_paragraph(reversed(before or []), ADJACENT_BEFORE):
        if is_mark(token):
            break
        if _introduces(token):
            return token
    return None


def _introduces(token: Token) -> bool:
    """A verb of saying that can introduce or close a quotation: a hand-listed cue other than a
    belief verb, or a WordNet verb of saying ("she scolded him: ...")."""
    if token.pos_ == "VERB" and is_speech_lemma(lemma(token)):
        return True
    return is_cue(token) and lemma(token) not in CLAUSE_ONLY_CUES


def _same_paragraph(tokens: Iterable[Token], limit: int) -> Iterable[Token]:
    """Up to ``limit`` tokens, stopping at a line break (a token that holds or follows one)."""
    for count, token in enumerate(tokens):
        if count >= limit or "\n" in token.text:
            return
        yield token
        if "\n" in token.whitespace_:
            return


def _introduced_cue(doc: Doc, start: int) -> Token | None:
    """"He added:" closing one paragraph introduces the quotation opening the next."""
    i = _token_before(doc, start)
    gap = ""
    while i >= 0 and doc[i].is_space:
        gap += doc[i].text
        i -= 1
    if i < 0 or doc[i].text != ":" or "\n" not in gap + doc[i].whitespace_:
        return None
    for token in reversed(doc[max(0, i - ADJACENT_BEFORE) : i]):
        if breaks_line(token) or is_mark(token):
            return None
        if _introduces(token):
            return token
    return None


def _introducing_colon(doc: Doc, start: int) -> Token | None:
    """"The senator put it bluntly: “...”": a colon right before the opening mark, in the same
    paragraph, closing a clause whose subject can speak; the colon itself is the cue."""
    i = _token_before(doc, start)
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 1 or doc[i].text != ":" or "\n" in doc[i].whitespace_:
        return None
    return doc[i]


def _colon_source(colon: Token) -> tuple[int, int] | None:
    """The subject of the clause a colon closes, unless it is a pronoun standing for a thing
    ("it", "this") or the clause has none."""
    head = colon.head
    if head.pos_ not in ("VERB", "AUX") or head.i > colon.i:
        return None
    source = source_of(head)
    if source is None or colon.doc[source[0]].lower_ in THING_PRONOUNS:
        return None
    return source


def _token_before(doc: Doc, start: int) -> int:
    """Index of the last token ending at or before a character offset (-1 if none)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.start - 1 if span is not None else -1
