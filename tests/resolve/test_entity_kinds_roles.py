"""Kinds of names settled by what articles say of them: a titled person whose surname looks like
a plural noun, a "person" ending in a body's word, a lone word the tagger also calls a body, a
country's name that is a person's surname. Names written for these tests."""

import pytest

from dossier.annotate import wordnet
from dossier.resolve.entities import resolve_entities
from dossier.resolve.entity_kinds import plural_common_noun, titled_person

from .reports import entity_of, name_mention

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent (Debian package wordnet-base)")


@pytest.mark.parametrize(
    "name,role,titled",
    [("Dorian Pockets", "head coach", True), ("Dorian Pockets", None, False), ("Northfield Advisers", "coach", True),
     ("Helping Hands Foundation", "head", False)],
)
def test_entity_kinds_titled_person(name, role, titled):
    assert titled_person(name, [name_mention("d1", name, "PERSON", role=role)]) is titled


@needs_wordnet
def test_entity_kinds_titled_person_with_plural_looking_surname_stays_a_person():
    mentions = [name_mention("d1", "Dorian Pockets", "PERSON", role="coach"), name_mention("d2", "Dorian Pockets", "PERSON")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d2", "Dorian Pockets").label == "PERSON"


@needs_wordnet
@pytest.mark.parametrize("word,plural", [("Technologies", True), ("Advisers", True), ("Pockets", True), ("Hughes", False)])
def test_entity_kinds_plural_common_noun(word, plural):
    assert plural_common_noun(word) is plural


@pytest.mark.parametrize("name", ["Marta Ilse Brandt Foundation", "Okafor Institute"])
def test_entity_kinds_person_ending_in_a_body_word_is_a_body(name):
    result = resolve_entities([name_mention("d1", name, "PERSON")])
    assert entity_of(result, "d1", name).label == "ORG"


def test_entity_kinds_lone_word_also_tagged_a_body_is_a_body():
    mentions = [name_mention("d1", "Zentrix", "PERSON"), name_mention("d2", "Zentrix", "PERSON"), name_mention("d3", "Zentrix", "PERSON"),
                name_mention("d4", "Zentrix", "ORG")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "Zentrix").label == "ORG"


def test_entity_kinds_lone_surname_of_a_named_person_stays_a_person():
    mentions = [name_mention("d1", "Lena Zentrix", "PERSON"), name_mention("d1", "Zentrix", "PERSON"), name_mention("d2", "Zentrix", "ORG")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "Zentrix").label == "PERSON"


def test_entity_kinds_country_name_that_is_a_surname_is_the_person():
    mentions = [name_mention("d1", "Gil Chad", "PERSON"), name_mention("d1", "Chad", "GPE", country="Chad"),
                name_mention("d2", "Chad", "GPE", country="Chad")]
    result = resolve_entities(mentions)
    person = entity_of(result, "d1", "Gil Chad")
    assert person.label == "PERSON"
    assert result.mention_entity[("d1", "Chad")] == person.entity_id
    assert entity_of(result, "d2", "Chad").label == "GPE"


@needs_wordnet
def test_entity_kinds_bare_surname_of_a_titled_person_is_the_person():
    mentions = [name_mention("d1", "Dorian Pockets", "PERSON", role="coach"), name_mention("d2", "Pockets", "ORG")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d2", "Pockets").entity_id == entity_of(result, "d1", "Dorian Pockets").entity_id
