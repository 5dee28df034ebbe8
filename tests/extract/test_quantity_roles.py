"""Amounts of matter and money on events: the unit is the role, a rate makes a flow.

An analyst following a spill or a settlement compares "5,000 barrels a day" with "1,000 barrels a
day" and "$20bn" with "$2bn" across outlets; these tests pin that such numbers reach an event with
a role naming their unit, and that leaks of things other than substances are no accidents.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "role", "low"),
    [
        ("The damaged well was leaking about 8,000 barrels of oil a day into the bay.",
         T.DISASTER, "barrels_per_day", 8000.0),
        ("Some 40,000 gallons per day are gushing from the ruptured pipeline.", T.DISASTER, "gallons_per_day", 40000.0),
        ("Roughly 3 million litres of diesel spilled from the tanker.", T.DISASTER, "litres", 3_000_000.0),
        ("The utility agreed to pay $75m to the families of the victims.", T.AGREEMENT, "dollars", 75_000_000.0),
        ("The regulator fined the shipping firm £2.5bn over the pollution.", T.SANCTION, "pounds", 2_500_000_000.0),
        ("The union demanded 400 million euros in back pay.", T.DEMAND, "euros", 400_000_000.0),
    ],
)
def test_quantity_roles_unit_is_the_role(extract, text, event_type, role, low):
    mentions = [m for m in extract(text) if m.event_type == event_type]
    assert mentions, f"no {event_type.value} event in {text!r}"
    roles = {(q.role, q.low) for m in mentions for q in m.quantities}
    assert any(r == role and q == pytest.approx(low, rel=0.11) for r, q in roles), roles


@pytest.mark.parametrize(
    "text",
    [
        "The leaked memo showed that the minister knew of the plan.",
        "Details of the deal leaked to reporters on Monday.",
        "The violence spilled over into the neighbouring province.",
        "Two prisoners escaped from the jail overnight.",
    ],
)
def test_quantity_roles_leak_needs_a_substance(extract, text):
    assert not [m for m in extract(text) if m.event_type == T.DISASTER]


def test_quantity_roles_rate_and_total_are_kept_apart(extract):
    mentions = extract("Engineers said 12,000 barrels a day were escaping, and 600,000 barrels have leaked so far.")
    roles = {q.role for m in mentions for q in m.quantities}
    assert {"barrels_per_day", "barrels"} <= roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Thousands of barrels of oil have been pouring from the well every day since the blast.", "barrels_per_day"),
        ("About 2,000 barrels of crude leaked daily from the broken pipe.", "barrels_per_day"),
        ("The well spewed 9,000 barrels (1.4 million litres) a day into the sea.", "barrels_per_day"),
        ("The pipeline leaked 800 barrels of crude before it was shut.", "barrels"),
    ],
)
def test_quantity_roles_rate_period_found_where_it_is_written(extract, text, role):
    assert role in {q.role for m in extract(text) for q in m.quantities}


@pytest.mark.parametrize(
    ("text", "role", "low"),
    [
        ("Officials reported 640 cases of the new flu, with 75 people in hospital.", "people_hospitalised", 75.0),
        ("The country has six confirmed cases of the new flu, and 40 people are undergoing tests.",
         "people_suspected", 40.0),
    ],
)
def test_quantity_roles_people_in_hospital_or_awaiting_tests_are_no_toll(extract, text, role, low):
    assert (role, low) in {(q.role.split("@")[0], q.low) for m in extract(text) for q in m.quantities}


@pytest.mark.parametrize(
    "text",
    [
        "Experts say ordinary flu kills 300,000 people a year around the globe.",
        "Malaria kills some 400,000 people annually, the report said, as the outbreak of the new flu spread.",
    ],
)
def test_quantity_roles_a_yearly_rate_of_deaths_is_no_toll(extract, text):
    counts = {q.low for m in extract(text) for q in m.quantities}
    assert not counts & {300000.0, 400000.0}


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # those hit by gunfire, not all dead
        ("A sniper shot four people outside the station on Friday.", T.ATTACK, {("people_shot", 4.0)}),
        ("A gunman shot dead four people outside the station on Friday.", T.ATTACK, {("people", 4.0)}),
        # people merely present are no count of the attack
        ("About 60 people were in the hall when the man opened fire.", T.ATTACK, set()),
        # the victims of the crime a suspect is arrested for are not those arrested
        ("A man suspected of stabbing two people at a bus stop was arrested on Saturday.", T.ARREST, set()),
    ],
)
def test_quantity_roles_victims_hit_present_or_arrested_are_told_apart(extract, text, event_type, expected):
    mentions = [m for m in extract(text) if m.event_type == event_type]
    assert mentions, f"no {event_type.value} event in {text!r}"
    assert {(q.role, q.low) for m in mentions for q in m.quantities} == expected


def test_quantity_roles_people_of_any_name_arrested_are_detainees(extract, needs_wordnet):
    # "buccaneers" is in no list of ours: WordNet's first sense of it is a person
    mentions = [m for m in extract("Coastguards arrested 17 buccaneers near the strait on Sunday.")
                if m.event_type == T.ARREST]
    assert {(q.role, q.low) for m in mentions for q in m.quantities} == {("detainees", 17.0)}
