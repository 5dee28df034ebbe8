"""Status from the shape of the clause a trigger stands in (``status_clauses``) and from verbs of
arranging, hoping, expecting and resolving. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus

S = EventStatus

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # An act arranged, hoped for, expected or resolved on is not reported as done.
        ("The boss arranged to have the informant murdered before the hearing.", "murdered", False, S.PLANNED),
        ("The gang plotted to kill the judge.", "kill", False, S.PLANNED),
        ("Agents raided the farm, hoping to capture the smuggler.", "capture", False, S.PLANNED),
        ("Lawyers expected the officer to be indicted next week.", "indicted", False, S.PLANNED),
        ("The rebels are determined to attack the capital.", "attack", False, S.HYPOTHETICAL),
        # Done: the same verbs reporting a deed.
        ("The boss had the informant murdered before the hearing.", "murdered", False, S.HAPPENED),
        ("Agents raided the farm and captured the smuggler.", "captured", False, S.HAPPENED),
        ("The officer was indicted last week.", "indicted", False, S.HAPPENED),
    ],
)
def test_intended_acts(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=nominal) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # A generic subject in the present states a rule, not an event.
        ("Whenever one is attacked, the whole street suffers.", "attacked", False, S.HYPOTHETICAL),
        ("Anyone who is arrested gets a lawyer.", "arrested", False, S.HYPOTHETICAL),
        ("When the guard was attacked, the whole street suffered.", "attacked", False, S.HAPPENED),
        ("One of the guards was attacked on Monday.", "attacked", False, S.HAPPENED),
        # A threat joined by "or" to an order happens only if the order is not obeyed.
        ('"Drop the bag or I will shoot," the robber shouted.', "shoot", False, S.HYPOTHETICAL),
        ("He dropped the bag, or the robber shot him.", "shot", False, S.HAPPENED),
        # Nobody taken into custody: no arrest; nobody hurt in an attack: the attack still happened.
        ("No arrests were made and nobody has been taken into custody.", "custody", True, S.NEGATED),
        ("Three men have been taken into custody.", "custody", True, S.HAPPENED),
        ("Nobody was injured in the explosion.", "explosion", True, S.HAPPENED),
        # A headline's colon: the noun before it is no argument of the clause after it.
        ("Clashes after vote: opposition leader did not concede", "Clashes", True, S.HAPPENED),
        ("The clashes did not spread to the capital.", "clashes", True, S.NEGATED),
        # An English time clause takes no "will": a noun after "after" there is the preposition's.
        ("Curbs on travel after the cholera outbreak will be debated on Friday.", "outbreak", True, S.HAPPENED),
        ("The summit will open after the ministers arrive.", "summit", True, S.PLANNED),
    ],
)
def test_clause_shapes(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=nominal) == expected


def test_resolved_participle_is_no_deed(nlp):
    doc = nlp("Police are hunting gangs determined to rob as many banks as they can.")
    token = next(t for t in doc if t.text == "rob")
    assert event_status(token, nominal=False) == S.HYPOTHETICAL
