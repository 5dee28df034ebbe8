"""Content spans (quotes_content): what comes before "X said", on sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote was close, officials said.", ("officials", "said", "The vote was close")),
        ('"Never," she said.', ("she", "said", '"Never,"')),
    ],
)
def test_quotes_content_before_cue(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
def test_quotes_content_ignores_bare_adverb(quote_triples):
    assert quote_triples("Later, he said.") == []
