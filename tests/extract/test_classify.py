"""PLOVER classification of single sentences with the event extractor, and its use as the default system."""

from __future__ import annotations

import json

import pytest

from dossier.extract.classify import plover_classify

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and Azerbaijan agreed on a new border treaty.", ("AGREE", ["Armenia", "Azerbaijan"], [])),
        ("Georgia threatened to cut gas supplies to Armenia.", ("THREATEN", ["Georgia"], ["Armenia"])),
        ("The European Union imposed sanctions on Belarus.", ("SANCTION", ["The European Union"], ["Belarus"])),
        ("Police arrested twelve activists in Yerevan on Monday.", ("COERCE", ["Police"], ["twelve activists"])),
        ("Moldova demanded that Russia withdraw its troops.", ("DEMAND", ["Moldova"], ["Russia"])),
        ("Nothing much happened today.", (None, [], [])),
    ],
)
def test_classify_plover_sentence(text, expected):
    assert plover_classify(text) == expected


def test_classify_is_the_default_plover_system(tmp_path):
    from dossier.evaluate.plover import evaluate

    records = [{"id": "a", "event": "AGREE", "text": "Armenia and Azerbaijan agreed on a new border treaty.",
                "source": [{"actorText": "Armenia"}, {"actorText": "Azerbaijan"}], "target": ""}]
    path = tmp_path / "plover_gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    metrics = evaluate(path).metrics
    assert (metrics["event_type_accuracy"], metrics["actor_f1"]) == (1.0, 1.0)
    assert metrics["baseline_event_type_accuracy"] == 1.0
