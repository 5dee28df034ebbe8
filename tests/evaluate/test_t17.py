"""Timeline17 reader, naive baseline and harness on a tiny topic written for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dossier.errors import BenchmarkError
from dossier.evaluate.t17 import (
    TUNING_GRID, ScoredTimeline, T17Article, baseline_summarize, choice_key, evaluate,
    leave_one_folder_out, read_articles, read_timelines,
)
from dossier.present.tls import TlsParams

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
T17 = SHARED / "benchmarks" / "t17"

ARTICLES = [
    {"id": "1", "time": "2021-03-01", "text": "A storm reached the coast . \nWinds were strong . \n"},
    {"id": "2", "time": "2021-03-01", "text": "Power failed in the port . \nCrews worked overnight . \n"},
    {"id": "3", "time": "2021-03-02", "text": "Schools stayed closed . \n"},
    {"id": "4", "time": "2021-03-05", "text": "The storm weakened at sea . \n"},
    {"id": "5", "time": "2021-03-05", "text": "Ferries sailed again . \n"},
    {"id": "6", "time": "2021-03-20", "text": "An inquiry opened . \n"},
]
GOLD = [["2021-03-01", ["A storm reached the coast .", "Power failed in the port ."]],
        ["2021-03-05", ["The storm weakened at sea ."]],
        ["2021-03-01", ["Crews worked overnight ."]]]


@pytest.fixture()
def tiny_t17(tmp_path: Path) -> Path:
    topic = tmp_path / "storm_paper"
    topic.mkdir()
    lines = [json.dumps(a) for a in ARTICLES] + ["{not json"]
    (topic / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (topic / "timelines.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    return tmp_path


def test_t17_reader_skips_bad_lines(tiny_t17):
    articles = read_articles(tiny_t17 / "storm_paper")
    assert [a.id for a in articles] == ["1", "2", "3", "4", "5", "6"]
    assert articles[0].published == date(2021, 3, 1)


def test_t17_timelines_merge_repeated_dates(tiny_t17):
    (timeline,) = read_timelines(tiny_t17 / "storm_paper")
    assert sorted(timeline) == [date(2021, 3, 1), date(2021, 3, 5)]
    assert len(timeline[date(2021, 3, 1)]) == 3


@pytest.mark.parametrize(
    ("n_dates", "k", "end", "expected"),
    [
        # busiest days first (ties: earlier), leads of each article first
        (2, 2, date(2021, 3, 31), [(date(2021, 3, 1), ["A storm reached the coast .", "Power failed in the port ."]),
                                   (date(2021, 3, 5), ["The storm weakened at sea .", "Ferries sailed again ."])]),
        (1, 3, date(2021, 3, 31), [(date(2021, 3, 1), ["A storm reached the coast .", "Power failed in the port .",
                                                        "Winds were strong ."])]),
        # days outside the range are never picked
        (3, 1, date(2021, 3, 2), [(date(2021, 3, 1), ["A storm reached the coast ."]),
                                  (date(2021, 3, 2), ["Schools stayed closed ."])]),
    ],
)
def test_t17_baseline_picks_busiest_days_and_leads(tiny_t17, n_dates, k, end, expected):
    articles = read_articles(tiny_t17 / "storm_paper")
    assert baseline_summarize(articles, n_dates=n_dates, sentences_per_date=k,
                              start=date(2021, 3, 1), end=end) == expected


def test_t17_evaluate_passes_the_task_and_scores_an_oracle(tiny_t17):
    calls = []

    def oracle(articles, *, n_dates, sentences_per_date, start, end):
        calls.append((len(articles), n_dates, sentences_per_date, start, end))
        return [(date.fromisoformat(d), s) for d, s in GOLD]

    result = evaluate(tiny_t17, summarize=oracle)
    assert calls == [(6, 2, 2, date(2021, 3, 1), date(2021, 3, 5))]
    assert (result.metrics["date_f1"], result.metrics["ar1_f1"], result.metrics["ar2_f1"]) == (1.0, 1.0, 1.0)
    assert result.metrics["storm_paper_0_date_f1"] == 1.0
    assert result.metrics["baseline_date_f1"] == 1.0
    assert result.metrics["timelines"] == 1.0


def test_t17_evaluate_missing_folder_is_an_error(tmp_path):
    with pytest.raises(BenchmarkError, match="no Timeline17 topic folders"):
        evaluate(tmp_path)


def test_t17_article_sentences_split_on_lines():
    article = T17Article(id="x", published=date(2021, 1, 1), text="One . \nTwo . \n\n")
    assert article.sentences == ["One .", "Two ."]


@pytest.mark.shared
def test_t17_real_baseline_date_f1():
    if not T17.is_dir():
        pytest.skip(f"Timeline17 data not found at {T17} (needs /work/shared)")
    result = evaluate(T17, summarize=baseline_summarize)
    assert result.metrics["timelines"] == 9.0
    # measured 0.620 Date-F1, 0.112 AR-1, 0.031 AR-2 for the naive baseline
    assert result.metrics["baseline_date_f1"] == pytest.approx(0.62, abs=0.01)
    assert result.metrics["baseline_ar1_f1"] == pytest.approx(0.112, abs=0.005)


@pytest.mark.parametrize(("limit", "timelines"), [(None, 1.0), (0, 0.0)])
def test_t17_evaluate_limit_and_progress(tiny_t17, limit, timelines):
    ticks = []
    result = evaluate(tiny_t17, limit=limit, progress=ticks.append)
    assert result.metrics["timelines"] == timelines
    assert ticks == [1] * int(timelines)


def test_t17_evaluate_reports_baseline_and_held_out_per_timeline(tiny_t17):
    result = evaluate(tiny_t17, grid=[TlsParams(lead_slots=1)])
    metrics = result.metrics
    for prefix in ("", "baseline_", "loo_"):
        assert f"storm_paper_0_{prefix}date_f1" in metrics
        assert metrics[f"{prefix}ar1_f1"] == metrics[f"storm_paper_0_{prefix}ar1_f1"]
    assert metrics["storm_paper_0_baseline_date_f1"] == 1.0  # the two busiest days are the gold ones
    # one folder only: nothing to train on, so held-out uses the defaults
    assert metrics["loo_date_f1"] == metrics["date_f1"]


def _scored(topic, baseline, *settings):
    keys = ("date_f1", "ar1_f1", "ar2_f1")
    return ScoredTimeline(
        f"{topic}_0", topic, dict(zip(keys, baseline)), [dict(zip(keys, s)) for s in settings]
    )


@pytest.mark.parametrize(
    ("setting", "key"),
    [
        (0, (5, pytest.approx(0.35))),  # beats the baseline on 5 of the 6 (timeline, metric) pairs
        (1, (4, pytest.approx(0.8))),  # higher ROUGE, but loses Date-F1 on both timelines
    ],
)
def test_t17_choice_key_counts_wins_before_rouge(setting, key):
    scored = [
        _scored("a", (0.5, 0.1, 0.01), (0.6, 0.11, 0.02), (0.4, 0.3, 0.1)),
        _scored("b", (0.5, 0.1, 0.01), (0.4, 0.2, 0.02), (0.4, 0.3, 0.1)),
    ]
    assert choice_key(scored, setting) == key


def test_t17_leave_one_folder_out_scores_each_folder_with_the_others_choice():
    scored = [  # topic a prefers setting 1, topics b and c prefer setting 0
        _scored("a", (0.5, 0.1, 0.01), (0.4, 0.05, 0.0), (0.9, 0.3, 0.1)),
        _scored("b", (0.5, 0.1, 0.01), (0.9, 0.3, 0.1), (0.4, 0.05, 0.0)),
        _scored("c", (0.5, 0.1, 0.01), (0.8, 0.2, 0.1), (0.6, 0.05, 0.0)),
    ]
    held_out = leave_one_folder_out(scored)
    assert held_out["a_0"] == scored[0].by_setting[0]  # b and c choose setting 0
    assert held_out["b_0"] == scored[1].by_setting[1]  # on a and c, setting 1 wins 4 pairs to 3


@pytest.mark.parametrize(
    ("knob", "values"),
    [
        ("retrospect_weight", {0.2, 0.0}),
        ("news_mix", {1.0, 0.0}),
        ("repeat_across_dates", {False, True}),
        ("bound_weight", {0.5, 1.0}),  # a day named only as a bound ("until 10 August"): half a vote, or whole
        ("mention_bonus", {0.3, 0.0}),  # an article naming a day in several sentences votes more, or not
        ("entry_weight", {2.0, 1.0}),  # a day heading a chronology line counts double, or once
    ],
)
def test_t17_tuning_grid_tries_each_knob_both_ways(knob, values):
    assert TUNING_GRID[0] == TlsParams()  # the defaults open the grid: one-folder runs fall back to them
    assert len(TUNING_GRID) == 64
    assert {getattr(params, knob) for params in TUNING_GRID} == values
