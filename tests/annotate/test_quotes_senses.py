"""WordNet senses as cue-model features (quotes_senses): a noun shares its verb's senses, a rare
verb the senses above it. Words chosen for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.annotate.quotes_senses import sense_features

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet files are not installed (wordnet-base)"
)


@needs_wordnet
@pytest.mark.parametrize(
    "noun, verb",
    [
        ("claim", "claim"),  # the noun's senses are derived from the verb's
        ("refusal", "refuse"),
        ("warning", "warn"),
        ("denial", "deny"),
    ],
)
def test_quotes_senses_noun_shares_its_verbs_senses(noun, verb):
    verb_senses = {f for f in sense_features(verb, "VERB") if f.startswith("hy=v")}
    assert verb_senses & set(sense_features(noun, "NOUN"))


@needs_wordnet
@pytest.mark.parametrize(
    "rare, common, shared",
    [
        ("assail", "attack", True),  # they share a sense
        ("lambaste", "criticize", True),  # "lambaste" is a kind of criticizing
        ("assail", "swim", False),
    ],
)
def test_quotes_senses_rare_verb_meets_commoner_one(rare, common, shared):
    overlap = set(sense_features(rare, "VERB")) & set(sense_features(common, "VERB"))
    assert bool(overlap) is shared


@pytest.mark.parametrize("key, pos", [("said", "ADP"), ("", "VERB"), ("zzqx", "NOUN")])
def test_quotes_senses_unknown_words_and_other_parts_of_speech_have_none(key, pos):
    assert sense_features(key, pos) == ()
