"""Counts kept to the clause and the people they belong to: people merely present, victims named
in an arrest, and numbers of a main clause seen from a relative or participle clause. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


def _roles(mentions, event_type):
    return {(q.role, q.low) for m in mentions if m.event_type == event_type for q in m.quantities}


@pytest.mark.parametrize(
    "text",
    [
        # a part of a group that was only there
        "Nobody was hurt, though a dozen guests, including three children, were in the hotel when the fire broke out.",
        "The fire broke out while a group of worshippers, including four children, were inside.",
    ],
)
def test_people_merely_present_are_no_count(extract, text):
    assert not {r for r, _ in _roles(extract(text), T.DISASTER) if r.startswith(("children", "people"))}


def test_people_harmed_among_a_group_still_count(extract):
    roles = _roles(extract("The fire killed six people, including three children."), T.DISASTER)
    assert ("people", 6.0) in roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims of the crime are no detainees
        ("Detectives arrested a 70-year-old man in the 1982 murder of three hikers.", set()),
        ("Detectives arrested three men over the murder of a hiker.", {("detainees", 3.0)}),
    ],
)
def test_victims_named_in_an_arrest_are_not_detainees(extract, text, expected):
    assert _roles(extract(text), T.ARREST) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "number", "outside"),
    [
        # a relative clause's event takes no number of the main clause
        ("About 200 people gathered at the corner where the teenager was stabbed.", "stabbed", "200", True),
        # but a number of the noun the clause describes, or of its own words, is its
        ("Relatives buried the four hikers who were shot by poachers.", "shot", "four", False),
        ("Mourners filled the yard where the boy was stabbed 12 times.", "stabbed", "12", False),
        # a main-clause trigger keeps its numbers
        ("The bomb killed 14 people in the market where the rally was held.", "killed", "14", False),
    ],
)
def test_relative_clause_keeps_to_its_own_numbers(nlp, text, trigger, number, outside):
    from dossier.extract.consequence_counts import outside_own_clause

    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    span = next(doc[t.i: t.i + 1] for t in doc if t.text == number)
    assert outside_own_clause(span, token, []) is outside


def test_participle_with_its_own_count_takes_none_of_the_main_clause(extract):
    text = "The fever has spread to 9,000 people in 30 villages, killing 61, health officials said."
    roles = {(r, low) for m in extract(text) if m.trigger == "killing" for r, low in
             {(q.role, q.low) for q in m.quantities}}
    assert roles == {("people", 61.0)}


def test_relative_clause_keeps_amounts_of_its_antecedent(extract):
    text = "The chapel suffered $2 million in damage from a blaze that was deliberately set on Sunday."
    assert ("dollars", 2_000_000.0) in {(q.role, q.low) for m in extract(text) for q in m.quantities}
