"""Whose toll an agentless killing tells: the article's disaster or an attack (articles we wrote)."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a disaster, a killing with no doer is its toll
        ("The earthquake struck the coast on March 3. Up to 900 people were killed, officials said.",
         [T.DISASTER, T.DISASTER]),
        # after an attack with a doer, it stays an attack
        ("Rebels attacked the convoy on March 3. Twelve soldiers were killed, officials said.",
         [T.ATTACK, T.ATTACK]),
        # with no harm told before, the words decide
        ("Twelve soldiers were killed on March 3, officials said.", [T.ATTACK]),
        # a disaster named as the cause in the sentence, though hung on another verb
        ("Up to 900 people were killed and thousands left homeless by the cyclone on March 3.",
         [T.DISASTER]),
        # a disaster only named, as what a later report follows from, is the article's disaster
        ("Schools stayed shut in the towns hit by Sunday's earthquake. At least 300 people were killed, "
         "the governor said.", [T.DISASTER]),
        ("Food ran short in the towns hit by last week's flood. The number of dead rose to 1,200 on Tuesday.",
         [T.DISASTER]),
        # a figurative one, or one modifying another noun, names no disaster
        ("The vote was a political earthquake for the ruling party. Three people were killed in the "
         "capital on Friday.", [T.ATTACK]),
        ("The city spent millions on flood defences. Two guards were killed on Friday.", [T.ATTACK]),
        # a named doer keeps the attack even after a disaster
        ("The flood hit the valley on March 3. Two guards were shot by looters on March 4.",
         [T.DISASTER, T.ATTACK]),
    ],
)
def test_harm_context_agentless_killing_is_the_told_disasters_toll(extract_doc, text, expected):
    types = [m.event_type for m in extract_doc(text)[1] if m.event_type in {T.DISASTER, T.ATTACK}]
    assert types == expected
