"""An accused appearing in court: a hearing (TRIAL), while appearing on a stage or appearing to do
something is none. The sentences are our own."""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspect will appear at the county court next week.", True),
        ("The two men appeared before a judge on Tuesday.", True),
        ("The band appeared on stage at midnight.", False),
        ("The ceasefire appeared to hold on Tuesday.", False),
    ],
)
def test_judicial_senses_appearing_in_court_is_a_hearing(extract, text, expected):
    assert (T.TRIAL in {m.event_type for m in extract(text)}) is expected
