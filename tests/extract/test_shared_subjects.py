"""A verb coordinated with another does what its subject does ("Protesters banged pots and blocked
roads": ``thing_kinds.doers``), and "called for ... to be" asks even when the parser makes "for" the
mark of the clause (``trigger_fit._call_is_request``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


def _types(extract, text):
    return {m.event_type for m in extract(text)}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # should fire: the crowd blocks, by the subject of the verb it is coordinated with
        ("Demonstrators waved flags and blocked the main bridge on Friday.", T.PROTEST, None),
        # should fire: a call for a clause the parser marks with "for"
        ("Three governments called on Thursday for the full count to be released.", T.REQUEST, None),
        # should not fire: a storm that blocks roads is no protest
        ("The storm felled trees and blocked roads on Friday.", None, T.PROTEST),
    ],
)
def test_shared_subjects_and_calls(extract, text, expected, absent):
    found = _types(extract, text)
    assert (expected is None or expected in found) and (absent is None or absent not in found)
