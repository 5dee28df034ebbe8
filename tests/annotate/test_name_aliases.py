"""Given names alone, "known as" names and titled surnames within one article (annotate.name_aliases)."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate.pipeline import annotate


def _canonicals(nlp, text, surface):
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2024, 5, 2)))
    return [m.canonical for m in doc._.dossier_names if m.text == surface]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,surface,canonical",
    [
        ("Alice Hale met her daughter at the station. Alice was 58.", "Alice", "Alice Hale"),
        ("Ann Roe and Ann Lee ran the shop. Ann said nothing about the fire.", "Ann", "Ann"),
    ],
)
def test_name_aliases_given_name_joins_its_only_full_name(nlp, text, surface, canonical):
    assert set(_canonicals(nlp, text, surface)) == {canonical}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,surface,canonical",
    [
        ("Friends of Kathryn Hale, known as Katie, described her as bright. Katie loved music.", "Katie", "Kathryn Hale"),
        ("Kathryn Hale met Katie at the station on Friday.", "Katie", "Katie"),
        # the name one was born with, of the same surname or after "née", is the same person
        ("The singer Rosalie Marten died at 85. Marten was born Rosaly Ann Marten in Ohio.", "Rosaly Ann Marten",
         "Rosalie Marten"),
        ("The singer Rosalie Marten died at 85. She was born Rosaly Ann Marten in 1931.", "Rosaly Ann Marten",
         "Rosalie Marten"),
        ("Ann Hale, née Ann Roe, opened the shop. Hale was 40.", "Ann Roe", "Ann Hale"),
        # "born" of someone else is no birth name of the one named before
        ("Tom Reed was born in Leeds. His son, born Sam Reed, lives there.", "Sam Reed", "Sam Reed"),
    ],
)
def test_name_aliases_known_as_names_the_same_person(nlp, text, surface, canonical):
    assert set(_canonicals(nlp, text, surface)) == {canonical}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,surface,canonical",
    [
        ("John Hale, 23, was charged with the murder of his sister Ann Hale. Mr Hale was arrested on Saturday.",
         "Hale", "John Hale"),
        ("John Hale, 23, was charged with the murder of his sister Ann Hale. Miss Hale was a student.",
         "Hale", "Ann Hale"),
        ("John Hale, 23, was charged with the murder of his sister Ann Hale. Police said Hale would appear in court"
         " on Monday.", "Hale", "Hale"),
    ],
)
def test_name_aliases_title_gender_picks_among_one_surname(nlp, text, surface, canonical):
    assert _canonicals(nlp, text, surface) == [canonical]



@pytest.mark.parametrize(("text", "canonical"), [
    ("The girl's uncle, Pedro Luis Aranda, arrived on Monday. Pedro Luis said she was safe.", "Pedro Luis Aranda"),
    ("Ann Marie Hale and Ann Marie Roe met at noon. Ann Marie said so.", "Ann Marie"),  # two bearers: alone
])
def test_name_aliases_given_names_alone(nlp, text, canonical):
    surface = " ".join(canonical.split()[:2])
    assert _canonicals(nlp, text, surface) == [canonical]
