"""Statuses an event noun takes from a predicate of "be" and from "short of" (``status``)."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The agency stopped short of declaring a pandemic.", "pandemic", EventStatus.NEGATED),
        ("The army fell short of attacking the port.", "attacking", EventStatus.NEGATED),
        ("Officials said a pandemic is imminent.", "pandemic", EventStatus.PLANNED),
        ("Experts said a pandemic was not yet inevitable.", "pandemic", EventStatus.HYPOTHETICAL),
        ("The agency said only that a pandemic is possible.", "pandemic", EventStatus.HYPOTHETICAL),
        ("The outbreak is not over, the minister said.", "outbreak", EventStatus.ONGOING),
        ("The talks are over.", "talks", EventStatus.HAPPENED),
        ("The outbreak may not be as severe as it first looked.", "outbreak", EventStatus.HAPPENED),
        ("A war would be devastating.", "war", EventStatus.HYPOTHETICAL),
        ("Doctors warned of an imminent pandemic.", "pandemic", EventStatus.PLANNED),
        ("The ceasefire is not to take effect before Monday.", "ceasefire", EventStatus.NEGATED),
    ],
)
def test_status_copular_predicates(nlp, text, word, status):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert event_status(token, token.pos_ in {"NOUN", "PROPN"}) == status
