"""Bodies' names across articles: a country qualifier may go ("UK Trade Office", "Trade Office"),
but "National", "Federal" and "State" are words of the name ("National Harbour Council" is not
the "Harbour Council")."""

import pytest

from dossier.name_forms import may_drop, without_qualifiers
from dossier.resolve.entities import blocking_key, resolve_entities

from .reports import entity_of, name_mention


@pytest.mark.parametrize(("full", "short", "same"), [
    ("U.S. Lands Department", "Lands Department", True),  # a country qualifier goes
    ("UK Fisheries Office", "Fisheries Office", True),
    ("U.S. National Harbour Council", "Harbour Council", False),  # "National" names another body
    ("National Harbour Council", "Harbour Council", False),
    ("Federal Lands Bureau", "Lands Bureau", False),
    ("State Lands Board", "Lands Board", False),
])
def test_entities_qualifiers_only_country_words_may_go(full, short, same):
    result = resolve_entities([name_mention("d1", full, "ORG"), name_mention("d2", short, "ORG")])
    assert (entity_of(result, "d1", full).entity_id == entity_of(result, "d2", short).entity_id) is same


def test_entities_qualifiers_do_not_choose_the_block():
    assert blocking_key("U.S. Lands Department", "ORG") == blocking_key("Lands Department", "ORG")
    assert blocking_key("Ciragan Palace", "PLACE") == blocking_key("Ciraga Palace", "PLACE")  # no nationality
    assert blocking_key("Bolt", "PERSON") == blocking_key("Usain Bolt", "PERSON")


@pytest.mark.parametrize(("words", "kept"), [
    (["u.s.", "state", "department"], ["state", "department"]),
    (["the", "un", "harbour", "council"], ["harbour", "council"]),
    (["national", "harbour", "council"], ["national", "harbour", "council"]),
    (["us"], ["us"]),  # nothing would be left
    (["ruritanian", "ports", "authority"], ["ruritanian", "ports", "authority"]),  # only abbreviations go
])
def test_entities_qualifiers_without_qualifiers(words, kept):
    assert without_qualifiers(words) == kept


@pytest.mark.parametrize(("words", "droppable"), [
    (["UK"], True), (["the", "U.S."], True), (["National"], False), (["Federal"], False), (["State"], False),
])
def test_entities_qualifiers_scope_words_are_the_name(words, droppable):
    assert may_drop(words) is droppable
