"""One blaze, one type: a fire is typed by what is said of the fire, not by a charge against a person.

Reports written before an arrest tell "a fire broke out"; later ones tell "a man was charged with
arson after the fire". Typing the second fire an attack and the first a disaster puts one blaze in
two event families, which resolution never joins (``fire_senses.case_matter``). Sentences are ours.
"""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow


def _fire_types(mentions) -> set[models.EventType]:
    return {m.event_type for m in mentions if m.trigger.lower() in {"fire", "blaze", "inferno"}}


@pytest.mark.parametrize(
    "text",
    [
        "A man was charged with arson after a fire at a furniture store on Monday.",
        "A woman has pleaded not guilty to arson over the fire at the hotel.",
        "Timber yard fire: teenager admits arson",
        "A man accused of arson appeared in court over the fire that destroyed the bakery.",
        "The landlord faces arson charges over the blaze at his bakery.",
    ],
)
def test_fire_named_in_a_charge_is_no_attack(extract, text):
    # the blaze is a disaster when reported at all; "after a fire" alone is a time reference
    assert T.ATTACK not in {m.event_type for m in extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The shop owner denied arson following the blaze at his bakery.",
        "The caretaker was jailed for arson three months after the inferno at the depot.",
    ],
)
def test_fire_named_in_a_charge_stays_the_blaze(extract, text):
    assert _fire_types(extract(text)) == {T.DISASTER}


@pytest.mark.parametrize(
    "text",
    [
        "Detectives believe the fire at the depot was arson.",
        "The blaze that destroyed the bakery was arson, police said.",
        "The blaze at the chapel is being investigated as an arson.",
    ],
)
def test_fire_said_to_be_arson_is_an_attack(extract, text):
    assert T.ATTACK in _fire_types(extract(text))


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("The owner was charged with arson on Friday.", True),
        ("The owner denied arson in court.", True),
        ("Police arrested a teenager on suspicion of arson.", True),
        ("The owner faces two counts of arson.", True),
        ("The owner faces arson charges.", True),
        ("Detectives believe the fire was arson.", False),
        ("The blaze is being treated as arson.", False),
        ("Arson investigators were at the scene.", False),
    ],
)
def test_arson_as_the_matter_of_a_case(nlp, text, case):
    from dossier.extract.fire_senses import case_matter

    arson = next(t for t in nlp(text) if t.lower_ == "arson")
    assert case_matter(arson) is case
