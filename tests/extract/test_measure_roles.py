"""Numbers that size an election or a quake: candidates, seats, voters, turnout, magnitude.

Outlets disagree on them ("turnout of 93 percent" against "about 80 percent"), so each must reach the
election or the quake with a role of its own, and a percentage, a magnitude and a count of people
must never share one. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


def _roles(extract, text, event_type):
    mentions = [m for m in extract(text) if m.event_type == event_type]
    return {(q.role, q.low) for m in mentions for q in m.quantities}


@pytest.mark.parametrize(
    ("text", "event_type", "role", "low"),
    [
        ("Officials said turnout in the election reached 71.4 percent.", T.ELECTION, "turnout_percent", 71.4),
        ("The commission said 64 per cent of eligible voters had voted in the election.", T.ELECTION,
         "turnout_percent", 64.0),
        ("The 3,000 eligible voters chose among 150 candidates for 80 seats in the election.", T.ELECTION,
         "candidates", 150.0),
        ("The 3,000 eligible voters chose among 150 candidates for 80 seats in the election.", T.ELECTION,
         "seats", 80.0),
        ("The 3,000 eligible voters chose among 150 candidates for 80 seats in the election.", T.ELECTION,
         "voters", 3000.0),
        ("A 6.3 magnitude earthquake struck the coast on Monday, injuring four people.", T.DISASTER,
         "magnitude", 6.3),
        ("The quake, measuring 4.9 on the Richter scale, damaged dozens of homes.", T.DISASTER, "magnitude", 4.9),
        ("A magnitude-5.8 quake hit the valley.", T.DISASTER, "magnitude", 5.8),
        ("The same valley was hit by a 6.4 quake last year.", T.DISASTER, "magnitude", 6.4),
    ],
)
def test_measure_roles_size_the_event(extract, text, event_type, role, low):
    roles = _roles(extract, text, event_type)
    assert any(r == role and v == pytest.approx(low) for r, v in roles), roles


@pytest.mark.parametrize(
    ("text", "event_type", "absent"),
    [
        # a legal floor is no turnout
        ("Under the law, the election is valid only if turnout exceeds 50 percent.", T.ELECTION, "turnout_percent"),
        # a share of the candidates is neither a turnout nor a count of candidates
        ("Half of the 150 candidates in the election belong to the ruling party.", T.ELECTION, "candidates"),
        # a count of quakes or of houses is no magnitude
        ("The earthquake destroyed 40 houses.", T.DISASTER, "magnitude"),
    ],
)
def test_measure_roles_leave_other_numbers(extract, text, event_type, absent):
    assert not any(r == absent for r, _ in _roles(extract, text, event_type))


def test_measure_roles_aftershock_magnitude_is_kept_apart(extract):
    roles = _roles(extract, "The quake, measuring 4.9 on the Richter scale, was followed by aftershocks of "
                            "magnitude 3.1 that damaged homes.", T.DISASTER)
    assert roles == {("magnitude", 4.9), ("magnitude@aftershocks", 3.1)}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The governor said six people had received treatment after being injured by the quake.", "people_wounded"),
        ("The governor said six people had received food parcels after the quake.", "people_affected"),
    ],
)
def test_measure_roles_treated_for_wounds_are_wounded(extract, text, role):
    assert {r for r, _ in _roles(extract, text, T.DISASTER)} == {role}


def test_measure_roles_aftershock_range_is_kept_apart(extract):
    roles = _roles(extract, "The quake was followed by aftershocks varying from 2.1 to 3.4 degrees on the Richter "
                            "scale.", T.DISASTER)
    assert {r for r, _ in roles} == {"magnitude@aftershocks"}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # candidates running for seats are the contest, with no election word in the sentence
        ("A total of 150 candidates are vying for the 80 seats in the legislature.", {"candidates", "seats"}),
        # a count of candidates alone is no election
        ("A total of 150 candidates attended the rally.", set()),
    ],
)
def test_measure_roles_candidates_for_seats_are_an_election(extract, text, roles):
    assert {r for r, _ in _roles(extract, text, T.ELECTION)} == roles


def test_measure_roles_part_of_the_candidates_is_no_count_of_them(extract):
    roles = _roles(extract, "In the election, 40 of the 300 candidates are women.", T.ELECTION)
    assert roles == {("candidates", 300.0)}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a magnitude beside one count of the wounded makes no breakdown by place
        ("State radio says a 5.2 magnitude quake has injured three people in the coastal town of Bandar Lengeh "
         "in Iran.", "people_wounded"),
        ("State radio says a magnitude-5.2 quake has injured three people in the coastal town of Bandar Lengeh "
         "in Iran.", "people_wounded"),
    ],
)
def test_measure_roles_magnitude_makes_no_breakdown(extract, text, role):
    assert {r for r, _ in _roles(extract, text, T.DISASTER)} == {"magnitude", role}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the times a victim was hit, however it is written
        ("The courier was shot nine times by the robbers.", {("hits", 9.0)}),
        ("A post-mortem found the courier was hit by four bullets.", {("hits", 4.0)}),
        ("Four bullets struck the courier, the coroner said.", {("hits", 4.0)}),
        ("The robbers shot the courier six times.", {("hits", 6.0)}),
        # shots at no one named are shots fired, not hits
        ("The robber shot three times at the ceiling.", {("shots_fired", 3.0)}),
    ],
)
def test_measure_roles_shots_and_hits(extract, text, expected):
    roles = {(q.role, q.low) for m in extract(text) if m.event_type == T.ATTACK for q in m.quantities}
    assert roles == expected


def test_measure_roles_times_of_no_blow_are_no_hits(extract):
    roles = {q.role for m in extract("The robber was jailed three times for burglary.") for q in m.quantities}
    assert not roles & {"hits", "shots_fired"}


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown by wound, and a vague number, are no count of hits
        "One bullet hit the guard's arm; two other bullets struck his chest.",
        "The robbers fired at the guard, striking him several times.",
    ],
)
def test_measure_roles_no_hits_from_breakdowns_or_vague_numbers(extract, text):
    assert not {q.role for m in extract(text) for q in m.quantities} & {"hits"}
