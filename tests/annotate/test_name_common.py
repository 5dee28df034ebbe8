"""Initialisms of common nouns and charges written like names: no entities. Sentences written for
these tests."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate import wordnet
from dossier.annotate.name_common import common_initialism
from dossier.annotate.pipeline import annotate

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent (Debian package wordnet-base)")


@pytest.mark.parametrize("text,common", [("DUI", True), ("DWI", True), ("CCTV", True), ("Dui", False),
                                         ("QZRX", False)])
def test_name_common_initialism_from_the_list(text, common):
    assert common_initialism(text) is common


@needs_wordnet
@pytest.mark.parametrize("text,common", [("GMT", True), ("GPS", True), ("FBI", False), ("NATO", False),
                                         ("MIT", False), ("CIA", False)])
def test_name_common_initialism_by_wordnet(text, common):
    assert common_initialism(text) is common


def _names(nlp, text):
    doc = annotate(nlp, models.Document(doc_id="c1", text=text, published=date(2025, 3, 12)))
    return [n.canonical for n in doc._.dossier_names]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,gone",
    [
        ("Dario Venn was charged with Reckless Endangerment after the crash.", "Reckless Endangerment"),
        ("Dario Venn was arrested on suspicion of DUI on Tuesday.", "DUI"),
        ("The fire started at about 2040 GMT, the brigade said.", "GMT"),
    ],
)
def test_name_common_charges_and_initialisms_are_no_names(nlp, text, gone):
    assert gone not in _names(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,kept",
    [
        ("Dario Venn was charged with Lena Ross's murder on Tuesday.", "Lena Ross"),
        ("Dario Venn was accused of Hexacore fraud by the regulator.", "Hexacore"),
        ("Dario Venn met FBI agents in Denver.", "FBI"),
        ("Dario Venn was charged with DUI, Ann Hale said.", "Ann Hale"),
    ],
)
def test_name_common_owners_and_bodies_stay(nlp, text, kept):
    assert kept in _names(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name,kept",
    [
        ("She was struck by a gray 2019 Toyota Camry near the school.", "Toyota", False),
        ("Toyota said on Monday that it would recall the cars.", "Toyota", True),
        ("He flew on an Air France flight to Paris.", "Air France", True),
    ],
)
def test_name_common_a_cars_make_before_its_model_is_no_name(nlp, text, name, kept):
    assert (name in _names(nlp, text)) is kept


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,gone",
    [
        ("Driver Charged With DUI, Vehicular Homicide", "Vehicular Homicide"),
        ("Dario Venn was charged with Reckless Endangerment, Vehicular Homicide and theft.", "Vehicular Homicide"),
    ],
)
def test_name_common_a_list_of_charges_is_no_name(nlp, text, gone):
    assert gone not in _names(nlp, text)
