"""Kinds of names read from the words around them (annotate.name_contexts), through find_names."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate import wordnet
from dossier.annotate.pipeline import annotate

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files (wordnet-base) are not installed")


def _labels(nlp, text):
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2024, 5, 2)))
    return {(m.canonical, m.label) for m in doc._.dossier_names}


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Several homes in the villages Kavrona and Zelbieh were damaged by the tremor.", "Zelbieh", "GPE"),
        ("The quake struck near the port city of Bandar Lenza on Sunday.", "Bandar Lenza", "GPE"),
        ("The body was found on the Kettering Glacier by a pilot.", "Kettering Glacier", "LOC"),
        ("The men were trying to reach the Sefton Bivvy from the village.", "Sefton Bivvy", "FAC"),
        ("A poll for the respected Kathimerini newspaper found wide anger.", "Kathimerini", "ORG"),
    ],
)
def test_name_contexts_place_words_make_a_place(nlp, text, name, label):
    assert (name, label) in _labels(nlp, text)


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,name",
    [
        ("Actor Jack Palance did push-ups in front of comedian and host Billy Crystal on stage.", "Billy Crystal"),
        ("Questions about his arm will continue to dog Sabathia for years, his coach said.", "Sabathia"),
        ("She played the barker in Rodgers and Hammerstein's musical on Broadway.", "Rodgers"),
    ],
)
def test_name_contexts_people_near_such_words_stay_people(nlp, text, name):
    assert not {label for n, label in _labels(nlp, text) if n == name} & {"GPE", "LOC", "FAC"}


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,kept,dropped",
    [
        ("MAN HELD OVER DOUBLE MURDER IN SEASIDE TOWN\n\nPolice in Leeds said on Monday they held a man.",
         None, "MAN HELD OVER DOUBLE MURDER IN SEASIDE TOWN"),
        ("A MAN was last night being questioned by detectives in Leeds.", None, "MAN"),
        ("The BBC said the ABC network would show the match.", "BBC", None),
    ],
)
def test_name_contexts_headline_capitals_are_no_names(nlp, text, kept, dropped):
    names = {name for name, _ in _labels(nlp, text)}
    assert (kept is None or kept in names) and (dropped is None or dropped not in names)


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,name",
    [
        ("Lawyer Alexis Kougeris said the trial would open in May.", "Alexis Kougeris"),
        ("Clerk Janet Bowerly read out the charge to the court.", "Janet Bowerly"),
        ("Judge Anthony Russell said the hearing would resume.", "Anthony Russell"),
        ("Earl Bloom said the deal was close to done.", "Earl Bloom"),  # one word left: no title to drop
    ],
)
def test_name_contexts_title_run_into_a_name_goes(nlp, text, name):
    assert (name, "PERSON") in _labels(nlp, text)


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,name,present",
    [
        ("Riot police fired tear gas at the youths on Sunday.", "Riot", False),
        ("Arson is suspected in the fire that destroyed the depot.", "Arson", False),
        ("Grace said she would stay. Her sister Grace Dunn gathered at the house.", "Grace", True),
    ],
)
def test_name_contexts_common_words_opening_a_sentence(nlp, text, name, present):
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2024, 5, 2)))
    assert any(m.text == name for m in doc._.dossier_names) is present


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,name,label",
    [
        ('"The banks were the target," said 32-year-old protester Paris Kyrialou.', "Paris Kyrialou", "PERSON"),
        ('"I do not know who to vote for," said Maralka, 45, a resident of the capital.', "Maralka", "PERSON"),
        ("In a village outside the capital, 25-year-old Guzeva said she had come to vote.", "Guzeva", "PERSON"),
        ("The Red Cross, a charity, sent aid to the valley.", "Red Cross", "ORG"),
    ],
)
def test_name_contexts_person_words_make_a_person(nlp, text, name, label):
    assert (name, label) in _labels(nlp, text)


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text,name",
    [
        ("The late John Smith said the show was over.", "John Smith"),
        ("The legendary Johnny Carson hosted it for thirty years.", "Johnny Carson"),
    ],
)
def test_name_contexts_article_and_adjective_before_a_person_change_nothing(nlp, text, name):
    assert {label for n, label in _labels(nlp, text) if n == name} == {"PERSON"}
