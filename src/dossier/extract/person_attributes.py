"""Checkable facts an article states about a named person: an age and a number of children.

News prose states them in a few fixed shapes around the name, and only those are read, so each
fact is tied to the person the phrase is about (the name it is in apposition to, or the name it
premodifies), never guessed from distance:

- age after the name: "Jane Roe, 41, ...", "Jane Roe, aged 41, ...", "Jane Roe (aged 41)",
  "Jane Roe, a 41-year-old nurse, ...";
- age before the name: "41-year-old Jane Roe", "the 41-year-old former nurse Jane Roe";
- children after the name: "Jane Roe, a mother of three, ...", "John Doe, 52, a father-of-two";
- children before the name: "mother-of-three Jane Roe", "father of two John Doe".

A name that only qualifies the noun after it is not the person aged: in "a 27-year-old Idlib
activist" or "the 30-year-old Hale campaign aide" the age is the activist's or the aide's, so an
age before a name is read only when no person noun follows the name (WordNet's commonest sense of
the word is a person, or the word is one of ``person_heads.PERSON_NOUNS``).

Known limits, on purpose: "the 41-year-old" standing alone (its referent is an earlier person, or
an unnamed one) is not read; nor is a bracketed bare number ("Kane (34)" is a goal's minute in a
match report); "mother of two of the victims" counts victims, not children.

An age told of a past moment ("In 2001 Roe, then 41, ...", "Roe, 23 at the time, ...", "years ago")
is not read: ages are compared as of each article's publication day, and read that way a true age
of years ago would clash with today's. A sentence counts as told of a past moment when one of its
time expressions (annotate's TIMEX3 values) lies more than a year from the publication day (any
dated one, when the article is undated), or when it says "at the time", "back then", "then aged",
"years ago" and the like. A fact dropped this way
costs a discrepancy; one read wrongly would invent one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from dossier import models
from dossier.annotate import wordnet
from dossier.extract.person_heads import PERSON_NOUNS
from dossier.timevalues import interval

EXTRACTOR = "dossier.person_attributes.v3"
MAX_AGE = 120  # the oldest age a person is written with; a larger number is something else
NAME_LABELS = frozenset({"PERSON"})
WINDOW = 80  # characters read on each side of a name
YEAR_APART = timedelta(days=366)  # a dated sentence this far from publication tells of another moment

# Number words a count of children is written with (news spells out one to nine, sometimes more).
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_NUMBER = r"(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_PARENT = r"(?:mother|father|mum|mom|dad|parent)(?:-|\s+)of(?:-|\s+)" + _NUMBER + r"\b"


def _year_old(group: str) -> str:
    """A pattern for "41-year-old", "41 year old" or "41-years-old", the number captured as ``group``."""
    return rf"(?P<{group}>\d{{1,3}})(?:-|\s)years?(?:-|\s)old\b"


# Words that end an apposition's age: "Roe, 41, and ...", "Roe, 41, of Leeds".
_AGE_FOLLOWERS = r"(?=\s*[,;.:)]|\s+(?:and|of|from|who|was|is|has|had|were|said|told|died)\b)"
AGE_AFTER = re.compile(
    r"^(?:,\s*(?:aged\s+)?(?P<age>\d{1,3})" + _AGE_FOLLOWERS
    + r"|\s*\(aged\s+(?P<age_b>\d{1,3})\)"
    + r"|,\s+(?:an?|the)\s+" + _year_old("age_c") + r")",
    re.IGNORECASE,
)
# "Roe, 41, a mother of three" / "Roe, a single mother-of-two" / "Roe, the father of five".
CHILDREN_AFTER = re.compile(
    r"^,\s*(?:(?:aged\s+)?\d{1,3},\s*)?(?:an?|the)\s+(?:\d{1,3}(?:-|\s)years?(?:-|\s)old\s+)?"
    r"(?:(?!(?:of|for|to|and|with)\b)[a-z]+\s+){0,2}?" + _PARENT + r"(?!\s+of\b|-)",
    re.IGNORECASE,
)
# "41-year-old Jane Roe", "the 41-year-old British nurse Jane Roe": at most three describing words.
AGE_BEFORE = re.compile(r"\b" + _year_old("age") + r"\s+(?P<words>(?:[A-Za-z][\w-]*\s+){0,3})$", re.IGNORECASE)
CHILDREN_BEFORE = re.compile(r"(?<![\w-])" + _PARENT + r"\s+$", re.IGNORECASE)

# Phrases that move a sentence's ages to an earlier moment than the article's day.
PAST_MOMENT = re.compile(
    r"\b(?:at\s+the\s+time|back\s+then|then\s+aged|then(?:,)?\s+\d{1,3}\b|then-\d{1,3}|(?:years|decades)\s+ago"
    r"|(?:when|while)\s+(?:he|she|they|I|we)\s+(?:was|were)\s+(?:just\s+|only\s+)?\d{1,3}\b|as\s+a\s+\d{1,3}-year-old)",
    re.IGNORECASE,
)

# Words that cannot sit between "41-year-old" and the name it describes: with them the age
# belongs to someone else ("a 5-year-old boy by John Doe", "the 9-year-old girl saw Jane Roe").
NOT_DESCRIBING = frozenset({
    "a", "an", "the", "and", "or", "but", "by", "of", "to", "for", "with", "from", "at", "in", "on",
    "as", "than", "that", "who", "whom", "whose", "which", "was", "is", "were", "are", "be", "been",
    "his", "her", "their", "its", "he", "she", "they", "said", "says", "told", "saw", "met", "hit",
    "shot", "left", "sent", "took", "gave", "beat", "found", "made", "let", "won", "lost", "named",
})


def extract_person_attributes(
    text: str, doc_id: str, names: Sequence[models.EntityMention], sentences: Sequence[models.Sentence],
    published: date | None = None, timexes: Sequence[models.TimeExpression] = (),
) -> list[models.PersonAttribute]:
    """The ages and numbers of children an article states about the people it names.

    Args:
        text: the article's text.
        doc_id: its id.
        names: its name mentions; only persons are read, each fact going to the mention's
            in-document canonical name.
        sentences: its sentences, for citing the sentence each fact is in.
        published: the article's publication day, and
        timexes: its time expressions: an age in a sentence dated more than a year away from the
            publication is left out (see the module docstring).

    Returns:
        One record per stated fact, in text order, with the span of the phrase stating it (name
        included).
    """
    found: list[models.PersonAttribute] = []
    for mention in names:
        if mention.label not in NAME_LABELS:
            continue
        for attribute, value, start, end in _facts_around(text, mention):
            sentence = _sentence_at(sentences, mention.start)
            if attribute == "age" and sentence and told_of_a_past_moment(sentence, published, timexes):
                continue
            found.append(models.PersonAttribute(
                doc_id=doc_id, start=start, end=end, text=text[start:end], person=mention.canonical,
                attribute=attribute, value=value, sentence_index=sentence.index if sentence else mention.sentence_index,
                sentence=sentence.text if sentence else text[start:end], extractor=EXTRACTOR,
            ))
    return sorted(found, key=lambda f: (f.start, f.attribute))


def _facts_around(text: str, mention: models.EntityMention):
    """(attribute, value, start, end) of each fact phrased around one name."""
    after = text[mention.end:mention.end + WINDOW]
    before = text[max(0, mention.start - WINDOW):mention.start]
    if (match := AGE_AFTER.match(after)) and (age := _age(match.group("age") or match.group("age_b")
                                                          or match.group("age_c"))):
        yield "age", age, mention.start, mention.end + len(match.group(0))
    if match := CHILDREN_AFTER.match(after):
        yield "children", _count(match.group("n")), mention.start, mention.end + len(match.group(0))
    if (match := AGE_BEFORE.search(before)) and _describing(match.group("words")) and not _qualifies_a_noun(after) \
            and (age := _age(match.group("age"))):
        yield "age", age, mention.start - len(match.group(0)), mention.end
    if match := CHILDREN_BEFORE.search(before):
        yield "children", _count(match.group("n")), mention.start - len(match.group(0)), mention.end


def told_of_a_past_moment(sentence: models.Sentence, published: date | None,
                          timexes: Sequence[models.TimeExpression]) -> bool:
    """Whether a sentence tells of a moment other than its article's day, so an age in it is that
    moment's ("In 1998 Roe, 30, ...", "Roe, 23 at the time") rather than the person's age now."""
    if PAST_MOMENT.search(sentence.text):
        return True
    for timex in timexes:
        if not sentence.start <= timex.start < sentence.end or not (span := interval(timex.value)):
            continue
        if published is None or span[1] < published - YEAR_APART or span[0] > published + YEAR_APART:
            return True
    return False


def _age(digits: str | None) -> int | None:
    if not digits:
        return None
    age = int(digits)
    return age if 0 < age <= MAX_AGE else None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _describing(words: str) -> bool:
    """Whether the words between an age and a name can all describe the person: no preposition or
    verb that hands the age to someone else, and no past tense just before the name ("a 5-year-old
    girl attacked John Doe"; "a 41-year-old retired nurse Jane Roe" keeps its age)."""
    listed = words.split()
    if any(word.lower() in NOT_DESCRIBING for word in listed):
        return False
    return not (listed and listed[-1].islower() and listed[-1].endswith("ed"))


NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _qualifies_a_noun(after: str) -> bool:
    """Whether the words after a name show it qualifies a person noun ("Idlib activist", "Hale
    campaign aide": up to two lowercase words, the last a person), so an age before the name is that
    person's, not the name's."""
    words = []
    rest = after
    while len(words) < 2 and (match := NEXT_WORD.match(rest)):
        words.append(match.group(1))
        if words[-1] in NOT_DESCRIBING:  # "Jane Roe and husband Tom": the name ends its phrase
            return False
        if _person_word(words[-1]):
            return True
        rest = rest[match.end():]
    return False


def _person_word(word: str) -> bool:
    if word in PERSON_NOUNS:
        return True
    senses = wordnet.synsets(word, "n")
    return bool(senses) and senses[0].lexname == "noun.person"


def _sentence_at(sentences: Sequence[models.Sentence], offset: int) -> models.Sentence | None:
    return next((s for s in sentences if s.start <= offset < s.end), None)
