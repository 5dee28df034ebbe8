"""A nickname in brackets or quotes inside a full name (annotate.name_nicknames)."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate.pipeline import annotate


def _names(nlp, text):
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2024, 5, 2)))
    return [(m.text, m.label, m.canonical) for m in doc._.dossier_names]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,full",
    [
        ("Neighbours remembered Maria Elena (Nena) Ruiz on Monday. Ruiz ran the bakery, and Nena knew everyone.",
         "Maria Elena Ruiz"),
        ('Officials said Tomas "Tommy" Brandt resigned. Brandt declined to comment.', "Tomas Brandt"),
        ("Nena Ruiz ran the bakery. Maria Elena (Nena) Ruiz opened it in 1990.", "Maria Elena Ruiz"),
    ],
)
def test_name_nicknames_bracketed_nickname_makes_one_person(nlp, text, full):
    people = {canonical for _, label, canonical in _names(nlp, text) if label == "PERSON"}
    assert people == {full}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,absent",
    [
        ("The senators present were Ann Hale (Ohio) Mark Roe and Tim Lee.", "Ann Hale Roe"),
        ("The firm, Helix Partners (HP), said the deal was off.", "Helix Partners"),
        ("The party's candidate, Ann Hale (D) Roe, won the seat.", "Ann Hale Roe"),
    ],
)
def test_name_nicknames_notes_and_acronyms_in_brackets_join_nothing(nlp, text, absent):
    names = _names(nlp, text)
    assert not any(canonical == absent and "(" in surface for surface, _, canonical in names)
    assert all("(" not in surface for surface, _, _ in names)
