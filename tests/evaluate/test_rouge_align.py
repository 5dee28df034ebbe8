"""Date-F1 and alignment ROUGE on a timeline small enough to score by hand."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.evaluate.rouge_align import (
    align_many_to_one,
    align_rouge,
    content_similarity,
    date_f1,
    rouge_counts,
    rouge_tokens,
)

JAN = lambda day: date(2020, 1, day)  # noqa: E731

GOLD = {JAN(1): ["Troops crossed the border ."], JAN(3): ["Leaders signed a truce ."]}
PREDICTED = {JAN(1): ["Troops crossed the river ."], JAN(4): ["Leaders signed a truce ."]}


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Troops crossed the border .", ["troop", "cross", "border"]),
        ("-LRB- Leaders -RRB- were signing", ["leader", "sign"]),
        ("It is the end", ["end"]),
        ("", []),
    ],
)
def test_rouge_align_tokens(text, tokens):
    assert rouge_tokens(text) == tokens


@pytest.mark.parametrize(
    ("n", "counts"),
    [(1, (2, 3, 3)), (2, (1, 2, 2))],
)
def test_rouge_align_counts(n, counts):
    assert rouge_counts(PREDICTED[JAN(1)], GOLD[JAN(1)], n) == counts


def test_rouge_align_date_f1():
    assert date_f1(PREDICTED, GOLD) == (0.5, 0.5, 0.5)


def test_rouge_align_alignment_prefers_same_content_over_nearest_date():
    # Jan 4 goes to Jan 3 (cost 1/2 * 0) rather than Jan 1 (cost 3/4 * 1), both ways.
    to_gold, to_pred = align_many_to_one(PREDICTED, GOLD)
    assert to_gold == [(JAN(1), JAN(1)), (JAN(4), JAN(3))]
    assert to_pred == [(JAN(1), JAN(1)), (JAN(4), JAN(3))]


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        # ROUGE-1: (2 hits * 1 + 3 hits * 1/2) / 6 n-grams on both sides
        (1, 3.5 / 6),
        # ROUGE-2: (1 * 1 + 2 * 1/2) / 4
        (2, 0.5),
    ],
)
def test_rouge_align_hand_case(n, expected):
    assert align_rouge(PREDICTED, GOLD, n) == pytest.approx((expected, expected, expected))


def test_rouge_align_many_to_one_lets_two_dates_share_a_gold_date():
    predicted = {JAN(1): ["Troops crossed the border ."], JAN(2): ["Troops crossed the border ."]}
    gold = {JAN(1): ["Troops crossed the border ."]}
    # precision: Jan 1 full credit, Jan 2 half credit; recall: Jan 1 aligned to Jan 1
    assert align_rouge(predicted, gold, 1)[:2] == pytest.approx((4.5 / 6, 1.0))


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [({}, GOLD), (PREDICTED, {})],
)
def test_rouge_align_empty_side_scores_zero(predicted, gold):
    assert align_rouge(predicted, gold, 1) == (0.0, 0.0, 0.0)


def test_rouge_align_content_similarity_is_whitespace_f1():
    assert content_similarity(["a b c"], ["a b d e"]) == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
