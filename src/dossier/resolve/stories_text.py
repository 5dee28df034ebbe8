"""Text similarity between two articles, a third kind of story tie next to events and names.

Short wire reports of one happening often share only one name (a climber, a jeweller) but many
words (ridge, fell, presumed; robbers, diamonds, boutique). Their word profiles are compared by
cosine: content words (no English stop words, no words under three letters), counted on a log
scale. No corpus statistics are needed, so a profile is a pure function of one article's text and
comparing a new article costs the same however large the dossier is. The comparison is only made
with the few articles a new one already shares names with (see stories.text_candidates).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
MIN_WORD_LENGTH = 3  # shorter words are mostly function words and abbreviations


def word_profile(text: str) -> dict[str, float]:
    """An article's content words, weighted 1 + log(count) and scaled to unit length.

    Args:
        text: the article text.

    Returns:
        Lower-cased word -> weight; empty for a text without content words.
    """
    counts = Counter(w for w in (m.group().lower() for m in _WORD.finditer(text))
                     if len(w) >= MIN_WORD_LENGTH and w not in STOP_WORDS)
    weights = {word: 1.0 + math.log(n) for word, n in counts.items()}
    norm = math.sqrt(sum(x * x for x in weights.values()))
    return {word: x / norm for word, x in weights.items()} if norm else {}


def cosine(first: dict[str, float], second: dict[str, float]) -> float:
    """Cosine similarity of two unit-length word profiles (0 when either is empty)."""
    if len(first) > len(second):
        first, second = second, first
    return sum(x * second.get(word, 0.0) for word, x in first.items())
