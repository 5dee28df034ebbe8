"""Gender from the article itself (quotes_gender), and he/she sent only to a person it fits, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes import find_quotes
from dossier.annotate.quotes_gender import infer_genders
from dossier.annotate.quotes_speakers import build_name_map


def _genders(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return infer_genders(doc, build_name_map(doc))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, name, gender",
    [
        # Titles and role nouns before the name or in apposition.
        ("Mrs Ann Lake greeted the volunteers at the gate.", "Mrs Ann Lake", "f"),
        ("Tom Reed, a father of three, said the road was closed.", "Tom Reed", "m"),
        ("Spokeswoman Dana Cole said the road was closed.", "Spokeswoman Dana Cole", "f"),
        # The first pronoun after the name in its sentence, with no one named between.
        ("Sam Ortiz lost her home in the flood.", "Sam Ortiz", "f"),
        # A he/she opening the next sentence, the name being the only person before it.
        ("Kim Park runs the clinic.\nHe opened it ten years ago.", "Kim Park", "m"),
        # Evidence on a short form counts for the full name.
        ("Alex Moreno spoke at the hearing.\nLater Moreno lost his temper with the panel.",
         "Alex Moreno", "m"),
        # A titled surname ("Mrs Hale") is the fuller name of the same person.
        ("Robin Hale, the new minister, arrived on Monday.\n"
         "Tom Reed greeted Mrs Hale at the airport.", "Robin Hale", "f"),
    ],
)
def test_quotes_gender_evidence(base_nlp, text, name, gender):
    assert _genders(base_nlp, text).get(name) == gender


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, name",
    [
        # Evidence that disagrees leaves the person without a gender.
        ("Robin Hale lost his keys on Monday.\nOn Tuesday Robin Hale said she had found them.",
         "Robin Hale"),
        # A role noun the name only follows after "of" says nothing of the name.
        ("The wife of John Doe said the road was closed.", "John Doe"),
        # A pronoun that is the subject of the clause holding the name points elsewhere.
        ("After meeting John Doe at the airport, she told reporters the road was closed.",
         "John Doe"),
        # A possessive name: the pronoun is the head noun's.
        ("Jane Roe's husband said he would stay.", "Jane Roe"),
        # A pronoun inside quotation marks is someone talked about.
        ('Jane Roe said: "He will come back soon."', "Jane Roe"),
    ],
)
def test_quotes_gender_no_evidence(base_nlp, text, name):
    genders = _genders(base_nlp, text)
    assert not any(full.endswith(name) for full in genders), genders


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, content_part, speaker",
    [
        # "he" skips a woman known only from a pronoun about her.
        ('Tom Reed, who runs the camp, spoke first.\n'
         'Then Ann Lake described the damage to her own house.\n'
         '"We need more tents before the rain," he said.',
         "more tents", "Tom Reed"),
        # "she" skips a man known only from the subject of the next sentence.
        ('Ann Lake, who runs the camp, spoke first.\n'
         'Then Tom Reed walked through the ruins of the school.\n'
         'He had taught there for years.\n'
         '"We will rebuild every classroom by spring," she said.',
         "classroom", "Ann Lake"),
        # A one-word name with no person evidence (a service tagged PERSON) yields to a person.
        ("Tom Reed spoke from the camp on Monday.\n"
         "In a message on Twitter, he said the camp had no clean water left.",
         "clean water", "Tom Reed"),
        ("Tom Reed runs the camp.\n"
         "Writing on Twitter on Monday, he said the camp had no clean water left.",
         "clean water", "Tom Reed"),
    ],
)
def test_quotes_gender_pronoun_speaker(base_nlp, text, content_part, speaker):
    quotes = [quote for quote in find_quotes(base_nlp(text), "d1") if content_part in quote.content]
    assert [quote.speaker for quote in quotes] == [speaker]
