"""Event coreference, second pass: merge whole clusters that tell of one happening.

Average-link clustering over pair scores (dossier.resolve.coref) leaves the main happening of a
story split into word families: "captured" in some articles, "arrested" and "nabbed" in others,
"fired" against "relieved" and "parted ways". Each pair across two such families scores low, yet
the families as wholes agree: their arguments name the same people and things, their triggers
read alike on average in the sentence model, and each turns up in many of the story's articles.
This pass scores every pair of first-pass clusters on such cluster-level evidence
(MERGE_FEATURES) with a small logistic model and merges the best-scoring pair while its score
stays above MERGE_THRESHOLD, re-reading the merged cluster each time.

On ECB+ (scripts/fit-coref.py; pair and merge weights fitted on topics 1-20 only), CoNLL F1 under
two-fold cross-validation inside topics 1-20 rises from 0.8224 (one average-link pass at 0.40) to
0.8291 (first pass at 0.50, merging at 0.40; 0.8245-0.8291 for first passes of 0.4-0.6 and merge
thresholds of 0.3-0.5), held-out topics 21-35 from 0.7821 to 0.7893 and all topics from 0.8004 to
0.8097. Dropping any one feature moved CV by under 0.003 (0.8267-0.8310, held-out 0.7875-0.7924):
they overlap, and none is needed alone. Tried and not kept: fitting the merge weights on
first-pass clusters from out-of-fold pair weights (CV 0.8280, held-out 0.7893), a first pass at
0.3 (CV 0.8217), lemma frequency in SemCor or WordNet sense counts as pair features (CV
0.8198-0.8223, held-out 0.7816-0.7826). Pairs of clusters are only considered when some mention pair
between them scores over CANDIDATE_FLOOR, which keeps the pass cheap and changes nothing measured.

Everything here is a pure function of plain arrays and records, so it pickles and runs on any
worker.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from dossier.resolve.coref_features import CorefMention
from dossier.resolve.coref_lexicon import content_words

__all__ = [
    "CANDIDATE_FLOOR", "FIRST_THRESHOLD", "MERGE_FEATURES", "MERGE_THRESHOLD", "MERGE_WEIGHTS",
    "GroupView", "cluster_evidence", "group_view", "merge_clusters",
]

MERGE_FEATURES = (
    "bias", "mean", "max", "min_size", "max_size", "min_cover", "max_cover", "doc_overlap",
    "same_sentence", "arguments", "centroid_cos", "centroid_word_cos", "union_cover",
)
# Logistic weights over MERGE_FEATURES (scripts/fit-coref.py: Newton's method, L2 1e-3, on the
# first-pass cluster pairs of ECB+ topics 1-20, labelled by whether the two clusters' majority
# gold chains are one; topics 21-35 never used).
MERGE_WEIGHTS: Mapping[str, float] = {
    "bias": -2.68, "mean": 2.20, "max": 2.56, "min_size": -0.09, "max_size": -0.01,
    "min_cover": -0.36, "max_cover": 0.47, "doc_overlap": -0.02, "same_sentence": -1.93,
    "arguments": 0.71, "centroid_cos": 0.52, "centroid_word_cos": -1.20, "union_cover": 0.84,
}
# The first pass's average-link threshold when this pass follows it, and this pass's own: the best
# pair of 0.3-0.6 and 0.3-0.7 under two-fold (odd/even) cross-validation inside ECB+ topics 1-20.
FIRST_THRESHOLD = 0.5
MERGE_THRESHOLD = 0.4
# Cluster pairs none of whose mention pairs scores above this are never compared.
CANDIDATE_FLOOR = 0.1
_WEIGHT_VECTOR = np.array([MERGE_WEIGHTS[name] for name in MERGE_FEATURES])


@dataclass(frozen=True, slots=True)
class GroupView:
    """What the second pass reads of each mention of one group, by row of the score matrix.

    ``arguments`` are the lower-cased argument lemmas and participant words of each mention;
    ``vectors`` the sentence model's trigger vectors (in sentence, alone), zero rows when absent.
    """

    docs: tuple[str, ...]
    sentences: tuple[tuple[str, str], ...]
    arguments: tuple[frozenset[str], ...]
    vectors: np.ndarray  # (mentions, 2, dimension)


def group_view(mentions: Sequence[CorefMention], embeddings: Mapping[str, np.ndarray]) -> GroupView:
    """The GroupView of one group's mentions, in their order.

    Args:
        mentions: the mentions of one group, in the order of the score matrix.
        embeddings: mention id -> (2, dimension) trigger vectors (dossier.resolve.coref_embed).

    Returns:
        The view cluster_evidence reads.
    """
    dimension = next((v.shape[-1] for v in embeddings.values()), 1)
    blank = np.zeros((2, dimension), dtype=np.float32)
    return GroupView(
        docs=tuple(m.doc_id for m in mentions),
        sentences=tuple((m.doc_id, m.sentence) for m in mentions),
        arguments=tuple(
            frozenset(w.lower() for w in m.arguments) | content_words(" ".join(m.participants))
            for m in mentions
        ),
        vectors=np.array([embeddings.get(m.mention_id, blank) for m in mentions]).reshape(
            len(mentions), 2, dimension),
    )


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _bag_cosine(a: Counter, b: Counter) -> float:
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return sum(a[w] * b[w] for w in shared) / norm


def cluster_evidence(a: Sequence[int], b: Sequence[int], scores: np.ndarray, view: GroupView) -> np.ndarray:
    """The evidence vector of two clusters, in the order of MERGE_FEATURES.

    Args:
        a: rows of one cluster.
        b: rows of another.
        scores: the group's pair score matrix.
        view: from group_view.

    Returns:
        A float vector of len(MERGE_FEATURES).
    """
    between = scores[np.ix_(a, b)]
    docs_a, docs_b = {view.docs[i] for i in a}, {view.docs[i] for i in b}
    total = len(set(view.docs))
    shared_sentence = {view.sentences[i] for i in a} & {view.sentences[i] for i in b}
    centroids = [float(_unit(view.vectors[a, k].mean(axis=0)) @ _unit(view.vectors[b, k].mean(axis=0)))
                 for k in (0, 1)]
    return np.array([
        1.0, between.mean(), between.max(),
        math.log(min(len(a), len(b))), math.log(max(len(a), len(b))),
        min(len(docs_a), len(docs_b)) / total, max(len(docs_a), len(docs_b)) / total,
        len(docs_a & docs_b) / min(len(docs_a), len(docs_b)),
        float(bool(shared_sentence)),
        _bag_cosine(Counter(w for i in a for w in view.arguments[i]),
                    Counter(w for i in b for w in view.arguments[i])),
        *centroids,
        len(docs_a | docs_b) / total,
    ], dtype=float)


def candidate_pairs(clusters: Sequence[Sequence[int]], scores: np.ndarray) -> list[tuple[int, int]]:
    """Index pairs of clusters some of whose mention pairs score above CANDIDATE_FLOOR."""
    return [
        (x, y) for x in range(len(clusters)) for y in range(x + 1, len(clusters))
        if scores[np.ix_(clusters[x], clusters[y])].max() > CANDIDATE_FLOOR
    ]


def merge_clusters(
    clusters: Sequence[Sequence[int]], scores: np.ndarray, view: GroupView, *,
    weights: np.ndarray = _WEIGHT_VECTOR, threshold: float = MERGE_THRESHOLD,
) -> list[list[int]]:
    """Merge the best-scoring pair of clusters while its merge probability exceeds ``threshold``.

    Args:
        clusters: first-pass clusters as lists of rows of ``scores``.
        scores: the group's symmetric pair score matrix.
        view: from group_view over the same rows.
        weights: logistic weights over MERGE_FEATURES (fitting passes its own).
        threshold: the lowest merge probability at which two clusters still merge (exclusive).

    Returns:
        The clusters after merging, each a list of rows, in order of their first cluster.

    Known limits: every candidate pair is re-scored after each merge, so cost grows with the
    number of merges times the square of the number of clusters.
    """
    found = [list(c) for c in clusters]
    while True:
        best, best_score = None, threshold
        for x, y in candidate_pairs(found, scores):
            value = 1.0 / (1.0 + math.exp(-float(cluster_evidence(found[x], found[y], scores, view) @ weights)))
            if value > best_score:
                best, best_score = (x, y), value
        if best is None:
            return found
        x, y = best
        found[x] = found[x] + found[y]
        del found[y]
