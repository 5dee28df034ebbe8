"""Fixed phrases, names and frames in which an event word names no event.

These tests pin that "as opposed to", "it is accepted that", "settling for a draw", "caught up
in", a thing that "suggests", a scene "captured" on video, money paid to one person, "the talk of"
a topic and an event word inside an organisation's name ("Fire and Rescue") name no event, while
opposing a plan, accepting an offer, settling for a sum, arrests, proposals by parties, captured
fighters, aid to families, talks with a partner and named events ("Hurricane Sandy") still do.
The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Critics praised the quiet ending, as opposed to the loud opening.", T.REJECTION, False),
        ("The senators opposed the plan on Tuesday.", T.REJECTION, True),
        ("It has been widely accepted that the mayor would run again.", T.AGREEMENT, False),
        ("The union accepted the offer on Friday.", T.AGREEMENT, True),
        ("The visitors were happy settling for a draw.", T.AGREEMENT, False),
        ("The firm settled for $2 million with the families.", T.AGREEMENT, True),
        ("A shopper was caught up in the brawl outside the club.", T.ARREST, False),
        ("Police caught the thief outside the club.", T.ARREST, True),
        ("Early polling suggesting a close race worried the party.", T.PROPOSAL, False),
        ("The minister suggested a new round of talks.", T.PROPOSAL, True),
        ("The robbery was captured on a security video.", T.ATTACK, False),
        ("She was given $2 million upfront for the novel.", T.AID, False),
        ("The flood victims were given $2 million in aid.", T.AID, True),
        ("History demanded that she be in the stands that night.", T.DEMAND, False),
        ("The strikers demanded higher pay on Monday.", T.DEMAND, True),
        ("While offering her congratulations to the winner, the mayor spoke of the town.", T.PROPOSAL, False),
        ("The company offered a pay rise of four percent.", T.PROPOSAL, True),
        ("When I asked the coach if he still had the ball, he laughed.", T.REQUEST, False),
        ("The mayor asked the council to delay the vote.", T.REQUEST, True),
        ("The talk of knives had scared the neighbours.", T.NEGOTIATION, False),
        ("The talks with the union resumed on Monday.", T.NEGOTIATION, True),
        ("The mayor thanked Kent Fire and Rescue for their work on the night.", T.AID, False),
        ("The mayor thanked Kent Fire and Rescue for their work on the night.", T.RESCUE, False),
    ],
)
def test_phrase_senses_decide_the_type(extract, needs_wordnet, text, event_type, expected):
    assert (event_type in {m.event_type for m in extract(text)}) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The robbery was captured on a security video.", "captured", True),
        ("Photographers captured the moment on film.", "captured", True),
        ("Troops captured the hilltop town on Monday.", "captured", False),
        ("Rebels captured two soldiers near the border.", "captured", False),
    ],
)
def test_phrase_senses_records_a_scene(nlp, needs_wordnet, text, word, expected):
    from dossier.extract.phrase_senses import records_a_scene

    token = next(t for t in nlp(text) if t.text == word)
    assert records_a_scene(token) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Crews from Kent Fire and Rescue arrived at dawn.", "Rescue", True),
        ("The Mountain Rescue Service was called out.", "Rescue", True),
        ("The rescue of the miners took two days.", "rescue", False),
        ("GUNMEN ATTACK POLICE STATION IN THE NORTH", "ATTACK", False),
        ("Residents fled as Hurricane Sandy approached the coast.", "Hurricane", False),
        ("Veterans of the Iraq War marched on Sunday.", "War", False),
    ],
)
def test_phrase_senses_part_of_name(nlp, text, word, expected):
    from dossier.extract.phrase_senses import part_of_name

    token = next(t for t in nlp(text) if t.text == word)
    assert part_of_name(token) is expected
