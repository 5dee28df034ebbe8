"""Status of an event from the words that scope over its trigger. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus

S = EventStatus

pytestmark = pytest.mark.slow





@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # An act a directive verb pushes for is hypothetical.
        ("Washington pressed both sides to agree a ceasefire.", "agree", False, S.HYPOTHETICAL),
        ("The envoy urged the rebels to sign the accord.", "sign", False, S.HYPOTHETICAL),
        ("Both sides agreed a ceasefire.", "agreed", False, S.HAPPENED),
        ("Both sides will sign the accord.", "sign", False, S.PLANNED),
        # A subject due or set to happen is planned.
        ("A truce announced by the king was due to begin at dawn.", "truce", True, S.PLANNED),
        ("The talks are set to resume in the capital.", "talks", True, S.PLANNED),
        ("The truce began at dawn.", "truce", True, S.HAPPENED),
        # "is to" + verb, a purpose, and a time clause of a future main clause lie ahead.
        ("The council is to meet at noon today.", "meet", False, S.PLANNED),
        ("The crews drilled a second well to halt the leak.", "halt", False, S.PLANNED),
        ("The premier will address the nation before he meets the envoys.", "meets", False, S.PLANNED),
        ("The premier met the envoys before he flew home.", "met", False, S.HAPPENED),
        # nobody underwent it
        ("Police said none of the passengers were hurt.", "hurt", False, S.NEGATED),
        ("No one was hit by the shots.", "hit", False, S.NEGATED),
        ("Two of the passengers were hurt.", "hurt", False, S.HAPPENED),
        # rated as hard to do, avoided, or the subject of a modal: not done
        ("The champion is very hard to hit.", "hit", False, S.HYPOTHETICAL),
        ("The crew took care to avoid killing the hostages.", "killing", False, S.HYPOTHETICAL),
        ("Bombing the camps would only make things worse.", "Bombing", False, S.HYPOTHETICAL),
        # an aim is not a deed
        ("He drove to the depot with the purpose of robbing the cashier.", "robbing", False, S.PLANNED),
    ],
)
def test_status_from_the_words_scoping_over_the_trigger(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=nominal) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # What someone argues for has not happened.
        ("The envoy spoke in support of repatriating the children.", "repatriating", False, S.HYPOTHETICAL),
        ("Aid groups renewed their call for the release of the hostages.", "release", True, S.HYPOTHETICAL),
        # What is welcomed or opposed has.
        ("The release of the hostages was welcomed by their families.", "release", True, S.HAPPENED),
    ],
)
def test_status_what_is_argued_for_is_hypothetical(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=nominal) == expected
