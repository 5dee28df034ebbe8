"""Cross-document names on the errors a review of eight short stories found: a given name an
article says a person goes by, one name typed two ways, and a surname shared by relatives. Names
and sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.resolve.entities import resolve_entities
from dossier.resolve.entity_nicknames import nickname_pairs, same_by_nickname

from .reports import name_mention

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent (Debian package wordnet-base)")


def _ids(result, *keys):
    return {result.mention_entity[key] for key in keys}


@pytest.mark.parametrize(
    ("mentions", "pair", "found"),
    [
        ([name_mention("d1", "Kathryn Hale"), name_mention("d1", "Katie", canonical="Kathryn Hale")], ("katie", "kathryn", "hale"), True),
        ([name_mention("d1", "Alice Hale"), name_mention("d1", "Alice", canonical="Alice Hale")], ("alice", "alice", "hale"), False),
        ([name_mention("d1", "Kathryn Hale"), name_mention("d1", "Katie")], ("katie", "kathryn", "hale"), False),
        ([name_mention("d1", "Maria Elena (Nena) Ruiz", canonical="Maria Elena Ruiz")], ("nena", "maria", "ruiz"), True),
        ([name_mention("d1", 'Tomas "Tommy" Brandt', canonical="Tomas Brandt")], ("tomas", "tommy", "brandt"), True),
        ([name_mention("d1", "Vela (Group) Partners", "ORG", canonical="Vela Partners")], ("group", "vela", "partners"), False),
        ([name_mention("d1", "Maria Elena Ruiz")], ("elena", "maria", "ruiz"), False),
    ],
)
def test_entity_nicknames_pairs_come_from_the_articles(mentions, pair, found):
    assert (pair in nickname_pairs(mentions)) is found


@pytest.mark.parametrize(
    ("words", "other", "same"),
    [
        (["katie", "hale"], ["kathryn", "hale"], True),
        (["katie", "roe"], ["kathryn", "roe"], False),  # the pair was made for the Hales only
    ],
)
def test_entity_nicknames_pair_holds_for_its_surname(words, other, same):
    assert same_by_nickname(words, other, frozenset({("katie", "kathryn", "hale"), ("kathryn", "katie", "hale")})) is same


@pytest.mark.parametrize(
    ("known_as", "joined"),
    [(True, True), (False, False)],
)
def test_entity_nicknames_join_a_person_named_both_ways(known_as, joined):
    mentions = [name_mention("d1", "Kathryn Hale"), name_mention("d1", "Katie Hale"), name_mention("d2", "Katie Hale")]
    if known_as:
        mentions.append(name_mention("d1", "Katie", canonical="Kathryn Hale"))
    result = resolve_entities(mentions)
    assert (len(_ids(result, ("d1", "Kathryn Hale"), ("d2", "Katie Hale"))) == 1) is joined


@needs_wordnet
@pytest.mark.parametrize(
    ("mentions", "name", "label"),
    [
        # a plain majority settles a place the tagger also calls a body
        ([name_mention("d1", "Dunmoor", "ORG"), name_mention("d2", "Dunmoor", "GPE"), name_mention("d3", "Dunmoor", "GPE")], "Dunmoor", "GPE"),
        # an even vote between a person and a body goes to the body for a name of common words
        ([name_mention("d1", "Crowley Petroleum", "ORG"), name_mention("d2", "Crowley Petroleum", "PERSON")], "Crowley Petroleum", "ORG"),
        # a name of a given name and a surname stays a person however often it is called a body
        ([name_mention("d1", "Keiji Fukara", "ORG"), name_mention("d2", "Keiji Fukara", "ORG"), name_mention("d3", "Keiji Fukara", "PERSON")],
         "Keiji Fukara", "PERSON"),
    ],
)
def test_entity_nicknames_one_label_per_name(mentions, name, label):
    result = resolve_entities(mentions)
    assert [e.label for e in result.entities if e.name == name] == [label]


def test_entity_nicknames_shared_surname_names_no_one():
    mentions = [name_mention("d1", "John Hale"), name_mention("d1", "Ann Hale"), name_mention("d1", "Hale"), name_mention("d2", "Hale", canonical="John Hale")]
    result = resolve_entities(mentions)
    assert "hale" not in result.canonical_name and result.canonical_name["john hale"] == "John Hale"


def test_entity_nicknames_bracketed_nickname_joins_the_nickname_and_surname():
    mentions = [name_mention("d1", "Maria Elena (Nena) Ruiz", canonical="Maria Elena Ruiz"),
                name_mention("d2", "Nena Ruiz"), name_mention("d3", "Pablo Ruiz")]
    result = resolve_entities(mentions)
    assert len(_ids(result, ("d1", "Maria Elena Ruiz"), ("d2", "Nena Ruiz"))) == 1
    assert len(_ids(result, ("d1", "Maria Elena Ruiz"), ("d3", "Pablo Ruiz"))) == 2

