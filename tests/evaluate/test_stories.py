"""Story evaluation on ECB+: text rebuilt from tokens, sub-topics as gold stories, B-cubed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import BenchmarkError
from dossier.evaluate import BENCHMARKS
from dossier.evaluate.ecbplus_text import detokenize
from dossier.evaluate.stories import evaluate, read_corpus, read_story_doc, score_stories

from .ecbplus_files import write_doc

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ECBPLUS = SHARED / "benchmarks" / "ecbplus"


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["The", "ferry", "sank", ",", "officials", "said", "."], "The ferry sank, officials said."),
        (["It", "was", "the", "crew", "'s", "boat", "(", "a", "trawler", ")", "."],
         "It was the crew's boat (a trawler)."),
        (["They", "did", "n't", "pay", "$", "40", "."], "They didn't pay $40."),
        (["Prices", "rose", "3", "%", ";", "wages", "did", "not", "!"], "Prices rose 3%; wages did not!"),
    ],
)
def test_stories_detokenize_leaves_no_space_before_punctuation(tokens, text):
    assert detokenize(tokens) == text


@pytest.mark.parametrize(
    ("name", "subtopic"),
    [("7_3ecb", "7ecb"), ("7_12ecbplus", "7ecbplus")],
)
def test_stories_document_text_has_sentences_as_paragraphs_and_its_subtopic(tmp_path, name, subtopic):
    path = write_doc(tmp_path, name, [["A", "dam", "burst", "."], ["Water", "rose", "quickly", "."]])
    doc = read_story_doc(path)
    assert doc.text == "A dam burst.\n\nWater rose quickly."
    assert (doc.topic, doc.subtopic) == ("7", subtopic)


def test_stories_corpus_keeps_the_first_documents_of_each_subtopic(tmp_path):
    for topic in ("2", "10"):
        (tmp_path / topic).mkdir()
        for number in range(1, 4):
            for kind in ("ecb", "ecbplus"):
                write_doc(tmp_path / topic, f"{topic}_{number}{kind}", [["A", "storm", "."]])
    docs = read_corpus(tmp_path, limit=1, per_subtopic=2)
    assert sorted(d.name for d in docs) == ["2_1ecb", "2_1ecbplus", "2_2ecb", "2_2ecbplus"]


@pytest.mark.parametrize(
    ("found", "precision", "recall", "stories"),
    [
        ({"a": "s", "b": "s", "c": "s", "d": "s"}, 0.5, 1.0, 1),  # everything one story
        ({"a": "s", "b": "s", "c": "t", "d": "u"}, 1.0, 0.75, 3),  # one gold story split
        ({}, 1.0, 0.5, 4),  # nothing placed: each document its own story
        ({"a": "s", "b": "s", "c": "t", "d": "t"}, 1.0, 1.0, 2),
    ],
)
def test_stories_bcubed_against_gold_stories(found, precision, recall, stories):
    gold = {"a": "1ecb", "b": "1ecb", "c": "1ecbplus", "d": "1ecbplus"}
    metrics = score_stories(gold, found, "_dev")
    assert metrics["story_bcubed_precision_dev"] == pytest.approx(precision)
    assert metrics["story_bcubed_recall_dev"] == pytest.approx(recall)
    assert metrics["stories_dev"] == stories
    assert metrics["gold_stories_dev"] == 2
    assert metrics["singletons_bcubed_recall_dev"] == pytest.approx(0.5)


def test_stories_missing_folder_is_a_benchmark_error(tmp_path):
    with pytest.raises(BenchmarkError, match="no ECB\\+ topic folders"):
        evaluate(tmp_path)


def test_stories_is_a_registered_benchmark():
    assert BENCHMARKS["stories"] == "stories"


@pytest.mark.slow
@pytest.mark.shared
def test_stories_real_topic_slice_scores_against_two_gold_stories():
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ not found at {ECBPLUS}")
    result = evaluate(ECBPLUS, limit=1, per_subtopic=2)
    assert result.metrics["gold_stories"] == 2
    assert result.metrics["documents"] == 4
    assert 1 <= result.metrics["stories"] <= 4
    assert result.metrics["gold_stories_dev"] == 2
    assert "gold_stories_heldout" not in result.metrics
    # The same articles fed one at a time (replayed over the built dossier) are scored too.
    assert result.metrics["documents_one_at_a_time"] == 4
    assert 0 < result.metrics["story_bcubed_f1_one_at_a_time"] <= 1
