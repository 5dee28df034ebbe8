"""Passive subjects, "by" agents, and names that the trigger's relative clause or participle describes."""

from __future__ import annotations

import pytest

from .conftest import roles_of

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(
    ("text", "event_type", "roles"),
    [
        # active and passive, with and without "by"
        ("Police shot Maria Lopez outside a bakery on Friday.", "attack", [("target", "Maria Lopez")]),
        ("Maria Lopez was killed on Friday.", "attack", [("target", "Maria Lopez")]),
        ("Maria Lopez got shot outside a bakery on Friday.", "attack", [("target", "Maria Lopez")]),
        ("Tom Brady was arrested by the FBI on Friday.", "arrest", [("actor", "FBI"), ("target", "Tom Brady")]),
        # a relative clause on the name: passive, then active
        ("Maria Lopez, 35, who was shot by police on Friday, died in hospital.", "attack",
         [("target", "Maria Lopez")]),
        ("Jerry Ortiz, a deputy who was killed on Friday, had two sons.", "attack", [("target", "Jerry Ortiz")]),
        # a participle set off by commas after the name
        ("Deputy Tom Brady, shot outside an apartment on Friday, died at the scene.", "attack",
         [("target", "Tom Brady")]),
    ],
)
def test_argument_clauses_the_one_acted_on_is_the_target(extract, text, event_type, roles):
    assert roles_of(extract(text), event_type) == roles


@pytest.mark.parametrize(
    ("text", "event_type", "roles"),
    [
        # the doer stays the doer: an aside that is not the name's, an active verb with its object
        ("Tom Brady, however, shot first on Friday.", "attack", [("actor", "Tom Brady")]),
        ("Maria Lopez, 35, shot two men on Friday.", "attack", [("actor", "Maria Lopez")]),
        ("The gunman, Tom Brady, shot first and fled on Friday.", "attack", [("actor", "Tom Brady")]),
        # the one who died is the death's own party, as in "X died"
        ("Maria Lopez, 35, who was shot by police on Friday, died in hospital.", "death",
         [("actor", "Maria Lopez")]),
    ],
)
def test_argument_clauses_the_doer_stays_the_actor(extract, text, event_type, roles):
    assert roles_of(extract(text), event_type) == roles
