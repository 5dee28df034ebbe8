"""Choosing a few sentences for one date: closeness to the date's centroid, without repeats.

Sentences are bags of content words weighted by TF-IDF (IDF over all the sentences of the story,
so words every article repeats, like the story's own name, weigh little). A date's centroid is
the weighted mean of its candidates' unit vectors; candidates are ranked by cosine to it and
picked greedily by maximal marginal relevance (Carbonell & Goldstein 1998), the selection news-tls
pairs with its date ranking (Ghalandari & Ifrim 2020).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Penn Treebank bracket tokens in pre-tokenized text ("-LRB-") are not words.
_PTB = re.compile(r"-[LR][RSC]B-")

Vector = dict[str, float]


def content_words(text: str) -> list[str]:
    """Lower-cased words of a sentence without stopwords and one-letter tokens."""
    words = _WORD.findall(_PTB.sub(" ", text).lower())
    return [w for w in words if len(w) > 1 and w not in STOP_WORDS]


def idf_table(documents: Iterable[Sequence[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every word (``log((1 + n) / (1 + df)) + 1``)."""
    df: Counter = Counter()
    n = 0
    for words in documents:
        df.update(set(words))
        n += 1
    return {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}


def tfidf_vector(words: Sequence[str], idf: dict[str, float]) -> Vector:
    """Unit-length TF-IDF vector of a bag of words (empty when it has no known word)."""
    counts = Counter(words)
    vector = {w: c * idf.get(w, 1.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def centroid(vectors: Sequence[Vector], weights: Sequence[float]) -> Vector:
    """Weighted mean of vectors, renormalised to unit length."""
    total: Counter = Counter()
    for vector, weight in zip(vectors, weights):
        for w, v in vector.items():
            total[w] += weight * v
    norm = math.sqrt(sum(v * v for v in total.values()))
    return {w: v / norm for w, v in total.items()} if norm else {}


class SentenceIndex:
    """Content words and TF-IDF vectors of a story's sentences (IDF over all of them).

    Built once per story and reused across calls, so trying many settings on one story does not
    re-tokenize it; vectors are made on first use.
    """

    def __init__(self, sentences: Iterable[object]) -> None:
        self._words = {id(s): content_words(s.text) for s in sentences}  # type: ignore[attr-defined]
        self._idf = idf_table(self._words.values())
        self._vectors: dict[int, Vector] = {}

    def words(self, sentence: object) -> list[str]:
        """Content words of a sentence (any object with ``text``; indexed ones are cached)."""
        found = self._words.get(id(sentence))
        return found if found is not None else content_words(sentence.text)  # type: ignore[attr-defined]

    def length(self, sentence: object) -> int:
        """Number of content words of a sentence."""
        return len(self.words(sentence))

    def of(self, sentence: object) -> Vector:
        """Unit TF-IDF vector of a sentence."""
        key = id(sentence)
        if key not in self._vectors:
            self._vectors[key] = tfidf_vector(self.words(sentence), self._idf)
        return self._vectors[key]


def select_mmr(
    vectors: Sequence[Vector], relevance: Sequence[float], k: int, *, trade_off: float,
    max_overlap: float, groups: Sequence[str] | None = None, seed: Sequence[int] = (),
) -> list[int]:
    """Greedy maximal-marginal-relevance choice of ``k`` items.

    Args:
        vectors: unit vectors of the candidates.
        relevance: how good each candidate is on its own (higher is better).
        k: how many to choose.
        trade_off: weight of relevance against similarity to what is already chosen (0..1).
        max_overlap: a candidate more similar than this to a chosen one is a repeat and skipped.
        groups: a group per candidate (its article, say); when given, a candidate whose group
            already has a chosen item waits until no candidate of a fresh group is left.
        seed: indices already chosen (by a caller's own rule); they open the result.

    Returns:
        Indices of the chosen candidates, best first; fewer than ``k`` when candidates run out.
    """
    chosen: list[int] = list(seed)
    used: set[str] = {groups[i] for i in seed} if groups is not None else set()
    left = set(range(len(vectors))) - set(seed)
    while left and len(chosen) < k:
        best, best_key = None, (True, -math.inf)
        for i in sorted(left):
            overlap = max((cosine(vectors[i], vectors[j]) for j in chosen), default=0.0)
            fresh = groups is None or groups[i] not in used
            key = (fresh, trade_off * relevance[i] - (1 - trade_off) * overlap)
            if overlap <= max_overlap and (best is None or key > best_key):
                best, best_key = i, key
        if best is None:
            break
        chosen.append(best)
        left.discard(best)
        if groups is not None:
            used.add(groups[best])
    return chosen
