"""Organisation and place names the tagger ran into their neighbours, cut back to the name.

The statistical tagger often takes in a word or phrase beside an organisation's name: a
nationality before it ("British Isis", "Kurdish YPG" for members or wings it does not name), a
preposition phrase or a common noun after it ("Isis in Raqqa", "Isis war"), a place before a comma
("Baghuz, Isis"), or half a bracket ("Islamic State (Isis"). Each becomes an entity of its own,
so one group is split over a dozen names. A span is cut down to a name the same article also
tags on its own, which keeps real names whose parts are never tagged alone ("European Union",
"Bank of England", "British Airways").
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from dossier.annotate import wordnet
from dossier.annotate.gazetteer import country_of, is_demonym, is_seat
from dossier.annotate.name_words import person_noun

CUT_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PERSON"})
OPEN_BRACKETS = frozenset({"(", "["})
CLOSE_BRACKETS = frozenset({")", "]"})
# Endings of adjectives of origin the gazetteer may lack ("Kurdish", "European", "Yazidi", "Sunni").
ORIGIN_SUFFIXES = ("ish", "ian", "ean", "ese", "i")
GENERIC_HEADS = frozenset({
    "ministry", "government", "army", "police", "parliament", "office", "council", "committee", "agency",
    "service", "services", "forces", "force", "navy", "embassy", "court", "military", "department", "guard",
    "authority", "authorities", "administration", "cabinet", "intelligence", "party", "delegation",
})


# Prepositions after which a city is where something happens, not the government seated there
# ("talks in Geneva", "a briefing at the White House"), while "Kyiv said" or "pressure on Moscow" is.
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "into", "via", "through",
})
# What a place has or holds (WordNet lexicographer files): "the streets of Athens", "a Paris bank".
PLACED_THINGS = frozenset({"noun.artifact", "noun.location", "noun.object", "noun.event"})
DASHES = frozenset({"-", "–", "—"})
# A time of day as news writes it ("15.16", "9:30", "10am"), which a time zone follows.
CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?")
# Words of illness WordNet files under "disease" (a fallback for the two news uses most when it is absent).
ILLNESS_WORDS = frozenset({"flu", "influenza"})
DISEASE_LEMMA = "disease"  # its first noun sense is WordNet 3.0's disease.n.01


def used_as_place(ent: Span) -> bool:
    """Whether a city or seat of government names the place here, not its country's government.

    "Kyiv considered the proposal unrealistic" or "pressure from Moscow" is the government; "talks
    in Geneva", a dateline ("GENEVA (Reuters) -"), an address ("Dulwich, London"), "a Geneva-based
    agency" or "flew to Cairo" is a place.

    Args:
        ent: a span whose name the gazetteer links to a country.

    Returns:
        True for a seat or city (``gazetteer.is_seat``) used in one of those ways.
    """
    if not is_seat(ent.text.removesuffix("'s").removesuffix("’s")):
        return False
    return _after_locative(ent) or _in_dateline(ent) or in_address(ent) or destination(ent) or _origin(ent) \
        or _modifies_a_thing(ent) or _undergoes(ent)


def _undergoes(ent: Span) -> bool:
    """A city something happens to or in: the subject of a passive ("Paris was hit by a raid") or
    of "be" with a place or happening ("London has been the scene of ...")."""
    root = ent.root
    if root.dep_ == "nsubjpass" or (root.dep_ == "nsubj" and root.head.tag_ == "VBN"
                                    and any(c.dep_ == "agent" for c in root.head.children)):
        return True  # "Paris was hit by", and a headline's "Paris hit by"
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    attribute = next((c for c in root.head.children if c.dep_ == "attr"), None)
    return attribute is not None and _lexname(attribute.lemma_.lower()) in {"noun.location", "noun.event", "noun.act"}


def _after_locative(ent: Span) -> bool:
    """The object of "in", "at", "near" ... ("in Geneva", "at the White House")."""
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and ent.root.head.head.pos_ == "NOUN" \
            and _lexname(ent.root.head.head.lemma_.lower()) in PLACED_THINGS | {None}:
        return True  # "the centre of Paris", "the streets of Athens", "an arrondissement of Paris"
    if named_as_a_place(ent):
        return True
    before = ent.doc[max(ent.start - 2, 0):ent.start]
    # The parser may attach the preposition elsewhere; right before the name it still places it,
    # and so does one an article or an adjective stands between ("in the city", "in central Paris").
    return bool(len(before)) and (before[-1].lower_ in LOCATIVE_PREPOSITIONS or (
        before[0].lower_ in LOCATIVE_PREPOSITIONS and (before[-1].lower_ == "the" or before[-1].pos_ == "ADJ")))


def named_as_a_place(ent: Span) -> bool:
    """A city in apposition to a noun of place ("the capital, Athens") or after one that places
    it ("downtown Athens"), by WordNet's noun.location among the noun's first senses."""
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and _location_noun(root.head.lemma_.lower()):
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_lower and before.pos_ in {"NOUN", "ADJ", "ADV"} \
        and _lexname(before.lower_) == "noun.location"


@functools.lru_cache(maxsize=2048)
def _location_noun(lemma: str) -> bool:
    return any(s.lexname == "noun.location" for s in wordnet.synsets(lemma, "n")[:3])


def _in_dateline(ent: Span) -> bool:
    """A dateline: a name in capitals, or one opening its sentence before a dash or a bracket."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.text.isupper() and len(ent.text) > 2:
        return True
    return ent.start == ent.sent.start and after is not None and after.text in DASHES | {"(", ":"}


def in_address(ent: Span) -> bool:
    """Part of an address or a compound of place: after "Dulwich, ", before ", Mexico" or "-based"."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].pos_ == "PROPN":
        return True
    following = [t.lower_ for t in doc[ent.end:ent.end + 2]]
    if following[:1] == ["-based"] or following == ["-", "based"]:
        return True
    return len(following) == 2 and following[0] == "," and _is_country(doc[ent.end + 1].text)


def _is_country(word: str) -> bool:
    return country_of(word) is not None and not is_seat(word) and not is_demonym(word)


def destination(ent: Span) -> bool:
    """Where someone goes or comes from: the object of a verb of motion ("visit Washington"), or
    of "to" or "from" after one ("flew to Cairo"), by WordNet's verb.motion in its first senses."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in {"to", "from", "toward", "towards"}:
        verb = root.head.head
    elif root.dep_ == "dobj":
        verb = root.head
    else:
        return False
    return verb.pos_ == "VERB" and _motion_verb(verb.lemma_.lower())


def _origin(ent: Span) -> bool:
    """Where someone is from: "from" after a person ("a girl from London", "one from Cairo") or
    after "be" ("three were from Lima"); "pressure from Moscow" is the government's."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    owner = root.head.head
    return owner.lemma_ == "be" or owner.pos_ in {"NUM", "PRON"} or (owner.pos_ == "NOUN" and _lexname(owner.lemma_) == "noun.person")


def _modifies_a_thing(ent: Span) -> bool:
    """A city naming where a thing is ("the Geneva headquarters", "a London tower"); before a
    person or group ("Kremlin spokesman", "Washington officials") it may stand for the government."""
    if ent.root.dep_ not in {"compound", "nmod"}:
        return False
    head = ent.root.head
    while head.dep_ in {"compound", "amod"} and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head  # "Athens underground stations": the stations
    if head.pos_ != "NOUN":
        return False
    lexname = _lexname(head.lemma_.lower())
    if lexname == "noun.person":  # "Paris thieves" live there; "Kremlin spokesman" speaks for it
        return not person_noun(head.lemma_.lower())
    return lexname in PLACED_THINGS


@functools.lru_cache(maxsize=2048)
def _lexname(lemma: str) -> str | None:
    """The lexicographer file of a noun's commonest WordNet sense ("noun.person" for "girl")."""
    senses = wordnet.synsets(lemma, "n")
    return senses[0].lexname if senses else None


@functools.lru_cache(maxsize=2048)
def _motion_verb(lemma: str) -> bool:
    return any(s.lexname == "verb.motion" for s in wordnet.synsets(lemma, "v")[:2])


def is_time_zone(ent: Span) -> bool:
    """An abbreviation right after a clock time is its time zone ("15.16 BST"), not an organisation.

    Args:
        ent: a named-entity span.

    Returns:
        True for a short all-capital span ending in T for "time" (or UTC) after a time of day.
    """
    text = ent.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 5 and (text.endswith("T") or text == "UTC")):
        return False
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return bool(CLOCK_TIME.fullmatch(before.text)) or before.lower_ in {"a.m.", "p.m.", "am", "pm", "noon", "midnight"}


def names_an_illness(ent: Span) -> bool:
    """A span that is, or begins, the name of an illness: a place, nationality or word taken for a
    person before a disease word ("Spanish flu", "Hong Kong flu", "avian influenza", "Bird flu") or
    a name ending in one ("Swine Flu"). Neither is a participant of the story; an organisation
    before one is ("WHO flu experts"), and so is a possessive ("Mexico's flu cases").

    Args:
        ent: a named-entity span.

    Returns:
        True when the span's last word, or the word right after it, is a disease word.
    """
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.label_ in {"NORP", "GPE", "LOC", "PERSON"} and after is not None and not ent.text.endswith(("'s", "’s")) \
            and _disease_word(after.lower_):
        return True
    return len(ent) > 1 and _disease_word(ent[-1].lower_)


@functools.lru_cache(maxsize=4096)
def _disease_word(word: str) -> bool:
    """A noun WordNet files under disease (flu, measles, cholera), in its commonest sense."""
    if word in ILLNESS_WORDS:
        return True
    senses = wordnet.synsets(word, "n")
    disease = wordnet.synsets(DISEASE_LEMMA, "n")
    if not senses or not disease:
        return False
    return (disease[0].offset, "n") in wordnet.hypernym_closure(senses[0], 12)


def trim_to_known_names(ents: list[Span]) -> list[Span]:
    """The spans, each cut down to a known organisation or place name it holds with extra words.

    Args:
        ents: the document's named-entity spans.

    Returns:
        The spans, with unclosed brackets split off and extra words around a name the article
        tags on its own (as an organisation or place) dropped; the label is the known name's.
    """
    ents = [part for ent in ents for part in _split_unclosed_bracket(ent)]
    known = {_key(e): e.label_ for e in ents if e.label_ in {"ORG", "GPE", "FAC", "LOC"}}
    result = []
    for ent in ents:
        inner = _known_inside(ent, known) if ent.label_ in CUT_LABELS and len(ent) > 1 else None
        result.append(inner if inner is not None else ent)
    return result


def _split_unclosed_bracket(ent: Span) -> list[Span]:
    """ "Islamic State (Isis": a name holds no unclosed bracket; the parts on either side are names."""
    opens = [t.i for t in ent if t.text in OPEN_BRACKETS]
    if len(opens) != 1 or any(t.text in CLOSE_BRACKETS for t in ent):
        return [ent]
    k = opens[0]
    parts = [Span(ent.doc, ent.start, k, label=ent.label_), Span(ent.doc, k + 1, ent.end, label=ent.label_)]
    return [p for p in parts if len(p) and p[0].is_title] or [ent]


def _known_inside(ent: Span, known: dict[str, str]) -> Span | None:
    """The known name a span holds with only a nationality, a place before punctuation, or
    lower-case words and a preposition phrase around it."""
    doc = ent.doc
    for start in range(ent.start, ent.end):
        for end in range(ent.end, start, -1):
            if (start, end) == (ent.start, ent.end):
                continue
            candidate = doc[start:end]
            label = known.get(_key(candidate))
            before = doc[ent.start:start]
            if label and (_extra_before(before) or _place_after_preposition(before, known, end - start)) \
                    and _extra_after(doc[end:ent.end]) and not (start > ent.start and _generic_institution(candidate)):
                return Span(doc, start, end, label=label)
    return None


def _extra_before(words: Span) -> bool:
    """Words before a name that are not part of it: a nationality ("British"), or anything up to
    a comma or semicolon ("Baghuz, ")."""
    if not len(words):
        return True
    if words[-1].text in {",", ";", ":", "-", "–", "—"}:
        return True
    if words[0].lower_ in {"the", "a", "an"}:
        words = words[1:]
    return len(words) == 1 and _nationality(words[0])


def _place_after_preposition(words: Span, known: dict[str, str], inner_length: int) -> bool:
    """A place the article names on its own, run into a longer name after a preposition: "travel
    to Mexico World Health Organization (WHO) experts" lacks a full stop; the place is the
    preposition's object, and the name of several words after it is another name."""
    start = words.start
    return bool(len(words)) and inner_length > 1 and start > 0 and words.doc[start - 1].pos_ == "ADP" \
        and known.get(_key(words)) in {"GPE", "LOC"}


def _extra_after(words: Span) -> bool:
    """Words after a name that are not part of it: a preposition phrase ("in Raqqa", "from") or
    lower-case words ("war", "’ foreign legion")."""
    if not len(words):
        return True
    first = words[0]
    return first.pos_ == "ADP" or first.is_punct or first.is_lower


def _nationality(token: Token) -> bool:
    """A demonym ("British") or another capitalised adjective of origin ("Kurdish", "European")."""
    return is_demonym(token.text) or (token.is_title and (token.tag_ == "JJ" or token.lower_.endswith(ORIGIN_SUFFIXES)))


def _generic_institution(name: Span) -> bool:
    """A short name made of an institution's head ("Foreign Ministry", "Armed Forces"): with its
    nationality dropped it would name every country's, so "Russian Foreign Ministry" stays whole."""
    return len(name) <= 2 and name[-1].lower_ in GENERIC_HEADS


def _key(span: Span) -> str:
    return " ".join(t.text.lower() for t in span if not t.is_punct).removeprefix("the ").strip()
