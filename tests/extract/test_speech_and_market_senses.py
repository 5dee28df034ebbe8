"""Words of force, office, accord, custody and talks used for speech, markets, guardianship and
opinion (``idioms``, ``figure_senses``, ``everyday_senses``, ``escape_senses``, ``office_senses``,
``civil_senses``, ``custody_senses``, ``nature_senses``), and kidnappings typed as attacks.

Each twin has a should-fire sentence beside it that keeps the event sense. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("In Frankfurt, shares hit a three year low.", T.ATTACK),
        ("Oil prices hit their highest level since May.", T.ATTACK),
        ("At the televised debate, the senator attacked her rival over the deficit.", T.ATTACK),
        ("In a radio interview on Monday, the mayor attacked the union.", T.ATTACK),
        ("The battle over Anna Petrova has been won, her lawyer said.", T.ATTACK),
        ("The two families battled in federal court for years over the estate.", T.ATTACK),
        ("The farming sector is going to get beat up by the new tariffs.", T.ATTACK),
        ("A neighbour heard him talk about shooting the landlord.", T.ATTACK),
        ("Police raided three flats and searched for the missing files.", T.ATTACK),
        ("The three men were named Tuesday in a bulletin circulated by the sheriff's office.", T.APPOINTMENT),
        ("Several pollsters agreed that there might be a late swing to the left.", T.AGREEMENT),
        ("Two of the justices seemed to agree that the statute was too vague.", T.AGREEMENT),
        ("The court gave the boy's temporary custody to his aunt.", T.ARREST),
        ("The ministry retreated from its position on school fees.", T.WITHDRAWAL),
        ("The senator has sought to distance herself from the donor.", T.REQUEST),
        ("The new brigades must be capable of meeting a range of threats.", T.MEETING),
        ("The rival party kidnapped the debate with a stunt.", T.ATTACK),
        ("She said her sister had been practically kidnapped by the tour guide.", T.ATTACK),
        ("The commission has charged the auditors with verifying that the firm paid its taxes.", T.TRIAL),
    ],
)
def test_speech_and_market_twin_kept_out(extract, text, absent):
    assert absent not in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A shell hit the school in the old town.", T.ATTACK),
        ("Protesters attacked the police station with stones.", T.ATTACK),
        ("Rebels and troops battled for control of the airport.", T.ATTACK),
        ("Guards beat the prisoners with batons.", T.ATTACK),
        ("Militiamen raided the village at dawn, killing four.", T.ATTACK),
        ("The terrorist blasts killed 60 people in the two cities.", T.ATTACK),
        ("On Monday the council named Tom Reyes as its new treasurer.", T.APPOINTMENT),
        ("The two sides agreed that the prisoners would be swapped on Friday.", T.AGREEMENT),
        ("The suspect remains in police custody.", T.ARREST),
        ("The troops retreated from the river town.", T.WITHDRAWAL),
        ("The government sought talks with the rebels.", T.REQUEST),
        ("The agency sought to have the landlord repair the roof.", T.REQUEST),
        ("The foreign ministers met in Vienna on Monday.", T.MEETING),
        ("Gunmen kidnapped two engineers near the dam on Sunday.", T.ATTACK),
        ("Prosecutors charged the driver with manslaughter on Friday.", T.TRIAL),
        ("The shopkeeper was abducted from his store late on Friday, police said.", T.ATTACK),
    ],
)
def test_speech_and_market_event_kept(extract, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}
