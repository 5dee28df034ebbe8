"""A country or capital of two words or more the tagger called a person is the place
(annotate.names._titled_person). Sentences written for these tests."""

import pytest
import spacy
from spacy.tokens import Span

from dossier.annotate.names import _titled_person


def _person_span(text: str, start: int, end: int) -> Span:
    doc = spacy.blank("en")(text)
    return Span(doc, start, end, label="PERSON")


@pytest.mark.parametrize(
    "text,start,end,label",
    [
        ("South Korea said it would send doctors .", 0, 2, "GPE"),
        ("Officials in Buenos Aires said so .", 2, 4, "GPE"),
        ("Georgia Hale said she would resign .", 0, 2, "PERSON"),
        ("Jordan said the talks had failed .", 0, 1, "PERSON"),  # a given name too: left to context
        ("Ann Hale said she would resign .", 0, 2, "PERSON"),
    ],
)
def test_names_countries_multiword_country_person_is_the_place(text, start, end, label):
    assert _titled_person(_person_span(text, start, end)).label_ == label
