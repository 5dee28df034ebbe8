"""Sport's roster moves and scored results, and injuries no one inflicted.

Pins that a club signing a player is an appointment, waiving one or placing one on injured reserve
a dismissal (the decision is in ``ontology_incident_types``), that "the 31-28 loss at Denver" is a
game played, and that a player who "hurt his ankle" or was "injured during practice" was not
attacked; and that "signed the treaty", "placed flowers on the grave", "a loss of jobs" and "the
gunman injured two guards" keep their senses. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Lions placed their backup center on injured reserve on Monday.", T.DISMISSAL),
        ("The club put the veteran safety on IR with a torn tendon.", T.DISMISSAL),
        ("The team waived the rookie punter after the preseason.", T.DISMISSAL),
        ("The team signed a reserve linebacker off the practice squad.", T.APPOINTMENT),
        ("The Hawks signed forward Tom Grady to a two-year contract.", T.APPOINTMENT),
        ("The club's 31-28 overtime loss at Denver ended its season.", T.CONTEST),
        ("Their 17-10 win over the Rams came in the snow.", T.CONTEST),
        ("The second deputy was injured when he slipped on the stairs.", T.DISASTER),
        ("The Jets placed running back Sam Ortega on injured reserve ending his season.", T.DISMISSAL),
        ("Ortega was officially placed on IR on Friday with a foot injury.", T.DISMISSAL),
        ("Ortega hurt his foot in the team's overtime loss to the Denver Broncos in week 9.", T.CONTEST),
    ],
)
def test_roster_and_results_found(extract, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The two prime ministers signed the treaty in Rome.", T.APPOINTMENT),
        ("The widow placed flowers on the grave.", T.DISMISSAL),
        ("The council put the plan on hold until spring.", T.DISMISSAL),
        ("The bank waived the fee for students.", T.DISMISSAL),
        ("The closure means a loss of 300 jobs in the valley.", T.CONTEST),
        ("The receiver hurt his ankle in the third quarter of the game.", T.ATTACK),
        ("The striker injured his knee during training on Thursday.", T.ATTACK),
        ("The tackle was injured during the 20-17 loss to Miami.", T.ATTACK),
        ("The second deputy was injured when he slipped on the stairs.", T.ATTACK),
        ("He first hurt it against the Broncos earlier this season.", T.ATTACK),
        ("The family suffered a loss to cancer last year.", T.CONTEST),
    ],
)
def test_roster_and_results_ordinary_sense_kept_out(extract, text, absent):
    assert absent not in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The gunman injured two guards at the gate.",
        "The attacker injured the cashier's arm with a knife.",
        "Two officers were injured by a man with a bat.",
    ],
)
def test_roster_and_results_injury_by_an_assailant_stays_an_attack(extract, text):
    assert T.ATTACK in {m.event_type for m in extract(text)}
