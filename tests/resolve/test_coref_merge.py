"""Second coreference pass (dossier.resolve.coref_merge) on score matrices and mentions we write."""

from __future__ import annotations

import numpy as np
import pytest

from dossier.resolve.coref_features import CorefMention
from dossier.resolve.coref_merge import MERGE_FEATURES, cluster_evidence, group_view, merge_clusters


def _m(mention_id: str, doc_id: str, lemma: str, arguments: tuple[str, ...]) -> CorefMention:
    return CorefMention(mention_id=mention_id, doc_id=doc_id, trigger=lemma, head_lemma=lemma,
                        sentence=f"Police {lemma} the smuggler in Varnholm .", arguments=arguments)


# Two word families for one capture told in four invented articles, and a side event.
MENTIONS = [
    _m("a1", "docA", "capture", ("police", "smuggler")),
    _m("b1", "docB", "capture", ("police", "smuggler")),
    _m("c1", "docC", "arrest", ("police", "smuggler")),
    _m("d1", "docD", "arrest", ("smuggler",)),
    _m("d2", "docD", "rain", ("harbour",)),
]
VECTORS = {m.mention_id: np.ones((2, 4), dtype=np.float32) / 2 for m in MENTIONS[:4]}
VECTORS["d2"] = np.array([[1, 0, 0, 0], [0, 1, 0, 0]], dtype=np.float32)


def _scores(across: float) -> np.ndarray:
    scores = np.full((5, 5), 0.02)
    scores[0, 1] = scores[1, 0] = scores[2, 3] = scores[3, 2] = 0.9
    scores[np.ix_([0, 1], [2, 3])] = across
    scores[np.ix_([2, 3], [0, 1])] = across
    np.fill_diagonal(scores, 1.0)
    return scores


def test_coref_merge_evidence_reads_coverage_and_arguments():
    view = group_view(MENTIONS, VECTORS)
    values = dict(zip(MERGE_FEATURES, cluster_evidence([0, 1], [2, 3], _scores(0.3), view)))
    assert values["mean"] == pytest.approx(0.3)
    assert values["max_cover"] == pytest.approx(2 / 4)
    assert values["union_cover"] == pytest.approx(4 / 4)
    assert values["doc_overlap"] == 0.0
    assert values["centroid_cos"] == pytest.approx(1.0)
    assert values["arguments"] > 0.9


@pytest.mark.parametrize(("across", "expected"), [
    (0.35, [[0, 1, 2, 3], [4]]),  # each pair too weak for average link, the families agree
    (0.05, [[0, 1], [2, 3], [4]]),  # no mention pair is even a candidate
])
def test_coref_merge_joins_word_families_of_one_happening(across, expected):
    view = group_view(MENTIONS, VECTORS)
    assert merge_clusters([[0, 1], [2, 3], [4]], _scores(across), view) == expected


def test_coref_merge_without_vectors_reads_zero_centroids():
    view = group_view(MENTIONS, {})
    values = dict(zip(MERGE_FEATURES, cluster_evidence([0], [1], _scores(0.3), view)))
    assert values["centroid_cos"] == 0.0
