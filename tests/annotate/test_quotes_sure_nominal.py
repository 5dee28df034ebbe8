"""What a sure noun or adjective no reader frames reports (quotes_sure_nominal.read_nominal): its
own complement, the "that"-clause its verb or copula carries, or its noun's phrase; never the
words before it. Sentences written for these tests; the reading is called directly."""

from __future__ import annotations

import pytest

from .sure_cues import plain_reading


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The mayor offered her firmest promise yet that she would not raise taxes.", "promise",
         ("promise", "that she would not raise taxes")),
        ("It is clear that the bridge needs new cables.", "clear",
         ("clear", "that the bridge needs new cables")),
        ("Some of the farmers are less confident in the new minister.", "confident",
         ("less confident", "the new minister")),
        ("The senator launched a harsh attack on the budget last night.", "harsh",
         ("harsh", "the budget")),
        ("The minister's response was: the budget is final.", "response",
         ("response", "the budget is final")),
        ("The union started a petition this week calling on the council to act.", "petition",
         ("petition", "calling on the council to act")),
        ("The mayor brags that the roads are better.", "brags",
         ("brags", "that the roads are better")),
        ("The problem is the cost of the plan.", "problem", None),  # names the problem
        ("The old bridge needs new cables.", "old", None),  # nothing after its noun
    ],
)
def test_quotes_sure_reads_nominal(base_nlp, text, word, expected):
    assert plain_reading(base_nlp, text, word) == expected
