"""Sources that are people though NER does not say so: "a relative", "25-year-old Guzel".

Part of speaker resolution (see ``quotes_speakers``). A later "she said" points back to the last
person who spoke, and that person is often unnamed ("According to a relative, ... 'He's had a
dark past,' she said") or a name NER took for an organisation ("25-year-old Guzel said ...").
Left out of the candidates, the pronoun falls through to a person named earlier, often someone
the news is about (a victim), and the quote goes to the wrong person. These helpers tell such
sources apart from organisations and things, by the article's own language: a noun that names a
person in WordNet, an age, a title, or a gendered pronoun pointing back to the name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from dossier.annotate import wordnet
from dossier.annotate.quotes_gender import GENDERED, PRONOUN_GENDERS, TITLES, describing_words
from dossier.annotate.quotes_lexicon import NAME_LABELS
from dossier.annotate.quotes_marks import inside

# Parts of an age given beside a name ("25-year-old Guzel", "Roe, 25,").
AGE_WORDS = ("year-old", "years-old", "year old", "years old")
# Senses of a role noun read for a person: "publisher" is first a firm, then a person.
PERSON_SENSES = 2
# Determiners of a description that points to someone new or just named ("a relative", "the
# neighbour"); a bare plural ("officials") is a group, not a "he" or "she".
PERSON_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})


def unnamed_person(source: Span) -> bool:
    """Whether a source is a person described, not named: "a relative", "the neighbour".

    Args:
        source: the source's tokens.

    Returns:
        True when its head is a singular common noun that WordNet files only as a person (an
        unknown noun is not taken), with a determiner such as "a" or "the".
    """
    head = source.root
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_:
        return False
    if not any(child.lower_ in PERSON_DETERMINERS for child in head.children):
        return False
    senses = wordnet.synsets(head.lemma_.lower(), "n")
    return bool(senses) and senses[0].lexname == "noun.person"


def shows_person(source: Span, marks: list[tuple[int, int]]) -> bool:
    """Whether a named source NER did not tag as a person shows itself one: an age ("25-year-old
    Guzel"), a title ("Miss Roe"), or a he/she in its own sentence right after it.

    Args:
        source: the source's tokens.
        marks: quotation mark pairs of the document.

    Returns:
        True on such evidence; False otherwise.
    """
    if _gives_age(source):
        return True
    if any(token.lower_ in TITLES for token in source):
        return True
    return pronoun_after(source, marks) is not None


def pronoun_after(source: Span, marks: list[tuple[int, int]]) -> str | None:
    """Gender of the first he/she after a source in its sentence, outside quotation marks, with
    no other name between ("Guzel said she had voted")."""
    for token in source.doc[source.end : source.sent.end]:
        if token.ent_type_ in ("PERSON", "ORG"):
            return None
        if token.lower_ in PRONOUN_GENDERS and not inside(token.idx, marks):
            return PRONOUN_GENDERS[token.lower_] if token.lower_ in ("he", "she") else None
    return None


def noun_gender(noun: Token) -> str | None:
    """The gender a role noun tells ("the mother": "f"), None for most ("the relative")."""
    word = noun.lower_
    return next((gender for gender, words in GENDERED.items() if word in words), None)


def surname_map(names: Iterable[str]) -> Mapping[str, str]:
    """Last word of each multi-word person name -> that name, where only one name ends with it.

    Args:
        names: fullest in-document person names.

    Returns:
        Surname -> full name: "Jackman" stands for the "Hugh Jackman" named before even where NER
        missed it.
    """
    owners: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and words[-1][:1].isupper():
            owners.setdefault(words[-1], set()).add(name)
    return {last: next(iter(full)) for last, full in owners.items() if len(full) == 1}


def described_name(source: Span) -> tuple[str | None, bool]:
    """The proper name heading a source NER left untagged, and whether the source shows it is a
    person's: "32-year-old protester Paris Kyriakides", "Giorgos Kyrtsos, publisher of a paper".

    Args:
        source: the source's tokens.

    Returns:
        (name, True) with the head and the proper nouns compounded on it, when a role noun
        naming a person (WordNet) is compounded on it or set beside it, or an age is given;
        (None, False) otherwise, and when the head is no proper noun or one NER tagged as a name.
    """
    root = source.root
    if root.pos_ != "PROPN" or root.ent_type_ in NAME_LABELS:
        return None, False
    words = [root]
    for child in reversed(list(root.lefts)):
        if child.dep_ != "compound" or child.pos_ != "PROPN" or child.i != words[0].i - 1:
            break
        words.insert(0, child)
    name = " ".join(token.text for token in words)
    described = [
        child for child in root.children if child.dep_ in ("compound", "appos", "amod")
    ]
    if not any(_names_a_person(token) for token in described) and not _gives_age(source):
        return None, False  # "the O's", "the White House": no sign of a person
    return name, True


def _gives_age(source: Span) -> bool:
    text = source.text.lower()
    return any(word in text for word in AGE_WORDS)


def _names_a_person(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    senses = wordnet.synsets(token.lemma_.lower(), "n")[:PERSON_SENSES]
    return any(sense.lexname == "noun.person" for sense in senses)


def role_holder(
    source: Span, names: Mapping[str, str], speakers: Iterable[tuple[Span, str]] = ()
) -> str | None:
    """The person a definite role description stands for: "the governor" after "Governor Jane
    Roe said" or "Jane Roe, the governor of the island".

    Args:
        source: the source's tokens.
        names: surface name -> fullest in-document person name.
        speakers: sources of earlier quotes with the person each names.

    Returns:
        The person last named before the source with the description's head noun as title or
        role; None when the source is no "the <person noun>" or no one fits.
    """
    head = source.root
    if not unnamed_person(source) or not any(child.lower_ == "the" for child in head.children):
        return None
    role = head.lower_
    people = [
        (ent, names.get(ent.text, ent.text)) for ent in source.doc.ents if ent.label_ == "PERSON"
    ]
    holders = [
        (span.start, name)
        for span, name in [*people, *speakers]
        if span.end <= source.start
        and (role in describing_words(span) or role in {token.lower_ for token in span})
        and name.lower() != role  # "Relative said": a headline's role word, no name
    ]
    return max(holders)[1] if holders else None


def with_titled_forms(doc: Doc, names: Mapping[str, str]) -> dict[str, str]:
    """The name map with titled short forms added: "Mr Roe" is the "John Roe" named before.

    Args:
        doc: a parsed ``Doc`` with named entities.
        names: surface name -> fullest in-document person name.

    Returns:
        A new map: ``names`` plus each titled PERSON name not in it whose rest is a known name or
        the surname of exactly one known person.
    """
    surnames = surname_map(set(names.values()))
    titled = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].lower_ in TITLES:
            rest = ent[1:].text
            full = names.get(rest) or surnames.get(rest)
            if full is not None and full != rest and ent.text not in names:
                titled[ent.text] = full
    return {**names, **titled}
