"""What a sure verb no reader frames reports (quotes_sure.read_plainly): the clause or predicate
after it, else the words of its sentence before it, never an addressee or an adverbial clause.
Sentences written for these tests; the reading is called directly, so no weights are needed."""

from __future__ import annotations

import pytest

from .sure_cues import plain_reading


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The bridge, the engineer said, needs new cables.", "said", ("said", "The bridge")),
        ("The council seems unlikely to approve the budget.", "seems",
         ("seems", "unlikely to approve the budget")),
        ("The governor addressed her staff on Monday.", "addressed", None),  # an addressee
        ("Asked whether he would run again, the mayor smiled.", "smiled", None),  # adverbial
    ],
)
def test_quotes_sure_reads_plainly(base_nlp, text, word, expected):
    assert plain_reading(base_nlp, text, word) == expected
