"""Fates read from a table line's label: "Injured: 212" counts the wounded, not the dead. Texts
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TABLE = (
    "The following are the latest figures for the dead and injured in the train crash.\n\n"
    "NORTH:\nTotal dead: 31\nInjured: 212\nHospitalized: 40\n"
)


def _roles(mentions, number: str) -> set[str]:
    return {q.role for m in mentions for q in m.quantities if q.text == number}


def test_table_label_names_the_fate(extract):
    mentions = extract(TABLE)
    roles = _roles(mentions, "212")
    assert roles and all(role.startswith("people_wounded") for role in roles)


def test_a_number_in_prose_keeps_its_verb_fate(extract):
    mentions = extract("The explosion killed 14 people and injured 212 others on Monday.")
    assert "people" in _roles(mentions, "14")
    assert not any(role.startswith("people_wounded") for role in _roles(mentions, "14"))
