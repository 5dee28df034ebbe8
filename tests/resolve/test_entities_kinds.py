"""Entity resolution on the errors a review of a health-scare dossier found: names of different
places or agencies merged by spelling, one organisation split by stray words, a person typed as
an organisation, nationality words left apart from their places. Names and sentences written
for these tests."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.annotate import wordnet
from dossier.name_forms import person_shaped, same_spelling, trim_name
from dossier.resolve.entities import resolve_entities
from dossier.resolve.entity_kinds import demonym_homes, person_named

from .reports import entity_of, name_mention


def org_mention(doc_id: str, text: str, label: str = "ORG", **fields):
    """A name mention tagged an organisation unless told otherwise."""
    return name_mention(doc_id, text, label, **fields)


needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent (Debian package wordnet-base)")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("organisation", "organization", True),
        ("world health organisation", "world heath organization", True),
        ("centres for disease control", "centers for disease control", True),
        ("lisbon port authority", "lisbon port authorty", True),
        ("austria", "australia", False),  # a syllable more is another country
        ("slovenia", "slovakia", False),
        ("cdc", "ecdc", False),  # a letter more is another agency
        ("nsa", "nasa", False),
    ],
)
def test_entities_kinds_same_spelling(a, b, same):
    assert same_spelling(a, b) is same


@pytest.mark.parametrize(
    ("a", "b"),
    [("Austria", "Australia"), ("Slovenia", "Slovakia"), ("Gambia", "Zambia")],
)
def test_entities_kinds_countries_a_syllable_apart_stay_apart(a, b):
    result = resolve_entities([org_mention("d1", a, "GPE"), org_mention("d2", b, "GPE")])
    assert entity_of(result, "d1", a).entity_id != entity_of(result, "d2", b).entity_id


def test_entities_kinds_acronym_inside_another_acronym_stays_apart():
    result = resolve_entities([org_mention("d1", "NSA"), org_mention("d2", "NASA"), org_mention("d3", "NSA")])
    assert entity_of(result, "d1", "NSA").entity_id != entity_of(result, "d2", "NASA").entity_id


@pytest.mark.parametrize(
    ("name", "trimmed"),
    [
        ("a World Meteorological Organisation", "World Meteorological Organisation"),
        ("World Trade Organization - as", "World Trade Organization"),
        ("Port Authority – with", "Port Authority"),
        ("Guinea-Bissau", "Guinea-Bissau"),
        ("A Coruña", "A Coruña"),
    ],
)
def test_entities_kinds_trim_name(name, trimmed):
    assert trim_name(name) == trimmed


def test_entities_kinds_british_and_american_spellings_and_stray_words_fold():
    names = ["World Meteorological Organization", "a World Meteorological Organisation",
             "World Meteorological Organization - as", "World Meteorological Organisation"]
    result = resolve_entities([org_mention(f"d{i}", n) for i, n in enumerate(names)])
    assert len({entity_of(result, f"d{i}", n).entity_id for i, n in enumerate(names)}) == 1


def test_entities_kinds_acronym_joins_the_organisation_most_named_by_it():
    mentions = [org_mention(f"a{i}", "Port Safety Board", canonical="Port Safety Board") for i in range(7)]
    mentions += [org_mention("a0", "PSB", canonical="Port Safety Board"),
                 org_mention("b1", "Northern Port Safety Board"), org_mention("b1", "PSB", canonical="Northern Port Safety Board"),
                 org_mention("c1", "PSB")]
    result = resolve_entities(mentions)
    assert entity_of(result, "c1", "PSB").name == "Port Safety Board"


@pytest.mark.parametrize(
    ("name", "shaped"),
    [("Ingrid Halvorsen", True), ("Tomasz J. Wielgosz", True), ("Ana María Ruiz", True),
     ("H7N9", False), ("Public Health Agency", False), ("Ingrid", False), ("Board of Trade", False),
     # a surname's prefix may carry a second capital; a firm's camel case may not
     ("Walt McTavish", True), ("Ines LaPorte", True), ("Rudi DeVries", True), ("Aoife O'Dowd", True),
     ("Maud D'Arcy", True), ("PayPort Lending", False), ("Ingrid TrackNet", False)],
)
def test_entities_kinds_person_shaped(name, shaped):
    assert person_shaped(name) is shaped


@needs_wordnet
@pytest.mark.parametrize(
    ("name", "person"),
    [("Ingrid Halvorsen", True), ("Tomasz Wielgosz", True), ("Swine Fever", False), ("Rolling Stone", False)],
)
def test_entities_kinds_person_named(name, person):
    assert person_named(name) is person


@needs_wordnet
def test_entities_kinds_person_name_tagged_org_more_often_stays_a_person():
    mentions = [org_mention(f"o{i}", "Ingrid Halvorsen", "ORG") for i in range(6)] + [org_mention("p1", "Ingrid Halvorsen", "PERSON")]
    result = resolve_entities(mentions)
    entity = entity_of(result, "p1", "Ingrid Halvorsen")
    assert (entity.label, entity.mention_count) == ("PERSON", 7)


def test_entities_kinds_common_words_keep_the_majority_label():
    mentions = [org_mention(f"o{i}", "Harbour Watch", "ORG") for i in range(6)] + [org_mention("p1", "Harbour Watch", "PERSON")]
    result = resolve_entities(mentions)
    assert entity_of(result, "p1", "Harbour Watch").label == "ORG"


@pytest.mark.parametrize(
    ("demonym", "place"),
    [("Asian", "Asia"), ("Europeans", "Europe"), ("Kenyan", "Kenya"), ("Italian", "Italy"), ("Iraqi", "Iraq")],
)
def test_entities_kinds_demonym_formed_from_its_place(demonym, place):
    assert demonym_homes([demonym], [place, "Austria", "Chile"]) == {demonym: place}


@needs_wordnet
@pytest.mark.parametrize(("demonym", "place"), [("Scottish", "Scotland"), ("Welsh", "Wales"), ("Danish", "Denmark")])
def test_entities_kinds_demonym_wordnet_pertains_to_its_place(demonym, place):
    assert demonym_homes([demonym], [place, "Europe"]) == {demonym: place}


@needs_wordnet
def test_entities_kinds_adjective_of_no_place_has_no_home():
    assert demonym_homes(["Avian"], ["Asia", "Europe"]) == {}


def test_entities_kinds_demonym_joins_its_place_and_the_place_keeps_its_name():
    mentions = [org_mention("d1", "Asia", "LOC"), org_mention("d2", "Asia", "LOC"), org_mention("d3", "Asian", "NORP"), org_mention("d4", "Asian", "NORP"),
                org_mention("d5", "Asian", "NORP")]
    result = resolve_entities(mentions)
    entity = entity_of(result, "d3", "Asian")
    assert (entity.name, entity.mention_count, "Asian" in entity.aliases) == ("Asia", 5, True)


def test_entities_kinds_seat_with_no_country_is_its_own_place():
    mentions = [org_mention("d1", "Geneva", "GPE"), org_mention("d2", "Geneva", "GPE", country="Switzerland"),
                org_mention("d3", "Switzerland", "GPE", country="Switzerland")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "Geneva").name == "Geneva"
    assert entity_of(result, "d2", "Geneva").name == "Switzerland"


def test_entities_kinds_acronym_joins_the_spelling_named_more_than_the_others_together():
    mentions = [org_mention(f"a{i}", "Port Safety Board") for i in range(4)] + [org_mention("a0", "PSB", canonical="Port Safety Board")]
    mentions += [org_mention("b1", "Port Safety Boards"), org_mention("b1", "PSB", canonical="Port Safety Boards"), org_mention("c1", "PSB")]
    result = resolve_entities(mentions)
    assert entity_of(result, "c1", "PSB").name == "Port Safety Board"


def test_entities_kinds_acronym_refuses_spellings_named_as_often():
    mentions = [org_mention("a1", "Harbour Safety Board"), org_mention("a1", "HSB", canonical="Harbour Safety Board"),
                org_mention("b1", "Highway Safety Bureau"), org_mention("b1", "HSB", canonical="Highway Safety Bureau"), org_mention("c1", "HSB")]
    result = resolve_entities(mentions)
    assert entity_of(result, "c1", "HSB").name == "HSB"


@needs_wordnet
@pytest.mark.parametrize(
    ("bodies", "moved"),
    [(["Halvorsen"], {"Halvorsen"}), (["Ford"], set()), (["NATO"], set()), (["Wielgosz"], set())],
)
def test_entities_kinds_bare_surnames(bodies, moved):
    from dossier.resolve.entity_kinds import bare_surnames

    # "Wielgosz" is the surname of two people: refused.
    people = ["Ingrid Halvorsen", "Henry Ford", "Tomasz Wielgosz", "Jurgita Wielgosz"]
    assert bare_surnames(people, bodies) == moved


@needs_wordnet
def test_entities_kinds_bare_surname_tagged_org_joins_the_person():
    mentions = [org_mention("d1", "Ingrid Halvorsen", "PERSON"), org_mention("d2", "Halvorsen", "ORG"), org_mention("d3", "Halvorsen", "ORG")]
    result = resolve_entities(mentions)
    entity = entity_of(result, "d2", "Halvorsen")
    assert (entity.name, entity.label, entity.mention_count) == ("Ingrid Halvorsen", "PERSON", 3)


def test_entities_kinds_group_of_people_and_body_of_one_name_are_one_organisation():
    mentions = [org_mention(f"n{i}", "Hillfolk Union", "NORP") for i in range(4)] + [org_mention(f"o{i}", "Hillfolk Union") for i in range(3)]
    result = resolve_entities(mentions)
    entity = entity_of(result, "n0", "Hillfolk Union")
    assert (entity.label, entity.mention_count) == ("ORG", 7)


def _stored(name: str, label: str, entity_id: str, count: int = 5) -> models.Entity:
    return models.Entity(entity_id=entity_id, name=name, label=label, aliases=(), roles=(), country=None,
                         mention_count=count, doc_ids=("old",))


@needs_wordnet
@pytest.mark.parametrize("name", ["Ingrid Halvorsen", "Halvorsen"])
def test_entities_kinds_body_named_like_a_stored_person_joins_the_person(name):
    result = resolve_entities([org_mention("new", name, "ORG")], existing=[_stored("Ingrid Halvorsen", "PERSON", "ent_p")])
    assert result.mention_entity[("new", name)] == "ent_p"


def test_entities_kinds_nationality_joins_a_stored_place():
    result = resolve_entities([org_mention("new", "Asians", "NORP")], existing=[_stored("Asia", "LOC", "ent_asia")])
    assert result.mention_entity[("new", "Asians")] == "ent_asia"


@pytest.mark.parametrize(
    ("mention", "key"),
    [(org_mention("d", "Ingrid Halvorsen", "ORG"), "PERSON:hlv"), (org_mention("d", "Halvorsen", "ORG"), "PERSON:hlv"),
     (org_mention("d", "Europeans", "NORP"), "PLACE:rp")],
)
def test_entities_kinds_mention_keys_look_where_the_name_may_go(mention, key):
    from dossier.resolve.entities import mention_keys

    assert key in mention_keys(mention)
