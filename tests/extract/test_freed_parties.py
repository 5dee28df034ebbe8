"""A release of a person told by name or by a plain noun for people: our own sentences.

``freed_parties.frees_person`` lets "freed" / "released" / "handed over" type a release when what
they act on is a person, where before only nouns of captivity ("hostages", "prisoners") did; the
same verbs freeing no one held, or verbs that do not mean freeing, stay what they were.
"""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels freed Maria Lopez on Saturday.", "freed"),
        ("Maria Lopez was released by the rebels on Saturday.", "released"),
        ("Two aid workers and their driver were freed after a week.", "freed"),
        ("The gunmen released the pilot and his brother on Monday.", "released"),
        ("Three women were handed over to the Red Cross on Sunday.", "handed"),
        ("The army freed them at dawn.", "freed"),
    ],
)
def test_a_person_freed_is_a_release(trigger_types, text, word):
    assert trigger_types(text).get(word) == "release"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Maria Lopez was released from hospital on Friday.", "released"),  # no one held her
        ("The club released its striker from his contract.", "released"),
        ("Lopez was handed a yellow card in the first half.", "handed"),  # what was given is the object
        ("Two men returned home on Friday.", "returned"),  # returning is not being freed
        ("The band released a new album on Friday.", "released"),
        ("The rebels handed Lopez a list of demands.", "handed"),
    ],
)
def test_the_same_verbs_freeing_no_one_held_are_no_release(trigger_types, text, word):
    assert trigger_types(text).get(word) != "release"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Of the 40 prisoners the army freed on Tuesday, six were sent abroad.", "2030-03-05"),
        ("Most of the hostages the gunmen released on Tuesday were women.", "2030-03-05"),
        ("The hostages freed on Tuesday were flown home.", "2030-03-05"),
    ],
)
def test_a_dated_relative_clause_frees_the_people_it_describes(extract, text, day):
    # the noun the clause hangs on is what it acts on ("the prisoners [the army freed _]")
    releases = [m for m in extract(text) if m.event_type.value == "release"]
    assert [m.date_value for m in releases] == [day]


@pytest.mark.slow
def test_an_undated_relative_clause_still_only_describes(extract):
    assert not [m for m in extract("The prisoners who were freed went home.") if m.event_type.value == "release"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Firefighters worked for hours to free a woman trapped under the collapsed roof.",
        "On their first rescue mission the team found her and freed her.",
    ],
)
def test_a_person_freed_from_danger_is_no_release(trigger_types, text):
    assert "release" not in trigger_types(text).values()
