"""A small-letter noun after a name tells what the name is of: "Ofer prison", "Hatay province".

English names a facility or an administrative division by a proper name and a common noun written
in small letters ("Ofer prison", "Nasser hospital", "Kahramanmaras province"). The tagger takes the
proper name for a person ("Ofer") or runs the noun into a place's name ("Kahramanmaras province"),
so the place never meets the same name written alone ("visited Kahramanmaras"). So:

- a "person" right before a facility noun is the facility (spaCy's FAC): no one is named "Ofer"
  in "left Ofer prison";
- a division noun closing a name, or right after it, makes the name a place (GPE), and closing
  the span it is cut off, so "Kahramanmaras province" is the place "Kahramanmaras".

Only small-letter nouns count: "Hatay Province" or "Camp David" written in capitals are names in
full. A people's adjective ("an Israeli prison") is left alone, and so are bodies and places before
a facility noun ("the Rafah crossing" keeps the town Rafah).
"""

from __future__ import annotations

from spacy.tokens import Span

# Facilities named as "<Name> <noun>" in news prose (prisons, camps, bases, ports of entry, sites).
FACILITY_NOUNS = frozenset({
    "prison", "jail", "camp", "base", "airbase", "airport", "hospital", "crossing", "checkpoint", "terminal",
    "compound", "stadium", "mosque", "church", "synagogue", "temple", "cathedral", "bridge", "dam",
    "refinery", "palace", "barracks", "detention",
})
# Administrative divisions written after their name ("Hatay province", "Idlib governorate").
DIVISION_NOUNS = frozenset({
    "province", "provinces", "district", "governorate", "region", "prefecture", "municipality", "oblast",
    "county", "canton",
})
TAGGED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def by_common_head(ents: list[Span]) -> list[Span]:
    """The spans, relabelled or cut where a small-letter facility or division noun tells their kind.

    Args:
        ents: the article's name spans, in text order.

    Returns:
        As many spans, each of its own kind.
    """
    return [_kind_of(ent) for ent in ents]


def _kind_of(ent: Span) -> Span:
    doc = ent.doc
    if ent.label_ not in TAGGED:
        return ent
    if len(ent) > 1 and _small(ent[-1]) and ent[-1].lower_ in DIVISION_NOUNS and ent[-2].text[:1].isupper():
        return Span(doc, ent.start, ent.end - 1, label="GPE")  # "Kahramanmaras province"
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or not _small(after) or after.ent_type_:
        return ent
    if after.lower_ in DIVISION_NOUNS and ent.label_ in {"PERSON", "ORG"}:
        return Span(doc, ent.start, ent.end, label="GPE")  # "in Hatay province", tagged a body
    if after.lower_ in FACILITY_NOUNS and ent.label_ == "PERSON" and after.pos_ in {"NOUN", "PROPN"}:
        return Span(doc, ent.start, ent.end, label="FAC")  # "left Ofer prison"
    return ent


def _small(token) -> bool:
    return token.is_alpha and token.text.islower()
