"""A city named where something happens stays a place; where it acts it stands for its country."""

import pytest

from dossier.annotate import wordnet
from dossier.annotate.names import find_names

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files (wordnet-base) are not installed")


def _countries(nlp, text: str, name: str) -> list[str | None]:
    return [n.country for n in find_names(nlp(text), "t") if n.text == name]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Two men robbed a shop in central Paris on Monday.", "Paris", [None]),  # an adjective after "in"
        ("Paris was hit by another raid overnight.", "Paris", [None]),  # the subject of a passive
        ("Paris hit by raid.", "Paris", [None]),  # a headline's passive
        ("Paris: Jewels stolen in raid", "Paris", [None]),  # a headline's dateline
        ("Paris said it would respond to the ruling.", "Paris", ["France"]),  # the government acts
    ],
)
def test_name_spans_places_city_where_something_happens_keeps_no_country(nlp, text, name, expected):
    assert _countries(nlp, text, name) == expected


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Paris has been the scene of many robberies.", "Paris", [None]),  # "be" the scene of
        ("Protesters filled the streets of Lisbon all day.", "Lisbon", [None]),  # a thing of the city
        ("Lisbon underground stations were shut.", "Lisbon", [None]),  # a compound naming things
        ("Lisbon officials said they would act.", "Lisbon", ["Portugal"]),  # officials speak for it
    ],
)
def test_name_spans_places_city_before_things_and_people(nlp, text, name, expected):
    assert _countries(nlp, text, name) == expected
