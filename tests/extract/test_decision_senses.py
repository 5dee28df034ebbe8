"""Board votes, "dismissed as", anonymity, insisting on a fact, states that return, appointments
"as" a post: the everyday senses of election, rejection, request, demand, release and statement
words. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a body deciding by vote elects no one
        ("The county board voted to deny the farm further credit.", T.ELECTION, False),
        ("The committee, which had met twice, voted to close the plant.", T.ELECTION, False),
        ("Union members will vote on the strike next month.", T.ELECTION, False),
        ("The union held a \"yes\" vote on Monday.", T.ELECTION, False),
        ("Voters in the province elected a new governor on Sunday.", T.ELECTION, True),
        ("Millions voted in the presidential election on Sunday.", T.ELECTION, True),
        ("The party members voted to elect a new leader.", T.ELECTION, True),
        # "dismissed as" judges; "dismissed the offer" rejects
        ("The vote was dismissed by the opposition as a farce.", T.REJECTION, False),
        ("The rebels dismissed the offer of talks on Monday.", T.REJECTION, True),
        # asking not to be named is how a source is quoted
        ("A police officer told reporters about the raid, requesting anonymity.", T.REQUEST, False),
        ("The mayor requested emergency funds from the state.", T.REQUEST, True),
        # insisting on a fact claims; insisting on a deed demands
        ("The owner has insisted that the only aim was to save the farm.", T.DEMAND, False),
        ("The union insisted that the manager must resign.", T.DEMAND, True),
        # a state that returns frees no one; captives returned are
        ("By evening a tense calm began to return to the old town.", T.RELEASE, False),
        ("The rebels returned the hostages to their families.", T.RELEASE, True),
        # a post given "as" by an announcing verb is an appointment
        ("The studio on Friday unveiled Maria Lopez as the host of the gala.", T.APPOINTMENT, True),
        ("Maria Lopez was announced Friday as the new coach of the club.", T.APPOINTMENT, True),
        ("The studio unveiled its new film on Friday.", T.APPOINTMENT, False),
        ("The club announced a new stadium on Friday.", T.APPOINTMENT, False),
        ("The club confirmed that Maria Lopez will be the new coach.", T.APPOINTMENT, True),
        ("The club confirmed that the match will be played on Sunday.", T.APPOINTMENT, False),
        # a discussion of nothing named is no negotiation
        ("\"We are still discussing,\" the coach said on Monday.", T.NEGOTIATION, False),
        ("The two ministers discussed the border dispute on Monday.", T.NEGOTIATION, True),
        # an adjective coordinated with one proposes nothing
        ("She was a bright and promising student.", T.PROPOSAL, False),
        ("The minister promised new elections in the spring.", T.PROPOSAL, True),
    ],
)
def test_decision_senses_decide_the_type(extract, needs_wordnet, text, event_type, expected):
    assert (event_type in {m.event_type for m in extract(text)}) is expected
