"""Helpers for the reader tests: a cue model sure of one word, so that only the parse decides what
that word reports."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.annotate.quotes import find_quotes
from dossier.annotate.quotes_learned import CueModel, using_model

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
