"""Fighting *for* a goal, and killing talked about, are no attack (sentences we wrote)."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "It is the kind of promotion many nurses say they have had to fight for.",
        "Parents fought for a new school in the district on March 3.",
        "The bishop dismissed the talk about killing the mayor as nonsense.",
    ],
)
def test_no_attack(extract, text):
    assert T.ATTACK not in {m.event_type for m in extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        # an armed doer fighting for ground, and a fight with an opponent, stay fighting
        "Rebels fought for control of the town on March 3.",
        "Government troops fought with rebels near the border on March 3.",
        # a killing named as a happening stays
        "Gunmen shot the mayor on March 3. The bishop condemned the killing of the mayor.",
    ],
)
def test_still_an_attack(extract, text):
    assert T.ATTACK in {m.event_type for m in extract(text)}
