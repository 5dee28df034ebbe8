"""Words that are no names, and words that are titles before a name.

Split from ``name_spans`` (which cuts spans back to the names inside them): this part judges a
single word. A span of one common noun of things is no name ("Dumpster", "Kalashnikovs"); an
office word or its abbreviation before a name is a title ("Sheriff", "Lt."), read through WordNet's
kinds of person so that titles our lists lack are known too.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from dossier.annotate import wordnet
from dossier.annotate.gazetteer import country_of


# Lexicographer files of common nouns that name things, not people or places: a span of one such
# word is no name ("Dumpster", "Magnum", "Kalashnikovs", "jewellery").
# (Not noun.object: WordNet files gulfs, rivers and islands there, which are places.)
THING_LEXNAMES = frozenset({
    "noun.artifact", "noun.substance", "noun.food", "noun.quantity", "noun.plant", "noun.animal",
    "noun.possession", "noun.body",
})
# A title's abbreviation before a name ("Lt.", "Sgt.", "Capt."); one letter is an initial. The
# tokenizer may keep the full stop on the word or split it off.
TITLE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,3}\.?")
# Titles British and Irish papers abbreviate without a full stop ("Det Insp Jo Hale", "Supt Ian Roe",
# "Cllr Ann Lee"); those with no vowel ("Sgt", "Cllr") are caught without the list.
STOPLESS_TITLES = frozenset({"det", "insp", "supt", "capt", "col", "gen", "maj", "lt", "cpl", "pte", "adm",
                             "gov", "sen", "rep", "prof", "rev", "dep", "asst", "supt", "cmdr", "cdr"})
# Kinds of person (WordNet 3.0 nouns, first sense) whose kinds are titles before a name: "sheriff"
# is a lawman, "lieutenant" a serviceman, "mayor" a leader; a "child" or "victim" is none. Trades
# of the arts, letters, science and news are titles too ("comedian Ann Hale", "novelist", "economist",
# "reporter"); "communicator", which holds "reporter", is left out as it also holds "witness".
OFFICE_HOLDERS = ("worker", "leader", "lawman", "official", "professional", "spokesperson", "serviceman",
                  "businessperson", "entertainer", "writer", "artist", "scientist", "intellectual", "journalist",
                  "broadcaster", "reporter", "commentator", "presenter", "filmmaker", "reformer")
# Shortest word a title may end with when WordNet lacks the whole ("Undersheriff": "sheriff").
MIN_TITLE_TAIL = 5


def is_title_word(token: Token) -> bool:
    """A capitalised word of a title before a name: an abbreviation written with its full stop
    ("Lt.", "Sgt.") or a noun whose commonest WordNet sense is a kind of person ("Sheriff",
    "Detective", "Undersheriff" through its last part).

    Args:
        token: a token before a person's name.

    Returns:
        True for a title word; False for lower-case words and, without WordNet, for every noun.
    """
    text = token.text
    if abbreviated(token) or (text == "." and token.i > 0 and abbreviated(token.doc[token.i - 1])):
        return True
    return text.istitle() and text.isalpha() and person_noun(text.lower())


def abbreviated(token: Token) -> bool:
    """A title's abbreviation: "Sgt" (no vowel), a short capitalised word with its full stop
    before a name ("Capt. Ivan Roe"; the tokenizer may split the stop off), or one of the titles
    written without a stop before a name ("Det Insp Jo Hale").

    Args:
        token: a token.

    Returns:
        True for such an abbreviation.
    """
    if not TITLE_ABBREVIATION.fullmatch(token.text) or len(token.text.rstrip(".")) < 2:
        return False
    word = token.text.rstrip(".")
    if not re.search(r"[aeiouy]", word.lower()):
        return True
    doc, i = token.doc, token.i
    if word.lower() in STOPLESS_TITLES and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" \
            and doc[i + 1].text[:1].isupper():
        return True
    stop = token.text.endswith(".") or (i + 1 < len(doc) and doc[i + 1].text == ".")
    after = i + (1 if token.text.endswith(".") else 2)
    return stop and after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].text[:1].isupper()


@functools.lru_cache(maxsize=4096)
def person_noun(word: str) -> bool:
    """A common noun for a person's office or trade in its commonest sense ("sheriff", "detective";
    not "child" or "victim"), or ending in one ("undersheriff")."""
    for start in range(0, max(len(word) - MIN_TITLE_TAIL, 0) + 1):
        senses = wordnet.synsets(word[start:], "n")
        if senses:
            first = senses[0]
            if any(pointer == "@i" for pointer, _, _ in first.pointers):
                return False  # one person WordNet names ("Lindsay", a poet), no kind of person
            return first.lexname == "noun.person" and bool(wordnet.hypernym_closure(first, 12) & _office_senses())
    return False


@functools.lru_cache(maxsize=1)
def _office_senses() -> frozenset[tuple[int, str]]:
    """The first senses of the kinds of person that hold an office or follow a trade."""
    return frozenset((senses[0].offset, "n") for senses in (wordnet.synsets(w, "n") for w in OFFICE_HOLDERS) if senses)


def is_no_name(ent: Span, surnames: set[str]) -> bool:
    """A span the tagger takes for a name that is a common word: no capital letter at all
    ("communists", "berserk"); a title's abbreviation ("Sgt"), a word WordNet knows only as a kind
    of person ("Sheriff", "Retiree") or only as an adjective ("Dead") taken for a person; a thing
    after an article or a number, or in the plural ("a .44 Magnum", "Kalashnikovs"); a thing taken
    for a place ("Dumpster"). A word that is the surname of a person the article names ("Leader"
    after "Janice Leader") is a name, and so is any country the gazetteer knows; a word WordNet
    also knows as some person's name ("Baker", "Cook") may be a surname and stays.

    Args:
        ent: a named-entity span.
        surnames: the last words of the people the article names in full.

    Returns:
        True when the span is no name; False without WordNet except for spans without capitals.
    """
    text = ent.text.strip(" .,'’")
    if not any(c.isupper() for c in text):
        return True
    counted = ent[0].like_num and len(ent) == 2  # "2 Dead" in a headline
    label = ent.label_
    ent = ent[1:] if counted else ent
    text = ent.text.strip(" .,'’")
    if label == "PERSON" and all(abbreviated(t) for t in ent):
        return True  # "Det Insp" before a name the tagger split off: the titles, no person
    if len(ent) != 1 or text in surnames or country_of(text) or label not in {"PERSON", "GPE", "LOC", "FAC", "NORP"}:
        return False
    token, word = ent[0], text.lower()
    if label == "PERSON" and abbreviated(token):
        return True
    if _before_its_region(ent):
        return False  # "Dexter, Michigan" is a town, whatever the word means
    senses = wordnet.synsets(word, "n")
    if label == "PERSON" and not senses:  # "Kalashnikovs": a person's name has no plural
        senses = wordnet.synsets(token.lemma_.lower(), "n") or \
            (wordnet.synsets(word[:-1], "n") if word.endswith("s") else [])
    if not senses:
        return label == "PERSON" and bool(wordnet.synsets(word, "a")) and not wordnet.synsets(word, "v")
    if any(symbol == "@i" for s in senses for symbol, _, _ in s.pointers) or \
            any(s.lexname == "noun.location" for s in senses):
        return False  # some proper name, or a place, WordNet knows by this word
    first = senses[0].lexname
    if label != "PERSON":
        return first in THING_LEXNAMES
    plural = token.tag_ in {"NNS", "NNPS"} or (word.endswith("s") and not wordnet.synsets(word, "n"))
    previous = ent.doc[ent.start - 1] if ent.start > 0 else None
    determined = counted or (previous is not None and (previous.pos_ in {"DET", "NUM"} or previous.like_num))
    kind_of_person = any(s.lexname == "noun.person" for s in senses[:2])
    return kind_of_person or determined or (first in THING_LEXNAMES and plural)



def _before_its_region(ent: Span) -> bool:
    """A name followed by a comma and a place ("Dexter, Michigan"): an address."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ in {"GPE", "LOC"}


# Kinds of the commonest sense of a word that may name a body on its own ("Hamas", "Police",
# "the Army", "Pentagon"): such a word before a title is the body the title holder serves.
BODY_LEXNAMES = frozenset({"noun.group", "noun.artifact", "noun.person"})


@functools.lru_cache(maxsize=4096)
def is_portfolio(word: str) -> bool:
    """Whether a lower-cased word is a common noun of a minister's field ("justice", "health",
    "finance", "defence") rather than a body: its commonest WordNet sense is no group, made thing
    or person. Before a title ("Justice Minister") it is part of that title.

    Args:
        word: a lower-cased word.

    Returns:
        False for words WordNet does not know as nouns, and without WordNet.
    """
    senses = wordnet.synsets(word, "n")
    return bool(senses) and senses[0].lexname not in BODY_LEXNAMES
