import pytest

from dossier import models
from dossier.resolve.entities import blocking_key, fold, resolve_entities


def _m(doc_id: str, text: str, label: str = "PERSON", role: str | None = None, country: str | None = None):
    return models.EntityMention(doc_id=doc_id, start=0, end=len(text), text=text, label=label, sentence_index=0,
                                canonical=text, role=role, country=country)


def _entity_of(result, doc_id, name):
    entity_id = result.mention_entity[(doc_id, name)]
    return next(e for e in result.entities if e.entity_id == entity_id)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Rustem Umerov", "Rustem Umierov"),
        ("Serhiy Kyslytsya", "Serhiy Kyslytsia"),
    ],
)
def test_entities_merge_transliteration_variants(a, b):
    result = resolve_entities([_m("d1", a), _m("d2", b)])
    assert _entity_of(result, "d1", a).entity_id == _entity_of(result, "d2", b).entity_id


@pytest.mark.parametrize("a,b", [("Çırağan Palace", "Ciragan Palace"), ("Dolmabahçe Palace", "Dolmabahce Palace")])
def test_entities_merge_place_spellings(a, b):
    result = resolve_entities([_m("d1", a, "FAC"), _m("d2", b, "FAC")])
    assert len(result.entities) == 1
    assert set(result.entities[0].aliases) | {result.entities[0].name} == {a, b}


def test_entities_partial_name_joins_the_only_full_name():
    result = resolve_entities([_m("d1", "Rustem Umerov", role="Defence Minister"), _m("d2", "Umierov")])
    entity = _entity_of(result, "d2", "Umierov")
    assert entity.name == "Rustem Umerov"
    assert entity.roles == ("Defence Minister",)


def test_entities_keep_different_people_with_one_surname_apart():
    result = resolve_entities([_m("d1", "Anna Petrenko"), _m("d2", "Oleh Petrenko"), _m("d3", "Petrenko")])
    assert _entity_of(result, "d1", "Anna Petrenko").entity_id != _entity_of(result, "d2", "Oleh Petrenko").entity_id
    # A bare shared surname is not guessed into either person.
    assert _entity_of(result, "d3", "Petrenko").name == "Petrenko"


def test_entities_demonyms_join_their_country():
    result = resolve_entities([_m("d1", "Ukrainian", "NORP", country="Ukraine"), _m("d2", "Ukraine", "GPE", country="Ukraine")])
    assert len(result.entities) == 1 and result.entities[0].name == "Ukraine"


@pytest.mark.parametrize("name,folded", [("Çırağan", "ciragan"), ("Zelenskyy's", "zelenskyys"), ("  Mr. Fidan ", "mr fidan")])
def test_entities_fold(name, folded):
    assert fold(name) == folded


def test_entities_blocking_key_ignores_vowel_variants():
    assert blocking_key("Umierov") == blocking_key("Rustem Umerov")


def test_entities_exact_name_joins_its_entity_even_when_a_longer_name_ends_with_it():
    stored = resolve_entities([_m("d1", "Northern Rivers Alliance", "ORG")]).entities
    result = resolve_entities(
        [_m("d2", "Greater Northern Rivers Alliance", "ORG"), _m("d3", "Northern Rivers Alliance", "ORG")], stored
    )
    ids = [e.entity_id for e in result.entities]
    assert len(ids) == len(set(ids)) == 2
    assert result.mention_entity[("d3", "Northern Rivers Alliance")] == stored[0].entity_id


def test_entities_new_entity_never_takes_a_stored_id():
    first = resolve_entities([_m("d1", "Halden Works", "ORG")]).entities[0]
    # The store holds that id under another blocking key, so it is not among the candidates.
    result = resolve_entities([_m("d2", "Halden Works", "ORG")], (), taken=lambda ids: {first.entity_id} & set(ids))
    assert result.entities[0].entity_id != first.entity_id
    assert result.entities[0].entity_id.startswith("ent_")


@pytest.mark.parametrize(
    ("a", "b", "label", "same"),
    [
        # organisations that share all but one word are different organisations
        ("Northern Farmers' Defence Units", "Northern Fishers' Defence Units", "ORG", False),
        ("Harbour Liberation Front", "Hill Liberation Front", "ORG", False),
        # a short name stands for an organisation only when it keeps half its words
        ("Office for Leaving the Customs Union", "Customs Union", "ORG", False),
        ("UK Foreign Office", "Foreign Office", "ORG", True),
        # a person's surname still stands for the full name
        ("Anna Kovacova", "Kovacova", "PERSON", True),
    ],
)
def test_entities_names_that_only_share_words_stay_apart(a, b, label, same):
    result = resolve_entities([_m("d1", a, label), _m("d2", b, label)])
    assert (_entity_of(result, "d1", a).entity_id == _entity_of(result, "d2", b).entity_id) is same


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Ed Markey", "Edward Markey", True),
    ("Alex Novak", "Alexander Novak", True),
    ("Anna Novak", "Alexander Novak", False),
])
def test_entities_a_shortened_first_name_is_the_same_person(a, b, same):
    result = resolve_entities([_m("d1", a), _m("d2", b)])
    assert (_entity_of(result, "d1", a).entity_id == _entity_of(result, "d2", b).entity_id) is same
