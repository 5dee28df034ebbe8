"""What a victim was doing when harmed is no target of the harm: "was killed fighting X". Sentences
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _roles(extract, text, trigger):
    return {(a.role, a.text) for m in extract(text) if m.trigger == trigger for a in m.arguments}


@pytest.mark.parametrize(
    ("text", "trigger", "foe"),
    [
        ("Tom Baker was killed fighting Hamas near the border in July.", "killed", "Hamas"),
        ("Two volunteers killed battling the Taliban in the past year include Tom Baker and Sam Reed.",
         "killed", "Taliban"),
        ("Sam Reed died fighting the Taliban in Helmand.", "died", "Taliban"),
        ("Tom Baker was wounded defending Kobani against the militants.", "wounded", "Kobani"),
    ],
)
def test_arguments_the_victims_foe_is_no_target(extract, text, trigger, foe):
    roles = _roles(extract, text, trigger)
    assert roles, "the event and its victim are read"
    assert all(not (role == "target" and foe in name) for role, name in roles), roles


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the victim stays the target
        ("Tom Baker was killed fighting Hamas near the border in July.", "killed", "Tom Baker"),
        # a participle that elaborates the act of an active verb keeps its object as a target
        ("The army launched strikes on Monday, hitting Hamas positions in Gaza.", "launched", "Hamas"),
        ("Gunmen killed Tom Baker on Friday, wounding his brother Sam Baker.", "killed", "Sam Baker"),
    ],
)
def test_arguments_targets_kept(extract, text, trigger, target):
    assert ("target", target) in _roles(extract, text, trigger)
