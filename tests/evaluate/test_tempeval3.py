"""The TimeML scorer: reading, offsets and arithmetic on a document written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import BenchmarkError
from dossier.evaluate.tempeval3 import evaluate, read_timeml, same_value

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
TBAQ = SHARED / "benchmarks" / "tempeval3" / "TBAQ-cleaned"

# Gold has four TIMEX3s. Ours will be the same four spans plus "now", which gold lacks; gold's
# "last week" carries a week we do not give (we say 2025-W22), so one value misses.
DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-02" temporalFunction="false" functionInDocument="CREATION_TIME">2025-06-02</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-06-02">Monday</TIMEX3> &amp; agreed.
It had met <TIMEX3 tid="t2" type="DATE" value="2025-W10">last week</TIMEX3> too.
The works start in <TIMEX3 tid="t3" type="DATE" value="2025-SU">summer</TIMEX3> and end in <TIMEX3 tid="t4" type="DATE" value="2026">2026</TIMEX3>.
The roads are now closed.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tiny(tmp_path) -> Path:
    (tmp_path / "test1.tml").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def test_tempeval3_offsets_are_on_tag_free_text(tiny):
    document = read_timeml(tiny / "test1.tml")
    assert [document.text[t.start:t.end] for t in document.timexes] == ["Monday", "last week", "summer", "2026"]
    assert "&" in document.text and "<" not in document.text
    assert str(document.dct) == "2025-06-02"


def test_tempeval3_scores_by_hand(tiny):
    # 4 of our 5 spans match gold exactly; 3 of the 4 found gold values are equal.
    metrics = evaluate(tiny).metrics
    expected = {
        "span_precision_strict": 4 / 5, "span_recall_strict": 4 / 4,
        "span_precision_relaxed": 4 / 5, "span_recall_relaxed": 4 / 4,
        "value_accuracy": 3 / 4, "documents": 1.0,
    }
    assert {key: metrics[key] for key in expected} == pytest.approx(expected)
    # value F1: 3 hits over 5 predicted and 4 gold -> P 0.6, R 0.75.
    assert metrics["value_f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_tempeval3_details_name_the_misses(tiny):
    details = evaluate(tiny).details
    assert "test1: 'last week' gold=2025-W10 ours=2025-W22" in details
    assert "test1: 'now' gold=- ours=PRESENT_REF" in details


def test_tempeval3_progress_is_called_per_document(tiny):
    calls = []
    evaluate(tiny, progress=calls.append)
    assert calls == [1]


@pytest.mark.parametrize(("ours", "gold", "same"), [("2000-W02", "2000-W2", True), ("2000-W12", "2000-W12", True), ("1998", "1998-Q3", False), (None, "1998", False)])
def test_tempeval3_same_value_pads_weeks(ours, gold, same):
    assert same_value(ours, gold) is same


@pytest.mark.parametrize("name", ["missing", "empty"])
def test_tempeval3_bad_path_raises(tmp_path, name):
    path = tmp_path / name
    if name == "empty":
        path.mkdir()
    with pytest.raises(BenchmarkError):
        evaluate(path)


@pytest.mark.shared
def test_tempeval3_real_files_score_well():
    if not TBAQ.is_dir():
        pytest.skip(f"{TBAQ} is absent (the TempEval-3 TimeML data lives in ../shared)")
    result = evaluate(TBAQ, limit=3)
    assert result.metrics["documents"] == 3
    assert result.metrics["span_f1_relaxed"] > 0.5
