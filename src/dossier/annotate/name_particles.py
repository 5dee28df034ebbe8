"""Surname particles written in small letters ("Daniel arap Moi", "Jurie de Wet", "Ana da Silva").

The statistical tagger, trained on capitalised names, often ends a person's name at a small-letter
particle and tags what follows as something else ("Daniel arap" a person, "Moi" a body), or keeps
the whole name while later rules, seeing a word that is no proper noun, cut it back to its last
word. A particle between a given name and a capitalised surname belongs to the name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Small-letter particles of surnames in many languages (Dutch, German, Romance, Arabic, Kalenjin...).
SURNAME_PARTICLES = frozenset({
    "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "du", "la", "le", "van", "von", "ter",
    "bin", "ibn", "bint", "al", "el", "abu", "arap", "ben",
})
# At most this many capitalised words after a particle are taken into the name.
MAX_SURNAME_WORDS = 2


def is_particle(token: Token) -> bool:
    """A surname's particle written in small letters ("de", "arap"), not the same word capitalised
    at a sentence's start."""
    return token.text.islower() and token.text in SURNAME_PARTICLES


def with_particle_surnames(ents: list[Span]) -> list[Span]:
    """Each person's name cut at a small-letter particle, completed with the particle and the
    capitalised surname after it; spans the surname's words were given to go. A particle ending
    a name with no surname after it ("de" of "de facto") leaves the name.

    Args:
        ents: the document's name spans, in text order.

    Returns:
        The spans, with such names whole, in text order.
    """
    extended: dict[tuple[int, int], Span] = {}
    for ent in ents:
        if ent.label_ == "PERSON":
            end = _surname_end(ent)
            if end == ent.end:
                end = _without_trailing_particles(ent)  # "Ann Hale de" + "facto": no surname follows
            if end != ent.end:
                extended[(ent.start, ent.end)] = Span(ent.doc, ent.start, end, label="PERSON")
    if not extended:
        return ents
    taken = [(s.start, s.end) for s in extended.values()]
    result = []
    for ent in ents:
        whole = extended.get((ent.start, ent.end))
        if whole is not None:
            result.append(whole)
        elif not any(start <= ent.start and ent.end <= end for start, end in taken):
            result.append(ent)
    return sorted(result, key=lambda e: e.start)


def _surname_end(ent: Span) -> int:
    """Where a person's name really ends: after the particles that end the span or follow it
    ("Daniel arap" + "Moi"), and the capitalised words after them; the span's end otherwise."""
    doc = ent.doc
    end = ent.end
    if not is_particle(doc[end - 1]):
        if end >= len(doc) or not is_particle(doc[end]) or not _given_name(ent):
            return ent.end
    while end < len(doc) and is_particle(doc[end]):
        end += 1
    words = 0
    while end < len(doc) and words < MAX_SURNAME_WORDS and _surname_word(doc[end]):
        end += 1
        words += 1
    return end if words else ent.end


def _without_trailing_particles(ent: Span) -> int:
    end = ent.end
    while end - ent.start > 1 and is_particle(ent.doc[end - 1]):
        end -= 1
    return end


def _given_name(ent: Span) -> bool:
    """A span that may be followed by a particle and surname: it ends in a capitalised word, so
    "de" after it opens the surname ("Jurie" + "de Wet")."""
    last = ent[-1]
    return last.text[:1].isupper() and last.text.isalpha()


def _surname_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()
