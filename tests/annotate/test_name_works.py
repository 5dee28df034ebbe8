"""Titles of works the tagger takes for people or bodies: dropped from an article's names.
Sentences and titles written for these tests."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate.pipeline import annotate


def _names(nlp, text):
    doc = annotate(nlp, models.Document(doc_id="w1", text=text, published=date(2025, 3, 12)))
    return [(n.text, n.label) for n in doc._.dossier_names]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,title",
    [
        ("Marta Quill will not direct the sequel, Burning Orchard, the studio said.", "Burning Orchard"),
        ("The studio bought the rights to Silver Harbor, the second novel in the series.", "Silver Harbor"),
        ("Fans loved the Moonvale films more than the critics did.", "Moonvale"),
        ("Marta Quill wrote the adaptation of Burning Orchard. Lena Ross signed for Burning Orchard last week.",
         "Burning Orchard"),
        ("Lena Ross also signed for the third installment, Silver Harbor), but Marta Quill did not.", "Silver Harbor"),
        ("The future of Marta Quill's involvement with The Moonvale Games franchise remains uncertain.", "Moonvale"),
    ],
)
def test_name_works_a_title_is_no_name(nlp, text, title):
    assert [name for name, _ in _names(nlp, text) if title in name] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,person",
    [
        ("The film's director, Marta Quill, said the shoot would start in May.", "Marta Quill"),
        ("It was the best film of the series, Marta Quill said on Monday.", "Marta Quill"),
        ("Marta Quill, a film producer, met Lena Ross in Toronto.", "Marta Quill"),
    ],
)
def test_name_works_a_person_beside_a_work_noun_stays(nlp, text, person):
    assert (person, "PERSON") in _names(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,name,kept",
    [
        ("It seemed silly given Nightwing's success. Much like the Nightwing franchise, it sold well.", "Nightwing",
         False),
        ("Ann Hale spoke. Ann Hale left the Hale films behind, Hale said.", "Ann Hale", True),
    ],
)
def test_name_works_an_untagged_title_before_a_series_noun(nlp, text, name, kept):
    assert ((name, "PERSON") in _names(nlp, text) or any(n == name for n, _ in _names(nlp, text))) is kept
