"""Words of force, custody, protest and request used of games and films: no attack, no arrest.

These tests pin that a play of a game near the verb (a touchdown, a field goal, a jump shot, a
pass), a count of plays ("held to three catches"), a call on a player, a side rallying to a tie, a
transitive march, a chance "at the title", a participle before a name, a film that shoots or
hits theaters, a reflexive torment and pushing "through" something are no attack, arrest, request,
protest or meeting, while the same verbs with weapons, prisoners, crowds and parties still are.
The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # sport: a play near the verb, no weapon
        ("The quarterback hit his tight end for a twelve-yard touchdown in the second half.", T.ATTACK, False),
        ("The kicker hit a 52-yard field goal to win the game.", T.ATTACK, False),
        ("She threw a long pass and then hit her receiver near the sideline.", T.ATTACK, False),
        ("The game ended with his jump shot from the corner.", T.ATTACK, False),
        ("Their star forward was held to three rebounds in the final game.", T.ARREST, False),
        ("The linebacker was called for a late foul in the fourth quarter.", T.REQUEST, False),
        ("Her side rallied to force a tie in the closing minutes.", T.PROTEST, False),
        ("He marched the offense down the field in two minutes.", T.PROTEST, False),
        ("The loss ended the club's shot at the championship.", T.ATTACK, False),
        ("The hosts beat visiting Arlington on Saturday.", T.MEETING, False),
        ("The guard kept fighting through a double-team near the basket.", T.ATTACK, False),
        # film and self
        ("The new film begins shooting in the spring.", T.ATTACK, False),
        ("The new movie is scheduled to hit theaters next winter.", T.ATTACK, False),
        ("The coach spent weeks torturing himself over the choice.", T.ATTACK, False),
        # the same verbs of real force, custody, protest and request
        ("A gunman shot two guards with a rifle in the stadium car park.", T.ATTACK, True),
        ("Soldiers shot at the crowd near the stadium.", T.ATTACK, True),
        ("The rebels were held in a camp near the border.", T.ARREST, True),
        ("Thousands marched through the capital on Sunday.", T.PROTEST, True),
        ("The minister called for a ceasefire on Monday.", T.REQUEST, True),
        ("Gunmen shot the guard outside the bank.", T.ATTACK, True),
        ("Rebels attacked the supply column at the mountain pass on Monday.", T.ATTACK, True),
    ],
)
def test_play_senses_decide_the_type(extract, needs_wordnet, text, event_type, expected):
    assert (event_type in {m.event_type for m in extract(text)}) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The touchdown came late.", "touchdown", True),
        ("A foul was called.", "foul", True),
        ("The zone was quiet.", "zone", False),
        ("The break came late.", "break", False),
        ("The soldier came late.", "soldier", False),
    ],
)
def test_play_senses_is_play(nlp, needs_wordnet, text, word, expected):
    from dossier.extract.play_senses import is_play

    token = next(t for t in nlp(text) if t.text.lower() == word)
    assert is_play(token) is expected
