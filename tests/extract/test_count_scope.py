"""Counts of a part of a happening (a place inside it, a group among its victims) carry that part.

An analyst comparing tolls across outlets must not see "80,000 in the capital alone" or "four aid
workers" as a rival of the whole toll; these tests pin the scope written into the role
(``ROLE@SCOPE``), and that the whole's count, or a count placed at the event's own place, has none.
"""

from __future__ import annotations

import pytest

from dossier.extract.count_scope import count_scope, scope_form

pytestmark = pytest.mark.slow


def _roles(extract, text):
    return {(q.role, q.low) for m in extract(text) for q in m.quantities}


@pytest.mark.parametrize(
    ("text", "role", "low"),
    [
        ("The cyclone killed 3,000 people in the port city alone.", "people@port city", 3000.0),
        ("Officials said the flood killed 900 people in Dhaka alone.", "people@dhaka", 900.0),
        ("Doctors said 400 people were injured in the capital alone when the quake struck.",
         "people_wounded@capital", 400.0),
        ("The storm killed 120 people in the province and 40 outside the province.", "people@province", 120.0),
        ("The virus has now infected 300 people in Peru, 120 in Bolivia and 45 in Chile.", "cases@peru", 300.0),
        # an outbreak is counted country by country, even one country at a time
        ("Peru has confirmed 31 deaths from the new flu.", "people@peru", 31.0),
        ("The new flu has killed 31 people in Peru.", "people@peru", 31.0),
    ],
)
def test_count_scope_a_count_of_a_place_carries_the_place(extract, text, role, low):
    assert (role, low) in _roles(extract, text)


@pytest.mark.parametrize(
    ("text", "role", "low"),
    [
        ("The earthquake killed 200,000 people.", "people", 200000.0),
        ("The tsunami killed 4,000 people in the region.", "people", 4000.0),  # the event's own place
        ("The landslide killed 400 people in Peru.", "people", 400.0),  # a disaster of one place
        ("The earthquake in Chile killed 700 people in Chile.", "people", 700.0),
        ("The bombing killed 25 soldiers in the capital.", "military", 25.0),
        ("The explosion at the mill killed 11 workers.", "people", 11.0),  # a bare occupation: all victims
    ],
)
def test_count_scope_a_count_of_the_whole_or_of_the_event_s_place_has_no_scope(extract, text, role, low):
    assert (role, low) in _roles(extract, text)


@pytest.mark.parametrize(
    ("text", "role", "low"),
    [
        ("At least 85 UN staff were killed in the earthquake.", "people@un staff", 85.0),
        ("Two aid workers were killed in the quake.", "people@aid workers", 2.0),
        ("Fourteen peacekeepers died when the quake struck.", "military@peacekeepers", 14.0),
        ("Seven Britons are missing after the earthquake.", "people@united kingdom nationals", 7.0),
        ("The blast killed 30 people, among them four Red Cross workers.", "people@red cross workers", 4.0),
        ("Officials said 120 people from its 5,000-strong relief mission were missing after the storm.",
         "people@relief mission", 120.0),
    ],
)
def test_count_scope_a_count_of_a_group_carries_the_group(extract, text, role, low):
    assert (role, low) in _roles(extract, text)


def test_count_scope_whole_and_part_in_one_sentence_keep_apart(extract):
    roles = _roles(extract, "The landslide killed 60 people, including 12 police officers.")
    assert {("people", 60.0), ("people@police", 12.0)} <= roles  # police are no military


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Port-au-Prince", "port-au-prince"), ("  Léogâne ", "leogane"), ("the UN's  staff", "the un staff")],
)
def test_count_scope_fold_lowers_and_strips_accents(text, folded):
    assert scope_form(text) == folded


@pytest.mark.parametrize(
    ("text", "number", "carrier", "scope"),
    [
        ("The death toll in the capital alone has reached 150,000.", "150,000", "toll", "capital"),
        ("The death toll from the earthquake has reached 150,000.", "150,000", "toll", None),
        ("Deaths outside the capital rose to 20,000.", "20,000", "Deaths", "outside capital"),
    ],
)
def test_count_scope_a_toll_word_carries_the_place_of_its_count(nlp, text, number, carrier, scope):
    from dossier.annotate.pipeline import annotate
    from dossier.models import Document

    doc = annotate(nlp, Document(doc_id="t", text=text))
    start = text.index(number)
    span = doc.char_span(start, start + len(number))
    toll = next(t for t in doc if t.text == carrier)
    trigger = next(t for t in doc if t.lemma_ in {"earthquake", "reach", "rise"})
    assert count_scope(span, trigger, several=False, carrier=toll) == scope


def test_count_scope_the_people_of_the_story_s_country_are_no_group(extract):
    roles = _roles(extract, "A strong earthquake struck Pakistan on Tuesday. Pakistan's president said Pakistan "
                            "would rebuild. The earthquake killed 300 Pakistanis and four Afghans.")
    assert {("people", 300.0), ("people@afghanistan nationals", 4.0)} <= roles


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Office said 30 Britons were safe after the earthquake.",  # safe: no harm counted
        "Ministers sent 40 aid workers after the earthquake.",
    ],
)
def test_count_scope_a_group_not_harmed_is_no_count_of_the_happening(extract, text):
    assert not [q for m in extract(text) for q in m.quantities]


@pytest.mark.parametrize(
    ("text", "role", "low"),
    [
        # a "where" clause hangs the count on its place; "there" stands for the place named before
        ("The new flu has killed 60 people in Peru and has now reached Chile, where it has killed three people.",
         "people@chile", 3.0),
        ("Officials said Peru has recorded 900 cases of the new flu and that 44 people have died there.",
         "people@peru", 44.0),
        # a country's authority reports that country's count
        ("Mexican health officials confirmed a total of 73 cases of the new flu on Monday.", "cases@mexico", 73.0),
        # one country named in the sentence: its counts are that country's
        ("The flu has killed 18 people in Peru and 300 people have been infected.", "cases@peru", 300.0),
        # a country's other names are one scope
        ("The virus has now infected 300 people in the U.S., 120 in Canada and 45 in Mexico.",
         "cases@united states", 300.0),
    ],
)
def test_count_scope_an_outbreak_count_takes_the_country_its_clause_points_to(extract, text, role, low):
    assert (role, low) in _roles(extract, text)


@pytest.mark.parametrize(
    ("text", "role", "low"),
    [
        ("More than 2,000 cases of the new flu have been reported in 30 countries.", "cases", 2000.0),
        ("The WHO says only 12 deaths from the new flu have been confirmed worldwide.", "people", 12.0),
    ],
)
def test_count_scope_an_outbreak_count_of_the_world_has_no_scope(extract, text, role, low):
    assert (role, low) in _roles(extract, text)


@pytest.mark.parametrize(
    ("text", "scoped"),
    [
        # "mostly in" says where most of the count lies: no part of the whole is counted
        ("By its latest count, more than 400 people have been killed by the flu worldwide from 9,000 "
         "confirmed cases, mostly in Peru and Chile.", False),
        # without it, a breakdown by country
        ("By its latest count, more than 400 people have been killed by the flu from 9,000 confirmed "
         "cases in Peru and Chile.", True),
    ],
)
def test_count_scope_where_most_of_a_count_lies_is_no_part(extract, text, scoped):
    roles = {q.role for m in extract(text) for q in m.quantities}
    assert roles
    assert any("@" in r for r in roles) is scoped
