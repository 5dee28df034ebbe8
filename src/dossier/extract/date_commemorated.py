"""A happening named by an act of remembering is older than that act: the act's date is not its.

"Mourners paid tribute Friday to the bombing victims", "crowds marked the anniversary of the
massacre on Friday", "villagers mourned the flood dead on Friday": Friday is the tribute's, the
marking's, the mourning's. The bombing, massacre and flood came before, on a day the sentence does
not give, so a sentence-wide date must not pass to them. What counts is the happening's place in
the parse: inside the object or subject of a verb of commemorating, or under a noun of it ("a
vigil for the victims of the crash"), reached without crossing into a clause of its own ("mourned
Friday as police arrested two men": the arrest is Friday's).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object is something already past that is being remembered.
COMMEMORATING_VERBS = frozenset({"mourn", "commemorate", "remember", "memorialize", "memorialise", "honor",
                                 "honour", "grieve", "eulogize", "eulogise", "lament"})
# "pay tribute / homage / respects", "mark the anniversary / the memory", "observe a silence".
VERB_OBJECTS = {
    "pay": frozenset({"tribute", "homage", "respect", "respects"}),
    "mark": frozenset({"anniversary", "memory", "death", "deaths", "loss"}),
    "observe": frozenset({"silence", "minute", "anniversary"}),
    "hold": frozenset({"vigil", "memorial", "funeral", "service", "commemoration"}),
}
# Nouns of remembering under which a happening is the one remembered.
COMMEMORATING_NOUNS = frozenset({"anniversary", "memorial", "vigil", "commemoration", "tribute", "homage",
                                 "remembrance", "mourning", "mourner", "eulogy"})
# Dependencies a path may climb through and stay in the same clause's noun phrases.
PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "nsubj", "nsubjpass", "poss", "amod", "nmod",
                         "appos", "attr", "dative", "pcomp", "acl", "relcl", "npadvmod", "oprd", "conj", "cc"})


def commemorated(token: Token) -> bool:
    """Whether a trigger names a happening that an act of remembering in its sentence is about,
    so that the sentence's date (the act's) is not its own."""
    current = token
    while current.head.i != current.i:
        if current.dep_ not in PHRASE_DEPS or current.dep_ == "conj" and current.pos_ in {"VERB", "AUX"}:
            return False
        head = current.head
        if _remembering(head):
            return True
        current = head
    return False


def _remembering(token: Token) -> bool:
    """Whether a token is a verb or noun of remembering ("mourned", "paid tribute", "a vigil")."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"NOUN"}:
        return lemma in COMMEMORATING_NOUNS
    if token.pos_ != "VERB":
        return False
    if lemma in COMMEMORATING_VERBS:
        return True
    objects = VERB_OBJECTS.get(lemma)
    return objects is not None and any(c.dep_ == "dobj" and c.lower_ in objects for c in token.children)
