"""Meeting and agreement words whose partner is no party (``party_senses``)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("The lawsuits have met with little success.", "met", "meeting"),
        ("The insurer must meet the claims from its own funds.", "meet", "meeting"),
        ("The coastal marshes host a thriving shrimp industry.", "host", "meeting"),
        ("A good deal of the sand was washed away.", "deal", "agreement"),
        ("Inspectors accepted gifts and free meals from the firms.", "accepted", "agreement"),
    ],
)
def test_party_senses_no_meeting_or_accord(nlp, trigger_types, needs_wordnet, text, word, refused):
    assert trigger_types(text).get(word) != refused


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        ("The minister met the delegation on Tuesday.", "met", "meeting"),
        ("Qatar hosted the talks between the two sides.", "hosted", "meeting"),
        ("The king hosted a conference on water.", "hosted", "meeting"),
        ("The government accepted the proposal.", "accepted", "agreement"),
        ("The two sides reached a deal on prisoners.", "deal", "agreement"),
    ],
)
def test_party_senses_keeps_meetings_and_accords(nlp, trigger_types, needs_wordnet, text, word, definition):
    assert trigger_types(text).get(word) == definition
