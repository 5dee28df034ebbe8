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

from spacy.tokens import Span, Token

from dossier.annotate.gazetteer import is_demonym

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
            if label and _extra_before(doc[ent.start:start]) and _extra_after(doc[end:ent.end]) \
                    and not (start > ent.start and _generic_institution(candidate)):
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
