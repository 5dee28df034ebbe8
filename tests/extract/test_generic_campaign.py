"""A fight named as a campaign, a role or an aim is background; a fight that happens is an event."""

from __future__ import annotations

import pytest


def _fights(mentions):
    return [m for m in mentions if m.event_type.value == "attack"]


@pytest.mark.parametrize("text", [
    "The militia has borne the brunt of fighting the insurgents in the north.",
    "The government has focused its efforts on fighting the rebels rather than the regime.",
    "Tribesmen armed to fight the jihadists now refuse to hand over their rifles.",
    "The president said he would keep troops there while continuing to fight the insurgents.",
    "Let the neighbours fight the rebels, he told reporters.",
    "The volunteers helped fight the insurgents for three years.",
    "Fighting the insurgents has cost the militia thousands of lives.",
    "He served as a sniper, fighting alongside volunteers from Spain on the front line.",
    "In terms of fighting the insurgents, the militia did most of the work.",
    "The battle against the insurgents has lasted four years.",
])
def test_generic_campaign_fights_without_a_day_are_left_out(extract, text):
    assert _fights(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Heavy fighting broke out in the town of Kafr Nabl on Sunday.",
    "Rebels and troops fought in the streets of Kafr Nabl overnight.",
    "Kurdish forces are fighting the militants near the town of Hajar.",
    "Government troops battled the rebels in Kafr Nabl.",
    "Fighting between two rebel factions in the province has raised fears of displacement.",
])
def test_generic_campaign_fights_that_happen_stay_events(extract, text):
    assert len(_fights(extract(text))) == 1


def test_generic_campaign_fight_with_a_day_of_its_own_is_kept(extract):
    mentions = _fights(extract("Volunteers went to the region to fight the insurgents on 4 May 2019."))
    assert [m.date_value for m in mentions] == ["2019-05-04"]


def test_generic_campaign_battle_at_a_named_place_is_that_battle(nlp):
    from dossier.extract.generic_campaign import campaign_reference

    doc = nlp.make_doc("The battle against the militants in Mosul lasted nine months.")
    for _, component in nlp.pipeline:
        doc = component(doc)
    battle = next(t for t in doc if t.lower_ == "battle")
    assert not campaign_reference(battle, nominal=True)


def test_generic_campaign_war_against_a_country_is_a_campaign(nlp):
    from dossier.extract.generic_campaign import campaign_reference

    doc = nlp.make_doc("The fight against Syria has lasted four years.")
    for _, component in nlp.pipeline:
        doc = component(doc)
    fight = next(t for t in doc if t.lower_ == "fight")
    assert campaign_reference(fight, nominal=True)
