"""An election told by its result ("won Sunday's election", "the winner of the vote") is an election
that took place (``contest_results``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow

PUBLISHED = date(2031, 6, 10)  # a Tuesday


def _elections(extract, text):
    return [(m.trigger, m.date_value) for m in extract(text, PUBLISHED) if m.event_type == T.ELECTION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # should fire: the object of winning or conceding, dated by its possessive day
        ("The mayor won Sunday's runoff election.", [("election", "2031-06-08")]),
        ("The council declared her the winner of Sunday's presidential election.", [("election", "2031-06-08")]),
        # should fire: a result noun's "in" phrase, and the ballots won in it
        ("Observers said the governor had won the most votes in the May 30 election.", [("election", "2031-05-30")]),
    ],
)
def test_an_election_told_by_its_result(extract, text, expected):
    assert _elections(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # should not fire: a vote on a matter is a decision, not an election
        "The senator won the vote on the budget.",
        # should not fire: the ballots won, with no contest named
        "The challenger won most votes in the capital.",
        # should not fire: an election only talked about
        "The election commission met on Monday.",
        # should not fire: a result only possible, forecast or imagined
        "Analysts say the senator could win the election.",
        "Had the senator won the vote, the party would have split.",
        "Her allies predicted a landslide victory in the election.",
    ],
)
def test_no_election_without_a_contest_decided(extract, text):
    assert _elections(extract, text) == []
