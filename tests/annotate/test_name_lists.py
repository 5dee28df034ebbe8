"""A name the tagger mislabels inside a list of people: our own sentences, tagged by hand."""

from __future__ import annotations

import pytest
import spacy

from dossier.annotate.name_lists import persons_in_lists

NLP = spacy.blank("en")


def _labels(text: str, tags: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The (text, label) of each tagged span after ``persons_in_lists``."""
    doc = NLP(text)
    doc.ents = [doc.char_span(text.index(words), text.index(words) + len(words), label=label) for words, label in tags]
    return [(span.text, span.label_) for span in persons_in_lists(list(doc.ents))]


@pytest.mark.parametrize(
    "text,tags",
    [
        ("The guards freed Ana Ruiz, Tomas Berg, Lena Holm and Piet Kaas on Friday.",
         (("Ana Ruiz", "PERSON"), ("Tomas Berg", "ORG"), ("Lena Holm", "PERSON"), ("Piet Kaas", "PERSON"))),
        ("The winners were Ana Ruiz, Lena Holm and Tomas Berg.",
         (("Ana Ruiz", "PERSON"), ("Lena Holm", "PERSON"), ("Tomas Berg", "GPE"))),
    ],
)
def test_one_odd_name_in_a_list_of_people_is_a_person(text, tags):
    assert all(label == "PERSON" for _, label in _labels(text, tags))


@pytest.mark.parametrize(
    "text,tags",
    [
        # one person beside it is not a list of people
        ("Ana Ruiz and Tomas Berg signed.", (("Ana Ruiz", "PERSON"), ("Tomas Berg", "ORG"))),
        # two bodies among people: the list is mixed, not misread
        ("The panel heard Ana Ruiz, Baker Hughes, Morgan Stanley and Lena Holm.",
         (("Ana Ruiz", "PERSON"), ("Baker Hughes", "ORG"), ("Morgan Stanley", "ORG"), ("Lena Holm", "PERSON"))),
        # a country is never one more person
        ("Ana Ruiz, Lena Holm and South Africa spoke.",
         (("Ana Ruiz", "PERSON"), ("Lena Holm", "PERSON"), ("South Africa", "GPE"))),
        # names apart in the sentence form no list
        ("Ana Ruiz met Lena Holm before Tomas Berg opened.",
         (("Ana Ruiz", "PERSON"), ("Lena Holm", "PERSON"), ("Tomas Berg", "ORG"))),
    ],
)
def test_names_outside_a_list_of_people_keep_their_label(text, tags):
    assert _labels(text, tags) == list(tags)
