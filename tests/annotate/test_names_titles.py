"""Titles, suffixes, shared surnames and common words taken for names, within one article."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate import wordnet
from dossier.annotate.names import _label
from dossier.annotate.pipeline import annotate

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files (wordnet-base) are not installed")


def _names(nlp, text):
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2024, 5, 2)))
    return doc._.dossier_names


def _role_of(names, surname):
    return next(m.role for m in names if m.label == "PERSON" and m.canonical.endswith(surname))


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,surname,role",
    [
        ("Oakland police Lt. Harold Vennick said the van was found empty.", "Vennick", "Oakland police Lt."),
        ("Sheriff Thomas Wendell told reporters the road would stay closed.", "Wendell", "Sheriff"),
        ("Undersheriff Carla Mott will lead the search, officials said.", "Mott", "Undersheriff"),
        ("The crew finished at noon. Capt. Ivan Roebuck agreed to a second dive.", "Roebuck", "Capt."),
        # a trade of the arts, letters or science is a role as an office is
        ("Comedian Rosa Delmonte said the tour would go on.", "Rosa Delmonte", "Comedian"),
        ("The comedian Rosa Delmonte will host the evening.", "Rosa Delmonte", "The comedian"),
        ("Economist Paul Breckley warned of a slowdown.", "Paul Breckley", "Economist"),
    ],
)
def test_names_titles_and_their_abbreviations_become_the_role(nlp, text, surname, role):
    assert _role_of(_names(nlp, text), surname) == role
    if " " in surname:  # the title is the role, not the start of the name ("Comedian Rosa Delmonte")
        assert any(m.canonical == surname for m in _names(nlp, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name,role",
    [
        # British papers write ranks short without a full stop: the titles are the role, not the name
        ("Det Insp Maura Quigley said the van had been stolen.", "Maura Quigley", "Det Insp"),
        ("Police Det Sgt Owen Brask said the car was found burnt out.", "Owen Brask", "Police Det Sgt"),
        ("Supt Kieran Lusk, who leads the inquiry, asked witnesses to come forward.", "Kieran Lusk", "Supt"),
    ],
)
def test_names_titles_written_short_without_a_stop_become_the_role(nlp, text, name, role):
    names = [m for m in _names(nlp, text) if m.label == "PERSON"]
    assert [m.canonical for m in names] == [name]
    assert names[0].role.startswith(role)


@pytest.mark.slow
@pytest.mark.parametrize("text,name", [
    ("The economist Amartya Sen spoke in Delhi on Monday.", "Amartya Sen"),
    ("Rep Dana Holt and the economist Amartya Sen spoke in Delhi.", "Amartya Sen"),
])
def test_names_a_short_title_word_ending_a_name_is_the_surname(nlp, text, name):
    assert name in [m.canonical for m in _names(nlp, text) if m.label == "PERSON"]


@pytest.mark.slow
def test_names_middle_initial_stays_in_the_name(nlp):
    names = _names(nlp, "The road stays shut, Marlow County Sheriff Thomas K. Wendell said on Monday.")
    assert any(m.canonical == "Thomas K. Wendell" for m in names)


@pytest.mark.slow
def test_names_surname_joins_a_full_name_with_a_suffix(nlp):
    names = _names(nlp, "Police said the suspect, Marcus Delacroix III, was arrested Tuesday. "
                        "Delacroix had worked there.")
    bare = next(m for m in names if m.text == "Delacroix")
    assert bare.canonical == "Marcus Delacroix III"


@pytest.mark.slow
@pytest.mark.parametrize(
    "second,expected",
    [
        # Without a title a surname two people of the article bear goes to neither (issue #5):
        # the nearest full name is often not the one meant.
        ("Talbot said the books were fine.", ["Talbot", "Talbot"]),
        ("Mrs Talbot said the books were fine.", ["Talbot", "Anna Talbot"]),
    ],
)
def test_names_shared_surname_goes_to_no_one_without_a_title(nlp, second, expected):
    text = ("Greg Talbot owned a bakery in Ferndale. Talbot said he was tired. "
            f"Anna Talbot, his wife, kept the books. {second}")
    bare = [m.canonical for m in _names(nlp, text) if m.text == "Talbot"]
    assert bare == expected


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,word",
    [
        ("The rifle was a .44 Magnum, officers said.", "Magnum"),
        ("The gang carried Kalashnikovs into the shop.", "Kalashnikovs"),
        ("Police found boxes of shells in a Dumpster behind the store.", "Dumpster"),
        ("Officers were helped by Sgt. Penny Lark at the scene.", "Sgt"),
    ],
)
def test_names_common_words_and_lone_titles_are_no_names(nlp, text, word):
    assert all(m.text.strip(".") != word for m in _names(nlp, text))


@pytest.mark.slow
def test_names_lower_case_spans_are_no_names(nlp):
    names = _names(nlp, "A crowd of communists marched past the bank, and one man went berserk.")
    assert not [m for m in names if m.text in {"communists", "berserk"}]


@pytest.mark.slow
def test_names_first_word_of_a_firm_is_the_firm(nlp):
    names = _names(nlp, "Robbers broke into the Halvorsen Bank on Main Street. Halvorsen said no one was hurt.")
    bare = [m for m in names if m.text == "Halvorsen"]
    assert bare and all(m.label == "ORG" for m in bare)



@pytest.mark.parametrize(
    "label,name,kind",
    [("GPE", "MyTownNewsDaily", "ORG"), ("GPE", "LaGrange", "GPE"), ("LOC", "NewsOnTheHour", "ORG"),
     ("GPE", "Ferndale", "GPE")],
)
def test_names_words_run_together_name_a_site_not_a_place(label, name, kind):
    assert _label(label, name) == kind


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,name,label",
    [
        ("A driver from Dexter, Michigan, called the police.", "Dexter", "GPE"),  # a town before its state
        ("The inmate was moved from Huntsville, Texas, to Stiles, Texas.", "Stiles", "GPE"),  # no plural of a stile
        ("Tankers waited in the Gulf while talks went on.", "Gulf", "LOC"),  # a gulf is a place
    ],
)
def test_names_places_that_are_also_words_stay_places(nlp, text, name, label):
    assert [m.label for m in _names(nlp, text) if m.canonical == name] == [label]

