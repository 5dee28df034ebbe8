"""End-to-end ECB+ evaluation of the build: token offsets in rebuilt text, trigger alignment, a real slice."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.evaluate import BENCHMARKS
from dossier.evaluate.ecbplus_build import TopicScore, align, evaluate, read_built_doc, summarize

from .ecbplus_files import write_doc

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ECBPLUS = SHARED / "benchmarks" / "ecbplus"


def test_ecbplus_build_is_registered():
    assert BENCHMARKS["ecbplus-build"] == "ecbplus_build"


@pytest.mark.parametrize(
    ("t_id", "word"),
    [(1, "A"), (3, "shot"), (6, "."), (7, "The"), (9, "n't"), (10, "stop"), (11, "it"), (12, "!")],
)
def test_ecbplus_build_rebuilt_text_keeps_each_token_s_characters(tmp_path, t_id, word):
    path = write_doc(tmp_path, "9_1ecb", [["A", "guard", "shot", "two", "men", "."],
                                       ["The", "police", "n't", "stop", "it", "!"]])
    doc = read_built_doc(path)
    start, end = doc.offsets[t_id]
    assert (doc.text[start:end], doc.text) == (word, "A guard shot two men.\n\nThe policen't stop it!")


@pytest.mark.parametrize(
    ("gold", "ours", "expected"),
    [
        ([("g1", (10, 14))], [("m1", (10, 14))], {"g1": "m1"}),  # the same word
        ([("g1", (10, 20))], [("m1", (15, 18))], {"g1": "m1"}),  # "opened fire" against "fire"
        ([("g1", (10, 14))], [("m1", (20, 25))], {}),  # no overlap: unaligned
        ([("g1", (10, 20))], [("m1", (0, 12)), ("m2", (12, 20))], {"g1": "m2"}),  # the larger overlap wins
        ([("g1", (10, 14))], [("m1", (5, 30)), ("m2", (10, 14))], {"g1": "m2"}),  # then the tighter trigger
    ],
)
def test_ecbplus_build_align_takes_the_best_overlapping_trigger(gold, ours, expected):
    assert align(gold, ours) == expected


@pytest.mark.shared
def test_ecbplus_build_real_file_offsets_give_back_every_token():
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ not found at {ECBPLUS}: the shared benchmark folder is absent")
    import xml.etree.ElementTree as ET

    path = ECBPLUS / "1" / "1_10ecbplus.xml"
    doc = read_built_doc(path)
    tokens = {int(t.get("t_id")): t.text or "" for t in ET.parse(path).getroot().iter("token")}
    assert [doc.text[s:e] for s, e in (doc.offsets[t] for t in sorted(doc.offsets))] == \
        [tokens[t] for t in sorted(doc.offsets)] and len(doc.offsets) == len([w for w in tokens.values() if w])


@pytest.mark.slow
@pytest.mark.shared
def test_ecbplus_build_scores_a_real_slice(tmp_path):
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ not found at {ECBPLUS}: the shared benchmark folder is absent")
    topic = tmp_path / "ecb" / "18"
    topic.mkdir(parents=True)
    (tmp_path / "ecb" / "ECBplus_coreference_sentences.csv").symlink_to(ECBPLUS / "ECBplus_coreference_sentences.csv")
    for name in ("18_1ecbplus", "18_2ecbplus", "18_3ecbplus"):
        (topic / f"{name}.xml").symlink_to(ECBPLUS / "18" / f"{name}.xml")
    metrics = evaluate(tmp_path / "ecb").metrics
    assert metrics["topics"] == 1 and metrics["aligned_mentions"] >= 3
    assert 0 < metrics["build_coverage"] < 1 and 0 < metrics["build_conll_f1"] <= 1
    assert metrics["build_conll_f1_dev"] == metrics["build_conll_f1"] and "build_conll_f1_heldout" not in metrics


def test_ecbplus_build_summarize_gives_precision_and_recall_apart():
    # two gold events merged into one: recall whole, precision halved (B-cubed) or two links of three (MUC)
    score = TopicScore(topic="3", key=[{"a", "b"}, {"c", "d"}], response=[{"a", "b", "c", "d"}],
                       baseline=[{"a", "b"}, {"c", "d"}], gold=4, aligned=4, events=1)
    metrics = summarize([score])
    assert metrics["build_muc_recall"] == pytest.approx(1.0) and metrics["build_muc_precision"] == pytest.approx(2 / 3)
    assert metrics["build_bcubed_recall"] == pytest.approx(1.0)
    assert metrics["build_bcubed_precision"] == pytest.approx(0.5)
