"""A nationality before a noun for people is part of that noun's phrase, not a party of its own.

"Dutch fighters were captured" captured fighters, not the Netherlands; "Dutch officials said"
speaks for the Netherlands. The sentences are our own.
"""

from __future__ import annotations

import pytest


def _parties(mentions, trigger: str) -> set[tuple[str, str, str | None]]:
    return {(a.role, a.text, a.country) for m in mentions if m.trigger == trigger for a in m.arguments}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("Dutch fighters were captured by the militia near the river.", "captured", ("target", "Dutch fighters")),
        ("The Kurds handed over 13 Belgian jihadists to Iraq.", "handed", ("target", "Belgian jihadists")),
        ("Police arrested two suspected Swedish militants on Monday.", "arrested",
         ("target", "suspected Swedish militants")),
    ],
)
def test_nationality_of_people_stays_in_their_phrase(extract, text, trigger, party):
    parties = _parties(extract(text), trigger)
    assert party in {(role, words) for role, words, _ in parties}
    nationality = party[1].split()[-2]
    assert not any(words == nationality for _, words, _ in parties)  # no bare "Dutch" as a party


@pytest.mark.slow
def test_nationality_phrase_keeps_its_country(extract):
    parties = _parties(extract("Dutch fighters were captured by the militia near the river."), "captured")
    assert ("target", "Dutch fighters", "Netherlands") in parties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # agents of a state act for it: the state stays the party
        ("Turkish troops shelled the border town on Monday.", "shelled", ("actor", "Turkish")),
        ("The men were transferred to Iraqi custody in February.", "transferred", ("target", "Iraqi")),
    ],
)
def test_nationality_of_state_agents_stays_the_state(extract, text, trigger, party):
    parties = _parties(extract(text), trigger)
    assert party in {(role, words) for role, words, _ in parties}


@pytest.mark.slow
def test_two_nationalities_of_one_phrase_give_one_party(extract):
    parties = _parties(extract("Kurdish forces captured British and French fighters near the town."), "captured")
    targets = [words for role, words, _ in parties if role == "target"]
    assert targets == ["British and French fighters"]


@pytest.mark.slow
def test_members_of_a_group_are_people_not_their_state(extract):
    parties = _parties(extract("Police arrested two Belgian members of the cell in March."), "arrested")
    assert ("target", "Belgian members", "Belgium") in parties


@pytest.mark.slow
def test_a_named_person_is_the_party_not_the_phrase_describing_him(extract):
    parties = _parties(extract("Her Dutch husband, Jan Smit, was arrested in March."), "arrested")
    assert not any("husband" in words for _, words, _ in parties)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # groups that act for themselves
        ("Syrian opposition groups rejected the plan.", "rejected", ("actor", "Syrian opposition groups")),
        # a nationality no state answers for cannot stand for one: the phrase is the party
        ("Kurdish forces captured two smugglers near the border.", "captured", ("actor", "Kurdish forces")),
    ],
)
def test_nationality_of_groups_and_of_stateless_peoples_stays_in_the_phrase(extract, text, trigger, party):
    parties = _parties(extract(text), trigger)
    assert party in {(role, words) for role, words, _ in parties}
