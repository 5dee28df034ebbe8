"""Names that are no party to an event, and the "of" phrase that is its patient. Sentences written
for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _arguments(extract, text, trigger):
    return {(a.role, a.text) for m in extract(text) if m.trigger == trigger for a in m.arguments}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the "of" phrase of a killing is who was killed; of a death, who died
        ("The killing of Andreas Papadakis shocked the country.", "killing", ("target", "Andreas Papadakis")),
        ("There was more rioting after the death of Andreas Papadakis.", "death", ("actor", "Andreas Papadakis")),
        # a place the event took place in keeps its role
        ("Police in Leeds arrested Tom Baker on Monday.", "arrested", ("target", "Tom Baker")),
        # agents of a state act for it, whatever noun names them
        ("The envoy of France met Tom Baker.", "met", ("actor", "France")),
        ("Russian troops attacked the village.", "attacked", ("actor", "Russian")),
        # a leader "of" a country, with no comma, acts for it
        ("President Ivan Petrov of France met Tom Baker.", "met", ("actor", "France")),
    ],
)
def test_argument_rules_keep_parties(extract, text, trigger, expected):
    assert expected in _arguments(extract, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("A man from Leeds has been charged with theft.", "charged", "Leeds"),
        ("Mr Tom Baker, of Leeds, has been charged with fraud.", "charged", "Leeds"),
        ("Tom Baker, 31 and from Leeds, has been charged with the murder of his uncle.", "charged", "Leeds"),
        ("A British climber died.", "died", "British"),
        ("A 57-year-old Leeds woman has been charged with fraud.", "charged", "Leeds"),
        ("A 40-year-old Canadian skier died after falling on the slope.", "died", "Canadian"),
        ("London-based Amnesty International condemned the verdict.", "condemned", "London"),
        ("The tremor struck six km north of Bandar Lengeh, injuring two people.", "injuring", "Bandar Lengeh"),
    ],
)
def test_argument_rules_drop_origins_and_bearings(extract, text, trigger, name):
    assert name not in {t for _, t in _arguments(extract, text, trigger)}


def test_argument_rules_place_inside_an_organisation_name_is_no_location(extract):
    text = "Observers from the Council for Peace and Cooperation in Asia were invited to monitor the poll."
    assert all(m.location != "Asia" for m in extract(text))


@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        # a relative clause on another noun tells where its own verb happened
        ("The vote comes a year after the death of the ruler, which raised hopes here and in the West.", "death",
         None),
        # a relative clause on the trigger gives the trigger's place
        ("The talks, which were held in Geneva, ended on Friday.", "talks", "Geneva"),
    ],
)
def test_argument_rules_place_of_a_relative_clause(extract, text, trigger, location):
    assert [m.location for m in extract(text) if m.trigger == trigger] == [location]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # the victim inside the offence of a charge or conviction is no party to it
        ("The jury convicted Carl Dent of the 2009 murder of Officer Ruth Vance.", "convicted", "Ruth Vance"),
        ("Mark Oduya was charged with the killing of Peter Laine.", "charged", "Peter Laine"),
    ],
)
def test_argument_rules_victim_of_the_offence_is_no_party(extract, text, trigger, name):
    assert name not in {t for _, t in _arguments(extract, text, trigger)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the convicted person keeps the role, and so does the victim of a killing itself
        ("The jury convicted Carl Dent of the 2009 murder of Officer Ruth Vance.", "convicted",
         ("target", "Carl Dent")),
        ("The killing of Peter Laine shocked the town.", "killing", ("target", "Peter Laine")),
    ],
)
def test_argument_rules_offence_keeps_the_parties(extract, text, trigger, expected):
    assert expected in _arguments(extract, text, trigger)
