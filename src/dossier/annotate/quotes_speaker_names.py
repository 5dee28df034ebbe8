"""Which names a quote's speaker may be, and whom a later he/she cannot point back to.

Part of speaker resolution (see ``quotes_speakers``): ``person_mentions`` lists the people a
he/she may stand for, ``reported_mentions`` narrows them, ``titled_name_after`` reads a title.
A fifth review of ECB+ stories and Reuters wires found quotes given to someone who never spoke,
for three reasons of language:

- a person talked about inside what someone reported ("Judge Roe told the court that he weighed
  the killing of John Doe, and he concluded ...", "A friend, Jim Lake, said Doe had been shot.
  He said ...") was taken for the later "he"/"she", being the nearest name. In news prose a
  pronoun that opens the next report continues the reporter, not a person in the report: when
  the reporter's gender fits the pronoun, the people named inside the report are passed over;
- a dateline or a wire credit that the tagger took for a person ("Tue Jun 9", "-LRB- Reuters
  -RRB- - Ohio") became the speaker: a personal name holds no digits and no brackets; nor is a
  country or a capital (by the gazetteer) a "he", unless it is the short form of a fuller name;
- an abbreviated title before a name ("said Dist. Atty. Jane Roe", "Lt. Gov. John Doe said"):
  the tokenizer cuts the periods, the tagger takes "Dist" or "Atty" for the name, and the
  speaker became the title. A capitalised word cut by a period and followed by more such words
  and then a name is a title of that name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Span

from dossier.annotate.gazetteer import country_of
from dossier.annotate.quotes_lexicon import NAME_LABELS
from dossier.annotate.quotes_pipeline_persons import surname_map

# Dependencies of a name that only modifies a noun: a compound or a possessive.
MODIFIER_DEPS = frozenset({"compound", "poss"})
# Brackets as written and as Penn Treebank escapes them in wire text.
BRACKETS = frozenset({"(", ")", "[", "]", "-LRB-", "-RRB-", "-LSB-", "-RSB-"})
# How many abbreviated words may stand before a name as its title ("Dist. Atty.", "Lt. Gov.").
TITLE_WORDS = 3
# Longest abbreviated title word ("Supt", "Capt", "Atty"); longer capitalised words before a
# period are names or words ending a sentence.
TITLE_LETTERS = 5


def is_personal_name(ent: Span, names: Iterable[str] = ()) -> bool:
    """Whether an entity tagged as a person can be someone's name: no digits, no brackets, and
    no abbreviated title cut from the name after it ("Atty" in "Dist. Atty. Jane Roe").

    Args:
        ent: the entity.
        names: the document's fuller person names (see ``titled_name_after``).
    """
    return holds_name_words(ent.text) and titled_name_after(ent, names) is None


def holds_name_words(text: str) -> bool:
    """Whether a text may be a personal name: none of its words is a bracket or holds a digit."""
    return not any(word in BRACKETS or any(ch.isdigit() for ch in word) for word in text.split())


def titled_name_after(span: Span, names: Iterable[str] = ()) -> Span | None:
    """The person's name after an abbreviated title: "Dist" or "Atty" in "Dist. Atty. Jane Roe"
    gives "Jane Roe"; None when the span is no such title.

    A title here is one capitalised word of two to ``TITLE_LETTERS`` letters (one letter is an
    initial) cut by a period, followed by at most ``TITLE_WORDS`` such words and a name the
    tagger calls a person. A word that is part of a fuller name in ``names`` is a name ending a
    sentence ("..., said Roe. Jane Doe added"), not a title.
    """
    doc = span.doc
    if len(span) != 1 or not _abbreviated(doc, span.start):
        return None
    if any(span.text in name.split() for name in names if " " in name):
        return None
    i = span.start
    for _ in range(TITLE_WORDS):
        i += 2  # past the word and its period
        if i >= len(doc):
            return None
        person = _person_at(doc, i)
        if person is not None:
            return person
        if not _abbreviated(doc, i):
            return None
    return None


def _abbreviated(doc: Doc, i: int) -> bool:
    token = doc[i]
    word = token.text
    if not 2 <= len(word) <= TITLE_LETTERS or not word.isalpha():
        return False
    if not word[0].isupper() or word.isupper():
        return False
    return i + 1 < len(doc) and doc[i + 1].text == "."


def _person_at(doc: Doc, i: int) -> Span | None:
    for ent in doc.ents:
        if ent.start == i and ent.label_ == "PERSON" and len(ent) > 1:
            return ent
    return None


def reported_mentions(
    mentions: Iterable[tuple[int, str]],
    reports: Iterable[tuple[int, int, str]],
    gender: str,
    genders: Mapping[str, str],
) -> list[tuple[int, str]]:
    """The person mentions a he/she may point back to: a person named inside an earlier report
    (token range ``start``-``end`` with its speaker's key) is passed over when that speaker's
    gender fits the pronoun, since the next "he said" continues the reporter.

    Args:
        mentions: (token index, name) of candidate antecedents.
        reports: (content start token, content end token, speaker key) of earlier quotes whose
            speaker is a person (named or described).
        gender: "m" or "f", the pronoun's gender.
        genders: known genders by speaker key or name.

    Returns:
        The mentions kept, in the order given.
    """
    fitting = [(start, end, key) for start, end, key in reports if genders.get(key, gender) == gender]
    return [
        (i, name)
        for i, name in mentions
        if not any(start <= i < end and key != name for start, end, key in fitting)
    ]


def person_mentions(doc: Doc, names: Mapping[str, str]) -> list[tuple[int, str]]:
    """Where people are named, as (root token index, fullest name), in text order.

    Names that only modify a noun ("the Obama administration", "Obama's letter") name no one who
    could be "he" or "she", and a PERSON-tagged word after "of"/"from" on a person's name is their
    home town ("Jane Roe, 40, of Springfield"), not a second person.
    """
    mentions = []
    for ent in doc.ents:
        full = names.get(ent.text, ent.text)
        # NER often tags a lone surname as ORG or GPE; mapped to a longer name, it is a person's.
        person = ent.label_ == "PERSON" or (ent.label_ in NAME_LABELS and full != ent.text)
        if not person or ent.root.dep_ in MODIFIER_DEPS or _is_home_town(ent) or _is_heading(ent):
            continue
        if not is_personal_name(ent, names.values()):
            continue  # a dateline ("Tue Jun 9") or a title cut from a name ("Atty")
        if full == ent.text and country_of(ent.text) is not None:
            continue  # a country or a capital the tagger took for a person is no "he"
        mentions.append((ent.root.i, full))
    # NER misses some repeats of a name it tagged elsewhere ("Roe became ..."): a proper noun
    # outside any entity that is a known short form of a person's name is that person.
    surnames = surname_map(set(names.values()))
    for token in doc:
        full = names.get(token.text) or surnames.get(token.text)
        if token.pos_ == "PROPN" and not token.ent_type_ and full is not None:
            if token.dep_ not in MODIFIER_DEPS:
                mentions.append((token.i, full))
    return sorted(mentions)


def _is_heading(ent: Span) -> bool:
    """A name in capitals is a dateline or a heading ("SPRINGFIELD, Ohio -"), not a person."""
    return ent.text.isupper() and len(ent.text) > 3


def _is_home_town(ent: Span) -> bool:
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return False
    owner = prep.head  # the name, or the age set after it
    return owner.pos_ == "PROPN" or owner.ent_type_ == "PERSON" or owner.like_num
