"""Counts of police, of arrests told beside another happening, and of a happening of an earlier
year (``foreign_counts``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


def _roles(mentions, event_type=None):
    return {(q.role, q.low) for m in mentions if event_type in (None, m.event_type) for q in m.quantities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three police officers were injured when the crowd turned on them.", ("people_wounded@police", 3.0)),
        ("Four policemen were wounded in the bombing of the station.", ("people_wounded@police", 4.0)),
        ("Police said two officers were hurt during the clashes on Friday.", ("people_wounded@police", 2.0)),
        ("Gunmen killed two traffic police officers at a checkpoint on Monday.", ("people@police", 2.0)),
    ],
)
def test_police_harmed_count_as_police(extract, text, expected):
    roles = _roles(extract(text))
    assert expected in roles
    assert not any(r.startswith("military") for r, _ in roles)


@pytest.mark.parametrize(
    "text",
    [
        # the officers who shot are no count of the shooting
        "The teenager was shot dead by two plainclothes officers on Saturday night.",
        "Two undercover detectives opened fire on the car and hit the driver.",
    ],
)
def test_police_who_act_are_no_count(extract, text):
    assert not {r for r, _ in _roles(extract(text), T.ATTACK) if r.startswith(("military", "people"))}


def test_army_officers_stay_military(extract):
    roles = _roles(extract("Militants killed three army officers in an ambush near the border."))
    assert any(r.startswith("military") and low == 3.0 for r, low in roles)


def test_officers_who_arrest_are_no_detainees(extract):
    roles = _roles(extract("Two police officers arrested the suspect outside his home on Tuesday."), T.ARREST)
    assert ("detainees", 2.0) not in roles


def test_police_arrested_are_detainees(extract):
    roles = _roles(extract("Three police officers were arrested on corruption charges on Tuesday."), T.ARREST)
    assert ("detainees", 3.0) in roles


@pytest.mark.parametrize(
    "text",
    [
        "A patrol car was hit with rocks, and 30 people were arrested by the end of the night.",
        "Protesters attacked a patrol car and police detained 25 people after midnight.",
    ],
)
def test_arrests_beside_another_happening_are_the_arrests(extract, text):
    mentions = extract(text)
    assert any(("detainees", low) in _roles(mentions, T.ARREST) for low in (30.0, 25.0))
    assert not {r for m in mentions if m.event_type != T.ARREST for q in m.quantities for r in [q.role]}


def test_harm_counts_beside_an_arrest_stay(extract):
    roles = _roles(extract("A bomb exploded in the market and 12 people were killed."), None)
    assert any(r.startswith("people") and low == 12.0 for r, low in roles)


@pytest.mark.parametrize(
    "text",
    [
        "The 1957 flu killed about two million people worldwide, experts said.",
        "A cholera epidemic of 1832 was among the worst in the city's history, killing about 3,000 people.",
    ],
)
def test_toll_of_an_earlier_year_is_not_today_s(extract, text):
    roles = _roles(extract(text, date(2009, 6, 10)))
    assert not any(r.startswith("people") for r, _ in roles)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The flu killed about 200 people in Mexico, officials said.", date(2009, 6, 10)),
        # a year near the article's is the article's own happening
        ("The 2009 flu has killed about 200 people in Mexico, officials said.", date(2009, 6, 10)),
        # a year said of the whole sentence dates the event; its toll stays on it
        ("In 1998, a flood killed about 400 people in the valley.", date(2009, 6, 10)),
    ],
)
def test_toll_without_a_far_year_stays(extract, text, published):
    roles = _roles(extract(text, published))
    assert any(r.startswith("people") for r, _ in roles)


def test_toll_word_of_an_earlier_year_is_not_today_s(extract):
    text = "Experts recalled that the death toll of the 1957 flu reached two million."
    assert not any(r.startswith("people") for r, _ in _roles(extract(text, date(2009, 6, 10))))


def test_toll_word_of_this_year_stays(extract):
    text = "The death toll of the flu reached 200 in Mexico on Sunday."
    assert any(r.startswith("people") for r, _ in _roles(extract(text, date(2009, 6, 10))))


def test_police_who_shoot_are_no_count_of_the_shot(extract):
    roles = _roles(extract("Two plainclothes police officers shot and killed a teenager on Saturday."), T.ATTACK)
    assert not any(r.endswith("@police") for r, _ in roles)


def test_a_year_as_a_bound_is_not_the_happening_s(extract):
    text = "A flood killed 150 people in the valley, the worst disaster there since 1996."
    assert any(r.startswith("people") for r, _ in _roles(extract(text, date(2009, 6, 10))))
