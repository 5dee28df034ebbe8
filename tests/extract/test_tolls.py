"""Tolls give their number to the happening they are the toll of (sentences written for these tests)."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType


def _counts(mentions, event_type):
    """(trigger, role, low) of each number the mentions of one type carry."""
    return sorted((m.trigger, q.role, q.low) for m in mentions if m.event_type == event_type for q in m.quantities)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the happening in the toll's complement or possessor, the value on the toll's verb
        ("The death toll from the cyclone climbed to 4,200 on Thursday.", T.DISASTER, [("cyclone", "people", 4200)]),
        ("The landslide's death toll has reached 310, the governor said.", T.DISASTER,
         [("landslide", "people", 310)]),
        ("Rescuers said the toll of the flood stood at 87.", T.DISASTER, [("flood", "people", 87)]),
        # an illness is its outbreak: deaths and confirmed cases
        # (an outbreak's counts are kept by country: see count_scope)
        ("Peru has confirmed 14 deaths from cholera.", T.DISASTER, [("cholera", "people@peru", 14)]),
        ("The number of confirmed cases of measles in the province rose to 620 on Tuesday.", T.DISASTER,
         [("measles", "cases", 620)]),
        # the dead and the wounded of an attack
        ("The ambush's toll stood at 12 dead and 40 wounded.", T.ATTACK,
         [("wounded", "people", 12), ("wounded", "people_wounded", 40)]),
    ],
)
def test_tolls_number_goes_to_the_happening(extract, text, event_type, expected):
    assert _counts(extract(text), event_type) == expected


@pytest.mark.slow
def test_tolls_without_complement_are_a_mention_of_the_earlier_disaster(extract):
    # the toll is reported by its own word, as the kind of harm told before, so the number cites
    # the sentence that states it (the earthquake's sentence does not)
    text = "A strong earthquake shook the coastal city on Monday. By Friday the death toll had risen to 2,300."
    mentions = extract(text)
    assert _counts(mentions, T.DISASTER) == [("toll", "people", 2300)]
    toll = next(m for m in mentions if m.quantities)
    assert all(toll.sentence_start <= q.start < q.end <= toll.sentence_end for q in toll.quantities)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Officials said the toll had climbed from 1,200 to 1,850.", [("people", 1850, 1850)]),  # the end of the rise
        ("The army says 9 soldiers are confirmed dead.", [("military", 9, 9)]),  # "dead" said of a count
        ("Rescuers believe 300 to 400 people are dead.", [("people", 300, 400)]),
    ],
)
def test_tolls_later_sentences_size_the_earlier_disaster(extract, second, expected):
    mentions = extract("A powerful cyclone struck the delta on Tuesday. " + second)
    assert [(q.role, q.low, q.high) for m in mentions if m.event_type == T.DISASTER for q in m.quantities] == expected


@pytest.mark.slow
def test_tolls_without_any_earlier_happening_go_nowhere(extract):
    mentions = extract("The council met on Monday. The toll has risen to 2,300.")
    assert [q for m in mentions for q in m.quantities] == []


@pytest.mark.slow
def test_tolls_day_of_the_count_does_not_date_the_happening(extract):
    # Sunday is when the count rose, not when the storm struck.
    mentions = extract("The death toll from the storm rose to 95 on Sunday.")
    storm = next(m for m in mentions if m.event_type == T.DISASTER)
    assert (storm.date_source, [q.low for q in storm.quantities]) == ("publication", [95])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Officials reported two more deaths from the cholera outbreak on Monday.",  # an increment
        "Doctors are testing 30 suspected cases of measles.",  # not confirmed
        "The doctor said that in 12 cases the patients recovered at home.",  # cases of nothing
        "A storm closed the coast road on Monday, and the bridge toll rose to $5.",  # a fee, not the dead
    ],
)
def test_tolls_increments_and_unconfirmed_counts_are_no_toll(extract, text):
    harm = {"people", "cases", "children", "military", "civilians"}
    assert [(q.role, q.low) for m in extract(text) for q in m.quantities if q.role in harm] == []


@pytest.mark.slow
def test_tolls_ranges_keep_their_bounds(extract):
    mentions = extract("The death toll from the tsunami rose to at least 5,000 on Monday.")
    assert [(q.role, q.low, q.high > q.low) for m in mentions for q in m.quantities] == [("people", 5000, True)]


@pytest.mark.slow
def test_tolls_harm_verbs_keep_today_s_roles(extract):
    # Numbers a verb of harm already sizes are not read twice.
    mentions = extract("The raid killed 9 soldiers and injured 25.")
    assert _counts(mentions, T.ATTACK) == [("killed", "military", 9), ("killed", "military_wounded", 25)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The virus has infected 450 people in the region.", [("cases", 450)]),
        ("A new strain of measles has sickened 75 people.", [("cases", 75)]),
        ("Peru has confirmed 14 deaths from cholera and has 900 people reported infected.",
         [("cases@peru", 900), ("people@peru", 14)]),
    ],
)
def test_tolls_people_infected_are_the_outbreak_s_cases(extract, text, expected):
    mentions = extract(text)
    assert sorted((q.role, q.low) for m in mentions if m.event_type == T.DISASTER for q in m.quantities) == expected


@pytest.mark.slow
def test_tolls_of_a_part_take_its_scope(extract):
    text = "A strong earthquake shook the coastal province on Monday. The death toll in the capital alone reached 900."
    roles = {q.role for m in extract(text) for q in m.quantities}
    assert roles == {"people@capital"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a magnitude counts no one (it is the quake's own measure), a population is the whole a part is taken from
        ("The 6.4-magnitude earthquake has left as many as 900 people dead.", {("magnitude", 6.4), ("people", 900.0)}),
        ("Officials said two million of the five million people in the province were affected by the flood.",
         {("people_affected", 2000000.0)}),
        # people in need are affected, not dead
        ("Officials said two million people in the province are thought to be in need of food after the flood.",
         {("people_affected", 2000000.0)}),
    ],
)
def test_tolls_measures_and_populations_are_no_toll(extract, text, expected):
    assert {(q.role, q.low) for m in extract(text) for q in m.quantities} == expected
