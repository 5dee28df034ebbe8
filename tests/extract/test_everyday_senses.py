"""Contests, denials and offered words: the everyday senses of attack, rejection and proposal verbs.

These tests pin that a team beating another, a score beside "beat" or a figure ("beat the law")
is no attack while people beaten still are; that denying a claim is no rejection while denying a
request or entry is; that offering words ("an explanation") proposes nothing; and that a jury or
experts agreeing give a verdict or a view, not an accord. The sentences
are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("The team beat Chelsea 2-1 on Saturday.", T.ATTACK, False),
        ("The Lakers were beaten 102-99 by the Celtics on Monday.", T.ATTACK, False),
        ("Over time he proved better at beating the law than his rival.", T.ATTACK, False),
        ("Police beat the protesters with batons on Monday.", T.ATTACK, True),
        ("The man was beaten to death on Monday.", T.ATTACK, True),
        ("Guards beat him in his cell on Monday.", T.ATTACK, True),
        ("His supporters denied that he was involved in the plot.", T.REJECTION, False),
        ("Denying he was a smuggler, he walked out of the court.", T.REJECTION, False),
        ("The ministry denied the allegations on Monday.", T.REJECTION, False),
        ("The government denied the request for asylum on Monday.", T.REJECTION, True),
        ("The border guards denied entry to the refugees on Monday.", T.REJECTION, True),
        ("His lawyer offered the explanation that he was ill.", T.PROPOSAL, False),
        ("The minister offered his views on the budget.", T.PROPOSAL, False),
        ("Moscow offered a three-day truce on Monday.", T.PROPOSAL, True),
        ("It was not until 1997 that a jury agreed.", T.AGREEMENT, False),
        ("Experts agree that the dam was poorly built.", T.AGREEMENT, False),
        ("The union agreed to a pay deal with the company on Monday.", T.AGREEMENT, True),
    ],
)
def test_everyday_senses_decide_the_type(extract, text, event_type, expected):
    assert (event_type in {m.event_type for m in extract(text)}) is expected
