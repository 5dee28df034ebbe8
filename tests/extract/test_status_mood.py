"""Questions, guesses, open questions, calls for a deed, participles under a modal, and events
announced or said to lie ahead: no happening. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus

S = EventStatus

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # questions and guesses
        ("Will the rebels attack the town again?", "attack", False, S.HYPOTHETICAL),
        ("Do we really want him hosting the talks?", "hosting", False, S.HYPOTHETICAL),
        ("Who attacked the convoy?", "attacked", False, S.HAPPENED),
        ("I'm assuming it's arson.", "arson", True, S.HYPOTHETICAL),
        ("Police said it was arson.", "arson", True, S.HAPPENED),
        # an open question
        ("It does not matter who gets elected.", "elected", False, S.HYPOTHETICAL),
        ("It is known who was elected.", "elected", False, S.HAPPENED),
        # a deed called for
        ("The opposition renewed calls for the minister to resign.", "resign", False, S.HYPOTHETICAL),
        ("The minister resigned after the calls grew louder.", "resigned", False, S.HAPPENED),
        # a participle shares the mood of its verb
        ("The club could do it quickly, signing him for ten years.", "signing", False, S.HYPOTHETICAL),
        ("The army stormed the town, killing ten people.", "killing", False, S.HAPPENED),
        ("Police moved in with tanks, killing two protesters.", "killing", False, S.HAPPENED),
        # announced or ahead
        ("Students announced new rallies on Friday.", "rallies", True, S.PLANNED),
        ("More strikes ahead in the capital", "strikes", True, S.PLANNED),
        ("Students staged new rallies on Friday.", "rallies", True, S.HAPPENED),
    ],
)
def test_status_mood_questions_guesses_and_plans(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=nominal) == expected
