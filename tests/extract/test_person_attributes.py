"""Ages and numbers of children stated about named people, on sentences written for these tests."""

from datetime import date

import pytest

from dossier import models
from dossier.extract.person_attributes import extract_person_attributes


def _facts(text: str, *names: str, label: str = "PERSON") -> list[tuple[str, int, str, str]]:
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(models.EntityMention(doc_id="d1", start=start, end=start + len(name), text=name, label=label,
                                             sentence_index=0, canonical=f"{name} (canonical)"))
    sentences = [models.Sentence(doc_id="d1", index=0, start=0, end=len(text), text=text)]
    found = extract_person_attributes(text, "d1", mentions, sentences)
    for fact in found:
        assert text[fact.start:fact.end] == fact.text and fact.sentence == text
    return [(f.attribute, f.value, f.text, f.person) for f in found]


@pytest.mark.parametrize("text,name,expected", [
    ("Marta Kowalska, 41, was taken to hospital.", "Marta Kowalska", [("age", 41, "Marta Kowalska, 41")]),
    ("Police named him as Tom Birch, aged 23, of Hull.", "Tom Birch", [("age", 23, "Tom Birch, aged 23")]),
    ("Tom Birch (aged 23) was charged.", "Tom Birch", [("age", 23, "Tom Birch (aged 23)")]),
    ("Tom Birch, a 23-year-old roofer, was charged.", "Tom Birch", [("age", 23, "Tom Birch, a 23-year-old")]),
    ("The 67-year-old retired teacher Ann Pike died.", "Ann Pike", [("age", 67, "67-year-old retired teacher Ann Pike")]),
    ("The 41-year-old Ann Pike told police little.", "Ann Pike", [("age", 41, "41-year-old Ann Pike")]),
    ("The 41-year-old Ann Pike and husband Tom left.", "Ann Pike", [("age", 41, "41-year-old Ann Pike")]),
    ("Mother-of-four Ann Pike said little.", "Ann Pike", [("children", 4, "Mother-of-four Ann Pike")]),
    ("father of 12 Obi Nwosu was freed.", "Obi Nwosu", [("children", 12, "father of 12 Obi Nwosu")]),
    ("Ann Pike, 38, a mother of three, spoke.", "Ann Pike",
     [("age", 38, "Ann Pike, 38"), ("children", 3, "Ann Pike, 38, a mother of three")]),
    ("Obi Nwosu, a 52-year-old father-of-two, spoke.", "Obi Nwosu",
     [("age", 52, "Obi Nwosu, a 52-year-old"), ("children", 2, "Obi Nwosu, a 52-year-old father-of-two")]),
])
def test_person_attributes_reads_the_stated_fact(text, name, expected):
    assert _facts(text, name) == [(a, v, t, f"{name} (canonical)") for a, v, t in expected]


@pytest.mark.parametrize("text,name", [
    ("A 6-year-old boy was bitten by Rex Hale on Sunday.", "Rex Hale"),  # the age is the boy's
    ("The 9-year-old girl attacked Rex Hale's dog.", "Rex Hale"),  # a verb hands it to someone else
    ("Rex Hale, the father of two of the victims, wept.", "Rex Hale"),  # counts victims
    ("Rex Hale, the lawyer of a mother of three, spoke.", "Rex Hale"),  # someone else's children
    ("Goals: Rex Hale (34), Lee Moss (67).", "Rex Hale"),  # a goal's minute
    ("Rex Hale, 2019 champion, returned.", "Rex Hale"),  # a year
    ("Rex Hale, 3 May, London.", "Rex Hale"),  # a dateline
    ("Rex Hale, 340, retired.", "Rex Hale"),  # no one is 340
    ("The 34-year-old was arrested after Rex Hale called police.", "Rex Hale"),  # referent unnamed
    ("A 27-year-old Hama activist said the roads were shut.", "Hama"),  # the name qualifies "activist"
    ("The 30-year-old Hale campaign aide resigned.", "Hale"),  # ... and "campaign aide"
    ("An unemployed 48-year-old Aleppo resident spoke.", "Aleppo"),
])
def test_person_attributes_leaves_out_what_is_not_the_persons(text, name):
    assert _facts(text, name) == []


def test_person_attributes_reads_persons_only():
    assert _facts("Halewood, 41, won the vote.", "Halewood", label="GPE") == []



def _ages(text: str, name: str, published, dated: tuple[str, str] | None = None):
    """Ages read about ``name``; ``dated`` is (words, TIMEX3 value) of a time expression in the sentence."""
    start = text.index(name)
    mention = models.EntityMention(doc_id="d1", start=start, end=start + len(name), text=name, label="PERSON",
                                   sentence_index=0, canonical=name)
    sentences = [models.Sentence(doc_id="d1", index=0, start=0, end=len(text), text=text)]
    timexes = []
    if dated:
        at = text.index(dated[0])
        timexes.append(models.TimeExpression(
            doc_id="d1", start=at, end=at + len(dated[0]), text=dated[0], timex_type=models.TimexType.DATE,
            value=dated[1], precision=models.Precision.YEAR, anchor=models.Anchor.ABSOLUTE, sentence_index=0))
    found = extract_person_attributes(text, "d1", [mention], sentences, published, timexes)
    return [(f.attribute, f.value) for f in found]


@pytest.mark.parametrize("text,dated", [
    ("In 1998 Lena Ortmann, 30, opened her first bakery.", ("1998", "1998")),
    ("Lena Ortmann, 30, opened her first bakery in the 1990s.", ("the 1990s", "199")),
    ("Lena Ortmann, then 30, opened her first bakery.", None),
    ("Lena Ortmann, 30 at the time, opened her first bakery.", None),
    ("Twenty years ago Lena Ortmann, 30, opened her first bakery.", None),
])
def test_an_age_told_of_a_past_moment_is_not_read(text, dated):
    assert _ages(text, "Lena Ortmann", date(2025, 6, 2), dated) == []


@pytest.mark.parametrize("text,published,dated", [
    ("In 2025 Lena Ortmann, 30, opened a bakery.", date(2025, 6, 2), ("2025", "2025")),
    ("Lena Ortmann, 30, said in December 2024 she would open a bakery.", date(2025, 1, 10), ("December 2024", "2024-12")),
    ("Lena Ortmann, 30, paid 2000 euros for the oven.", date(2025, 6, 2), None),
    ("Lena Ortmann, 30, has run the bakery since last spring.", None, None),
])
def test_an_age_told_of_today_is_read(text, published, dated):
    assert _ages(text, "Lena Ortmann", published, dated) == [("age", 30)]


def test_an_undated_article_leaves_out_ages_in_dated_sentences():
    text = "In 2019 Lena Ortmann, 30, opened a bakery."
    assert _ages(text, "Lena Ortmann", None, ("2019", "2019")) == []
