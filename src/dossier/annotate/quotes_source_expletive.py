"""Who does an infinitive or a participle whose governing clause has an expletive "it".

Part of quote finding (see ``quotes.py``), used by ``quotes_source.source_of``. A cue climbing
to the verb it hangs from borrows that verb's subject; but in "It is wrong to blame voters",
"It's no exaggeration to call this a crisis", "It took him a day to reply" or "It falls to the
court to decide" the subject "it" stands for the infinitive itself and names no one. Whoever is
named as the one concerned ("took him", "falls to the court", "hard for voters") does what the
infinitive says; otherwise the speaker is left unnamed.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_source_span import np_span

# Verbs that, with "it" as subject, hold off a clause to their right: "it took (him) a day to",
# "it falls to X to", "when it comes to".
EXTRAPOSING_VERBS = frozenset({"take", "fall", "come"})
# Dependencies of a predicate after a copula ("it is wrong", "it is no exaggeration").
PREDICATE_DEPS = frozenset({"acomp", "attr"})
# Prepositions that name whom the judgement concerns ("falls to the court", "hard for voters").
CONCERNED_PREPOSITIONS = frozenset({"to", "for"})


def is_expletive(subject: Token, verb: Token) -> bool:
    """Whether the subject is an "it" that stands for a clause the verb holds off: with a copula
    and a predicate ("it is wrong to"), or with "take", "fall" and "come"."""
    if subject.lower_ != "it":
        return False
    if verb.lemma_.lower() in EXTRAPOSING_VERBS:
        return True
    return verb.lemma_.lower() == "be" and any(
        child.dep_ in PREDICATE_DEPS for child in verb.children
    )


def expletive_controller(verb: Token) -> tuple[int, int] | None:
    """The noun phrase of the one concerned: an object pronoun or noun ("took him"), or the
    object of "to"/"for" on the verb or its predicate ("falls to the court", "hard for voters");
    None when no one is named ("it takes this long to": "this" is a measure)."""
    hosts = [verb] + [child for child in verb.children if child.dep_ in PREDICATE_DEPS]
    for host in hosts:
        for child in host.children:
            if child.dep_ in ("dative", "dobj") and (child.tag_ == "PRP" or child.pos_ == "PROPN"):
                return np_span(child)
            if child.dep_ == "prep" and child.lower_ in CONCERNED_PREPOSITIONS:
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects and objects[0].pos_ in ("PRON", "PROPN", "NOUN"):
                    return np_span(objects[0])
    return None
