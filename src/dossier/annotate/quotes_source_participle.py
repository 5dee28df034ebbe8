"""Who does a participle the parser hangs on a thing named in the clause before it.

Part of quote finding (see ``quotes.py``), used by ``quotes_source.source_of``. In "Roe spent
the morning defending the plan", "Roe rejected the notion, saying ..." or "Roe made the remarks
during a speech attacking the mayor", the parser often reads the participle as a clause on the
noun before it ("the morning defending"), whose speaker would then be the noun. A time, a
notion or a speech says nothing; the one who does is the subject of the clause the noun is an
object in. A noun naming people keeps the participle ("a poll left 62 percent of voters saying
...", "those describing themselves as ..."), and so does a noun that is itself a subject, or the
object of a verb of perceiving ("saw the administration defending ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import NAME_LABELS
from dossier.annotate.quotes_wordnet import names_people

# Verbs of perceiving, whose object does what the participle after it says ("saw the
# administration defending the plan", "heard the crowd chanting").
PERCEPTION_VERBS = frozenset({"see", "hear", "watch", "find", "catch", "notice", "imagine"})
# Object relations of a noun whose clause's subject may do what a participle on it says.
OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "npadvmod"})


def governing_verb(participle: Token) -> Token | None:
    """The verb whose subject does what a participle on an object noun says ("spent the
    morning defending": "spent"), or None when the noun names people, is no object, or the
    participle is not an ``-ing`` clause on a noun."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.dep_ not in OBJECT_DEPS:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or _names_someone(noun):
        return None
    verb = noun.head
    while verb.dep_ == "prep" or (verb.pos_ == "ADP" and verb.head.i != verb.i):
        verb = verb.head  # "during a speech attacking": the verb the phrase hangs from
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in PERCEPTION_VERBS:
        return None
    return verb


def _names_someone(noun: Token) -> bool:
    """Whether the noun, or the noun after its "of" ("62 percent of voters"), is a name, a
    pronoun or a noun of people."""
    for word in _of_chain(noun):
        if word.ent_type_ in NAME_LABELS or word.pos_ in ("PRON", "PROPN") or names_people(word):
            return True
    return False


def _of_chain(noun: Token) -> list[Token]:
    chain = [noun]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            chain.extend(grand for grand in child.children if grand.dep_ == "pobj")
    return chain
