"""Coreference metrics on cases small enough to work out by hand."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from dossier.evaluate.coref_metrics import _hungarian_max, bcubed, ceafe, muc, score_clusters

SPLIT_KEY = [{"a", "b", "c"}, {"d"}]
SPLIT_RESPONSE = [{"a", "b"}, {"c", "d"}]
ALL_IN_ONE = [{"a", "b", "c", "d"}]
ALL_SINGLETONS = [{"a"}, {"b"}, {"c"}, {"d"}]


@pytest.mark.parametrize(
    ("metric", "response", "expected_f1"),
    [
        # MUC: recall (3-2)/2, precision (1 + 0)/(1 + 1)
        (muc, SPLIT_RESPONSE, 0.5),
        # B-cubed: recall (5/3 + 1)/4 = 2/3, precision (2 + 1)/4 = 3/4
        (bcubed, SPLIT_RESPONSE, 12 / 17),
        # CEAF-e: phi {abc}-{ab} = 4/5, {d}-{cd} = 2/3, over 2 clusters each side
        (ceafe, SPLIT_RESPONSE, (4 / 5 + 2 / 3) / 2),
        # MUC: recall 2/2, precision (4-2)/3
        (muc, ALL_IN_ONE, 0.8),
        # B-cubed: recall 1, precision (9/4 + 1/4)/4 = 5/8
        (bcubed, ALL_IN_ONE, 2 * 0.625 / 1.625),
        # CEAF-e: best phi 6/7; recall 3/7, precision 6/7
        (ceafe, ALL_IN_ONE, 4 / 7),
        # MUC: no links in the response
        (muc, ALL_SINGLETONS, 0.0),
        # B-cubed: recall (1/3 * 3 + 1)/4 = 1/2, precision 1
        (bcubed, ALL_SINGLETONS, 2 / 3),
    ],
)
def test_coref_metrics_hand_cases(metric, response, expected_f1):
    assert metric(SPLIT_KEY, response)[2] == pytest.approx(expected_f1)


def test_coref_metrics_hand_case_rounded_as_in_the_brief():
    scores = score_clusters(SPLIT_KEY, SPLIT_RESPONSE)
    assert (round(scores.muc[2], 3), round(scores.bcubed[2], 3), round(scores.ceafe[2], 3)) == (
        0.5, round(12 / 17, 3), 0.733,
    )
    assert scores.conll_f1 == pytest.approx((0.5 + 12 / 17 + 11 / 15) / 3)


@pytest.mark.parametrize("clusters", [SPLIT_KEY, ALL_IN_ONE, ALL_SINGLETONS])
def test_coref_metrics_identical_clusterings_score_one(clusters):
    scores = score_clusters(clusters, clusters)
    assert (scores.bcubed[2], scores.ceafe[2]) == (pytest.approx(1.0), pytest.approx(1.0))


@pytest.mark.parametrize("seed", range(5))
def test_coref_metrics_assignment_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    rows, cols = int(rng.integers(1, 5)), int(rng.integers(1, 5))
    weights = rng.random((rows, cols)) * (rng.random((rows, cols)) > 0.3)
    if rows <= cols:
        best = max(sum(weights[i, p[i]] for i in range(rows)) for p in itertools.permutations(range(cols), rows))
    else:
        best = max(sum(weights[p[j], j] for j in range(cols)) for p in itertools.permutations(range(rows), cols))
    assert _hungarian_max(weights) == pytest.approx(best)


def test_coref_metrics_empty_response_scores_zero():
    assert score_clusters(SPLIT_KEY, []).conll_f1 == 0.0
