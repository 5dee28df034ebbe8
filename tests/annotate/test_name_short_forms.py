"""A body's short form before the seam of its run-together name (annotate.name_short_forms)."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate.name_short_forms import short_forms
from dossier.annotate.pipeline import annotate
from dossier.name_firms import leading_parts


def test_name_short_forms_parts_end_at_inner_capitals():
    assert leading_parts("PetroNordAxis") == ["Petro", "PetroNord"]
    assert leading_parts("Metamorph") == []
    assert leading_parts("MacArthur") == []  # "Mac" is too short to be a firm's part


@pytest.mark.parametrize(
    "names,expected",
    [
        ([("ORG", "Vostel"), ("PERSON", "VostelHarbin")], {"Vostel": "VostelHarbin"}),
        ([("ORG", "Vostel"), ("ORG", "VostelHarbin"), ("ORG", "VostelKrane")], {}),  # two fit: neither
        ([("PERSON", "Vostel"), ("ORG", "VostelHarbin")], {"Vostel": "VostelHarbin"}),
        ([("PERSON", "Vostel"), ("PERSON", "VostelHarbin")], {}),  # no body among them
        ([("PERSON", "Walt Vostel"), ("PERSON", "Vostel"), ("ORG", "VostelHarbin")], {}),  # a person's surname
        ([("ORG", "Meta"), ("ORG", "Metamorph")], {}),  # no seam
    ],
)
def test_name_short_forms_short_form_needs_a_body_and_one_seam(names, expected):
    assert short_forms(names) == expected


@pytest.mark.slow
def test_name_short_forms_short_form_takes_the_run_together_name(nlp):
    text = ("Shares of Vostel rose on Monday. VostelHarbin, formed by a merger in 2001, makes paints. "
            "Vostel said profits doubled.")
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2024, 5, 2)))
    found = {(m.text, m.label, m.canonical) for m in doc._.dossier_names if m.text.startswith("Vostel")}
    assert {canonical for _, _, canonical in found} == {"VostelHarbin"}
    assert {label for _, label, _ in found} == {"ORG"}
