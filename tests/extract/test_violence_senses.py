"""Violence named by its own word (murder, stabbing, slaying, shooting, ambush) and the everyday
twins kept out; a child handed between guardians; help from the public; a gathering as the scene of
violence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow


def _types(mentions) -> dict[str, models.EventType]:
    return {m.trigger: m.event_type for m in mentions}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The stabbing of a teenager near the station shocked the town.", "stabbing"),
        ("The slaying of the magistrate drew protests from lawyers.", "slaying"),
        ("Investigators combed the woods after the shooting.", "shooting"),
        ("A courier was stabbed to death in the car park.", "stabbed"),
        ("The intruder murdered two guards.", "murdered"),
        ("A cashier was gunned down outside the pharmacy on Friday.", "gunned"),
        ("Bandits ambushed a fuel convoy on the mountain road.", "ambushed"),
        ("Two officers fled after the shootout with the smugglers.", "shootout"),
        ("The farmer was stabbed in the back by a stranger.", "stabbed"),
    ],
)
def test_violence_words_are_attacks(extract, text, trigger):
    assert _types(extract(text)).get(trigger) is T.ATTACK


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The crew finished shooting the film in May.", "shooting"),
        ("Skeet shooting draws crowds to the county fair.", "shooting"),
        ("The champions are gunning for a fourth title.", "gunning"),
        ("The minister was ambushed by reporters outside the chamber.", "ambushed"),
        ("The senator was stabbed in the back by her own party.", "stabbed"),
    ],
)
def test_everyday_twins_are_no_attack(extract, text, trigger):
    assert trigger not in _types(extract(text))


def test_a_murder_counts_its_victims(extract):
    mentions = [m for m in extract("The intruder murdered four people in the hostel.") if m.event_type is T.ATTACK]
    assert any(q.role == "people" and q.low == 4 for m in mentions for q in m.quantities)


@pytest.mark.parametrize(
    ("text", "released"),
    [
        ("The mother insisted that her son be returned to her.", False),
        ("The judge ruled that the girl be handed over to her grandmother.", False),
        ("The kidnappers handed the boy to a priest after the ransom was paid.", True),
    ],
)
def test_a_child_between_guardians_is_no_release(nlp, text, released):
    from dossier.extract.custody_senses import child_handed_over

    verb = next(t for t in nlp(text) if t.lemma_ in {"return", "hand"})
    assert child_handed_over(verb) is not released


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Detectives found the fugitive thanks to citizen assistance.", False),
        ("Thirty suspects were caught with assistance from the public.", False),
        ("The agency sent assistance to the flooded villages.", True),
    ],
)
def test_help_from_the_public_is_no_aid(nlp, text, aid):
    from dossier.extract.relief_senses import assistance_is_aid

    noun = next(t for t in nlp(text) if t.lower_ == "assistance")
    assert assistance_is_aid(noun) is aid


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("The assassination of the governor at a peace rally shocked the region.", False),
        ("A farmer was stabbed during a march against the dam.", False),
        ("Thousands joined a peace rally in the port on Sunday.", True),
    ],
)
def test_a_gathering_where_violence_happened_is_its_scene(extract, text, protest):
    types = set(_types(extract(text)).values())
    assert (T.PROTEST in types) is protest
