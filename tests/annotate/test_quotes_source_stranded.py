"""A subject stranded before an aside (quotes_source_stranded.opening_noun_phrase): common
nouns, brackets and dashes; on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def stranded(base_nlp):
    """The text stranded_subject gives for the first token with the given text."""
    from dossier.annotate.quotes_source import stranded_subject

    def read(text, cue):
        doc = base_nlp(text)
        token = next(token for token in doc if token.text == cue)
        span = stranded_subject(token)
        return doc[span[0] : span[1]].text if span else None

    return read


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # A common noun before a relative clause: the clause stays, with its closing comma.
        ("The mayor, who took office in May, said the budget was too small.", "said",
         "The mayor, who took office in May,"),
        # Before a participle aside the noun phrase alone.
        ("The company, citing rising costs, said it would close the plant.", "said",
         "The company"),
        # Bracket and dash asides stay, with their closing mark.
        ("Advisers to the campaign (none of them named) suggest the race is close.", "suggest",
         "Advisers to the campaign (none of them named)"),
        ("A spokesman for the firm - a maker of toys in Ohio - noted that sales fell.", "noted",
         "A spokesman for the firm - a maker of toys in Ohio -"),
    ],
)  # fmt: skip
def test_stranded_noun_phrase_found(stranded, text, cue, expected):
    assert stranded(text, cue) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue",
    [
        # A date opening the sentence is when, not who.
        ("Tuesday, after a long debate, said the chairman was the day of the vote.", "said"),
        # A clause opening the sentence is no noun phrase.
        ("When the vote ended, as expected, said the chairman, the hall emptied.", "said"),
        # An aside with no noun phrase before it.
        ("In the end (and after much debate) suggest that the plan passes.", "suggest"),
    ],
)  # fmt: skip
def test_stranded_noun_phrase_not_taken(stranded, text, cue):
    assert stranded(text, cue) is None
