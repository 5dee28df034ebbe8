"""Nobody hurt, a course only offered, an event that hinges on something, a bare infinitive after
"see" or "have", and a "when" clause of a prospect: no happening. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus

S = EventStatus

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # nobody, written any way, also as the subject of a verb it completes
        ("No-one was hurt in the blaze.", "hurt", False, S.NEGATED),
        ("No one is thought to have been injured.", "injured", False, S.NEGATED),
        ("Nobody appears to have been wounded.", "wounded", False, S.NEGATED),
        ("One guard is thought to have been injured.", "injured", False, S.HAPPENED),
        # a course put forward
        ("The alternative is to have both sides fight it out in court.", "fight", False, S.HYPOTHETICAL),
        ("The plan was to attack the port at dawn.", "attack", False, S.PLANNED),
        # an event that depends on something
        ("The deal probably hinges on the price.", "deal", True, S.HYPOTHETICAL),
        ("The ceasefire depends on the army's withdrawal.", "ceasefire", True, S.HYPOTHETICAL),
        ("The deal was signed on the price agreed last week.", "deal", True, S.HAPPENED),
        # a bare infinitive after a verb of causing or seeing takes its modal
        ("A win would see them meet the champions in the final.", "meet", False, S.HYPOTHETICAL),
        ("Police saw them attack the guard.", "attack", False, S.HAPPENED),
        # a present "when" clause of a prospect lies ahead
        ("She faces ten years in prison when she is sentenced next month.", "sentenced", False, S.PLANNED),
        ("He smiled when he was sentenced last month.", "sentenced", False, S.HAPPENED),
    ],
)
def test_status_negation_nobody_options_and_prospects(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=nominal) == expected
