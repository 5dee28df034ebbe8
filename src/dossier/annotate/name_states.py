"""A US state's abbreviation after a town ("Independence, Mo.", "Trenton, N.J.") is that state.

American news writes a town's state in the wire services' abbreviations, in datelines and in
running text. The tagger takes the abbreviation for a place of its own ("Mo", "Fla", "Vt"), which
then stands apart from the state written in full. Only the abbreviation with its full stop right
after a town and a comma is read so: "Miss." or "Wash." elsewhere is a title or a word.
"""

from __future__ import annotations

from spacy.tokens import Span

# The news agencies' abbreviations of state names (AP style), lower-cased, with their stops.
# Washington the state is written so, not to be one with the capital.
STATE_ABBREVIATIONS = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
    "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
    "ind.": "Indiana", "kan.": "Kansas", "kans.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana",
    "md.": "Maryland", "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota",
    "miss.": "Mississippi", "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada",
    "n.h.": "New Hampshire", "n.j.": "New Jersey", "n.m.": "New Mexico", "n.y.": "New York",
    "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma", "ore.": "Oregon",
    "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
    "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington State",
    "w.va.": "West Virginia", "wis.": "Wisconsin", "wyo.": "Wyoming",
}


def state_named(ent: Span) -> str | None:
    """The state a name span abbreviates, when it follows a town and a comma ("Fulton, Mo."),
    else None.

    Args:
        ent: a name span of the document.

    Returns:
        The state's full name, or None.
    """
    doc = ent.doc
    text = ent.text
    if not text.endswith(".") and ent.end < len(doc) and doc[ent.end].text == ".":
        text += "."
    state = STATE_ABBREVIATIONS.get(text.lower())
    if state is None or ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    town = doc[ent.start - 2]
    return state if town.text[:1].isupper() and town.text.isalpha() else None
