"""Common nouns written like names: initialisms of things and offences, and charges in capitals.

The tagger takes any run of capitals for an organisation: "arrested on suspicion of DUI", "a CCTV
operator", "at 2045 GMT". Such an initialism names a kind of act, thing or time, and nobody can
be its member; a story then has "DUI" as an actor of its arrest. Two signs tell it:

- WordNet knows the initialism only as a common noun of a time, a state or an artefact ("GMT",
  "AIDS", "GPS"), never as a group or one named thing ("FBI", "NATO", "MIT" stay); a short list
  holds the common ones WordNet 3.0 lacks (``COMMON_INITIALISMS``).
- The article names it as what someone is charged with, arrested for or suspected of ("charged
  with Vehicular Manslaughter", "on suspicion of DUI"): an offence. One such use settles every
  mention of that name in the article.

A maker's name before a model's ("a gray 2013 Toyota Camry") names the thing, in that mention only
(``is_product_make``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Span

from dossier.annotate import wordnet

# Initialisms of general English for offences, devices and time standards that WordNet 3.0 lacks
# (driving under the influence / while intoxicated / operating while intoxicated, closed-circuit
# television, British Summer Time).
COMMON_INITIALISMS = frozenset({"DUI", "DWI", "OWI", "OUI", "DUII", "CCTV", "BST"})
# WordNet lexicographer files of the senses a common initialism may have: times ("GMT"), states
# ("AIDS") and artefacts ("GPS", "SUV"); a sense of a group, a place or one named thing keeps it a name.
COMMON_LEXNAMES = frozenset({"noun.time", "noun.state", "noun.artifact"})
# Words a charge follows, before "with", "for", "of" or "to" ("charged with", "arrested for",
# "suspicion of", "convicted of", "pleaded guilty to").
CHARGE_WORDS = frozenset({"charge", "arrest", "suspicion", "convict", "accuse", "guilty", "indict", "plead",
                          "cite", "allegation", "conviction", "count", "counts", "acquit"})
CHARGE_PREPOSITIONS = frozenset({"with", "for", "of", "to"})
# Words looked back over through a list of charges ("with DWI, Vehicular Manslaughter").
LIST_WINDOW = 8
# Dependencies of an item of a list of charges (not "..., Ann Hale said", a speaker).
LIST_DEPS = frozenset({"conj", "appos", "pobj", "dobj", "npadvmod"})
# Dependencies of a name that modifies the noun after it.
MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})


def common_names(ents: Sequence[Span], clean: Callable[[str], str]) -> set[str]:
    """The cleaned names an article writes that are common nouns: initialisms of things, times and
    offences, and whatever it names as a charge.

    Args:
        ents: the article's name spans.
        clean: the function that cleans a span's text into a name (``names.clean_name``).

    Returns:
        Names to drop from the article's entities, every mention of them.
    """
    return {clean(ent.text) for ent in ents if common_initialism(ent.text.strip(" .,")) or names_a_charge(ent)}


@functools.lru_cache(maxsize=4096)
def common_initialism(text: str) -> bool:
    """Whether a word in capitals is an initialism of a common noun ("DUI", "GMT"), not a body's.

    Args:
        text: a span's text.

    Returns:
        True for such an initialism; only ``COMMON_INITIALISMS`` without WordNet.
    """
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6):
        return False
    if text in COMMON_INITIALISMS:
        return True
    senses = wordnet.synsets(text.lower(), "n")
    return bool(senses) and all(s.lexname in COMMON_LEXNAMES and not any(p == "@i" for p, _, _ in s.pointers)
                                for s in senses)


def names_a_charge(ent: Span) -> bool:
    """Whether a span follows a charge word and its preposition ("charged with X", "arrested for
    suspicion of X", "suspicion X") and is the charge itself, not its owner or modifier ("charged
    with Hale's murder" names Hale, "accused of Acme fraud" Acme).

    Args:
        ent: a named-entity span.

    Returns:
        True for a span named as an offence.
    """
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s", "'"} or ent.root.dep_ in MODIFIER_DEPS:
        return False  # "accused of PKK membership": the charge is the membership
    i = ent.start - 1
    while i >= 0 and doc[i].pos_ in {"DET", "ADJ"} and i > ent.start - 3:
        i -= 1  # "with the misdemeanor", "of felony"
    if i < 0:
        return False
    if doc[i].lemma_.lower() == "suspicion":
        return True  # "arrested for suspicion DUI"
    floor = max(i - LIST_WINDOW, 0) if ent.root.dep_ in LIST_DEPS else i
    while i > floor and (doc[i].lower_ in {",", "and", "or"} or (doc[i].text[:1].isupper() and doc[i].is_alpha)) \
            and doc[i].lower_ not in CHARGE_PREPOSITIONS:
        i -= 1  # "charged with Reckless Driving, Grand Theft": the list's earlier charges
    if doc[i].lower_ not in CHARGE_PREPOSITIONS or i == 0:
        return False
    before = doc[i - 1]
    return before.lemma_.lower() in CHARGE_WORDS or before.lower_ in CHARGE_WORDS


def is_product_make(ent: Span) -> bool:
    """A maker's name before a model's in a phrase about one thing ("a gray 2013 Toyota Camry",
    "a Ford Focus"): the car or device, no body or place (the tagger often calls the make a place).
    The phrase is an indefinite one or carries a model year, and the next word is a capitalised
    word the tagger gave no name or a product's; "an Air France flight" or "a Boston Red Sox fan" stay.

    Args:
        ent: a named-entity span.

    Returns:
        True for such a make, this mention only (the maker named elsewhere stays).
    """
    doc = ent.doc
    if ent.label_ not in {"GPE", "LOC", "ORG", "FAC"} or ent.end >= len(doc):
        return False
    model = doc[ent.end]
    if model.pos_ != "PROPN" or not model.text[:1].isupper() or not model.is_alpha \
            or model.ent_type_ not in {"", "PRODUCT"}:
        return False
    for token in reversed(doc[max(ent.start - MAKE_WINDOW, ent.sent.start): ent.start]):
        if token.is_punct:
            return False
        if token.lower_ in {"a", "an"} or (token.like_num and MODEL_YEAR.fullmatch(token.text)):
            return True
    return False


# Words looked back over from a make for its article or model year ("a gray 2013 Toyota").
MAKE_WINDOW = 3
MODEL_YEAR = re.compile(r"(?:19|20)\d\d")
