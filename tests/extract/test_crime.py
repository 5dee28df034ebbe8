"""Crime and damage stories: escapes, robberies, outages and fires.

These tests pin that each happening reaches its event type (escape, robbery, outage; arson an
attack, a fire no one set a disaster), that the everyday senses of the same words ("escaped
injury", "stole the show", "job cuts", "came under fire") report nothing of the kind, that counts
keep their roles, and that the codes PLOVER reads are the ones argued in the ontology. The
sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.extract.ontology import ALL_DEFINITIONS, BY_TYPE, definitions_for, plover_code, plover_of
from dossier.models import EventType as T

CRIME_TYPES = {T.ESCAPE, T.ROBBERY, T.OUTAGE}


def _definition(name: str):
    return next(d for d in ALL_DEFINITIONS if d.name == name)


@pytest.mark.parametrize(("event_type", "name"), [(T.ESCAPE, "escape"), (T.ROBBERY, "robbery"), (T.OUTAGE, "outage")])
def test_crime_types_are_defined(event_type, name):
    assert BY_TYPE[event_type].name == name


def test_crime_types_come_after_the_relief_types_in_the_enum():
    # new values are appended, so stored events keep the meaning of the values they hold
    values = [t.value for t in T]
    start = values.index("escape")
    assert values[start - 1: start + 3] == ["deployment", "escape", "robbery", "outage"]


@pytest.mark.parametrize(("event_type", "code"), [(T.ESCAPE, "REJECT"), (T.ROBBERY, "COERCE"), (T.OUTAGE, None)])
def test_crime_type_plover_code(event_type, code):
    assert plover_code(event_type) == code


@pytest.mark.parametrize(
    ("name", "lemma", "code"),
    [("escape", "escape", "REJECT"), ("robbery", "loot", "COERCE"), ("robbery", "steal", "COERCE"),
     ("arson", "torch", "ASSAULT"), ("arrest", "recapture", "FIGHT"), ("arrest", "catch", "COERCE"),
     ("outage-repair", "restore", None), ("fire", "fire", None)],
)
def test_crime_plover_codes(name, lemma, code):
    assert plover_of(_definition(name), lemma) == code


@pytest.mark.parametrize(
    ("lemma", "nominal", "first"),
    [("escape", False, "robbery"), ("loot", False, "robbery"), ("flee", False, "escape"),
     ("heist", True, "robbery"), ("outage", True, "outage"), ("restore", False, "outage-repair"),
     ("torch", False, "arson"), ("blaze", True, "fire"), ("cut", False, "cut-aid")],
)
def test_crime_word_reaches_definition_first(lemma, nominal, first):
    assert definitions_for(lemma, nominal)[0].name == first


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # escape
        ("Two inmates escaped from the county jail on Sunday night.", T.ESCAPE),
        ("Three prisoners broke out of a jail in the north of the country.", T.ESCAPE),
        ("The convict fled on foot after overpowering two guards.", T.ESCAPE),
        ("She escaped from her captors after two years.", T.ESCAPE),
        ("Police launched a manhunt for the two escaped killers.", T.ESCAPE),
        ("The breakout was the third from the prison this year.", T.ESCAPE),
        ("The convicted robber has been on the run since the summer.", T.ESCAPE),
        # the recapture is an arrest
        ("The fugitive was recaptured by police after nine days.", T.ARREST),
        ("The escapee was caught by officers at a bus station on Friday.", T.ARREST),
        # robbery
        ("Two men robbed the bank in the town centre on Monday.", T.ROBBERY),
        ("Thieves stole paintings worth 3 million euros from the museum.", T.ROBBERY),
        ("Masked gunmen made off with $400,000 in cash.", T.ROBBERY),
        ("The jewellery heist took less than five minutes.", T.ROBBERY),
        ("Rioters looted dozens of shops after the match.", T.ROBBERY),
        ("Looters ransacked shops in the port city overnight.", T.ROBBERY),
        ("Thieves broke into the church and stole a painting.", T.ROBBERY),
        ("The robbers escaped with 60,000 euros in cash.", T.ROBBERY),
        ("The town was hit by a jewellery heist on Monday.", T.ROBBERY),
        # outage and its repair
        ("Four undersea cables were cut in the Red Sea on Tuesday.", T.OUTAGE),
        ("The storm cut power to 200,000 homes.", T.OUTAGE),
        ("Internet services were disrupted across the region.", T.OUTAGE),
        ("A power cut left the city in darkness.", T.OUTAGE),
        ("The internet outage lasted nine hours.", T.OUTAGE),
        ("The city's power grid failed on Sunday.", T.OUTAGE),
        ("Power was restored to most homes by the evening.", T.OUTAGE),
        ("Engineers repaired the damaged cable within a week.", T.OUTAGE),
        # arson is an attack; a fire no one is said to have set is a disaster
        ("Rioters set fire to a police station.", T.ATTACK),
        ("Protesters torched three cars outside the ministry.", T.ATTACK),
        ("Youths threw petrol bombs at the police.", T.ATTACK),
        ("A fire broke out in the warehouse late on Sunday.", T.DISASTER),
        ("The hotel went up in flames after the explosion.", T.DISASTER),
        ("Firefighters put out a blaze at the school on Tuesday.", T.DISASTER),
    ],
)
def test_crime_events_extracted(extract, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The driver escaped injury when his lorry overturned.", CRIME_TYPES),
        ("Commuters escaped the rain under the bridge.", CRIME_TYPES),
        ("The scheme was a tax escape for the very rich.", CRIME_TYPES),
        ("She escaped unhurt from the crash.", CRIME_TYPES),
        ("The family escaped from the burning building.", CRIME_TYPES),
        ("Thousands fled the floods in the south.", CRIME_TYPES),
        ("The nation escaped recession last year.", CRIME_TYPES),
        ("Residents fled the fighting in the east.", CRIME_TYPES),
        ("Gas escaped from a cracked pipe.", CRIME_TYPES),
        ("The team was robbed of victory by a late penalty.", CRIME_TYPES),
        ("Her performance stole the show at the festival.", CRIME_TYPES),
        ("He stole a glance at his watch.", CRIME_TYPES),
        ("The striker stole the ball and scored.", CRIME_TYPES),
        ("The opposition said the ruling party stole the election.", CRIME_TYPES),
        ("Police raided the house at dawn.", CRIME_TYPES),
        ("The singer broke into tears on stage.", CRIME_TYPES),
        ("The central bank announced a cut in interest rates.", CRIME_TYPES),
        ("The company announced 300 job cuts on Monday.", CRIME_TYPES),
        ("The government cut taxes for small firms.", CRIME_TYPES),
        ("Rebels cut the road to the capital.", CRIME_TYPES),
        ("A power struggle erupted within the party.", CRIME_TYPES),
        ("The talks were disrupted by a walkout.", CRIME_TYPES),
        ("The talks failed on Sunday.", CRIME_TYPES),
        ("The two states restored diplomatic ties.", CRIME_TYPES),
        ("The league restored order after the protests.", CRIME_TYPES),
        ("The media blackout lasted a week.", CRIME_TYPES),
        ("Shares went down sharply on Monday.", CRIME_TYPES),
        # "fire" that is no blaze, and burning that is no arson
        ("He was fired from his job after the scandal.", {T.ATTACK, T.DISASTER}),
        ("The board will fire the manager if the team loses again.", {T.ATTACK, T.DISASTER}),
        ("The minister came under fire for his remarks.", {T.ATTACK, T.DISASTER}),
        ("He burned the midnight oil before the exam.", {T.ATTACK, T.DISASTER}),
        ("The band set the stage on fire with their last song.", {T.ATTACK, T.DISASTER}),
        ("The president threw his support behind the plan.", {T.ATTACK, T.DISASTER}),
        ("He caught the last bus home.", {T.ARREST}),
        ("He was caught in the crossfire.", {T.ARREST}),
    ],
)
def test_crime_figurative_words_report_nothing(extract, text, absent):
    assert not {m.event_type for m in extract(text)} & absent


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition"),
    [
        ("Power was restored to most homes by the evening.", "outage-repair"),
        ("Internet services were restored on Friday.", "outage-repair"),
        ("Four undersea cables were cut in the Red Sea on Tuesday.", "outage"),
    ],
)
def test_crime_restoration_is_a_repair_not_a_new_outage(trigger_types, text, definition):
    assert definition in trigger_types(text).values()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "role", "value"),
    [
        ("Thieves stole paintings worth 3 million euros from the museum.", T.ROBBERY, "euros", 3_000_000),
        ("Masked gunmen made off with $400,000 in cash.", T.ROBBERY, "dollars", 400_000),
        ("Two inmates escaped from the county jail on Sunday night.", T.ESCAPE, "prisoners", 2),
        ("Four undersea cables were cut in the Red Sea on Tuesday.", T.OUTAGE, "cables", 4),
    ],
)
def test_crime_counts_keep_their_role(extract, text, event_type, role, value):
    quantities = [q for m in extract(text) if m.event_type == event_type for q in m.quantities]
    assert any(q.role == role and q.low == value for q in quantities)


@pytest.mark.parametrize(
    ("word", "role"),
    [("escapees", "escapees"), ("fugitives", "escapees"), ("inmates", "prisoners"), ("convict", "prisoners"),
     ("cables", "cables")],
)
def test_crime_counted_nouns_have_roles(word, role):
    from dossier.extract.quantity_roles import ROLE_BY_WORD

    assert ROLE_BY_WORD[word] == role


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("John Smith robbed the post office in Dover on Monday.", T.ROBBERY, "John Smith"),
        ("Anna Kowalski escaped from the prison in Leeds on Sunday.", T.ESCAPE, "Anna Kowalski"),
    ],
)
def test_crime_named_actor(extract, text, event_type, actor):
    mention = next(m for m in extract(text) if m.event_type == event_type)
    assert actor in {a.text for a in mention.arguments if a.role == "actor"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("Two men robbed the bank on Monday.", "COERCE", "Two men"),
        ("Thieves stole paintings from the museum.", "COERCE", "Thieves"),
        ("Two inmates escaped from the county jail.", "REJECT", "Two inmates"),
        ("Rioters set fire to a police station.", "ASSAULT", "Rioters"),
    ],
)
def test_crime_plover_reading_names_the_doer(text, code, source):
    from dossier.extract.classify import plover_classify

    found, sources, _ = plover_classify(text)
    assert (found, source in sources) == (code, True)
