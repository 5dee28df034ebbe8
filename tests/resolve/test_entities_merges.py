"""Joins across blocks and what keeps names apart: a firm's bare word and a longer body sharing
it, a father and a son of one name, dotted abbreviations in initials. Names written for these tests."""

import pytest

from dossier.name_firms import firm_short_name
from dossier.name_forms import generation, initials, name_words
from dossier.resolve.entities import resolve_entities

from .reports import entity_of, name_mention


def org_mention(doc_id: str, text: str, label: str = "ORG", **fields):
    """A name mention tagged an organisation unless told otherwise."""
    return name_mention(doc_id, text, label, **fields)


@pytest.mark.parametrize(
    "word,full,short",
    [("quillon", "quillon foods", True), ("quillon", "quillon technologies inc", True),
     ("quillon", "quillon bank", True), ("quillon", "quillon corp", True),
     ("quillon", "quillon threat research alliance", False), ("quillon", "quillon plant", False),
     ("quillon", "quillon grand hotel", True), ("quillon", "quillon data group ltd", True),
     ("quillon", "quillon threat response center", False),
     ("quillon", "brevik foods", False)],
)
def test_entities_merges_firm_short_name(word, full, short):
    assert firm_short_name(word, full) is short


@pytest.mark.parametrize("full,short", [("quillon recovery", True), ("quillon zarbex", False)])
def test_entities_merges_firm_short_name_with_a_common_noun(full, short):
    assert firm_short_name("quillon", full, lambda w: w == "recovery") is short


def test_entities_merges_bare_firm_word_stays_out_of_a_longer_body():
    mentions = [org_mention(f"d{i}", "Quillon") for i in range(6)] + [org_mention("d7", "Quillon Threat Research Alliance"),
                                                             org_mention("d8", "Quillon Corp")]
    result = resolve_entities(mentions)
    firm = entity_of(result, "d1", "Quillon")
    assert firm.name == "Quillon Corp"
    assert entity_of(result, "d7", "Quillon Threat Research Alliance").entity_id != firm.entity_id


@pytest.mark.parametrize(
    "folded,suffix",
    [("tobias renfrew jr", "jr"), ("tobias renfrew sr.", "sr"), ("tobias renfrew iii", None), ("renfrew", None)],
)
def test_entities_merges_generation(folded, suffix):
    assert generation(folded) == suffix


def test_entities_merges_father_and_son_stay_apart():
    mentions = [org_mention("d1", "T. Tobias Renfrew Sr", "PERSON"), org_mention("d2", "Tobias Renfrew", "PERSON"),
                org_mention("d3", "Tobias Renfrew Jr", "PERSON"), org_mention("d4", "Tobias Renfrew", "PERSON"),
                org_mention("d5", "T. Tobias Renfrew", "PERSON")]
    result = resolve_entities(mentions)
    father = entity_of(result, "d1", "T. Tobias Renfrew Sr")
    assert {entity_of(result, d, n).entity_id for d, n in [("d2", "Tobias Renfrew"), ("d4", "Tobias Renfrew"),
                                                          ("d5", "T. Tobias Renfrew")]} == {father.entity_id}
    assert entity_of(result, "d3", "Tobias Renfrew Jr").entity_id != father.entity_id


def test_entities_merges_suffix_alone_does_not_split_one_person():
    mentions = [org_mention("d1", "Tobias Renfrew Jr", "PERSON"), org_mention("d2", "Tobias Renfrew", "PERSON")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "Tobias Renfrew Jr").entity_id == entity_of(result, "d2", "Tobias Renfrew").entity_id


@pytest.mark.parametrize(
    "name,letters",
    [("U.S. Coast Guard", "USCG"), ("U.K. Trade Office", "UKTO"), ("Food and Drug Administration", "FDA")],
)
def test_entities_merges_initials_of_dotted_abbreviations(name, letters):
    assert initials(name) == letters


def test_entities_merges_dotted_acronym_is_no_other_body():
    mentions = [org_mention("d1", "U.S. Coast Guard"), org_mention("d2", "U.C")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "U.S. Coast Guard").entity_id != entity_of(result, "d2", "U.C").entity_id


@pytest.mark.parametrize(
    "folded,words",
    [("j orwin tapley", ["orwin", "tapley"]), ("jane orwin tapley", ["jane", "tapley"]), ("j tapley", ["j", "tapley"])],
)
def test_entities_merges_leading_initial_gives_the_middle_name(folded, words):
    assert name_words(folded, "PERSON") == words


def test_entities_merges_bare_firm_word_prefers_its_legal_name():
    mentions = [org_mention(f"d{i}", "Quillon") for i in range(4)] + [org_mention("d5", "Quillon Update"), org_mention("d6", "Quillon Update"),
                                                             org_mention("d7", "Quillon Corp")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "Quillon").name == "Quillon Corp"


@pytest.mark.parametrize(
    "first,second,joined",
    [("41st Street", "43rd Street", False), ("Route 52", "Route 54", False), ("41st Street", "41st Street", True),
     ("Harlow Avenue", "Harlow Avenu", True)],
)
def test_entities_merges_names_differing_in_a_number_stay_apart(first, second, joined):
    result = resolve_entities([org_mention("d1", first, "FAC"), org_mention("d2", second, "FAC")])
    assert (entity_of(result, "d1", first) == entity_of(result, "d2", second)) is joined


@pytest.mark.parametrize(
    "full,short,joined",
    [("Carlo Lo Venti", "Lo Venti", True), ("Marta Del Brio", "Del Brio", True),
     ("Carlo Lo Venti", "Ann Venti", False), ("Carlo Venti", "Lo Venti", False)],
)
def test_entities_merges_a_surname_with_its_particle_joins_the_full_name(full, short, joined):
    result = resolve_entities([name_mention("d1", full), name_mention("d2", short)])
    assert (entity_of(result, "d1", full) == entity_of(result, "d2", short)) is joined


@pytest.mark.parametrize(
    "mentions,short,full,joined",
    [
        ((("Harlow", "GPE"), ("Harlow Hornets", "ORG"), ("Hornets", "ORG")), "Hornets", "Harlow Hornets", True),
        ((("Harlow", "GPE"), ("Harlow Hornets", "ORG"), ("Dunmore", "GPE"), ("Dunmore Hornets", "ORG"),
          ("Hornets", "ORG")), "Hornets", "Harlow Hornets", False),
        ((("Harlow Hornets", "ORG"), ("Hornets", "ORG")), "Hornets", "Harlow Hornets", False),
        ((("Port Selby", "GPE"), ("Port Selby Grey Herons", "ORG"), ("Grey Herons", "ORG")), "Grey Herons",
         "Port Selby Grey Herons", True),
        ((("Harlow", "GPE"), ("Harlow Grey Herons", "ORG"), ("Dunmore", "GPE"), ("Dunmore Grey Herons", "ORG"),
          ("Grey Herons", "ORG")), "Grey Herons", "Harlow Grey Herons", False),
        ((("Harlow Grey Herons", "ORG"), ("Grey Herons", "ORG")), "Grey Herons", "Harlow Grey Herons", False),
    ],
)
def test_entities_merges_a_body_goes_by_its_name_without_its_home(mentions, short, full, joined):
    result = resolve_entities([org_mention(f"d{n}", text, label) for n, (text, label) in enumerate(mentions)])
    doc_of = {text: f"d{n}" for n, (text, _) in enumerate(mentions)}
    assert (entity_of(result, doc_of[short], short) == entity_of(result, doc_of[full], full)) is joined
