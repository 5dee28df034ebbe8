"""Titles and roles of a person named in a document: premodifiers ("Defense Minister Ann Hale"),
appositions ("Ann Hale, the head of the delegation"), "who headed ..." clauses.

A role is a noun phrase: text across quotation marks is none ('building"that Dr.'), nor a word
before the title that the parse attaches outside it ("In a statement President Ann Hale said"
gives "President", not "statement President"), nor a degree written after the name ("Ann Hale,
MD, the society's president" gives "the society's president").
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from dossier.annotate import wordnet
from dossier.annotate.gazetteer import country_of, is_demonym
from dossier.annotate.name_kinds import DEGREES, HONORIFICS_BEFORE
from dossier.annotate.name_words import abbreviated, is_title_word, person_noun

# Honorifics that are not part of a name ("Mr Putin" is "Putin").
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "madam"}
ROLE_WORDS = {
    "minister", "president", "aide", "head", "chief", "spokesperson", "spokesman", "spokeswoman",
    "secretary", "director", "deputy", "chairman", "chair", "leader", "ambassador", "envoy", "general",
    "commander", "governor", "mayor", "premier", "chancellor", "king", "queen", "prince", "official",
    "adviser", "advisor", "negotiator", "representative", "prosecutor", "judge", "senator", "colonel",
}
LEADING_VERBS = {"head", "lead", "chair"}
MAX_ROLE_TOKENS = 12  # a role phrase longer than this is a clause, not a title
TITLE_RANKS = {"first", "second", "vice", "acting", "senior", "assistant"}  # "First Deputy Head of ..."
MAX_TITLE_WORDS = 12
QUOTES = frozenset('"“”')
# A degree or honorific and its comma at the start of an apposition ("MD, the ...").
LEADING_DEGREE = re.compile(r"^([A-Za-z]{2,5})\.?,\s+")


ROLE_SEPARATOR = "; "
# Tags of finite and bare verbs, modals and the infinitive's "to": a phrase with one is a clause.
CLAUSE_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "MD", "TO"})


def find_role(ent: Span) -> str | None:
    """Titles and roles of a name, joined by "; ": premodifiers, appositions, "who headed ..." clauses."""
    roles = [_tidy(r) for r in (_premodifier_role(ent), _apposition_role(ent), _leading_role(ent),
                                _appositive_of_role(ent) or _preceding_role(ent)) if r]
    return ROLE_SEPARATOR.join(dict.fromkeys(r for r in roles if r)) or None


def _tidy(role: str) -> str | None:
    """A role as a noun phrase: one line, without a leading degree ("MD, the society's president"),
    and none at all when it runs across a quotation mark."""
    role = " ".join(role.split()).strip(" ,")
    match = LEADING_DEGREE.match(role)
    if match and match.group(1).lower() in DEGREES | HONORIFICS_BEFORE:
        role = role[match.end():]
    return None if not role or any(c in QUOTES for c in role) else role


def _premodifier_role(ent: Span) -> str | None:
    """"Ukrainian Defense Minister Rustem Umerov", "Turkish president Recep Erdogan"; a title with an
    "of" phrase first, so "Chief of the General Staff Igor Kostyukov" is not a "General"."""
    titled = _title_of_role(ent)
    if titled:
        return titled
    doc = ent.doc
    i = ent.start - 1
    words = []
    while i >= _title_start(ent) and (_title_word(doc[i]) or _inner_hyphen(doc[i])):
        words.insert(0, doc[i])
        i -= 1
    while words and _inner_hyphen(words[0]):
        words.pop(0)
    # A first name the tagger left outside the name ("Minister Rustem Umerov") is not a title.
    while words and words[-1].pos_ == "PROPN" and not _role_word(words[-1]) and not country_of(words[-1].text):
        words.pop()
    while words and (words[0].text == "." or words[0].lower_.rstrip(".") + "." in HONORIFICS
                     or _outside(words[0], ent)):
        words.pop(0)  # "Mr." is no role, nor the full stop of an abbreviation before the title
    if any(_role_word(w) and w.text != "." for w in words):
        return normalize_role(doc[words[0].i: words[-1].i + 1].text)
    return None


def _inner_hyphen(token) -> bool:
    """A hyphen written inside a compound title, with no space either side ("Director-General",
    "Attorney-General"): the title is the whole compound, not its last part."""
    doc = token.doc
    return token.text in {"-", "‐"} and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_


def _outside(token, ent: Span) -> bool:
    """A lower-case word the parse attaches, through the words after it, outside the name: "brief
    statement" in "In a brief statement President Ann Hale said", "sure" in "make sure Dr. Ann
    Hale ..."; "team" in "team president Ann Hale" is attached to the name through "president"."""
    if not token.is_lower:
        return False
    head = token
    # Positions, not objects: spaCy makes a new Token on each access, so the root never "is" its head.
    while token.i <= head.head.i < ent.start and head.head.i != head.i:
        head = head.head  # up through the title's own words: "brief" -> "statement" -> "In"
    return not ent.start <= head.head.i < ent.end and not _role_word(head.head)  # "president and chief ..."


def _role_word(token) -> bool:
    """A word that makes a title: a known role ("minister"), a capitalised kind of person or
    a title's abbreviation ("Sheriff", "Lt.", see ``name_words.is_title_word``), or a common noun
    of an office or trade ("coach", ``name_words.person_noun``) or of a player ("receiver",
    ``player_noun``)."""
    return token.lower_ in ROLE_WORDS or is_title_word(token) or (
        token.pos_ == "NOUN" and token.is_lower and (player_noun(token.lower_) or person_noun(token.lower_)))


@functools.lru_cache(maxsize=4096)
def player_noun(word: str) -> bool:
    """A noun WordNet knows, in some sense, as a kind of contestant: a player's position or sport
    ("quarterback", "receiver", "striker"), a title before an athlete's name ("wide receiver Ann
    Hale"); False without WordNet.

    Args:
        word: a lower-case noun.

    Returns:
        True for such a noun.
    """
    contestant = _contestant()
    return contestant is not None and any(
        s.lexname == "noun.person" and contestant in wordnet.hypernym_closure(s, 12)
        for s in wordnet.synsets(word, "n"))


@functools.lru_cache(maxsize=1)
def _contestant() -> tuple[int, str] | None:
    senses = wordnet.synsets("contestant", "n")
    return (senses[0].offset, "n") if senses else None


def _title_start(ent: Span) -> int:
    """Where a title before a name may begin: its sentence's start, or the previous sentence's
    when the parser ended a sentence at the full stop of a title's abbreviation ("Capt. Ann Lee")."""
    sent = ent.sent
    if ent.start == sent.start and ent.start > 0 and is_title_word(ent.doc[ent.start - 1]) \
            and ent.doc[ent.start - 1].text.endswith("."):
        before = ent.doc[ent.start - 1]
        return (ent.doc[before.i - 1] if before.text == "." and before.i > 0 else before).sent.start
    return sent.start


def _title_word(token) -> bool:
    """A word that can belong to a title before a name: "Ukrainian", "Defense", "Minister", "SBU"."""
    if token.is_punct or token.text == "." or abbreviated(token):
        return is_title_word(token)  # "Sgt", tagged a name of its own, and its full stop split off
    if any(c in QUOTES for c in token.text):
        return False  # a role does not run across a quotation mark
    if token.ent_type_ == "PERSON":
        return is_title_word(token)  # "Comedian Ann Hale": the tagger's name held the title, trimmed off since
    return token.pos_ in {"PROPN", "NOUN", "ADJ"} and token.ent_type_ in {"", "NORP", "GPE", "ORG", "FAC", "ORDINAL"}


def _title_of_role(ent: Span) -> str | None:
    """A title with an "of" phrase right before the name: "Deputy Head of the SBU Alexander Poklad",
    "Chief of the Main Directorate of the General Staff Igor Kostyukov"."""
    doc = ent.doc
    i = ent.start - 1
    while i >= ent.sent.start and ent.start - i <= MAX_TITLE_WORDS and (
            doc[i].lower_ in {"of", "the"} or _title_word(doc[i])):
        i -= 1
    window = doc[i + 1: ent.start]
    first_role = next((t for t in window if t.lower_ in ROLE_WORDS), None)
    if first_role is None or not any(t.lower_ == "of" for t in window if t.i > first_role.i):
        return None
    start = first_role.i
    while start - 1 > i and doc[start - 1].lower_ in TITLE_RANKS:  # no role word precedes first_role
        start -= 1
    if doc[ent.start - 1].lower_ in {"of", "the"}:
        return None
    return doc[start: ent.start].text


def _apposition_role(ent: Span) -> str | None:
    """"Vladimir Medinsky, the head of Russia's delegation, said", "Ann Hale, the novelist, said"
    (a trade, ``_role_word``); an apposition naming people
    ("Ford, coach Ann Hale and director Bo Lee") is a list, no role."""
    doc = ent.doc
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i > ent.end - 1:
            span = doc[child.left_edge.i : child.right_edge.i + 1]
            if any(t.ent_type_ == "PERSON" for t in span):
                continue  # "Ford, coach Ann Hale and director Bo Lee": a list of people, no role
            if (any(t.lower_ in ROLE_WORDS for t in span) or _role_word(child)) and len(span) <= 12:
                return span.text.strip(" ,")
    return None


def _leading_role(ent: Span) -> str | None:
    """"Rustem Umerov, who headed the delegation" -> "head of the delegation"."""
    doc = ent.doc
    for child in ent.root.children:
        if child.dep_ == "relcl" and child.lemma_ in LEADING_VERBS:
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return f"head of {doc[obj.left_edge.i : obj.right_edge.i + 1].text}"
    return None


def _appositive_of_role(ent: Span) -> str | None:
    """The name is an apposition of a role noun: "the head of the delegation, Vladimir Medinsky",
    "the comedian Ann Hale" (a trade, ``_role_word``)."""
    head = ent.root
    if head.dep_ == "appos" and _role_word(head.head):
        role = head.head
        span = ent.doc[role.left_edge.i : role.i + 1 + _of_phrase_length(role)]
        if len(span) <= 12:
            return span.text.strip(" ,")
    return None


def _preceding_role(ent: Span) -> str | None:
    """A role phrase set before the name by a comma when the parser missed the apposition: "...,
    the head of the president's office, Andriy Yermak said". It starts with "the" and a role word
    and runs to the comma, within one clause (no other punctuation between); the first role word
    of the phrase heads it."""
    doc = ent.doc
    comma = ent.start - 1
    if comma <= ent.sent.start or doc[comma].text != ",":
        return None
    found = None
    for start in range(comma - 1, max(ent.sent.start, comma - MAX_ROLE_TOKENS), -1):
        token = doc[start]
        if token.is_punct or token.tag_ in CLAUSE_TAGS:
            break  # "asking the judge to reduce the sentence, Hale's lawyers": a clause, no title
        if token.lower_ in ROLE_WORDS and doc[start - 1].lower_ == "the":
            found = start  # keep going: "the head of the mayor's office" is the head's, not the mayor's
    return doc[found:comma].text if found is not None else None


def normalize_role(role: str) -> str:
    """Put a leading nationality after the title: "Ukrainian Defense Minister" -> "Defense Minister of Ukraine".

    Only a demonym at the start moves; everything else is kept as written.
    """
    words = role.split()
    if len(words) >= 2 and words[0][:1].isupper() and is_demonym(words[0]):
        return f"{' '.join(words[1:])} of {country_of(words[0])}"
    return role


def _of_phrase_length(token) -> int:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return child.right_edge.i - token.i
    return 0
