"""The ontology table: every type defined, mapped to PLOVER, and triggers looked up by part of speech."""

from __future__ import annotations

import pytest

from dossier.extract.ontology import (
    ALL_DEFINITIONS, ARGUMENT_CLASSES, BY_TYPE, OBJECT_CLASSES, definitions_for, plover_code, plover_of,
)
from dossier.models import EventType

T = EventType


@pytest.mark.parametrize(
    ("event_type", "code"),
    [
        (T.NEGOTIATION, "CONSULT"), (T.AGREEMENT, "AGREE"), (T.REQUEST, "REQUEST"), (T.DEMAND, "DEMAND"),
        (T.REJECTION, "REJECT"), (T.ATTACK, "ASSAULT"), (T.WITHDRAWAL, "RETREAT"), (T.SANCTION, "SANCTION"),
        (T.PROTEST, "PROTEST"), (T.PRISONER_EXCHANGE, "CONCEDE"), (T.ELECTION, None), (T.OTHER, None),
    ],
)
def test_ontology_plover_code(event_type, code):
    assert plover_code(event_type) == code


def test_ontology_every_user_type_but_other_is_defined():
    assert set(BY_TYPE) == set(EventType) - {T.OTHER}


def test_ontology_every_definition_has_a_definition_and_examples():
    assert all(d.definition and d.examples and (d.verbs or d.nouns) for d in ALL_DEFINITIONS)


@pytest.mark.parametrize(
    ("lemma", "nominal", "names"),
    [
        ("deal", True, ["agreement"]),
        ("deal", False, []),
        ("exchange", True, ["remains_exchange", "prisoner_exchange", "proposal-transfer"]),
        ("threaten", False, ["threaten"]),
        ("restore", False, ["outage-repair", "ease-freedoms", "relations"]),
        ("resign", False, ["resign"]),
        ("boycott", False, ["protest"]),
        ("blockade", True, ["coerce"]),
        ("donate", False, ["aid"]),
        ("kidnap", False, ["kidnap"]),
        ("abduct", False, ["kidnap"]),
        ("kidnapping", True, ["kidnap"]),
        ("mediation", True, ["negotiation"]),
        ("evacuate", False, ["rescue", "withdrawal"]),
        ("violate", False, ["break-truce", "defy"]),
        ("force", False, ["expel-people", "sanction"]),
        ("close", False, ["close-borders"]),
        ("access", True, ["humanitarian-access"]),
        ("deface", False, ["coerce"]),
    ],
)
def test_ontology_definitions_for_part_of_speech(lemma, nominal, names):
    assert [d.name for d in definitions_for(lemma, nominal)] == names


@pytest.mark.parametrize(
    ("name", "lemma", "code"),
    [("proposal", "offer", "AGREE"), ("proposal", "propose", "CONSULT"), ("attack", "shell", "FIGHT"),
     ("rescue", "evacuate", "AID"), ("peacekeeping", "deploy", "AID"), ("admit", "open", "AID"),
     ("close-borders", "close", "FIGHT"), ("break-truce", "violate", "FIGHT"), ("defy", "defy", "REJECT"),
     ("expel-people", "expel", "COERCE"), ("sanction", "expel", "SANCTION"), ("ease-freedoms", "restore", "CONCEDE"),
     ("humanitarian-access", "access", "RETREAT"), ("negotiation", "mediate", "CONSULT"),
     ("kidnap", "kidnap", "COERCE")],
)
def test_ontology_plover_of_refines_by_word(name, lemma, code):
    definition = next(d for d in ALL_DEFINITIONS if d.name == name)
    assert plover_of(definition, lemma) == code


def test_ontology_argument_and_object_classes_are_known():
    assert all(d.needs in ARGUMENT_CLASSES for d in ALL_DEFINITIONS if d.needs)
    assert all(d.object_class in OBJECT_CLASSES for d in ALL_DEFINITIONS if d.object_class)


@pytest.mark.parametrize(
    ("name", "word"),
    [("borders", "frontier"), ("evacuees", "wounded"), ("residents", "refugee"), ("freedoms", "liberties"),
     ("truces", "ceasefire")],
)
def test_ontology_object_classes_hold_their_words(name, word):
    assert word in OBJECT_CLASSES[name]


def test_ontology_object_classes_are_no_theme_classes():
    assert not set(OBJECT_CLASSES) & set(ARGUMENT_CLASSES)


@pytest.mark.parametrize(("noun", "accident"), [("explosion", True), ("spill", True), ("crash", True),
                                                ("outbreak", True), ("collapse", False), ("blast", False)])
def test_ontology_accidents_are_disasters_of_their_own(noun, accident):
    names = {d.name for d in definitions_for(noun, True)}
    assert ("accident" in names) is accident
