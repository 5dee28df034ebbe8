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


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a "that" clause after the cue is its content, not a clause before it the parser also
        # hangs on the cue
        ("The ankle was checked over the weekend and coach Dan Miles said at practice on Tuesday "
         "that the club decided to rest him.",
         ("Dan Miles", "said", "that the club decided to rest him")),
    ],
)
def test_quotes_content_that_clause_after_cue(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
def test_quotes_content_fronted_clause_without_that(quote_triples):
    # with no "that" clause after the cue, a clause before it is still the content
    assert ("the spokesman", "said", "The ferry will sail at noon") in quote_triples(
        "The ferry will sail at noon, the spokesman said on Monday."
    )


@pytest.mark.parametrize(
    "text, index, expected",
    [
        ("Storm nears coast\n\nThe mayor said roads would close.", 0, (0, 3)),  # a headline's words
        ("Storm nears coast\n\nThe mayor said roads would close.", 3, (0, 4)),  # the break ends its line
        ("Storm nears coast\n\nThe mayor said roads would close.", 5, (4, 11)),
        ("One long line with no break at all.", 4, (0, 9)),
        ("Left\nRight", 1, (0, 2)),  # the break's own token closes the line before it
        ("Left\nRight", 2, (2, 3)),
    ],
)
def test_quotes_content_paragraph_of_finds_the_line_of_a_token(nlp, text, index, expected):
    from dossier.annotate.quotes_content import paragraph_of

    doc = nlp.make_doc(text)
    assert paragraph_of(doc, index) == expected
