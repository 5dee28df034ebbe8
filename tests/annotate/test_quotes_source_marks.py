"""Source spans end where annotators end them: past the comma, dash or quotation mark that closes
an aside inside the source (quotes_source). On sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A dash closing an aside the source opened stays in it.
        ("The council members — and, above all, the mayor — said the budget was too thin.",
         ("The council members — and, above all, the mayor —", "said", "the budget was too thin")),
        # A closing quotation mark whose opening one is in the source stays.
        ("Jane Roe, the singer known as “Echo,” said the tour would go on.",
         ("Jane Roe, the singer known as “Echo,”", "said", "the tour would go on")),
        # The comma after an aside of any kind, an age here, stays.
        ("Jane Roe, 58, said the plan would fail.",
         ("Jane Roe, 58,", "said", "the plan would fail")),
    ],
)  # fmt: skip
def test_quotes_source_keeps_closing_marks(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
def test_quotes_source_hyphen_is_no_dash(quote_triples):
    """A hyphen inside a word ("Ohio-based") closes no aside: the dash after the name stays out."""
    triples = quote_triples("The Ohio-based union said the strike would last a week.")
    assert ("The Ohio-based union", "said", "the strike would last a week") in triples
