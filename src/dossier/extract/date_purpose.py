"""A date inside a phrase of purpose or of what lies ahead belongs to that phrase's noun.

"She will be named commander for a mission in December", "the leaders meet ahead of the vote in
May", "troops massed before the election in June": December is the mission's, May the vote's,
June the election's. The naming, the meeting and the massing come first, on a day the sentence
does not give. Parsers hang such an "in December" on the main verb, so the phrase is read from
the words: the preposition of purpose or precedence, the noun phrase after it, then "in" or "on"
and the date.

A bare "for" also gives a reason ("arrested for a robbery in May": May is the robbery's too), so
with "for" the noun must name a happening or a planned undertaking; "ahead of", "in advance of",
"in preparation for" and "in time for" say on their own that their noun lies ahead. A day after
a bare "for" or "before" is left to the parse: "left for talks on Monday" may well be the
leaving's Monday.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.extract.date_attachment import names_happening

# Nouns of undertakings that are planned for a time, which the ontology has no event type for.
UNDERTAKINGS = frozenset({"mission", "trip", "flight", "launch", "conference", "tour", "voyage", "expedition",
                          "campaign", "match", "game", "race", "festival", "ceremony", "session", "hearing",
                          "visit", "summit", "congress", "convention", "inauguration", "referendum", "poll"})
# Multi-word prepositions that put their noun ahead of the main event, as word tuples.
AHEAD_PREPOSITIONS = (("ahead", "of"), ("in", "advance", "of"), ("in", "preparation", "for"),
                      ("in", "time", "for"), ("in", "the", "run-up", "to"), ("in", "the", "lead-up", "to"))
# Single prepositions of purpose or precedence; these need a noun of a happening or undertaking.
PURPOSE_PREPOSITIONS = frozenset({"for", "before", "toward", "towards"})
# What may stand between the preposition and its noun.
_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"})


def purpose_noun(span: Span, *, day: bool) -> Token | None:
    """The noun a date belongs to when it closes a phrase of purpose or precedence ("for a mission
    in December", "ahead of the vote on Sunday"), else None. ``day``: the date names a day or a
    time, which only the explicit "ahead" prepositions take from the main verb."""
    doc = span.doc
    start = span.start
    if start - 2 < span.sent.start or doc[start - 1].lower_ not in {"in", "on"}:
        return None
    noun = doc[start - 2]
    if noun.pos_ != "NOUN":
        return None
    index = start - 3
    while index >= span.sent.start and doc[index].pos_ in _MODIFIER_POS and doc[index].lower_ not in PURPOSE_PREPOSITIONS:
        if doc[index].pos_ == "PRON" and doc[index].tag_ != "PRP$":
            return None
        index -= 1
    if index < span.sent.start:
        return None
    if _ends_ahead_preposition(doc, index):
        return noun
    if day or doc[index].lower_ not in PURPOSE_PREPOSITIONS:
        return None
    lemma = noun.lemma_.lower()
    return noun if lemma in UNDERTAKINGS or names_happening(noun) else None


def _ends_ahead_preposition(doc, index: int) -> bool:
    """Whether the words ending at ``index`` are one of ``AHEAD_PREPOSITIONS``."""
    for words in AHEAD_PREPOSITIONS:
        first = index - len(words) + 1
        if first >= 0 and tuple(t.lower_ for t in doc[first:index + 1]) == words:
            return True
    return False
