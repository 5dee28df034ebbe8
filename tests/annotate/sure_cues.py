"""Helpers for the reader tests: a cue model sure of one word, so that only the parse decides what
that word reports."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.annotate.quotes import find_quotes
from dossier.annotate.quotes_found import Context
from dossier.annotate.quotes_learned import CueModel, using_model
from dossier.annotate.quotes_marks import pair_quote_marks
from dossier.annotate.quotes_sure import read_plainly

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet files are not installed (wordnet-base)"
)


def sure_of(key: str, add: float = 0.5) -> CueModel:
    """A model that scores one lemma near 1 and every other word near 0, gating nothing."""
    return CueModel({f"l={key}": 20.0}, -10.0, 0.0, add)


def read_with(nlp, text: str, key: str, add: float = 0.5) -> list[tuple[str | None, str | None, str]]:
    """(source, cue, content) of each quote found in ``text`` by a model sure of ``key``."""
    with using_model(sure_of(key, add)):
        return [(q.source, q.cue, q.content) for q in find_quotes(nlp(text), "d")]


def plain_reading(nlp, text: str, word: str) -> tuple[str, str] | None:
    """The (cue, content) text ``quotes_sure.read_plainly`` reads around the first token ``word``
    of ``text``, or None when it reads nothing."""
    doc = nlp(text)
    ctx = Context(doc, doc.text, pair_quote_marks(doc.text), [s.start for s in doc.sents])
    found = read_plainly(ctx, next(t for t in doc if t.text == word))
    if found is None:
        return None
    return text[found.cue[0]:found.cue[1]], text[found.content[0]:found.content[1]]
