"""WordNet evidence for event coreference, on trigger pairs and sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.resolve import coref_wordnet
from dossier.resolve.coref import THRESHOLD, build_context, score_pair
from dossier.resolve.coref_features import FEATURES, CorefMention, pair_features
from dossier.resolve.coref_wordnet import WORDNET_FEATURES, wordnet_evidence

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet files absent (Debian package wordnet-base)"
)


def _m(mention_id: str, doc_id: str, trigger: str, lemma: str, pos: str, sentence: str) -> CorefMention:
    return CorefMention(mention_id=mention_id, doc_id=doc_id, trigger=trigger, head_lemma=lemma,
                        head_pos=pos, sentence=sentence)


@needs_wordnet
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # one shared commonest sense
        (("quake", "NOUN"), ("temblor", "NOUN"), (1.0, 0.0)),
        # "kill" causes "die"; a noun meets a verb through derivation
        (("kill", "VERB"), ("die", "VERB"), (0.0, 1.0)),
        (("death", "NOUN"), ("kill", "VERB"), (0.0, 1.0)),
        (("election", "NOUN"), ("elect", "VERB"), (0.0, 1.0)),
        (("hit", "VERB"), ("strike", "VERB"), (0.0, 1.0)),
        # unrelated, and the known gap: "shoot" and "kill" meet in no first sense
        (("flood", "VERB"), ("elect", "VERB"), (0.0, 0.0)),
        (("shoot", "VERB"), ("kill", "VERB"), (0.0, 0.0)),
        # equal lemmas are the "same" feature's business; unknown words answer nothing
        (("arrest", "NOUN"), ("arrest", "VERB"), (0.0, 0.0)),
        (("varnholm", "PROPN"), ("quake", "NOUN"), (0.0, 0.0)),
    ],
)
def test_coref_wordnet_evidence_of_lemma_pairs(a, b, expected):
    assert wordnet_evidence(*a, *b) == expected


@needs_wordnet
def test_coref_wordnet_evidence_is_symmetric():
    assert wordnet_evidence("die", "VERB", "kill", "VERB") == wordnet_evidence("kill", "VERB", "die", "VERB")


@needs_wordnet
@pytest.mark.parametrize(
    ("a", "b", "feature"),
    [
        (_m("x", "d1", "killed", "kill", "VERB", "Gunmen killed the man outside the bank ."),
         _m("y", "d2", "died", "die", "VERB", "The man died outside the bank on Monday ."), "wn_bridge"),
        (_m("x", "d1", "quake", "quake", "NOUN", "The quake shook the coast ."),
         _m("y", "d2", "temblor", "temblor", "NOUN", "The temblor shook the coast ."), "wn_synonym"),
    ],
)
def test_coref_wordnet_feature_reaches_the_pair_vector(a, b, feature):
    vector = pair_features(a, b, build_context([a, b]))
    assert vector[FEATURES.index(feature)] == 1.0


@needs_wordnet
def test_coref_wordnet_links_killed_and_died_across_articles():
    # the same victim as argument of both triggers, and only WordNet relating the two verbs
    a = CorefMention(mention_id="x", doc_id="d1", trigger="killed", head_lemma="kill", head_pos="VERB",
                     sentence="Troops killed the man near the Varnholm border post .",
                     arguments=("troop", "man"))
    b = CorefMention(mention_id="y", doc_id="d2", trigger="died", head_lemma="die", head_pos="VERB",
                     sentence="The man died near the Varnholm border post , officials said .",
                     arguments=("man",))
    assert score_pair(a, b, build_context([a, b])) > THRESHOLD


def test_coref_wordnet_absent_gives_zeros(monkeypatch):
    monkeypatch.setattr(wordnet, "available", lambda: False)
    coref_wordnet.wordnet_evidence.cache_clear()
    try:
        a = _m("x", "d1", "shot", "shoot", "VERB", "Troops shot the man .")
        b = _m("y", "d2", "killed", "kill", "VERB", "The man was killed .")
        vector = pair_features(a, b, build_context([a, b]))
        found = [vector[FEATURES.index(name)] for name in WORDNET_FEATURES]
        assert (wordnet_evidence("kill", "VERB", "die", "VERB"), found) == ((0.0, 0.0), [0.0, 0.0])
    finally:
        coref_wordnet.wordnet_evidence.cache_clear()
