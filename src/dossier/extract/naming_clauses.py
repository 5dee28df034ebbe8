"""The slot a noun fills when a free relative of naming puts it there.

In "Mr Roe made what officials called unacceptable demands" or "the army launched what witnesses
described as a raid", the parser hangs the noun on the naming verb ("called demands", "described as a
raid") and the clause on the outer verb. What was made or launched is the noun all the same: the
naming clause only says whose word it is. ``named_slot`` gives the slot the "what" clause fills, so
the checks of ``eventive`` and the roles of ``arguments`` read "made ... demands" as "made demands".
Kept apart because it reads one construction of the parse, not the words of any event type.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that name what their object is ("what officials called ...", "what he described as ...").
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterize", "characterise",
                          "hail", "bill", "refer"})
# Slots a "what" clause fills under its verb or preposition, as the noun would fill them.
CLAUSE_SLOTS = {"ccomp": "dobj", "dobj": "dobj", "xcomp": "dobj", "pcomp": "pobj", "csubj": "nsubj"}


def named_slot(noun: Token) -> tuple[str, Token] | None:
    """The dependency and head the noun has in place of the "what" of a naming clause.

    Args:
        noun: a noun, possibly the complement of a naming verb ("called [demands]", "described as [a raid]").

    Returns:
        ``(dep, head)`` of the clause's slot ("dobj" of "made"), or None when the noun names no
        free relative's "what".

    Known limits: only a "what" object of the naming verb; "which they called talks" (a relative
    clause on a noun) keeps that noun as the event.
    """
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif noun.dep_ != "oprd":
        return None
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    if not any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    slot = CLAUSE_SLOTS.get(verb.dep_)
    if slot is None or verb.head.i == verb.i:
        return None
    return slot, verb.head
