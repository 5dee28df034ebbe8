"""Findings placed by a trailing "in the poll" phrase (quotes_polls), on sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Roe leads Doe by nine points in the latest Gallup survey.",
         ("the latest Gallup survey", "in", "Roe leads Doe by nine points")),
        ("The senator slipped to third place in a poll released on Monday.",
         ("a poll released on Monday", "in", "The senator slipped to third place")),
    ],
)
def test_quotes_polls_reads_trailing_poll(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # Polling at large is no source.
        "Roe has been rising in the polls.",
        # The poll as a place, with no clause before it.
        "Nothing changed in the poll.",
    ],
)
def test_quotes_polls_skips_polling_at_large(quote_triples, text):
    assert [cue for _, cue, _ in quote_triples(text)] == []
