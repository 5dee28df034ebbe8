"""Where a building stands, not whose it is, places an event (articles we wrote)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country's embassy abroad stands in the city named after it
        ("Gunmen attacked the U.S. embassy in Lagos on March 3.", "Lagos"),
        ("Rebels shelled the UK consulate in Basra on March 3.", "Basra"),
        # a capital standing for its government owns the building; it does not hold it
        ("Gunmen attacked Moscow's embassy in Kyiv on March 3.", "Kyiv"),
        # with no owner, a city is still the place
        ("Police arrested two men in Lagos on March 3.", "Lagos"),
        ("The ministers met in Washington on March 3.", "Washington"),
    ],
)
def test_the_city_a_building_stands_in_is_the_place(extract, text, place):
    located = [m.location for m in extract(text) if m.location]
    assert located == [place], located


def test_a_countrys_building_with_no_city_named_has_no_place(extract):
    mentions = extract("Gunmen attacked the U.S. embassy on March 3.")
    assert [m.location for m in mentions] == [None]
