"""A candidate's share of the vote: ``vote_share@<folded name>`` on the election, dated as the election.

Outlets citing rival counts disagree on these shares, so each must reach the election with the
candidate's name in its role, and a share of the count done, a survey's figure or a share one needs
must not. Sentences written for these tests (a fictional election in Norland).
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


def _shares(extract, text, published=None):
    mentions = [m for m in (extract(text, published) if published else extract(text)) if m.event_type == T.ELECTION]
    return {(q.role, q.low) for m in mentions for q in m.quantities if q.role.startswith("vote_share")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun stands for the one person named before it
        ("The commission declared President Ann Kell the winner of Sunday's election, saying she took 52.4% of the "
         "vote against 41.3% for opposition candidate Piet Vandam.",
         {("vote_share@ann kell", 52.4), ("vote_share@piet vandam", 41.3)}),
        ("The commission on Friday released an update giving Kell 53.1% and Vandam 40.9%, with 95% of the votes "
         "counted.", {("vote_share@kell", 53.1), ("vote_share@vandam", 40.9)}),
        ("The opposition said its tally sheets showed Piet Vandam winning 64% of the vote against 33% for Kell.",
         {("vote_share@piet vandam", 64.0), ("vote_share@kell", 33.0)}),
    ],
)
def test_vote_shares_are_tied_to_their_candidate(extract, text, expected):
    assert _shares(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share of the count done, or of the machines, is no candidate's share
        "The commission said 95% of the votes had been counted in the election.",
        "The opposition posted tally sheets from 80% of voting machines after the election.",
        # a survey's figure is no result
        "Polls before the election gave Kell 60% of the vote.",
        # a share one needs is no result
        "Kell must win 50% of the vote to avoid a runoff in the election.",
    ],
)
def test_vote_shares_leave_other_percentages(extract, text):
    assert _shares(extract, text) == set()


def test_vote_shares_date_the_election_not_the_update(extract):
    text = ("Norland held its presidential election on Sunday, March 3. "
            "The commission on Friday released an update giving Kell 53.1% and Vandam 40.9% of the vote.")
    mentions = [m for m in extract(text, date(2030, 3, 9)) if m.event_type == T.ELECTION and m.quantities]
    assert mentions and {m.date_value for m in mentions} == {"2030-03-03"}


def test_vote_shares_without_an_election_day_leave_the_election_undated(extract):
    text = "The opposition on Tuesday posted tally sheets it said showed Vandam winning 64% of the vote."
    mentions = [m for m in extract(text, date(2030, 3, 9)) if m.event_type == T.ELECTION and m.quantities]
    assert mentions and {m.date_value for m in mentions} == {None}
