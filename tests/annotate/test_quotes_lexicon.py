"""Cue words (quotes_lexicon): verbs of finding with a study as source, and "feel that", on
sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A study's finding is its object, not only a clause.
        ("The inquiry found no evidence of fraud.",
         ("The inquiry", "found", "no evidence of fraud")),
        ("Most voters dislike the plan, the survey found.",
         ("the survey", "found", "Most voters dislike the plan")),
        ("Many residents feel that the town has been forgotten.",
         ("Many residents", "feel", "that the town has been forgotten")),
    ],
)
def test_quotes_lexicon_finding_and_feeling(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # A person who finds a place welcoming reports nothing.
        "He found the city welcoming.",
        # "feel" without a clause is no attribution.
        "She felt tired after the long debate.",
    ],
)
def test_quotes_lexicon_no_attribution(quote_triples, text):
    assert quote_triples(text) == []
