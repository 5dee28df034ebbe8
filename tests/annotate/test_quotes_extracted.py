"""A cue in a relative clause whose complement lost a word to the relative pronoun
(quotes_extracted, quotes_gaps): the content comes in two pieces sharing the cue, and an outer
content stops before such a clause. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # The pronoun is the subject of what was said.
        ("The senator praised the law, which she said had saved lives.",
         [("she", "said", "which"), ("she", "said", "had saved lives")]),
        # The pronoun is the object of what was said ("pay for which").
        ("Voters backed a new bridge, which the mayor said the state should pay for.",
         [("the mayor", "said", "which"), ("the mayor", "said", "the state should pay for")]),
        # The pronoun is the object, the cue says what it is.
        ("Observers walked with the marchers, whom the spokesman described as peaceful.",
         [("the spokesman", "described", "whom"), ("the spokesman", "described", "as peaceful")]),
    ],
)
def test_quotes_extracted_reads_both_pieces(quote_triples, text, expected):
    found = quote_triples(text)
    for triple in expected:
        assert triple in found


@pytest.mark.slow
def test_quotes_extracted_outer_content_stops_before_clause(quote_triples):
    found = quote_triples("The senator praised the law, which she said had saved lives.")
    assert ("The senator", "praised", "the law") in found


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, content",
    [
        # The relative pronoun is the speaker, not a gap in what was said.
        ("The people who said the vote was rigged were wrong.", "said", "the vote was rigged"),
        # The clause has its own subject: the noun only says when.
        ("He quit on the day he said he would resign.", "said", "he would resign"),
    ],
)
def test_quotes_extracted_leaves_other_relatives_whole(quote_triples, text, cue, content):
    found = quote_triples(text)
    assert any(c == cue and t == content for _, c, t in found)
    assert not any(c == cue and t in ("which", "who", "the day") for _, c, t in found)
