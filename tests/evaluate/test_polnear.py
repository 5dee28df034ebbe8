"""PolNeAR scorer: brat parsing, span matching arithmetic on a hand-made split, and a real slice."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import BenchmarkError
from dossier.evaluate.polnear import (
    Span,
    add_counts,
    evaluate,
    load_split,
    match_count,
    parse_brat,
    summarize,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
POLNEAR_DEV = SHARED / "benchmarks" / "polnear" / "dev"

TEXT = 'Jane Roe said the plan failed. "It is over," Roe added.'
# Gold: one indirect attribution (source, cue, content) and one direct with a discontinuous cue.
ANN = "\n".join([
    "T1\tSource 0 8\tJane Roe",
    "T2\tCue 9 13\tsaid",
    "T3\tContent 14 29\tthe plan failed",
    "T4\tAttribution 9 13\tsaid",
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
    "T5\tContent 31 44\t\"It is over,\"",
    "T6\tSource 45 48\tRoe",
    "T7\tCue 49 52;52 54\tadded",
    "A1\tSomething T5",
])


def _span(*fragments):
    return Span(tuple(fragments))


def test_polnear_parse_brat_keeps_three_types_and_fragments():
    gold = parse_brat(ANN)
    assert gold["source"] == {_span((0, 8)), _span((45, 48))}
    assert gold["cue"] == {_span((9, 13)), _span((49, 52), (52, 54))}
    assert gold["content"] == {_span((14, 29)), _span((31, 44))}


@pytest.mark.parametrize(
    "gold, predicted, exact, expected",
    [
        ([_span((0, 8))], [_span((0, 8))], True, 1),
        ([_span((0, 8))], [_span((5, 8))], True, 0),
        ([_span((0, 8))], [_span((5, 8))], False, 1),
        ([_span((0, 8))], [_span((8, 12))], False, 0),  # touching is not overlapping
        ([_span((0, 8))], [_span((0, 3)), _span((4, 8))], False, 1),  # one-to-one
        ([_span((0, 4), (10, 14))], [_span((11, 12))], False, 1),  # any fragment overlaps
        ([_span((0, 4), (10, 14))], [_span((0, 14))], True, 1),  # exact on outer bounds
    ],
)
def test_polnear_match_count(gold, predicted, exact, expected):
    assert match_count(gold, predicted, exact=exact) == expected


def test_polnear_summarize_arithmetic():
    gold = parse_brat(ANN)
    predicted = {
        "source": {_span((0, 8)), _span((45, 48))},  # both right
        "cue": {_span((9, 13)), _span((20, 25))},  # one right, one wrong
        "content": {_span((14, 30))},  # overlaps one gold content, not exact
    }
    counts = {f"{t}_{m}": [0, 0, 0] for t in ("source", "cue", "content") for m in ("exact", "overlap")}
    add_counts(counts, gold, predicted)
    metrics = summarize(counts, 1)
    assert metrics["source_f1_exact"] == 1.0
    assert (metrics["cue_precision_exact"], metrics["cue_recall_exact"]) == (0.5, 0.5)
    assert metrics["content_precision_exact"] == 0.0
    assert (metrics["content_precision_overlap"], metrics["content_recall_overlap"]) == (1.0, 0.5)
    assert metrics["content_f1_overlap"] == round(2 / 3, 4)


def _write_split(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc_one.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "doc_one_aaaa.ann").write_text(ANN, encoding="utf-8")
    (root / "attributions" / "doc_one_bbbb.ann").write_text("T1\tSource 0 4\tJane\n", encoding="utf-8")
    return root


def test_polnear_load_split_uses_first_annotator(tmp_path):
    ((name, text, gold),) = load_split(_write_split(tmp_path / "dev"))
    assert (name, text) == ("doc_one", TEXT)
    assert _span((45, 48)) in gold["source"]


def test_polnear_load_split_rejects_wrong_folder(tmp_path):
    with pytest.raises(BenchmarkError, match="text/ and attributions/"):
        load_split(tmp_path)


@pytest.mark.slow
def test_polnear_evaluate_on_written_split(tmp_path):
    result = evaluate(_write_split(tmp_path / "dev"))
    assert result.metrics["documents"] == 1.0
    assert result.metrics["source_recall_exact"] == 1.0
    assert result.metrics["cue_recall_exact"] == 1.0
    assert result.metrics["content_f1_exact"] == 1.0
    # which cue weights were used is reported, as vectors change the scores
    from dossier.annotate import quotes_vectors

    assert result.metrics["cue_weights_vectors"] == float(quotes_vectors.available())
    assert result.details[0].startswith("cue weights: quotes_cues")


@pytest.mark.slow
@pytest.mark.shared
def test_polnear_real_dev_slice_cue_overlap():
    if not POLNEAR_DEV.is_dir():
        pytest.skip(f"{POLNEAR_DEV} is absent (PolNeAR dev split lives in ../shared)")
    result = evaluate(POLNEAR_DEV, limit=2)
    assert result.metrics["documents"] == 2.0
    assert result.metrics["cue_f1_overlap"] > 0.3
