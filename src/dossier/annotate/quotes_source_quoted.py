"""A source read inside a quotation, when its cue stands outside it: the parser's misreading.

Part of quote finding (see ``quotes.py``), run over every quote before speakers are resolved.
In ""Not now," wrote a supporter of the plan" or ""It is over," said Jane Roe, who ..." the
parser may take words of the quotation for the verb's subject; the speaker then follows the
verb. Where a quotation closes inside the source ("... very principled," Roe, 69, told"), the
words after it are the source. A name in scare quotes ("“Berners” said") is left alone: its
quotation holds nothing but the name.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from dossier.annotate.quotes_found import Found, token_chars
from dossier.annotate.quotes_marks import inside, is_mark
from dossier.annotate.quotes_lexicon import lemma
from dossier.annotate.quotes_source import TARGET_VERBS
from dossier.annotate.quotes_source_span import np_span

# Punctuation closing a quoted utterance before its closing mark ("“Not now,” wrote").
UTTERANCE_ENDS = frozenset({",", ".", "!", "?", "…"})


def with_unquoted_sources(doc: Doc, found: list[Found], marks: list[tuple[int, int]]) -> list[Found]:
    """The quotes, with sources read inside a quotation moved out of it.

    Args:
        doc: the parsed document.
        found: quotes from every rule.
        marks: the document's paired quotation spans (``quotes_marks.pair_quote_marks``).

    Returns:
        The same quotes in the same order; a source inside a quotation whose cue is outside it
        becomes the words after the quotation, the noun phrase after the cue, or none.
    """
    return [_unquoted(doc, item, marks) for item in found]


def _unquoted(doc: Doc, item: Found, marks: list[tuple[int, int]]) -> Found:
    if item.source is None or item.cue is None or inside(item.cue[0], marks):
        return item
    quotation = _holding(item.source[0], marks)
    if quotation is None or not _utterance(doc, quotation, item.source):
        return item
    span = _after_quotation(doc, quotation[1], item.source) or _after_cue(doc, item.cue, quotation[1])
    if span is None:
        return dataclasses.replace(item, source=None, source_tokens=None)
    return dataclasses.replace(item, source=token_chars(doc, span), source_tokens=span)


def _holding(char: int, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation a character lies strictly within, or None."""
    if not inside(char, marks):
        return None
    return next((start, end) for start, end in marks if start < char < end - 1)


def _utterance(doc: Doc, quotation: tuple[int, int], source: tuple[int, int]) -> bool:
    """Whether the quotation says more than the source's words: other words, or punctuation
    closing an utterance before the closing mark ("“Meh,” wrote")."""
    span = doc.char_span(*quotation, alignment_mode="expand")
    if span is None:
        return False
    words = [token for token in span if not is_mark(token)]
    if words and words[-1].text in UTTERANCE_ENDS:
        return True
    return any(
        not token.is_punct and not (source[0] <= token.idx < source[1]) for token in words
    )


def _after_quotation(doc: Doc, close: int, source: tuple[int, int]) -> tuple[int, int] | None:
    """The source's words after the quotation closes inside it, or None when it does not."""
    if close >= source[1]:
        return None
    span = doc.char_span(*source, alignment_mode="expand")
    words = [
        token.i for token in span or []
        if token.idx >= close and not token.is_punct and not token.is_space
    ]
    if not words:
        return None
    return words[0], span.end


def _after_cue(doc: Doc, cue: tuple[int, int], close: int) -> tuple[int, int] | None:
    """The noun phrase right after a finite cue that follows the quotation with nothing but
    punctuation between and that hangs from the cue (""...," said Jane Roe"); not the object
    of a verb that never puts its speaker after it (""...," telling reporters")."""
    span = doc.char_span(*cue, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    verb = span.root
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma(verb) in TARGET_VERBS:
        return None
    i = span.start - 1
    while i >= 0 and doc[i].idx >= close:
        if not doc[i].is_punct and not doc[i].is_space:
            return None  # "opposes “...” and recalled the freeze": a verb of its own
        i -= 1
    head: Token = doc[span.end]
    while head.head.i != verb.i and head.head.i > verb.i and head.head.i != head.i:
        head = head.head
    if head.head.i != verb.i or head.pos_ not in ("PROPN", "NOUN"):
        return None
    return np_span(head)
