"""The record every quote rule builds: a quote in token and character terms, before speakers.

Part of quote finding (see ``quotes.py``); ``quotes_speakers`` turns these into ``models.Quote``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from dossier import models
from dossier.annotate.quotes_lexicon import end_char
from dossier.annotate.quotes_marks import kind_of


# Marks that open an item of a list in running text.
BULLETS = frozenset("-•*")


@dataclass(slots=True)
class Found:
    """A quote under construction, in token and character terms, before speakers are resolved."""

    kind: models.QuoteKind
    content: tuple[int, int]
    sentence_index: int
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    source_tokens: tuple[int, int] | None = None  # token span of the source, for speaker lookup
    via_tokens: tuple[int, int] | None = None
    nested_ok: bool = True  # may stand inside another quote's content (speech verbs, phrases)


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule reads about one document, computed once (``Doc.text`` is rebuilt on each
    access, and sentences are walked once)."""

    doc: Doc
    text: str
    marks: list[tuple[int, int]]
    sent_starts: list[int]

    def sentence_of(self, token_i: int) -> int:
        """Index of the sentence holding a token."""
        return sentence_index(self.sent_starts, token_i)

    def found(self, content: tuple[int, int], at: int, **spans) -> Found:
        """A ``Found`` whose kind follows from the quotation marks in its content. The source's
        characters are those of ``source_tokens`` unless given apart (a rule may read the speaker
        from other tokens than the ones it cites)."""
        kind = kind_of(self.text, *content, self.marks)
        if "source" not in spans and spans.get("source_tokens"):
            spans["source"] = token_chars(self.doc, spans["source_tokens"])
        if spans.get("source"):
            spans["source"] = without_bullet(self.text, spans["source"])
        return Found(kind=kind, content=content, sentence_index=self.sentence_of(at), **spans)


def token_chars(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    """Character span of a token span."""
    return doc[tokens[0]].idx, end_char(doc[tokens[1] - 1])


def sentence_index(sent_starts: list[int], token_i: int) -> int:
    """Index of the sentence holding a token, given the sorted first-token indices of sentences."""
    return max(0, bisect.bisect_right(sent_starts, token_i) - 1)


def without_bullet(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A source opening a line with a list bullet glued to its first word ("-Nate Roe explains
    ..."; the tokenizer keeps "-Nate" whole) starts after the bullet: the mark is layout."""
    start, end = span
    if end - start < 3 or text[start] not in BULLETS or not text[start + 1].isupper():
        return span
    return (start + 1, end) if start == 0 or text[start - 1] == "\n" else span
