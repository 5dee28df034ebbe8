"""A source read inside a quotation whose cue stands outside it (quotes_source_quoted); on
sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes import find_quotes


def _sources(base_nlp, text: str) -> list[str | None]:
    doc = base_nlp(text)
    return [
        None if quote.source_start is None else text[quote.source_start : quote.source_end]
        for quote in find_quotes(doc, "test")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ('The council met on Monday. "Not now," wrote a resident who runs the neighbourhood '
         "forum.", "a resident who runs the neighbourhood forum"),
        ('The vote was close. "Everyone who voted for it, it is like a gamble," said Jane Roe, '
         "who chairs the board.", "Jane Roe, who chairs the board"),
    ],
)  # fmt: skip
def test_quoted_source_moves_after_the_cue(base_nlp, text, expected):
    sources = _sources(base_nlp, text)
    assert expected in sources
    assert not any(source and '"' in source for source in sources)
