"""Status of an event from the words that scope over its trigger. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus

S = EventStatus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from dossier.annotate.pipeline import build_nlp

    return build_nlp()


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Washington pressed both sides to agree a ceasefire.", "agree", S.HYPOTHETICAL),
        ("The envoy urged the rebels to sign the accord.", "sign", S.HYPOTHETICAL),
        ("Both sides agreed a ceasefire.", "agreed", S.HAPPENED),
        ("Both sides will sign the accord.", "sign", S.PLANNED),
    ],
)
def test_status_act_pushed_for_by_a_directive_verb_is_hypothetical(nlp, text, trigger, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=False) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("A truce announced by the king was due to begin at dawn.", "truce", S.PLANNED),
        ("The talks are set to resume in the capital.", "talks", S.PLANNED),
        ("The truce began at dawn.", "truce", S.HAPPENED),
    ],
)
def test_status_subject_due_or_set_to_happen_is_planned(nlp, text, trigger, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=True) == expected
