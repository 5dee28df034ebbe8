"""Event extraction on sentences written for these tests: types, false triggers, dates, status, roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.extract.events import extract_events

T = models.EventType
S = models.EventStatus
PUBLISHED = date(2030, 3, 10)

pytestmark = pytest.mark.slow





def _types(mentions) -> set[models.EventType]:
    return {m.event_type for m in mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and Azerbaijan agreed on Tuesday to swap prisoners.", {T.AGREEMENT}),
        ("Qatar offered a three-day ceasefire on Monday.", {T.PROPOSAL}),
        ("Azerbaijan rejected the Armenian proposal for a truce on Friday.", {T.REJECTION}),
        ("Armenia and Azerbaijan exchanged the bodies of 40 soldiers on Friday.", {T.REMAINS_EXCHANGE}),
        ("The two delegations swapped draft memorandums on Monday.", {T.PROPOSAL}),
        ("Armenia and Azerbaijan swapped 60 prisoners on Monday.", {T.PRISONER_EXCHANGE}),
        ("Armenian and Azerbaijani delegations held talks in Geneva on March 3.", {T.NEGOTIATION}),
        ("Azerbaijan gave Armenia a list of 40 detainees on Monday.", {T.REQUEST}),
    ],
)
def test_events_type_and_content_are_one_event(extract_doc, text, expected):
    assert _types(extract_doc(text)[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Armenia and Azerbaijan ended in Geneva on 4 March 2030.",
        "The first talks since March 2029 ended in Geneva on Monday.",
    ],
)
def test_events_month_name_is_not_a_march(extract_doc, text):
    assert _types(extract_doc(text)[1]) == {T.NEGOTIATION}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the minister spoke about a possible ceasefire.",
        "Officials set the date of the exchange of prisoners on Monday.",
        "Such a meeting would need careful preparation.",
    ],
)
def test_events_topic_nouns_are_not_events(extract_doc, text):
    assert extract_doc(text)[1] == []


def test_events_reporting_verb_alone_is_a_statement_only_when_dated(extract_doc):
    dated = extract_doc("On March 5, the spokesman said the document was almost ready.")[1]
    undated = extract_doc("The spokesman said the document was almost ready.")[1]
    assert [(m.event_type, m.date_value) for m in dated] == [(T.STATEMENT, "2030-03-05")]
    assert undated == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Armenia and Azerbaijan held talks in Geneva on March 5.", S.HAPPENED),
        ("Armenia and Azerbaijan will hold talks in Geneva on March 20.", S.PLANNED),
        ("Armenia and Azerbaijan may hold talks in Geneva on March 20.", S.HYPOTHETICAL),
        ("Armenia and Azerbaijan did not hold talks on March 5.", S.NEGATED),
    ],
)
def test_events_status(extract_doc, text, status):
    assert [m.status for m in extract_doc(text)[1]] == [status]


def test_events_undated_plans_are_left_out(extract_doc):
    assert extract_doc("In the coming days there will be an exchange of prisoners.")[1] == []


def test_events_recalled_event_gets_its_own_date(extract_doc):
    mentions = extract_doc("Until now, the largest prisoner exchange had taken place on January 7, 2030.")[1]
    assert [(m.event_type, m.date_value, m.date_source) for m in mentions] == [
        (T.PRISONER_EXCHANGE, "2030-01-07", "sentence")]


def test_events_anaphoric_talks_take_the_thread_date_and_place(extract_doc):
    text = ("On March 3, Armenian and Azerbaijani delegations held talks at the Grand Palace in Geneva.\n"
            "The talks lasted about three hours.")
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.date_value, m.date_source) for m in mentions] == [
        (T.NEGOTIATION, "2030-03-03", "sentence"), (T.NEGOTIATION, "2030-03-03", "document")]
    assert {m.location for m in mentions} == {"Grand Palace, Geneva"}


def test_events_there_places_an_event_where_the_last_one_was(extract_doc):
    text = ("On March 3, Armenian and Azerbaijani delegations held talks at the Grand Palace in Geneva.\n"
            "A second meeting, which will take place there, was set for 14:00.")
    mentions = extract_doc(text)[1]
    assert [m.location for m in mentions] == ["Grand Palace, Geneva", "Grand Palace, Geneva"]


def test_events_a_clock_time_after_a_stated_day_keeps_that_day(extract_doc):
    # The talks of the day before publication stay on that day; the plan is no longer a plan.
    text = ("Armenian and Azerbaijani envoys met at the Grand Palace in Geneva on March 8 at 10:00.\n"
            "A second meeting was scheduled for 12:30.")
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.date_value) for m in mentions] == [(T.MEETING, "2030-03-08"), (T.MEETING, "2030-03-08")]


@pytest.mark.parametrize(
    "text",
    [
        "On March 8, after the earthquake, the aid agency opened a field hospital.",
        "The aid agency opened a field hospital on March 8, weeks after the flood.",
    ],
)
def test_events_an_event_placing_another_in_time_does_not_take_its_date(extract_doc, text):
    # The date is the hospital's; the disaster came before it, by how much the text does not say.
    mentions = [m for m in extract_doc(text)[1] if m.event_type == T.DISASTER]
    assert [(m.date_value, m.date_source) for m in mentions] == [(PUBLISHED.isoformat(), "publication")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date in the proposed meeting's phrase is the meeting's: the proposal was made today
        ("Armenia proposed a third meeting between March 20 and March 30.", "2030-03-10"),
        # a date on the verb still dates the proposing
        ("On March 6, Armenia proposed a third meeting.", "2030-03-06"),
    ],
)
def test_events_a_date_of_the_proposed_event_is_not_the_proposal_s(extract_doc, text, expected):
    mentions = [m for m in extract_doc(text)[1] if m.event_type == T.PROPOSAL]
    assert [m.date_value for m in mentions] == [expected]


def test_events_a_page_timestamp_dates_no_event(extract_doc):
    text = ("Page last updated at 16:51 GMT, Tuesday, 5 March 2030 Armenia and Azerbaijan swapped "
            "60 prisoners each, officials said.")
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.date_value, m.date_source) for m in mentions] == [
        (T.PRISONER_EXCHANGE, "2030-03-10", "publication")]


def test_events_a_bare_exchange_is_the_kind_the_article_named_first(extract_doc):
    text = ("Armenia and Azerbaijan swapped 60 prisoners each on Saturday.\n\n"
            "The day before the swap, the two sides also exchanged the bodies of 12 soldiers.\n\n"
            "The exchange came as mediators pressed both sides to talk.")
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.date_value) for m in mentions] == [
        (T.PRISONER_EXCHANGE, "2030-03-09"), (T.REMAINS_EXCHANGE, "2030-03-08"), (T.PRISONER_EXCHANGE, "2030-03-09")]


def test_events_connective_takes_previous_date(extract_doc):
    text = "On March 2, Armenia swapped 30 prisoners with Azerbaijan. At that time, the bodies of 12 soldiers were returned."
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.date_value) for m in mentions] == [
        (T.PRISONER_EXCHANGE, "2030-03-02"), (T.REMAINS_EXCHANGE, "2030-03-02")]


def test_events_publication_date_is_the_last_resort(extract_doc):
    mentions = extract_doc("Armenia and Azerbaijan agreed to swap prisoners.")[1]
    assert [(m.date_value, m.date_source) for m in mentions] == [("2030-03-10", "publication")]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan has previously demanded that Armenia withdraw its troops.",
        "Earlier, Azerbaijan refused to attend the talks.",
    ],
)
def test_events_undated_background_is_left_out(extract_doc, text):
    assert extract_doc(text)[1] == []


def test_events_a_fronted_after_phrase_names_the_setting_not_a_dated_event(extract_doc):
    # the setting of what a poll story reports takes no date from the lead (the poll's Monday)
    text = "A poll released on Monday shows a split. After the deadly attack on a market, voters are divided."
    assert [m for m in extract_doc(text)[1] if m.event_type is T.ATTACK] == []


def test_events_a_fronted_after_phrase_with_its_own_date_is_reported(extract_doc):
    mentions = extract_doc("After the talks in Geneva on March 2, the delegations flew home.")[1]
    assert [(m.trigger, m.date_value) for m in mentions if m.event_type is T.NEGOTIATION] == [("talks", "2030-03-02")]


def test_events_caption_is_not_reported(extract_doc):
    text = ("Delegates sign a treaty in Geneva. Photograph: Jane Roe/Agency\n\n"
            "Armenia and Azerbaijan agreed on Monday to swap prisoners.")
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.trigger) for m in mentions] == [(T.AGREEMENT, "agreed")]


def test_events_readers_comments_are_not_reported(extract_doc):
    text = ("Armenia and Azerbaijan agreed on Monday to swap prisoners. Have your say.\n"
            "At 3:10 pm on 2 Mar 2030, harbour_fan wrote: Rebels attacked my village last week.")
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.trigger) for m in mentions] == [(T.AGREEMENT, "agreed")]


def test_events_weekday_mismatch_uses_suggested_date(extract_doc):
    text = "On Friday, March 4, 2030, Armenia and Azerbaijan swapped 50 prisoners."
    doc, _ = extract_doc(text)
    # the annotator's flag, set by hand so the test does not depend on its policy
    doc._.dossier_timexes = [replace(t, flag="weekday", suggested_value="2030-03-08") for t in doc._.dossier_timexes]
    mentions = extract_events(doc, models.Document(doc_id="test", text=text, published=PUBLISHED))
    assert [(m.date_value, m.date_stated) for m in mentions] == [("2030-03-08", "2030-03-04")]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Armenia and Azerbaijan returned 120 servicemen each on Monday.", {"prisoners_each_side": 120}),
        ("Azerbaijan attacked three airfields with 40 drones on Monday.", {"airfields": 3, "drones": 40}),
        # "about four hours" is a hedged amount: 10% either side of four.
        ("On Monday the talks in Geneva lasted about four hours.", {"duration": (3.6, 4.4)}),
        # People count as prisoners only in events about captives.
        ("The storm killed 120 people on Monday.", {"people": 120}),
        ("Armenia freed 120 people on Monday.", {"prisoners": 120}),
        # The wounded are counted apart from the dead.
        ("Shelling killed 12 civilians and wounded 30 soldiers on Monday.", {"civilians": 12, "military_wounded": 30}),
        ("On Monday four civilians were injured and two soldiers were killed.",
         {"civilians_wounded": 4, "military": 2}),
        # the displaced and those affected are counted apart from the dead too
        ("On Monday the storm killed 200 people and left 1,500 people homeless.",
         {"people": 200, "people_displaced": 1500}),
        ("On Monday 3,000 people were affected by the storm.", {"people_affected": 3000}),
        # people named by what they do are counted as people
        ("A car bomb killed 11 workers and wounded 5 passengers on Monday.", {"people": 11, "people_wounded": 5}),
    ],
)
def test_events_quantity_roles(extract_doc, text, roles):
    mentions = extract_doc(text)[1]
    found = {q.role: (round(q.low, 6), round(q.high, 6)) for m in mentions for q in m.quantities}
    expected = {role: value if isinstance(value, tuple) else (value, value) for role, value in roles.items()}
    assert found == expected


# Known limit: after a bare "YEREVAN - " the tagger may join place and subject into one name.
@pytest.mark.parametrize("opening", ["YEREVAN, March 9 (Wire) - ", "BAKU (AP) \u2014 "])
def test_events_dateline_place_is_no_participant(extract_doc, opening):
    mentions = extract_doc(opening + "Armenia and Azerbaijan agreed on Monday to swap all wounded prisoners.")[1]
    names = {a.canonical for m in mentions for a in m.arguments if a.role != "theme"}
    assert {"Armenia", "Azerbaijan"} <= names and not names & {"YEREVAN", "Yerevan", "BAKU", "Baku"}


def test_events_argument_roles(extract_doc):
    mentions = extract_doc("On Monday, Azerbaijan gave Armenia a list of 40 detainees.")[1]
    assert {(a.role, a.canonical) for a in mentions[0].arguments} >= {("actor", "Azerbaijan"), ("target", "Armenia")}


def test_events_mediator(extract_doc):
    mentions = extract_doc("On Monday the talks between Armenia and Azerbaijan, mediated by Switzerland, ended in Geneva.")[1]
    roles = {(a.role, a.canonical) for a in mentions[0].arguments}
    assert ("mediator", "Switzerland") in roles
    assert {("actor", "Armenia"), ("actor", "Azerbaijan")} <= roles


def test_events_plan_to_own_leader_is_a_statement(extract_doc):
    text = "On March 4, Armenian Defence Minister Aram Sargsyan submitted the plan to Armenian President Vahe Hakobyan."
    assert [m.event_type for m in extract_doc(text)[1]] == [T.STATEMENT]


FILLER = [
    "The river port lay quiet that week.", "Fishing boats stayed tied up at the quay.",
    "Traders complained about the price of diesel.", "A school reopened after the winter floods.",
    "Local radio played folk songs all afternoon.", "The mayor's office published a new bus timetable.",
    "Farmers brought early vegetables to the market.", "A football match was postponed because of rain.",
]


@pytest.mark.parametrize(
    ("separator", "carried"),
    [
        (" ", False),   # a text without line breaks: the date of the first sentence stops carrying
        ("\n\n", True),  # a paragraph of six sentences: its date carries to its end
    ],
)
def test_events_stated_date_carries_a_few_sentences_in_text_without_paragraphs(extract_doc, separator, carried):
    opening = "On January 14, 2030, Armenia and Azerbaijan swapped 30 prisoners at the border."
    later = "Armenia and Azerbaijan agreed to swap more prisoners."
    if separator == " ":
        text = " ".join([opening, *FILLER, later])
    else:
        text = "\n\n".join(["On January 20 the ministers spoke.", " ".join([opening, *FILLER[:4], later])])
    mentions = [m for m in extract_doc(text)[1] if m.event_type == T.AGREEMENT]
    assert len(mentions) == 1
    assert (mentions[0].date_value == "2030-01-14") is carried
    if not carried:
        assert mentions[0].date_source == "publication"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The earthquake struck the coastal towns on March 3.", [(T.DISASTER, "earthquake")]),
        ("The volcano erupted on March 3.", [(T.DISASTER, "erupted")]),
        ("On March 3 protests erupted in the capital.", [(T.PROTEST, "protests")]),
        ("Drones struck the coastal towns on March 3.", [(T.ATTACK, "struck")]),
        # The disaster as the agent or the setting of the harm it did is the event reported.
        ("Forty villagers were killed by the floods on March 3.", [(T.DISASTER, "floods")]),
        ("Dozens of fishermen died in the storm on March 3.", [(T.DISASTER, "storm")]),
        # The verb of a clause describing the disaster is the disaster's, not an attacker's.
        ("On March 3 the flood that hit the valley destroyed two bridges.", [(T.DISASTER, "flood")]),
        ("On March 3 it was the worst earthquake to hit the island in decades.", [(T.DISASTER, "earthquake")]),
        ("Rebels who struck the town on March 3 fled.", [(T.ATTACK, "struck")]),
        ("The catastrophe struck the valley on March 3.", []),
        # ... also where the parser hangs "which struck" on the verb before the disaster
        ("Hundreds may have died in the catastrophe, which struck on March 3.", []),
        ("On March 3 rebels attacked the convoy, which struck back.", [(T.ATTACK, "attacked")]),
        # accidents and illnesses kill without attacking (an accident is a disaster of its own);
        # a weapon makes it an attack again
        ("On March 3 an explosion at the refinery killed 11 workers.", [(T.DISASTER, "explosion")]),
        # an illness names no event, but its toll is one: the outbreak's (a disaster)
        ("On March 3 officials said the flu had killed 144 people.", [(T.DISASTER, "killed")]),
        ("On March 3 cholera killed 300 people in the camps.", [(T.DISASTER, "killed")]),
        ("Two patients were killed by the virus on March 3.", [(T.DISASTER, "killed")]),
        ("On March 3 the flu kept thousands of pupils at home.", []),
        ("On March 3 a car bomb explosion killed 11 soldiers.", [(T.ATTACK, "killed")]),
        ("On March 3 the quake and the tsunami killed 200 people.", [(T.DISASTER, "quake")]),
        # people killed in or following a disaster were killed by it
        ("On March 3 dozens of people were killed in the earthquake.", [(T.DISASTER, "earthquake")]),
        ("On March 3 twelve soldiers were killed in the ambush and the shelling.", [(T.ATTACK, "killed")]),
        # an attack people died in happened, even when it is only a setting ("died in a bombing")
        ("Six pilgrims died in a bombing at the shrine on March 3.", [(T.ATTACK, "bombing")]),
        ("Six pilgrims died in a meeting at the shrine on March 3.", []),
    ],
)
def test_events_a_disaster_that_strikes_is_no_attack(extract_doc, text, expected):
    assert [(m.event_type, m.trigger) for m in extract_doc(text)[1]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Without the rule the parser's infinitival clause made "exchange" an exchange that took place.
        ("Negotiators met in the old palace on Friday, March 3, and came out of it with one concrete "
         "result: a deal to exchange 500 prisoners of war for 500.", [(T.MEETING, "met")]),
        ("On March 3 the two sides reached an agreement to swap 500 prisoners of war each.",
         [(T.AGREEMENT, "agreement")]),
    ],
)
def test_events_infinitive_of_a_deal_or_plan_is_its_content(extract_doc, text, expected):
    assert [(m.event_type, m.trigger) for m in extract_doc(text)[1]] == expected


def test_events_talks_a_party_travelled_to_are_held_there(extract_doc):
    text = "On Monday the Armenian premier flew to Vilnius for talks with the Lithuanian president."
    mentions = [m for m in extract_doc(text)[1] if m.event_type == T.NEGOTIATION]
    assert [m.location for m in mentions] == ["Vilnius"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an area noun after a place preposition says the name after "of" is a place
        ("On Monday rebels attacked a checkpoint in the village of Varnel.", "Varnel"),
        ("On Monday rebels attacked a checkpoint in the north of Kessary.", "Kessary"),
        # the object of the attack is its target, not where it happened
        ("On Monday troops shelled the town of Varnel.", None),
    ],
)
def test_events_a_named_area_is_the_place(extract_doc, text, place):
    mentions = [m for m in extract_doc(text)[1] if m.event_type == T.ATTACK]
    assert [m.location for m in mentions] == [place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of a happening that is the subject is the day of what it did
        ("A March 2 car bomb explosion at the depot killed 11 workers.", [(T.ATTACK, "2030-03-02")]),
        # the year of another happening named as an object is not the sentence's
        ("On Monday the storm was compared with the 1989 flood by the agency.", [(T.DISASTER, "2030-03-04")]),
    ],
)
def test_events_a_date_on_a_noun_dates_what_the_noun_names(extract_doc, text, expected):
    mentions = extract_doc(text)[1]
    assert [(m.event_type, m.date_value) for m in mentions][:1] == expected


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        # force used on an amount, a substance or a state is a figure of speech
        ("On Monday the company's shares hit their lowest level in a decade.", False),
        ("On Monday the crews were capturing oil from the damaged pipe.", False),
        ("On Monday the costs hit $9 billion.", False),
        # people, places, made things and those counted by a partitive are attacked
        ("On Monday missiles struck the capital.", True),
        ("On Monday guards tortured scores of prisoners.", True),
        ("On Monday gunmen killed one person at the market.", True),
        ("On Monday the army launched a strike on the depot.", True),
    ],
)
def test_events_force_on_a_thing_no_force_is_used_on_is_no_attack(extract_doc, text, attack):
    from dossier.annotate import wordnet

    if not wordnet.available():
        pytest.skip("WordNet (Debian's wordnet-base) is not installed; the figurative check needs it")
    assert any(m.event_type == T.ATTACK for m in extract_doc(text)[1]) is attack


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place that belongs to a noun of its own is not where the event happened
        ("On Monday the premier met the envoys over the worst flood in Lakeland history.", None),
        ("On Monday the premier met the envoys over the oil spill in the Grey Sea.", None),
        ("On Monday the premier met the envoys in Vilnius amid the war in Lakeland.", "Vilnius"),
    ],
)
def test_events_a_place_of_another_noun_is_not_the_event_s(extract_doc, text, place):
    mentions = [m for m in extract_doc(text)[1] if m.event_type in {T.MEETING, T.STATEMENT}]
    assert [m.location for m in mentions][:1] == [place]
