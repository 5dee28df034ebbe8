"""Organisation names the tagger ran into their neighbours, cut back to the name the article
tags on its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.names import find_names

pytestmark = pytest.mark.slow


def _names(nlp, text: str) -> list[tuple[str, str]]:
    return [(n.text, n.canonical) for n in find_names(nlp(text), "t")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nationality before a group the article names alone is no part of its name.
        ("The Kurdish YPG said it would hold the line. The YPG has thousands of fighters.",
         [("YPG", "YPG"), ("YPG", "YPG")]),
        ("The Kurdish Syrian Democratic Forces took the town. The Syrian Democratic Forces said so.",
         [("Syrian Democratic Forces", "Syrian Democratic Forces"),
          ("The Syrian Democratic Forces", "Syrian Democratic Forces")]),
    ],
)
def test_name_spans_extra_words_around_a_known_name_are_dropped(nlp, text, expected):
    assert _names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A country's ministry keeps its country: without it, it would name every country's.
        ("The Russian Foreign Ministry said talks would resume. The Foreign Ministry added nothing.",
         "Russian Foreign Ministry"),
        # Names whose parts the article never tags alone stay whole.
        ("The European Union met in the capital on Friday.", "European Union"),
        ("The Bank of England raised rates again.", "Bank of England"),
    ],
)
def test_name_spans_real_names_stay_whole(nlp, text, kept):
    assert kept in {canonical for _, canonical in _names(nlp, text)}


def test_name_spans_no_name_holds_an_unclosed_bracket(nlp):
    names = _names(nlp, "The Islamic State (Isis militants fled. The Islamic State lost ground.")
    assert all("(" not in canonical for _, canonical in names)
    assert "Islamic State" in {canonical for _, canonical in names}


def _countries(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(n.text, n.country) for n in find_names(nlp(text), "t")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A seat of government stands for its country where it acts, not where things happen in it.
        ("Ministers gathered in Berlin on Monday. Berlin rejected the plan.",
         [("Berlin", None), ("Berlin", "Germany")]),
        ("Reporters waited at the Kremlin for hours.", [("Kremlin", None)]),
        ("OTTAWA (Reuters) - Canada closed two schools.", [("OTTAWA", None), ("Reuters", None), ("Canada", "Canada")]),
        # A country and its nationality word are never mere places.
        ("Officials in Canada said Canadian schools would close.", [("Canada", "Canada"), ("Canadian", "Canada")]),
    ],
)
def test_name_spans_seat_used_as_a_place_keeps_no_country(nlp, text, expected):
    assert _countries(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Doctors compared it with the Spanish flu of long ago.",
        "A wave of Asian flu spread quickly that winter.",
        "Farmers feared avian influenza more than anything.",
        "Bird flu reached the coast in March.",
    ],
)
def test_name_spans_place_word_in_an_illness_name_is_no_name(nlp, text):
    assert _countries(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    ["The figures were updated at 14.05 GMT on Friday.", "The page was last changed 09:30 EST yesterday."],
)
def test_name_spans_time_zone_after_a_clock_time_is_no_name(nlp, text):
    assert [n for n in _countries(nlp, text) if n[0] in {"GMT", "EST"}] == []


def test_name_spans_place_run_into_a_name_after_a_preposition_is_cut_off(nlp):
    text = ("Cases rose in Peru. Two fell ill after travel to Peru International Labour Organization (ILO) staff "
            "will meet. The International Labour Organization said so.")
    names = _names(nlp, text)
    assert ("Peru International Labour Organization", "Peru International Labour Organization") not in names
    assert names[1] == ("International Labour Organization", "International Labour Organization")


@pytest.mark.parametrize(
    "text",
    ["Officials said Hog Cholera had reached the farm.", "Posted by user kestrel77 at night."],
)
def test_name_spans_illness_or_digits_tagged_as_a_person_is_no_name(nlp, text):
    assert [n for n in find_names(nlp(text), "t") if n.label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "seat", "country"),
    [
        ("Two pupils at a school in Fulham, London, fell ill.", "London", None),
        ("The Geneva-based agency met on Monday.", "Geneva", None),
        ("The minister flew to Cairo on Sunday.", "Cairo", None),
        ("The president will visit Berlin next week.", "Berlin", None),
        ("Berlin rejected the offer on Sunday.", "Berlin", "Germany"),
        ("The plan drew pressure from Moscow.", "Moscow", "Russia"),
        ("A woman from Berlin fell ill.", "Berlin", None),
        ("Three of the patients were from Berlin.", "Berlin", None),
        ("The Berlin headquarters of the firm closed.", "Berlin", None),
        ("The Kremlin spokesman declined to comment.", "Kremlin", "Russia"),
    ],
)
def test_name_spans_seat_in_an_address_or_as_a_destination_is_a_place(nlp, text, seat, country):
    assert (seat, country) in _countries(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("By 2010 NATO had grown.", "NATO"), ("Officials said at 10.30 NATO would meet.", "NATO"),
     ("Ministers of the 12 EU countries met.", "EU")],
)
def test_name_spans_acronym_after_a_number_is_kept(nlp, text, kept):
    assert kept in [n.text for n in find_names(nlp(text), "t")]
