"""Roles that a name's place in the sentence decides apart from the path to the trigger: the subject of
a headline's bare participle, the offence of a charge, a place in a death."""

from __future__ import annotations

import pytest

from .conftest import roles_of

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(
    ("text", "event_type", "roles"),
    [
        # a headline's bare participle: its subject is the one arrested or shot
        ("Tom Brady arrested on suspicion of drunk driving", "arrest", [("target", "Tom Brady")]),
        ("Maria Gomez shot outside a bakery in Denver", "attack", [("target", "Maria Gomez")]),
        # a full sentence with its object keeps the subject as the doer
        ("Tom Brady shot two men outside a bakery in Denver.", "attack", [("actor", "Tom Brady")]),
    ],
)
def test_arguments_headline_passive(extract, text, event_type, roles):
    assert roles_of(extract(text), event_type) == roles


@pytest.mark.parametrize(
    ("text", "event_type", "absent"),
    [
        ("Tom Brady was arrested and charged with DUI on Sunday.", "trial", "DUI"),  # the offence
        ("A builder from Leeds was killed by a falling crane in Manchester.", "death", "Manchester"),  # a place
        # the group a dead person belonged to did not die
        ("A Camorra boss hanged himself in his cell on Tuesday.", "death", "Camorra"),
        ("A Hezbollah commander died in hospital on Monday.", "death", "Hezbollah"),
    ],
)
def test_arguments_no_party(extract, text, event_type, absent):
    assert absent not in {t for _, t in roles_of(extract(text), event_type)}


@pytest.mark.parametrize(
    ("text", "event_type", "present"),
    [
        ("The singer Ana Ruiz died in Leeds on Sunday.", "death", "Ana Ruiz"),  # the one who died stays
        ("Police arrested Tom Brady on suspicion of assaulting Ana Ruiz.", "arrest", "Tom Brady"),
        ("Hezbollah fighters attacked the border post on Monday.", "attack", "Hezbollah"),  # a group that acts
    ],
)
def test_arguments_parties_kept(extract, text, event_type, present):
    assert present in {t for _, t in roles_of(extract(text), event_type)}


@pytest.mark.parametrize(
    ("text", "verb", "name", "passive"),
    [
        # a past participle with a subject and no auxiliary, in a full sentence
        ("Witnesses said the gang was shooting when Maria Lopez and two other women killed and injured in the "
         "crossfire.", "killed", "Lopez", True),
        # a past tense with its full stop: the subject did it
        ("Maria Lopez killed two intruders in her home.", "killed", "Lopez", False),
    ],
)
def test_arguments_headline_passive_rule(nlp, text, verb, name, passive):
    from dossier import models
    from dossier.annotate.pipeline import annotate
    from dossier.extract.argument_rules import headline_passive
    from dossier.extract.ontology import BY_TYPE
    from dossier.extract.triggers import Trigger

    doc = annotate(nlp, models.Document(doc_id="t", text=text))
    token = next(t for t in doc if t.text == verb)
    trigger = Trigger(token=token, definition=BY_TYPE[models.EventType.DEATH], nominal=False)
    assert headline_passive(next(t for t in doc if t.text == name), trigger) is passive
