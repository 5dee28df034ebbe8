import pytest

from dossier.resolve.entities import blocking_key, fold, mention_keys, resolve_entities

from .reports import entity_of, name_mention


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
    result = resolve_entities([name_mention("d1", a), name_mention("d2", b)])
    assert entity_of(result, "d1", a).entity_id == entity_of(result, "d2", b).entity_id


@pytest.mark.parametrize("a,b", [("Çırağan Palace", "Ciragan Palace"), ("Dolmabahçe Palace", "Dolmabahce Palace")])
def test_entities_merge_place_spellings(a, b):
    result = resolve_entities([name_mention("d1", a, "FAC"), name_mention("d2", b, "FAC")])
    assert len(result.entities) == 1
    assert set(result.entities[0].aliases) | {result.entities[0].name} == {a, b}


def test_entities_partial_name_joins_the_only_full_name():
    result = resolve_entities([name_mention("d1", "Rustem Umerov", role="Defence Minister"), name_mention("d2", "Umierov")])
    entity = entity_of(result, "d2", "Umierov")
    assert entity.name == "Rustem Umerov"
    assert entity.roles == ("Defence Minister",)


def test_entities_keep_different_people_with_one_surname_apart():
    result = resolve_entities([name_mention("d1", "Anna Petrenko"), name_mention("d2", "Oleh Petrenko"), name_mention("d3", "Petrenko")])
    assert entity_of(result, "d1", "Anna Petrenko").entity_id != entity_of(result, "d2", "Oleh Petrenko").entity_id
    # A bare shared surname is not guessed into either person.
    assert entity_of(result, "d3", "Petrenko").name == "Petrenko"


@pytest.mark.parametrize(
    "anna,oleh,joins",
    [
        (9, 2, "Anna Petrenko"),  # named far more often than the other: the bare surname is hers
        (5, 2, None),  # not three times as often: no guess
        (2, 9, "Oleh Petrenko"),
    ],
)
def test_entities_bare_surname_goes_to_the_dominant_bearer(anna, oleh, joins):
    mentions = [name_mention(f"a{i}", "Anna Petrenko") for i in range(anna)] + [name_mention(f"o{i}", "Oleh Petrenko") for i in range(oleh)]
    result = resolve_entities([*mentions, name_mention("bare", "Petrenko")])
    assert entity_of(result, "bare", "Petrenko").name == (joins or "Petrenko")
    # the two full names stay two people whoever takes the surname
    assert entity_of(result, "a0", "Anna Petrenko").entity_id != entity_of(result, "o0", "Oleh Petrenko").entity_id


def test_entities_bare_surname_prefers_the_dominant_bearer_to_a_stored_bare_entity():
    stored = resolve_entities([name_mention("d0", "Petrenko")]).entities
    mentions = [name_mention(f"a{i}", "Anna Petrenko") for i in range(6)] + [name_mention("o", "Oleh Petrenko"), name_mention("bare", "Petrenko")]
    result = resolve_entities(mentions, stored)
    assert entity_of(result, "bare", "Petrenko").name == "Anna Petrenko"


@pytest.mark.parametrize(("full", "short", "label", "joins"), [
    ("Turkish American", "America", "NORP", False),  # a people is not the country its name resembles
    ("UK Harbourmasters", "Harbourmasters", "ORG", True),  # the very last word, a qualifier dropped
    ("UK Harbour Office", "Harbor Office", "ORG", True),  # longer short forms may differ in spelling
])
def test_entities_a_one_word_short_name_is_the_very_last_word(full, short, label, joins):
    result = resolve_entities([name_mention("d1", full, label), name_mention("d2", short, label)])
    assert (entity_of(result, "d2", short).entity_id == entity_of(result, "d1", full).entity_id) is joins


def test_entities_demonyms_join_their_country():
    result = resolve_entities([name_mention("d1", "Ukrainian", "NORP", country="Ukraine"), name_mention("d2", "Ukraine", "GPE", country="Ukraine")])
    assert len(result.entities) == 1 and result.entities[0].name == "Ukraine"


@pytest.mark.parametrize("name,folded", [("Çırağan", "ciragan"), ("Zelenskyy's", "zelenskyys"), ("  Mr. Fidan ", "mr fidan")])
def test_entities_fold(name, folded):
    assert fold(name) == folded


def test_entities_blocking_key_ignores_vowel_variants():
    assert blocking_key("Umierov") == blocking_key("Rustem Umerov")


def test_entities_exact_name_joins_its_entity_even_when_a_longer_name_ends_with_it():
    stored = resolve_entities([name_mention("d1", "Northern Rivers Alliance", "ORG")]).entities
    result = resolve_entities(
        [name_mention("d2", "Greater Northern Rivers Alliance", "ORG"), name_mention("d3", "Northern Rivers Alliance", "ORG")], stored
    )
    ids = [e.entity_id for e in result.entities]
    assert len(ids) == len(set(ids)) == 2
    assert result.mention_entity[("d3", "Northern Rivers Alliance")] == stored[0].entity_id


def test_entities_new_entity_never_takes_a_stored_id():
    first = resolve_entities([name_mention("d1", "Halden Works", "ORG")]).entities[0]
    # The store holds that id under another blocking key, so it is not among the candidates.
    result = resolve_entities([name_mention("d2", "Halden Works", "ORG")], (), taken=lambda ids: {first.entity_id} & set(ids))
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
        # ... and drops only articles and country qualifiers: a dropped word may name another place
        ("New Elbonia", "Elbonia", "GPE", False),
        ("North Harbourton", "Harbourton", "GPE", False),
        ("Green Chamber", "Chamber", "ORG", False),
        # a person's surname still stands for the full name
        ("Anna Kovacova", "Kovacova", "PERSON", True),
    ],
)
def test_entities_names_that_only_share_words_stay_apart(a, b, label, same):
    result = resolve_entities([name_mention("d1", a, label), name_mention("d2", b, label)])
    assert (entity_of(result, "d1", a).entity_id == entity_of(result, "d2", b).entity_id) is same


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Ed Markey", "Edward Markey", True),
    ("Alex Novak", "Alexander Novak", True),
    ("Anna Novak", "Alexander Novak", False),
])
def test_entities_a_shortened_first_name_is_the_same_person(a, b, same):
    result = resolve_entities([name_mention("d1", a), name_mention("d2", b)])
    assert (entity_of(result, "d1", a).entity_id == entity_of(result, "d2", b).entity_id) is same


def _stored_then(first, then):
    """Resolve ``first``, then resolve ``then`` against the stored entities its keys find, as the
    store does by blocking (an entity's key and extra keys against each mention's keys)."""
    stored = resolve_entities(first)
    wanted = {k for m in then for k in mention_keys(m)}
    found = [e for e in stored.entities
             if wanted & {stored.keys[e.entity_id], *stored.extra_keys.get(e.entity_id, ())}]
    return stored, resolve_entities(then, found)


@pytest.mark.parametrize(
    ("first", "acronym", "joins"),
    [
        # an article wrote both, so the acronym is among the entity's names
        ([name_mention("d1", "Coastal Water Authority", "ORG"), name_mention("d1", "CWA", "ORG", canonical="Coastal Water Authority")],
         "CWA", "Coastal Water Authority"),
        # an acronym that is not the initials, learnt from an article that wrote both
        ([name_mention("d1", "Delta Workers Party", "ORG"), name_mention("d1", "PWD", "ORG", canonical="Delta Workers Party")],
         "PWD", "Delta Workers Party"),
        # the only stored organisation whose initials spell it
        ([name_mention("d1", "Democratic National Committee", "ORG")], "DNC", "Democratic National Committee"),
        # two organisations spell it: no guess
        ([name_mention("d1", "Democratic National Committee", "ORG"), name_mention("d2", "Democratic National Convention", "ORG")],
         "DNC", None),
        # a person's initials are not the person
        ([name_mention("d1", "Harriet Paula Green")], "HPG", None),
        # a one-word name run together from three words: its capitals
        ([name_mention("d1", "NorthFieldPharma", "ORG")], "NFP", "NorthFieldPharma"),
    ],
)
def test_entities_acronym_alone_joins_the_organisation_it_stands_for(first, acronym, joins):
    stored, result = _stored_then(first, [name_mention("d9", acronym, "ORG")])
    entity = entity_of(result, "d9", acronym)
    if joins is None:
        assert entity.name == acronym and entity.entity_id not in {e.entity_id for e in stored.entities}
    else:
        assert entity.name == joins
        assert entity.entity_id == next(e.entity_id for e in stored.entities if e.name == joins)


def test_entities_a_learnt_acronym_beats_initials():
    first = [name_mention("d1", "Harbour Pilots Guild", "ORG"), name_mention("d2", "Hill Painters Guild", "ORG"),
             name_mention("d2", "HPG", "ORG", canonical="Hill Painters Guild")]
    _, result = _stored_then(first, [name_mention("d9", "HPG", "ORG")])
    assert entity_of(result, "d9", "HPG").name == "Hill Painters Guild"


def test_entities_full_name_joins_an_organisation_stored_by_its_acronym():
    stored, result = _stored_then([name_mention("d1", "DNC", "ORG")], [name_mention("d9", "Democratic National Committee", "ORG")])
    entity = entity_of(result, "d9", "Democratic National Committee")
    assert entity.entity_id == stored.entities[0].entity_id
    assert entity.name == "Democratic National Committee" and "DNC" in entity.aliases


def test_entities_acronym_and_full_name_in_one_batch_are_one_entity():
    result = resolve_entities([name_mention("d1", "Coastal Water Authority", "ORG"), name_mention("d2", "CWA", "ORG")])
    assert len(result.entities) == 1
    assert result.entities[0].name == "Coastal Water Authority" and result.entities[0].aliases == ("CWA",)


def test_entities_country_acronyms_stay_with_their_country():
    result = resolve_entities([name_mention("d1", "United States", "GPE", country="United States"),
                               name_mention("d2", "US", "GPE", country="United States"), name_mention("d3", "Upper Senate", "ORG")])
    assert entity_of(result, "d2", "US").name == "United States"
    assert entity_of(result, "d3", "Upper Senate").aliases == ()


@pytest.mark.parametrize(("a", "b"), [("Marta J. Kovacova", "Marta Kovacova"), ("Peter K. L. Brandt", "Peter Brandt")])
def test_entities_a_middle_initial_is_the_same_person(a, b):
    result = resolve_entities([name_mention("d1", a), name_mention("d2", b)])
    assert entity_of(result, "d1", a).entity_id == entity_of(result, "d2", b).entity_id


def test_entities_two_people_an_article_names_side_by_side_stay_apart_everywhere():
    # one article names both; another names only one of them: alike first names do not merge them
    result = resolve_entities([name_mention("d1", "Ivana Brandt"), name_mention("d1", "Ivanka Brandt"), name_mention("d2", "Ivanka Brandt")])
    assert entity_of(result, "d1", "Ivana Brandt").entity_id != entity_of(result, "d1", "Ivanka Brandt").entity_id
    assert entity_of(result, "d2", "Ivanka Brandt").entity_id == entity_of(result, "d1", "Ivanka Brandt").entity_id


@pytest.mark.parametrize(
    ("org_docs", "place_docs", "one"),
    [
        (1, 4, True),  # tagged a place in four articles and an organisation in one: one entity, a place
        (2, 3, True),  # a plain majority is enough: one name, one kind
        (2, 2, False),  # an even vote with no word of place in the name: the tagger's labels are kept apart
    ],
)
def test_entities_a_name_tagged_two_ways_takes_the_majority_kind(org_docs, place_docs, one):
    mentions = [name_mention(f"o{i}", "Kellford", "ORG") for i in range(org_docs)]
    mentions += [name_mention(f"p{i}", "Kellford", "GPE") for i in range(place_docs)]
    result = resolve_entities(mentions)
    entities = [e for e in result.entities if e.name == "Kellford"]
    assert (len(entities) == 1) is one
    if one:
        assert entities[0].label == "GPE" and entities[0].mention_count == org_docs + place_docs
