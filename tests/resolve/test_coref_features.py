"""Pair evidence vectors and word relations for event coreference, on sentences written here."""

from __future__ import annotations

import pytest

from dossier.resolve.coref import WEIGHTS
from dossier.resolve.coref_features import FEATURES, CorefMention, build_context, pair_features
from dossier.resolve.coref_lexicon import content_words, lemma_relation, stem


def _m(mention_id: str, doc_id: str, lemma: str, arguments: tuple[str, ...]) -> CorefMention:
    return CorefMention(mention_id=mention_id, doc_id=doc_id, trigger=lemma, head_lemma=lemma,
                        sentence=f"The {lemma} was reported .", arguments=arguments)


def test_coref_features_every_feature_has_a_weight():
    assert set(WEIGHTS) == set(FEATURES)


@pytest.mark.parametrize(
    ("lemma_b", "args_a", "args_b", "feature", "expected"),
    [
        # related triggers: argument evidence goes to the "lex_" copy
        ("raid", ("police", "warehouse"), ("warehouse",), "lex_arguments", 1.0),
        ("raid", ("police", "warehouse"), ("harbour",), "lex_arguments_differ", 1.0),
        ("raid", ("police",), (), "lex_arguments_differ", 0.0),
        # unrelated triggers: the same evidence goes to the "other_" copy
        ("parade", ("police", "warehouse"), ("warehouse", "mayor"), "other_arguments", 0.5),
        ("parade", ("police", "warehouse"), ("warehouse", "mayor"), "lex_arguments", 0.0),
    ],
)
def test_coref_features_argument_overlap(lemma_b, args_a, args_b, feature, expected):
    a, b = _m("a", "d1", "raid", args_a), _m("b", "d2", lemma_b, args_b)
    vector = pair_features(a, b, build_context([a, b]))
    assert vector[FEATURES.index(feature)] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("shootings", "shoot"), ("arrested", "arrest"), ("bombs", "bomb"), ("fire", "fire"), ("gas", "gas")],
)
def test_coref_lexicon_stem(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("detain", "arrest", "synonym"), ("explosion", "blast", "synonym"), ("vote", "parade", "none")],
)
def test_coref_lexicon_lemma_relation_synonyms(a, b, expected):
    assert lemma_relation(a, b) == expected


def test_coref_lexicon_content_words_drop_function_words():
    assert content_words("The mayor said that the bridge would reopen") == {"mayor", "bridge", "reopen"}
