"""A small-letter noun after a name tells its kind ("Ofer prison", "Hatay province"), and a
minister's field before the title is no body ("Justice Minister"). Sentences written for these tests."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate import wordnet
from dossier.annotate.name_words import is_portfolio
from dossier.annotate.pipeline import annotate

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files (wordnet-base) are not installed")
pytestmark = pytest.mark.slow


def _names(nlp, text):
    doc = annotate(nlp, models.Document(doc_id="t1", text=text, published=date(2030, 3, 10)))
    return {(m.text, m.label) for m in doc._.dossier_names}


def test_name_common_heads_a_name_before_a_facility_noun_is_no_person(nlp):
    names = _names(nlp, "Buses carrying the detainees left Ofer prison shortly after dawn.")
    assert not any(label == "PERSON" for _, label in names)


def test_name_common_heads_a_division_noun_is_cut_off_the_place(nlp):
    names = _names(nlp, "The storm flattened farms near Dornmoor in Kelvasi province on Monday.")
    assert ("Kelvasi", "GPE") in names
    assert not any(text.endswith("province") for text, _ in names)


@needs_wordnet
def test_name_common_heads_a_portfolio_before_a_title_is_no_body(nlp):
    names = _names(nlp, "Prosecutors issued 40 warrants, Justice Minister Ivo Marek said on Sunday.")
    assert ("Justice", "ORG") not in names
    assert ("Ivo Marek", "PERSON") in names


@needs_wordnet
@pytest.mark.parametrize(("word", "expected"), [("justice", True), ("health", True), ("police", False),
                                                ("army", False), ("hamas", False)])
def test_name_common_heads_portfolio_words(word, expected):
    assert is_portfolio(word) is expected
