"""The last word of a name tells its kind, whatever the tagger called it.

- A street's designator ends a street's name ("Linden Ave", "Vernon Avenue", "Elm Rd"): the name
  is a place (spaCy's FAC, which covers roads), not a person or a body, and a designator the
  tagger left outside the name ("Vernon" + "Ave") belongs to it. A designator alone ("Ave." of
  "Ave. H") is no name.
- A demonym opening a longer place name ("Hawaiian Gardens", "Samoan Heights") is no people: the
  tagger often takes the adjective alone for a NORP. When the capitalised words after it end in a
  head of places' names, or the article names the longer phrase elsewhere, the span is that place.
- A name ending in the plural of a noun for animals or kinds of people ("the Bears", "Miami
  Dolphins", "the Saints") names a team or a group, a body, never a place or one person; for a
  NORP span only an animal's plural counts, since "Democrats" or "Catholics" are peoples of a kind.
- A one-word "person" that is the plural of some other common noun ("Screams", "Vigils"), or
  such a "body" opening its sentence ("Views expressed ..."), is a word a line began with, no
  name (people's plural-looking surnames such as "Williams" are no plurals of WordNet's nouns; a
  surname of someone the article names stays).

Without WordNet only the street rules and the listed place heads apply.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from dossier.annotate import wordnet

# Designators written after a street's name in English, in full and abbreviated.
STREET_DESIGNATORS = frozenset({
    "ave", "avenue", "aves", "avenues", "st", "street", "streets", "rd", "road", "blvd", "boulevard",
    "pkwy", "parkway", "hwy", "highway", "freeway", "expressway", "turnpike",
})
# Heads of places' names that follow a demonym ("Hawaiian Gardens", "Samoan Heights").
PLACE_HEADS = frozenset({
    "gardens", "heights", "springs", "falls", "hills", "park", "beach", "city", "valley", "village",
    "island", "islands", "bay", "county", "point", "harbor", "harbour", "lakes", "estates", "acres",
})
# First senses of a plural head that make a name a team's or a group's.
TEAM_LEXNAMES = frozenset({"noun.animal", "noun.person"})
RELABELLED = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})


def by_head_word(ents: list[Span], protected: set[str]) -> list[Span]:
    """The spans with street names, demonym-led place names and teams relabelled, street
    designators the tagger left outside joined in, and one-word plural "persons" dropped.

    Args:
        ents: the article's name spans, in text order.
        protected: words of people's names the article writes in full (never dropped).

    Returns:
        The spans, relabelled, extended or fewer.
    """
    texts = {e.text: e.label_ for e in ents}
    result = []
    for ent in ents:
        ent = _street(ent) or _demonym_place(ent, texts) or ent
        if (len(ent) == 1 and _designator(ent[0])) or _plural_common_person(ent, protected):
            continue
        team = _team(ent)
        result.append(Span(ent.doc, ent.start, ent.end, label="ORG") if team else ent)
    return result


def _designator(token) -> bool:
    return token.text[:1].isupper() and token.text.rstrip(".").lower() in STREET_DESIGNATORS


def _street(ent: Span) -> Span | None:
    """A street's name as a FAC span, joined with a designator right after it; None when the span
    is none."""
    doc = ent.doc
    end = ent.end
    if end < len(doc) and _designator(doc[end]) and not doc[end].ent_type_ and ent[-1].is_alpha \
            and not _designator(ent[-1]):
        end += 1  # "Vernon" + "Ave"
    if len(doc[ent.start:end]) < 2 or not _designator(doc[end - 1]) or ent.label_ not in RELABELLED:
        return None
    if ent.label_ == "FAC" and end == ent.end:
        return None
    return Span(doc, ent.start, end, label="FAC")


def _demonym_place(ent: Span, texts: dict[str, str]) -> Span | None:
    """A NORP adjective and the capitalised, untagged words after it that make a place's name."""
    if ent.label_ != "NORP" or len(ent) != 1:
        return None
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].ent_type_ \
            and not doc[end].is_sent_start and end - ent.end < 3:
        end += 1
    for stop in range(end, ent.end, -1):
        phrase = doc[ent.start:stop]
        known = texts.get(phrase.text)
        if known in {"GPE", "LOC", "FAC"}:
            return Span(doc, ent.start, stop, label=known)
        if doc[stop - 1].lower_ in PLACE_HEADS:
            return Span(doc, ent.start, stop, label="GPE")
    return None


def _team(ent: Span) -> bool:
    """A name ending in the plural of an animal's or a kind of person's noun, and no place's."""
    if ent.label_ not in RELABELLED | {"NORP"} or ent.label_ == "ORG" or not ent[-1].is_alpha:
        return False
    if ent.label_ == "PERSON" and len(ent) > 1:
        return False  # "Joe Banks": a person's surname may look like a plural
    first = _plural_first_sense(ent[-1].text)
    allowed = {"noun.animal"} if ent.label_ == "NORP" else TEAM_LEXNAMES
    return first in allowed and not _instance(ent.text)


def _plural_common_person(ent: Span, protected: set[str]) -> bool:
    """A one-word "person", or "body" opening its sentence ("Views expressed here ..."), that is the
    plural of a common noun of no animal, person or group."""
    if len(ent) != 1 or ent.text in protected or not ent[0].is_alpha:
        return False
    if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and ent.start == ent.sent.start):
        return False
    first = _plural_first_sense(ent.text)
    return first is not None and first not in TEAM_LEXNAMES | {"noun.group"} and not _instance(ent.text)


@functools.lru_cache(maxsize=4096)
def _plural_first_sense(word: str) -> str | None:
    """The lexicographer file of the commonest sense of the singular of a capitalised plural
    ("Bears" -> "noun.animal"); None for a word that is no plural of a common noun."""
    if not word[:1].isupper() or not word.endswith("s") or word.endswith("ss") or len(word) < 4 or word.isupper():
        return None
    lower = word.lower()
    stems = (lower[:-1], lower[:-2] if lower.endswith("es") else "", lower[:-3] + "y" if lower.endswith("ies") else "",
             lower[:-3] + "f" if lower.endswith("ves") else "")  # "Wolves"
    for stem in stems:
        senses = wordnet.synsets(stem, "n") if stem else []
        if senses and not any(p == "@i" for p, _, _ in senses[0].pointers):
            return senses[0].lexname  # "wolf" is also a composer's name, in a rarer sense
    return None


@functools.lru_cache(maxsize=4096)
def _instance(text: str) -> bool:
    """Whether WordNet knows the whole name as one named thing ("Alps", "Rockies")."""
    return any(p == "@i" for s in wordnet.synsets(text, "n") for p, _, _ in s.pointers)
