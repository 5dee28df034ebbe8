"""The WordNet reader: lookups by seek into Debian's database files, and an empty answer without them."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(),
    reason="WordNet is not installed (Debian package wordnet-base; scripts/system-deps.sh installs it)",
)


def _offsets(lemma, pos):
    return {synset.offset for synset in wordnet.synsets(lemma, pos)}


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
    assert lexname in {synset.lexname for synset in wordnet.synsets(lemma, pos)[:2]}


@needs_wordnet
@pytest.mark.parametrize(
    ("a", "b", "pos", "expected"),
    [
        ("slay", "kill", "v", True),  # to slay is to kill, one step up
        ("kill", "negotiate", "v", False),
    ],
)
def test_wordnet_hypernym_closure_one_step_up(a, b, pos, expected):
    reached = {offset for synset in wordnet.synsets(a, pos)[:3] for offset, _ in wordnet.hypernym_closure(synset, 1)}
    assert bool(reached & _offsets(b, pos)) is expected


@needs_wordnet
@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [("truce", "armistice", True), ("truce", "ceasefire", True), ("truce", "war", False)],
)
def test_wordnet_synonyms_share_a_synset(a, b, shared):
    assert bool(_offsets(a, "n") & _offsets(b, "n")) is shared


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
        assert wordnet.synsets("ceasefire", "n") == []
    finally:
        monkeypatch.delenv("DOSSIER_WORDNET")
        wordnet.available.cache_clear()
        wordnet._index.cache_clear()
        wordnet._squashed_index.cache_clear()


def test_wordnet_unknown_part_of_speech_is_empty():
    assert wordnet.synsets("say", "x") == []
