"""Multi-word verbal cues (quotes_phrasal) and one-word answers (quotes_content), on sentences
written for these tests."""

from __future__ import annotations

import pytest



@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # "made it clear" is the cue, not "made".
        ("The mayor made it clear that he would not resign.",
         ("The mayor", "made it clear", "that he would not resign")),
        # The medium put out by the source joins the cue.
        ("The party issued a statement saying the vote was rigged.",
         ("The party", "issued a statement saying", "the vote was rigged")),
        # A one-word answer is what was said.
        ("Everyone but the chairman said yes.",
         ("Everyone but the chairman", "said", "yes")),
    ],
)
def test_quotes_phrasal_reads_whole_phrase(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, absent_cue",
    [
        # The statement itself is not a source once the phrase is merged.
        ("The party issued a statement saying the vote was rigged.", "saying"),
        # "made it clear" with no clause after it reports nothing.
        ("The results made it clear to everyone.", "made it clear"),
    ],
)
def test_quotes_phrasal_drops_partial_cues(quote_triples, text, absent_cue):
    assert absent_cue not in [cue for _, cue, _ in quote_triples(text)]
