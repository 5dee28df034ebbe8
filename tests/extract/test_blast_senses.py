"""Whose blast: a bomb's when the sentence or the article told of a bombing (articles we wrote)."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow


def _harm_types(mentions) -> list[tuple[str, models.EventType]]:
    return [(m.trigger, m.event_type) for m in mentions if m.event_type in {T.ATTACK, T.DISASTER}]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a blast with a participle of harm, after the lead told of a bomb
        ("Militants drove a truck bomb to the gate of the consulate on March 3. A huge blast wrecked the "
         "building, killing 30 people.", "killing"),
        # "the explosions" after a bombing named in the lead
        ("Terrorists bombed two hotels in the port on March 3. The explosions at the hotels killed at "
         "least 60 guests.", "explosions"),
        # killed in an explosion, with the bomb named in the sentence before
        ("A car bomb went off near the harbour on March 3. Three guards were killed in the explosion.",
         "explosion"),
    ],
)
def test_a_blast_after_a_bombing_is_the_attack(extract, text, trigger):
    types = dict(_harm_types(extract(text)))
    assert types.get(trigger) is T.ATTACK, types


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # nothing told of a bomb: an explosion is an accident
        ("An explosion tore through a warehouse on March 3, killing three workers.", "killing"),
        # what blew up was a gas main
        ("A gas main burst under the square on March 3. The blast killed 12 people.", "killed"),
        # a bombing told of, but this blast is at a fertilizer plant
        ("Rebels bombed a hotel in the capital last year. On March 3 an explosion at a fertilizer plant "
         "killed nine workers.", "explosion"),
        # a bomb ruled out is no bombing
        ("Police ruled out a bomb. An explosion destroyed a bakery on March 3, killing four people.", "killing"),
    ],
)
def test_a_blast_with_no_bombing_or_an_accidents_source_stays_a_disaster(extract, text, trigger):
    types = dict(_harm_types(extract(text)))
    assert types.get(trigger) is T.DISASTER, types


def test_a_toll_after_a_bombs_blast_counts_the_attack(extract):
    mentions = extract("A bomb hidden in a van went off outside the ministry on March 3. The blast killed "
                       "eight people. Hospital officials later said the death toll had risen to 14.")
    assert T.DISASTER not in {m.event_type for m in mentions}, _harm_types(mentions)


def test_a_bombs_blast_killing_while_wounding_is_one_attack(extract):
    mentions = extract("A bomb hidden in a van went off outside the ministry on March 3. A huge blast "
                       "wrecked the building, killing 25 people while wounding at least 300 people.")
    attacks = [m for m in mentions if m.event_type is T.ATTACK and "wrecked" in m.sentence]
    assert len(attacks) == 1, [(m.trigger, m.quantities) for m in attacks]
    assert {q.role for q in attacks[0].quantities} == {"people", "people_wounded"}
