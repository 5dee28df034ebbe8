"""Roles as noun phrases: no quotation marks, no degree before them, no word the parse puts
outside the title. Sentences written for these tests."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate.name_roles import _tidy
from dossier.annotate.pipeline import annotate


@pytest.mark.parametrize(
    "role,tidy",
    [
        ("MD, the state medical board's president", "the state medical board's president"),
        ("PhD, head of the Larkin Institute", "head of the Larkin Institute"),
        ('pavilion"that Dr.', None),
        ("Nominee for Chief Judge\n\n", "Nominee for Chief Judge"),
        ("Defense Minister", "Defense Minister"),
    ],
)
def test_name_roles_tidy(role, tidy):
    assert _tidy(role) == tidy


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,surname,role",
    [
        ("In a brief statement President Orla Venn said the talks would resume.", "Venn", "President"),
        ("At the outset President Orla Venn thanked the hosts.", "Venn", "President"),
        ("Team president Gavin Stroud said the coach had been let go.", "Stroud", "Team president"),
        ("On Monday, board chairman and chief executive Gavin Stroud resigned.", "Stroud", "chief executive"),
    ],
)
def test_name_roles_words_outside_the_title_are_no_role(nlp, text, surname, role):
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2024, 5, 2)))
    roles = [m.role for m in doc._.dossier_names if m.label == "PERSON" and m.canonical.endswith(surname)]
    assert roles and roles[0].split("; ")[0] == role


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,person,role",
    [
        ("Harlow Hornets wide receiver Dario Venn was arrested on Tuesday.", "Dario Venn",
         "Harlow Hornets wide receiver"),
        ("Tomas Lind, coach Ann Hale and director of athletics Bo Marr met the team.", "Tomas Lind", None),
        ("The victim Ann Hale died at the scene.", "Ann Hale", None),
        # an apposition headed by a trade is a role; one headed by a kin word is none
        ("Esther Walden, the swimmer and actress, died on Thursday.", "Esther Walden", "the swimmer and actress"),
        ("Ann Hale, a mother of three, said no.", "Ann Hale", None),
    ],
)
def test_name_roles_player_titles_and_lists_of_people(nlp, text, person, role):
    doc = annotate(nlp, models.Document(doc_id="r1", text=text, published=date(2025, 3, 12)))
    assert [n.role for n in doc._.dossier_names if n.text == person] == [role]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,person,role",
    [
        # a title written as a hyphenated compound is the whole compound
        ("UNESCO Director-General Orla Venn opened the session.", "Orla Venn", "UNESCO Director-General"),
        ("The league's Secretary-General Orla Venn signed the letter.", "Orla Venn", "Secretary-General"),
        # a clause before the comma is no title, though it has a role word in it
        ("Besides asking the judge to reduce the fine on Monday, Gavin Stroud's lawyers filed an appeal.",
         "Gavin Stroud", None),
        ("He hit the guard in the head and ran off, Capt. Gavin Stroud said.", "Gavin Stroud", "Capt."),
        # a noun phrase before the comma still is one
        ("On Friday, the head of the port authority, Gavin Stroud, resigned.", "Gavin Stroud",
         "the head of the port authority"),
    ],
)
def test_name_roles_compound_titles_and_clauses(nlp, text, person, role):
    doc = annotate(nlp, models.Document(doc_id="r2", text=text, published=date(2025, 3, 12)))
    found = [n.role for n in doc._.dossier_names if n.canonical == person]
    assert found and (found[0].split("; ")[0] if found[0] else None) == role


def test_name_roles_outside_stops_at_the_root_before_the_name(nlp):
    """A parse whose root lies between a word and the name: the climb stops there (it once looped forever)."""
    from spacy.tokens import Doc

    from dossier.annotate.name_roles import _outside

    doc = Doc(nlp.vocab, words=["brief", "statement", "Ann", "Hale"], heads=[1, 1, 3, 1],
              deps=["amod", "ROOT", "compound", "appos"])
    assert _outside(doc[0], doc[2:4]) is True
