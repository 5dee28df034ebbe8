"""Joins across blocks and what keeps names apart: a firm's bare word and a longer body sharing
it, a father and a son of one name, dotted abbreviations in initials. Names written for these tests."""

import pytest

from dossier import models
from dossier.name_forms import firm_short_name, generation, initials, name_words
from dossier.resolve.entities import resolve_entities


def _m(doc_id: str, text: str, label: str = "ORG", role: str | None = None):
    return models.EntityMention(doc_id=doc_id, start=0, end=len(text), text=text, label=label, sentence_index=0,
                                canonical=text, role=role)


def _entity_of(result, doc_id, name):
    entity_id = result.mention_entity[(doc_id, name)]
    return next(e for e in result.entities if e.entity_id == entity_id)


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
    mentions = [_m(f"d{i}", "Quillon") for i in range(6)] + [_m("d7", "Quillon Threat Research Alliance"),
                                                             _m("d8", "Quillon Corp")]
    result = resolve_entities(mentions)
    firm = _entity_of(result, "d1", "Quillon")
    assert firm.name == "Quillon Corp"
    assert _entity_of(result, "d7", "Quillon Threat Research Alliance").entity_id != firm.entity_id


@pytest.mark.parametrize(
    "folded,suffix",
    [("tobias renfrew jr", "jr"), ("tobias renfrew sr.", "sr"), ("tobias renfrew iii", None), ("renfrew", None)],
)
def test_entities_merges_generation(folded, suffix):
    assert generation(folded) == suffix


def test_entities_merges_father_and_son_stay_apart():
    mentions = [_m("d1", "T. Tobias Renfrew Sr", "PERSON"), _m("d2", "Tobias Renfrew", "PERSON"),
                _m("d3", "Tobias Renfrew Jr", "PERSON"), _m("d4", "Tobias Renfrew", "PERSON"),
                _m("d5", "T. Tobias Renfrew", "PERSON")]
    result = resolve_entities(mentions)
    father = _entity_of(result, "d1", "T. Tobias Renfrew Sr")
    assert {_entity_of(result, d, n).entity_id for d, n in [("d2", "Tobias Renfrew"), ("d4", "Tobias Renfrew"),
                                                          ("d5", "T. Tobias Renfrew")]} == {father.entity_id}
    assert _entity_of(result, "d3", "Tobias Renfrew Jr").entity_id != father.entity_id


def test_entities_merges_suffix_alone_does_not_split_one_person():
    mentions = [_m("d1", "Tobias Renfrew Jr", "PERSON"), _m("d2", "Tobias Renfrew", "PERSON")]
    result = resolve_entities(mentions)
    assert _entity_of(result, "d1", "Tobias Renfrew Jr").entity_id == _entity_of(result, "d2", "Tobias Renfrew").entity_id


@pytest.mark.parametrize(
    "name,letters",
    [("U.S. Coast Guard", "USCG"), ("U.K. Trade Office", "UKTO"), ("Food and Drug Administration", "FDA")],
)
def test_entities_merges_initials_of_dotted_abbreviations(name, letters):
    assert initials(name) == letters


def test_entities_merges_dotted_acronym_is_no_other_body():
    mentions = [_m("d1", "U.S. Coast Guard"), _m("d2", "U.C")]
    result = resolve_entities(mentions)
    assert _entity_of(result, "d1", "U.S. Coast Guard").entity_id != _entity_of(result, "d2", "U.C").entity_id


@pytest.mark.parametrize(
    "folded,words",
    [("j orwin tapley", ["orwin", "tapley"]), ("jane orwin tapley", ["jane", "tapley"]), ("j tapley", ["j", "tapley"])],
)
def test_entities_merges_leading_initial_gives_the_middle_name(folded, words):
    assert name_words(folded, "PERSON") == words


def test_entities_merges_bare_firm_word_prefers_its_legal_name():
    mentions = [_m(f"d{i}", "Quillon") for i in range(4)] + [_m("d5", "Quillon Update"), _m("d6", "Quillon Update"),
                                                             _m("d7", "Quillon Corp")]
    result = resolve_entities(mentions)
    assert _entity_of(result, "d1", "Quillon").name == "Quillon Corp"
