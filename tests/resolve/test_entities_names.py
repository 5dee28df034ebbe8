"""Entity resolution over name forms: suffixes, middle names, surname particles, firms' short names,
and kinds the tagger gets wrong (a bank called a town, a faith called a place)."""

import pytest

from dossier.annotate import wordnet
from dossier.name_forms import fold, leading_word, name_words, particle_variant, same_spelling, without_suffix
from dossier.resolve.entities import blocking_key, resolve_entities
from dossier.resolve.entity_kinds import person_named

from .reports import entity_of, name_mention

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files (wordnet-base) are not installed")


@pytest.mark.parametrize(
    "words,kept",
    [(["Marcus", "Delacroix", "III"], ["Marcus", "Delacroix"]), (["Ray", "Oduya", "Jr."], ["Ray", "Oduya"]),
     (["Ray", "Oduya,", "Sr"], ["Ray", "Oduya"]), (["Jr"], ["Jr"]), (["Ann", "Hill"], ["Ann", "Hill"])],
)
def test_entities_names_without_suffix(words, kept):
    assert without_suffix(words) == kept


@pytest.mark.parametrize(
    "folded,words",
    [("marcus delacroix iii", ["marcus", "delacroix"]), ("tanisha ruth oduya", ["tanisha", "oduya"]),
     ("james b comey", ["james", "comey"]), ("ciragan palace", ["ciragan", "palace"])],
)
def test_entities_names_compared_by_given_name_and_surname(folded, words):
    group = "PLACE" if "palace" in folded else "PERSON"
    assert name_words(folded, group) == words


def test_entities_names_suffix_does_not_change_the_block():
    assert blocking_key("Marcus Delacroix III") == blocking_key("Delacroix") == blocking_key("Marcus Delacroix")


@pytest.mark.parametrize(
    "a,b",
    [("Marcus Delacroix", "Marcus Delacroix III"), ("Tanisha Oduya", "Tanisha Ruth Oduya"),
     ("Pieter R. Hallam", "Pieter Hallam"), ("Anna LaFontane", "Anna Fontane")],
)
def test_entities_names_suffix_middle_name_and_particle_do_not_split_a_person(a, b):
    result = resolve_entities([name_mention("d1", a), name_mention("d1", a), name_mention("d2", b)])
    assert entity_of(result, "d1", a).entity_id == entity_of(result, "d2", b).entity_id


def test_entities_names_a_surname_joins_the_person_with_a_suffix():
    result = resolve_entities([name_mention("d1", "Marcus Delacroix III"), name_mention("d2", "Delacroix")])
    assert entity_of(result, "d2", "Delacroix").name == "Marcus Delacroix III"


@pytest.mark.parametrize(
    "a,b,same",
    [(["ann", "calamita"], ["ann", "lacalamita"], True), (["ann", "hill"], ["ann", "thill"], False),
     (["ann", "lacalamita"], ["bob", "calamita"], False)],
)
def test_entities_names_particle_variant(a, b, same):
    assert particle_variant(a, b) is same


@pytest.mark.parametrize(
    "a,b,same",
    [("halvorsen foods", "halvorsens food", True), ("halvorsen foods", "halvorsen food", True),
     ("austria", "australia", False)],
)
def test_entities_names_plural_words_of_a_firm_are_one_spelling(a, b, same):
    assert same_spelling(a, b) is same


@pytest.mark.parametrize(
    "name,adjective,word",
    [("halvorsen foods", False, "halvorsen"), ("national bank", False, None), ("turkish airlines", False, None),
     ("islamic state", True, None), ("the halvorsen group", False, None)],
)
def test_entities_names_leading_word_of_a_firm(name, adjective, word):
    assert leading_word(name, adjective) == word


@needs_wordnet
def test_entities_names_firm_known_by_its_first_word_is_one_entity():
    mentions = [name_mention("d1", "Halvorsen Foods", "ORG"), name_mention("d1", "Halvorsen Foods", "ORG"), name_mention("d2", "Halvorsen", "ORG"),
                name_mention("d3", "Halvorsens Food", "ORG"), name_mention("d4", "Halvorsen Plant", "ORG")]
    result = resolve_entities(mentions)
    firm = entity_of(result, "d2", "Halvorsen")
    assert firm.name == "Halvorsen Foods"
    assert entity_of(result, "d3", "Halvorsens Food").entity_id == firm.entity_id
    assert entity_of(result, "d4", "Halvorsen Plant").entity_id != firm.entity_id  # another last word


@needs_wordnet
def test_entities_names_bank_names_ending_alike_are_one_body():
    mentions = [name_mention("d1", "Orlis Bank", "GPE"), name_mention("d2", "Orlis Savings Bank", "ORG"), name_mention("d3", "Orlis", "ORG")]
    result = resolve_entities(mentions)
    ids = {entity_of(result, d, n).entity_id for d, n in [("d1", "Orlis Bank"), ("d2", "Orlis Savings Bank"),
                                                            ("d3", "Orlis")]}
    assert len(ids) == 1
    assert entity_of(result, "d1", "Orlis Bank").label == "ORG"


@needs_wordnet
def test_entities_names_faith_word_is_no_place():
    result = resolve_entities([name_mention("d1", "Muslim", "NORP"), name_mention("d2", "Scottish", "NORP"), name_mention("d2", "Scotland", "GPE")])
    assert entity_of(result, "d1", "Muslim").label == "NORP"
    assert entity_of(result, "d2", "Scottish").name == "Scotland"


@needs_wordnet
def test_entities_names_city_tagged_as_a_body_is_a_place():
    result = resolve_entities([name_mention("d1", "Thessaloniki", "ORG")])
    assert entity_of(result, "d1", "Thessaloniki").label == "GPE"


@needs_wordnet
@pytest.mark.parametrize("name,person", [("Lorcan Advisors", False), ("Lorcan Wexley", True),
                                          ("Lorcan Wexley Jr", True)])
def test_entities_names_plural_noun_heads_a_firm_not_a_person(name, person):
    assert person_named(name) is person


@needs_wordnet
def test_entities_names_person_tagged_firm_with_a_plural_head_is_a_body():
    result = resolve_entities([name_mention("d1", "Lorcan Advisers"), name_mention("d2", "Lorcan Advisers", "ORG")])
    entity = entity_of(result, "d1", "Lorcan Advisers")
    assert entity.label == "ORG"
    assert entity_of(result, "d2", "Lorcan Advisers").entity_id == entity.entity_id


@pytest.mark.parametrize(
    "placed,linked,own_entity",
    [(6, 1, True), (3, 1, True), (2, 1, False), (0, 2, False)],
)
def test_entities_names_city_mostly_named_as_a_place_stays_its_own_entity(placed, linked, own_entity):
    mentions = [name_mention(f"p{i}", "Lisbon", "GPE") for i in range(placed)]
    mentions += [name_mention(f"g{i}", "Lisbon", "GPE", country="Portugal") for i in range(linked)]
    mentions += [name_mention("c1", "Portugal", "GPE", country="Portugal")]
    result = resolve_entities(mentions)
    country = entity_of(result, "c1", "Portugal")
    assert ("Lisbon" not in country.aliases) is own_entity


@pytest.mark.parametrize(
    "hyphened,spaced,label",
    [("Port-Lesanne", "Port Lesanne", "GPE"), ("Sidi-bel-Kharroub", "Sidi bel Kharroub", "GPE"),
     ("Anne-Marie Vollard", "Anne Marie Vollard", "PERSON")],
)
def test_entities_names_hyphen_and_space_spell_one_name(hyphened, spaced, label):
    result = resolve_entities([name_mention("d1", hyphened, label), name_mention("d1", hyphened, label),
                               name_mention("d2", spaced, label)])
    assert entity_of(result, "d1", hyphened).entity_id == entity_of(result, "d2", spaced).entity_id


def test_entities_names_a_hyphen_inside_a_word_is_a_space_but_other_marks_go():
    assert fold("Sidi-bel-Kharroub") == fold("Sidi bel Kharroub") == "sidi bel kharroub"
    assert fold("U.N.") == "un" and fold("O'Hara") == "ohara"
    assert fold("Roe - Smith") == "roe smith"  # a dash between spaced words leaves one space
