"""The WordNet reader: lookups by seek into Debian's database files, and an empty answer without them."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(),
    reason="WordNet is not installed (Debian package wordnet-base; scripts/system-deps.sh installs it)",
)


@needs_wordnet
@pytest.mark.parametrize(
    ("lemma", "pos", "lexname"),
    [
        ("say", "v", "verb.communication"),
        ("announce", "v", "verb.communication"),
        ("negotiation", "n", "noun.communication"),
        ("ceasefire", "n", "noun.state"),  # spelt "cease-fire" in WordNet
        ("kill", "v", "verb.contact"),
    ],
)
def test_wordnet_lexname_of_common_sense(lemma, pos, lexname):
    assert lexname in wordnet.lexnames(lemma, pos, senses=2)


@needs_wordnet
@pytest.mark.parametrize(
    ("a", "b", "pos", "expected"),
    [
        ("kill", "shoot", "v", True),   # shoot (to death) is a kind of killing
        ("slay", "kill", "v", True),
        ("kill", "negotiate", "v", False),
        ("truce", "ceasefire", "n", True),
        ("election", "earthquake", "n", False),
    ],
)
def test_wordnet_related_within_one_hypernym(a, b, pos, expected):
    assert wordnet.related(a, b, pos) is expected


@needs_wordnet
def test_wordnet_synonyms_and_derivations():
    assert wordnet.same_synset("truce", "armistice", "n")
    assert not wordnet.same_synset("truce", "war", "n")
    assert "election" in wordnet.derived_lemmas("elect", "v")
    assert "negotiation" in wordnet.derived_lemmas("negotiate", "v")


@needs_wordnet
def test_wordnet_synset_fields_parse():
    first = wordnet.synsets("breathe", "v")[0]
    assert first.pos == "v"
    assert first.lexname == "verb.body"
    assert "breathe" in first.words
    assert first.targets({"@"}) or first.targets({"+"})


def test_wordnet_absent_answers_empty(monkeypatch, tmp_path):
    monkeypatch.setenv("DOSSIER_WORDNET", str(tmp_path))
    wordnet.available.cache_clear()
    wordnet._index.cache_clear()
    try:
        assert wordnet.available() is False
        assert wordnet.synsets("say", "v") == []
        assert wordnet.lexnames("say", "v") == set()
        assert wordnet.related("kill", "shoot", "v") is False
        assert wordnet.related("kill", "kill", "v") is True
    finally:
        monkeypatch.delenv("DOSSIER_WORDNET")
        wordnet.available.cache_clear()
        wordnet._index.cache_clear()
        wordnet._squashed_index.cache_clear()


def test_wordnet_unknown_part_of_speech_is_empty():
    assert wordnet.synsets("say", "x") == []
