"""Planned readings of "be to", "be set / due / expected / scheduled / slated / about to" and their
negation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.status import event_status
from dossier.models import EventStatus

S = EventStatus

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "nominal", "expected"),
    [
        # A noun subject of "be to" + verb lies ahead.
        ("The talks are to take place in November.", "talks", True, S.PLANNED),
        ("The summit is to be held in the capital.", "summit", True, S.PLANNED),
        ("The ceasefire is to begin at midnight.", "ceasefire", True, S.PLANNED),
        ("The agency said the talks were to take place in November.", "talks", True, S.PLANNED),
        # ... and so does one that is part of a round of it.
        ("A new round of talks is to be held in the port city.", "talks", True, S.PLANNED),
        # Negated, it is still no happening.
        ("The talks are not to take place in November.", "talks", True, S.NEGATED),
        ("The leaders are not to meet this year.", "meet", False, S.NEGATED),
        # Scheduling words and participles.
        ("The election is slated for November.", "election", True, S.PLANNED),
        ("The truce is about to begin.", "truce", True, S.PLANNED),
        ("The vote, scheduled for Sunday, will decide the matter.", "vote", True, S.PLANNED),
        ("The hearing is scheduled to begin on Monday.", "hearing", True, S.PLANNED),
        ("The meeting is expected to take place in the capital.", "meeting", True, S.PLANNED),
        # What did happen stays so.
        ("The talks took place in November.", "talks", True, S.HAPPENED),
        ("The summit was held in the capital.", "summit", True, S.HAPPENED),
        ("The outcome of the talks is to be announced today.", "talks", True, S.HAPPENED),
    ],
)
def test_status_be_to_and_scheduling_words_plan_the_event(nlp, text, trigger, nominal, expected):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=nominal) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # An attribute, and a "be" with a complement of its own, are no "be to" of the noun.
        ("It is a relief to see the rig standing.", "relief"),
        ("Strong winds caused the spill to be harder to contain.", "spill"),
    ],
)
def test_status_be_with_other_infinitives_is_no_plan(nlp, text, trigger):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert event_status(token, nominal=True) == S.HAPPENED
