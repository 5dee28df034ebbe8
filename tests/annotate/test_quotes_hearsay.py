"""Hearsay adverbs (quotes_hearsay), on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister reportedly plans to resign next month.",
         (None, "reportedly", "The minister reportedly plans to resign next month")),
        ("Reportedly, the two leaders spoke by phone.",
         (None, "Reportedly", "the two leaders spoke by phone")),
    ],
)
def test_quotes_hearsay_reads_reportedly(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
def test_quotes_hearsay_ignores_other_adverbs(quote_triples):
    assert quote_triples("The minister apparently left the building early.") == []
