"""Events called off or put off, "let alone", judged courses, "look forward to", purposes of a
gathering, performatives, past time clauses, kinds of event and settings. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus

S = EventStatus

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # an event called off or broken off is not taking place; one put off is still ahead
        ("Peace talks between the two countries have been cut off for three years.", "talks", True, S.NEGATED),
        ("The union called off the strike.", "strike", True, S.NEGATED),
        ("The summit was cancelled after the storm.", "summit", True, S.NEGATED),
        ("The vote was postponed until May.", "vote", True, S.PLANNED),
        ("The talks were held in a hotel near the border.", "talks", True, S.HAPPENED),
        # "let alone", "much less" follow a negative
        ("Few could afford to eat, let alone travel abroad.", "travel", False, S.NEGATED),
        ("They ate first and then travelled abroad.", "travelled", False, S.HAPPENED),
        # a means gerund shares its verb's mood
        ("Critics warned the army would break the treaty by attacking the town.", "attacking", False, S.PLANNED),
        ("The army broke the treaty by attacking the town.", "attacking", False, S.HAPPENED),
        # a course judged in the present is not a deed
        ("We think it better to withdraw the troops.", "withdraw", False, S.HYPOTHETICAL),
        ("It is better to withdraw the troops now.", "withdraw", False, S.HYPOTHETICAL),
        # looking forward to an act puts it ahead
        ("The mayor said he looked forward to visiting Paris.", "visiting", False, S.PLANNED),
        ("The mayor said he enjoyed visiting Paris.", "visiting", False, S.HAPPENED),
        # the purpose of a gathering that took place is what it did; other purposes are ahead
        ("Veterans gathered Tuesday night to protest the decision.", "protest", False, S.HAPPENED),
        ("Engineers drilled a second well to stop the leak.", "stop", False, S.PLANNED),
        # a first-person "I am here to tell you" is the telling
        ('"Today I am here to tell you we have our man," the chief said.', "tell", False, S.HAPPENED),
        ("The minister is here to sign the accord.", "sign", False, S.PLANNED),
        # a time clause in the past is no future clause
        ("The prisoners will stay in jail even after a judge on Monday refused to order their release.",
         "refused", False, S.HAPPENED),
        ("The minister will address the nation after he meets the rebels.", "meets", False, S.PLANNED),
        # a kind of event said to be common is no one happening
        ("Robberies at petrol stations have become so common that owners hire guards.", "Robberies", True,
         S.HYPOTHETICAL),
        ("Three robberies at petrol stations have been reported this week.", "robberies", True, S.HAPPENED),
        # a request made at a meeting is no request for the meeting
        ("The ministers invited the three countries to join the alliance at the Rome summit.", "summit", True,
         S.HAPPENED),
        ("The ministers urged the three countries to attend the Rome summit.", "summit", True, S.HYPOTHETICAL),
    ],
)
def test_status_phrases(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal) == expected
