"""PLOVER reader, actor matching, keyword baseline and harness on records written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.errors import BenchmarkError
from dossier.evaluate.plover import actors_match, count_actor_matches, evaluate, keyword_classify, read_records

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PLOVER = SHARED / "benchmarks" / "plover" / "plover_gsr.json"

RECORDS = [
    {"id": "r1", "event": "AGREE", "text": "Freedonia and Sylvania agreed on a border treaty.",
     "source": [{"actorText": "Freedonia", "code": "FRE"}, {"actorText": "Sylvania", "code": "SYL"}],
     "target": ""},
    {"id": "r2", "event": "ASSAULT", "text": "Gunmen killed two guards in Ruritania on Friday.",
     "source": [{"actorText": "Gunmen", "code": "REB"}],
     "target": [{"actorText": "two guards", "code": "RURMIL"}]},
    {"id": "r3", "event": "PROTEST", "text": "Thousands gathered outside the palace.",
     "source": [{"actorText": "Thousands", "code": "CVL"}]},
    {"id": "broken", "text": "No event field here."},
]


@pytest.fixture()
def gsr(tmp_path: Path) -> Path:
    path = tmp_path / "plover_gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_plover_reader_handles_missing_and_empty_actors(gsr):
    records = read_records(gsr.parent)
    assert [(r.record_id, r.sources, r.targets) for r in records] == [
        ("r1", ("Freedonia", "Sylvania"), ()),
        ("r2", ("Gunmen",), ("two guards",)),
        ("r3", ("Thousands",), ()),
    ]


def test_plover_reader_rejects_non_list(tmp_path):
    (tmp_path / "plover_gsr.json").write_text("{}", encoding="utf-8")
    with pytest.raises(BenchmarkError, match="JSON list"):
        read_records(tmp_path)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("president kessler", "Former President Anton Kessler", True),
        ("Ministry of Defence", "Defence", True),
        ("United Provinces", "United Cantons", False),
        ("", "Sylvania", False),
    ],
)
def test_plover_actors_match(predicted, gold, expected):
    assert actors_match(predicted, gold) is expected


def test_plover_actor_matches_are_one_to_one():
    assert count_actor_matches(["Sylvania", "Sylvania"], ["Sylvania"]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freedonia and Sylvania agreed on a border treaty.", ("AGREE", ["Freedonia"], [])),
        ("Police arrested Marta Velez in Porto Nuevo.", ("COERCE", ["Police"], ["Marta Velez"])),
        ("Rebels attacked an army post near Kell.", ("FIGHT", ["Rebels"], ["Kell"])),
        ("Nothing much happened today.", (None, [], [])),
    ],
)
def test_plover_keyword_baseline(text, expected):
    assert keyword_classify(text) == expected


@pytest.mark.parametrize(
    ("classify", "accuracy", "actor_f1"),
    [
        # perfect types and actors
        (lambda text: {r["text"]: (r["event"], [a["actorText"] for a in r["source"]],
                                   [a["actorText"] for a in r.get("target") or []]) for r in RECORDS[:3]}[text],
         1.0, 1.0),
        # None is wrong; no actors predicted
        (lambda text: (None, [], []), 0.0, 0.0),
    ],
)
def test_plover_evaluate(gsr, classify, accuracy, actor_f1):
    result = evaluate(gsr, classify=classify)
    assert result.metrics["event_type_accuracy"] == pytest.approx(accuracy)
    assert result.metrics["actor_f1"] == pytest.approx(actor_f1)
    assert result.metrics["records"] == 3.0


@pytest.mark.slow
def test_plover_evaluate_limit(gsr):
    assert evaluate(gsr, limit=1).metrics["records"] == 1.0


@pytest.mark.shared
def test_plover_real_keyword_baseline():
    if not PLOVER.is_file():
        pytest.skip(f"PLOVER records not found at {PLOVER} (needs /work/shared)")
    result = evaluate(PLOVER, classify=keyword_classify)
    # measured: 0.469 type accuracy, 0.677 actor F1 over 179 records
    assert result.metrics["records"] == 179.0
    assert result.metrics["event_type_accuracy"] == pytest.approx(0.469, abs=0.01)
    assert result.metrics["actor_f1"] == pytest.approx(0.677, abs=0.01)


def test_plover_evaluate_progress_ticks_once_per_record(gsr):
    ticks = []
    evaluate(gsr, progress=ticks.append)
    assert ticks == [1, 1, 1]
