"""Small-letter surname particles ("arap", "de", "van") belong to the person's name, and a US
state's abbreviation after a town names the state."""

import pytest

from .test_names import _names


@pytest.mark.parametrize(("text", "name"), [
    ("Voters cheered President Samuel arap Kiprono at the rally on Monday.", "Samuel arap Kiprono"),
    ("The union hired lawyer Pieter van Wyk to argue the case. Van Wyk said it was strong.", "Pieter van Wyk"),
    ("The paper quoted customs official Hendrik de Klerk as saying two men were held.", "Hendrik de Klerk"),
    ("Officials said Ana Luisa da Costa had signed the order.", "Ana Luisa da Costa"),
])
def test_name_particles_complete_the_name(nlp, text, name):
    people = {m.canonical for m in _names(nlp, text) if m.label == "PERSON"}
    assert name in people
    assert not any(other != name and name.endswith(" " + other) for other in people)  # no cut-off surname alone


@pytest.mark.parametrize("text", [
    "Ann Hale de facto runs the company now.",  # "facto" is no surname
    "The mayor met Tom Bray in the city hall.",
])
def test_name_particles_leave_other_names_alone(nlp, text):
    people = {m.canonical for m in _names(nlp, text) if m.label == "PERSON"}
    assert people <= {"Ann Hale", "Tom Bray"}


@pytest.mark.parametrize(("text", "state"), [
    ("The plant in Joplin, Mo., closed on Friday.", "Missouri"),
    ("A storm hit Tulsa, Okla., overnight.", "Oklahoma"),
    ("Students rallied in Burlington, Vt., on Tuesday.", "Vermont"),
])
def test_name_particles_state_abbreviation_after_a_town(nlp, text, state):
    assert state in {m.canonical for m in _names(nlp, text) if m.label == "GPE"}


def test_name_particles_title_is_no_state(nlp):
    names = {m.canonical for m in _names(nlp, "Officials said Miss. Hale would speak later.")}
    assert "Mississippi" not in names


@pytest.mark.parametrize(("text", "place"), [
    ("In Port Elwood, police spokesman Sgt. Ann Hale said two men were held.", "Port Elwood"),
    ("In Danbury, a spokeswoman for the school said classes would resume.", "Danbury"),
])
def test_name_particles_place_after_in_keeps_its_kind(nlp, text, place):
    assert all(m.label != "PERSON" for m in _names(nlp, text) if m.canonical == place)
