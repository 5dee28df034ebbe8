"""Coreference scores: MUC, B-cubed, CEAF-e and their mean, the CoNLL F1.

The formulas follow the reference coreference scorer (Pradhan et al. 2014) as used for ECB+
event coreference: key and response are lists of clusters (sets of mention ids); B-cubed and
CEAF-e count singletons, MUC ignores them because a one-mention cluster has no links. A mention
that appears on one side only contributes nothing to the other side's overlap, as in the
reference scorer.

CEAF-e needs an optimal one-to-one assignment of key to response clusters. scipy is not a
dependency, so the Hungarian method is implemented here with numpy, run separately on each
connected group of overlapping clusters (clusters that share no mention are never worth pairing),
which keeps the matrices small even for thousands of clusters.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np


Clusters = Sequence[Iterable[Hashable]]
"""A clustering: each item is the set (or any iterable) of mention ids of one cluster."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CorefScores:
    """Precision, recall and F1 of each metric; ``conll_f1`` is the mean of the three F1s."""

    muc: tuple[float, float, float]
    bcubed: tuple[float, float, float]
    ceafe: tuple[float, float, float]

    @property
    def conll_f1(self) -> float:
        return (self.muc[2] + self.bcubed[2] + self.ceafe[2]) / 3


def _normalize(clusters: Clusters) -> list[frozenset]:
    return [frozenset(c) for c in clusters if c]


def _f1(precision: float, recall: float) -> tuple[float, float, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _muc_side(gold: list[frozenset], other: list[frozenset]) -> tuple[int, int]:
    """Numerator and denominator of MUC recall of ``other`` against ``gold``."""
    owner = {m: i for i, c in enumerate(other) for m in c}
    numerator = denominator = 0
    for cluster in gold:
        # A mention missing from ``other`` forms a partition of its own.
        parts = {owner.get(m, ("alone", m)) for m in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator, denominator


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """MUC link-based precision, recall and F1 (Vilain et al. 1995).

    Args:
        key: gold clusters of mention ids.
        response: system clusters of mention ids.

    Returns:
        (precision, recall, f1); a side with no links scores 0.
    """
    key_n, response_n = _normalize(key), _normalize(response)
    r_num, r_den = _muc_side(key_n, response_n)
    p_num, p_den = _muc_side(response_n, key_n)
    return _f1(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


def _bcubed_side(gold: list[frozenset], other: list[frozenset]) -> float:
    owner = {m: i for i, c in enumerate(other) for m in c}
    total = sum(len(c) for c in gold)
    if not total:
        return 0.0
    score = 0.0
    for cluster in gold:
        overlaps: dict[int, int] = {}
        for m in cluster:
            if m in owner:
                overlaps[owner[m]] = overlaps.get(owner[m], 0) + 1
        score += sum(n * n for n in overlaps.values()) / len(cluster)
    return score / total


def bcubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """B-cubed mention-based precision, recall and F1 (Bagga and Baldwin 1998), singletons included.

    Args:
        key: gold clusters of mention ids.
        response: system clusters of mention ids.

    Returns:
        (precision, recall, f1).
    """
    key_n, response_n = _normalize(key), _normalize(response)
    return _f1(_bcubed_side(response_n, key_n), _bcubed_side(key_n, response_n))


def _hungarian_max(weights: np.ndarray) -> float:
    """Largest total weight of a one-to-one assignment of rows to columns (Kuhn-Munkres).

    The classic O(n^2 m) shortest-augmenting-path form with potentials, on costs = -weights,
    with the inner loop over columns done by numpy.
    """
    if weights.shape[0] > weights.shape[1]:
        weights = weights.T
    n, m = weights.shape
    cost = np.zeros((n + 1, m + 1))
    cost[1:, 1:] = -weights
    u, v = np.zeros(n + 1), np.zeros(m + 1)
    match = np.zeros(m + 1, dtype=int)  # match[j] = row assigned to column j (1-based, 0 = none)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        way = np.zeros(m + 1, dtype=int)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = match[j0]
            reduced = cost[i0] - u[i0] - v
            better = (~used) & (reduced < minv)
            minv[better] = reduced[better]
            way[better] = j0
            free = np.where(used, np.inf, minv)
            j1 = int(np.argmin(free))
            delta = free[j1]
            u[match[used]] += delta
            v[used] -= delta
            minv[~used] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    rows, cols = match[1:], np.arange(1, m + 1)
    assigned = rows > 0
    return float(weights[rows[assigned] - 1, cols[assigned] - 1].sum())


def _overlap_groups(key: list[frozenset], response: list[frozenset]) -> list[tuple[list, list]]:
    """Split clusters into groups connected by shared mentions (union-find over cluster nodes)."""
    parent = list(range(len(key) + len(response)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner = {m: i for i, c in enumerate(key) for m in c}
    for j, cluster in enumerate(response):
        for m in cluster:
            if m in owner:
                parent[find(len(key) + j)] = find(owner[m])
    groups: dict[int, tuple[list, list]] = {}
    for i in range(len(key)):
        groups.setdefault(find(i), ([], []))[0].append(key[i])
    for j in range(len(response)):
        groups.setdefault(find(len(key) + j), ([], []))[1].append(response[j])
    return [g for g in groups.values() if g[0] and g[1]]


def ceafe(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005) with phi4 = 2|K∩R| / (|K| + |R|), singletons included.

    Args:
        key: gold clusters of mention ids.
        response: system clusters of mention ids.

    Returns:
        (precision, recall, f1): the best total similarity over the number of response
        (precision) or key (recall) clusters.
    """
    key_n, response_n = _normalize(key), _normalize(response)
    if not key_n or not response_n:
        return 0.0, 0.0, 0.0
    similarity = 0.0
    for k_group, r_group in _overlap_groups(key_n, response_n):
        weights = np.array(
            [[2 * len(k & r) / (len(k) + len(r)) for r in r_group] for k in k_group]
        )
        similarity += _hungarian_max(weights)
    return _f1(similarity / len(response_n), similarity / len(key_n))


def score_clusters(key: Clusters, response: Clusters) -> CorefScores:
    """All three metrics at once, for the CoNLL F1.

    Args:
        key: gold clusters of mention ids.
        response: system clusters of mention ids.

    Returns:
        A CorefScores record.
    """
    return CorefScores(muc=muc(key, response), bcubed=bcubed(key, response), ceafe=ceafe(key, response))


__all__ = ["Clusters", "CorefScores", "bcubed", "ceafe", "muc", "score_clusters"]
