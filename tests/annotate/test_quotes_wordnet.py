"""WordNet's long tail of reporting verbs: verbs of saying outside the hand lexicon count as cues
only in frames that make them attributions. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.annotate.quotes_wordnet import is_speech_lemma

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet files are not installed (wordnet-base)"
)


@needs_wordnet
@pytest.mark.parametrize(
    "key, expected",
    [
        ("bemoan", True),  # below "complain"
        ("proclaim", True),  # below "declare"
        ("disavow", True),  # below "deny"
        ("say", False),  # in the hand lexicon already
        ("ensure", False),  # making sure, not saying
        ("require", False),
        ("walk", False),
    ],
)
def test_quotes_wordnet_speech_lemmas(key, expected):
    assert is_speech_lemma(key) is expected


def test_quotes_wordnet_absent_adds_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("DOSSIER_WORDNET", str(tmp_path))
    wordnet.available.cache_clear()
    is_speech_lemma.cache_clear()
    try:
        assert is_speech_lemma("bemoan") is False
    finally:
        monkeypatch.undo()
        wordnet.available.cache_clear()
        is_speech_lemma.cache_clear()


@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The farmers bemoaned that the rain had come too late.",
         [("The farmers", "bemoaned", "that the rain had come too late")]),
        ('The union leader proclaimed a day of "quiet but firm protest" across the region.',
         [("The union leader", "proclaimed",
           'a day of "quiet but firm protest" across the region')]),
        ('The mayor scolded the contractors: "You promised this road would be open by spring."',
         [("The mayor", "scolded", '"You promised this road would be open by spring."')]),
        # A verb of saying with a plain object and no quotation is not read as an attribution.
        ("The mayor scolded the contractors.", []),
        ("The new rules ensure that every driver gets a break.", []),
    ],
)
def test_quotes_wordnet_cues_in_attribution_frames(quote_triples, text, expected):
    assert quote_triples(text) == expected
