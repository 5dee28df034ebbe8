"""Relief stories: aid given and pledged, people rescued, troops deployed.

A disaster story is told in these words; these tests pin that each reaches its event type (aid,
rescue, deployment), that the other senses of the same words (a rescue package for banks, "aid
and abet", "provided that", "deployed a new app", money wired somewhere) report nothing of the
kind, and that the codes PLOVER reads did not move. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.extract.ontology import ALL_DEFINITIONS, BY_TYPE, definitions_for, plover_code, plover_of
from dossier.extract.rescue_senses import rescued_role
from dossier.models import EventType as T

AID, RESCUE, DEPLOYMENT = T.AID.value, T.RESCUE.value, T.DEPLOYMENT.value


def _definition(name: str):
    return next(d for d in ALL_DEFINITIONS if d.name == name)


@pytest.mark.parametrize(("event_type", "name"), [(T.AID, "aid"), (T.RESCUE, "rescue-danger"),
                                                  (T.DEPLOYMENT, "mobilize")])
def test_relief_types_are_defined(event_type, name):
    assert BY_TYPE[event_type].name == name


@pytest.mark.parametrize(
    ("name", "lemma", "code"),
    [("aid", "donate", "AID"), ("aid-transfer", "deliver", "AID"), ("aid-transfer", "pledge", "AGREE"),
     ("aid-transfer", "promise", "AGREE"), ("rescue-danger", "rescue", "AID"), ("rescue", "evacuate", "AID"),
     ("mobilize", "deploy", "MOBILIZE"), ("mobilize", "contribute", "AID"), ("peacekeeping", "send", "AID"),
     ("asylum", "grant", "AID"), ("mobilize", "alert", "MOBILIZE"), ("peacekeepers-arrive", "arrive", "RETREAT")],
)
def test_relief_plover_codes_kept(name, lemma, code):
    assert plover_of(_definition(name), lemma) == code


@pytest.mark.parametrize(("event_type", "code"), [(T.AID, "AID"), (T.RESCUE, "AID"), (T.DEPLOYMENT, "MOBILIZE")])
def test_relief_type_plover_code(event_type, code):
    assert plover_code(event_type) == code


@pytest.mark.parametrize(
    ("lemma", "nominal", "first"),
    [("free", False, "rescue-danger"), ("pledge", False, "aid-transfer"), ("asylum", True, "asylum"),
     ("evacuation", True, "rescue")],
)
def test_relief_word_reaches_definition_first(lemma, nominal, first):
    assert definitions_for(lemma, nominal)[0].name == first


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        # rescue
        ("Firemen pulled a small boy alive from the rubble of the school.", "pulled", "rescue-danger"),
        ("An elderly man was freed from the wreckage after nine hours.", "freed", "rescue-danger"),
        ("Neighbours dug two sisters out of the collapsed house by hand.", "dug", "rescue-danger"),
        # the "from" phrase parsed as the person's: "freed [a 70-year-old woman from a collapsed house]"
        ("In the old town, volunteers freed a 70-year-old woman from a collapsed house after three days.", "freed",
         "rescue-danger"),
        ("A Norwegian team rescued a shopkeeper from the collapsed market.", "rescued", "rescue-danger"),
        ("Helicopters evacuated the injured to the hospital ship.", "evacuated", "rescue"),
        ("Eight of them have since been evacuated.", "evacuated", "rescue"),
        # aid
        ("Army helicopters delivered water and rice to the hill villages.", "delivered", "aid-transfer"),
        ("Volunteers distributed blankets at the stadium.", "distributed", "aid-transfer"),
        ("The first relief flights landed at the airport.", "landed", "aid-transfer"),
        ("The fishing town donated 40,000 euros to the appeal.", "donated", "aid"),
        ("The kingdom pledged 30 million dollars for reconstruction.", "pledged", "aid-transfer"),
        ("A concert in the park raised 90,000 pounds.", "raised", "aid-transfer"),
        ("The bank gave $2m to the relief fund.", "gave", "aid-transfer"),
        ("The charity provided tents and clean water to the camp.", "provided", "aid"),
        ("Engineers from the navy assisted the injured villagers.", "assisted", "aid"),
        # deployment
        ("The government deployed 2,000 soldiers to the coast.", "deployed", "mobilize"),
        ("The navy sent three warships and 800 marines.", "sent", "mobilize"),
        ("Hundreds of paratroopers landed near the port.", "landed", "mobilize"),
        ("More foreign troops arrived in the capital on Friday.", "arrived", "mobilize"),
    ],
)
def test_relief_words_reach_their_definition(trigger_types, text, word, definition):
    assert trigger_types(text).get(word) == definition


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Parliament approved a rescue package for the banks.", "rescue"),
        ("The minister tried to rescue the talks.", "rescue"),
        ("He was accused of aiding and abetting the fraud.", "aiding"),
        ("You may stay, provided that you pay the rent.", "provided"),
        ("The company deployed a new app for its drivers.", "deployed"),
        ("The money was sent to an account in Zurich.", "sent"),
        ("The senator gave a long speech.", "gave"),
        ("The report raised concerns about the dam.", "raised"),
        ("The rebels pulled out of the talks.", "pulled"),
        ("She breathed a sigh of relief.", "relief"),
        ("The plane landed safely in the fog.", "landed"),
        ("Floodwater reached the second floor.", "reached"),
        ("The court granted bail to the driver.", "granted"),
        ("He donated $5,000 to the senator's campaign.", "donated"),
        ("Soldiers pulled the bodies from the river.", "pulled"),
        ("Hospitals in the region were put on alert.", "alert"),
        ("The garrison evacuated the town before dawn.", "evacuated"),
        ("The army sent a military plane to the capital.", "sent"),
        ("The city gave priority to the new stadium.", "gave"),
    ],
)
def test_relief_figurative_words_report_no_relief(trigger_types, text, word):
    found = trigger_types(text).get(word)
    assert found is None or _definition(found).event_type not in {T.AID, T.RESCUE, T.DEPLOYMENT}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A girl of six was pulled alive from the ruins of her home on Sunday.", RESCUE),
        ("Relief workers distributed food in the camps on Tuesday.", AID),
        ("The republic deployed 1,500 troops to the island on Monday.", DEPLOYMENT),
        ("The island's government donated 300,000 dollars on Wednesday.", AID),
    ],
)
def test_relief_events_extracted(extract, text, event_type):
    assert event_type in {m.event_type.value for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "role", "value"),
    [
        ("The republic deployed 1,500 troops to the island on Monday.", "military", 1500),
        ("The island's government donated 300,000 dollars on Wednesday.", "dollars", 300000),
        ("The navy sent 800 marines to the island on Monday.", "military", 800),
        ("Firemen pulled 12 villagers alive from the mud on Monday.", "rescued", 12),
    ],
)
def test_relief_counts_keep_their_role(extract, text, role, value):
    mention = next(m for m in extract(text) if m.event_type in {T.AID, T.DEPLOYMENT, T.RESCUE})
    assert any(q.role == role and q.low == value for q in mention.quantities)


@pytest.mark.parametrize(
    ("counted", "role", "expected"),
    [("people", "people", "rescued"), ("children", "children", "rescued"), ("survivors", None, "rescued"),
     ("soldiers", "military", "rescued"), ("hours", "duration", "duration"), ("metres", None, None)],
)
def test_relief_rescued_role(counted, role, expected):
    assert rescued_role(counted, role) == expected
