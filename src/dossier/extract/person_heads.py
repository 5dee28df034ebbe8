"""Whether the head of a noun phrase is a person, and which noun is a verb's subject: the two
questions every check of office and death asks ("fired the coach", "the coach, who was fired",
"Smith died", "the deal died").

Split from ``office_senses`` so that ``office_senses`` (appointments, dismissals, resignations) and
``death_senses`` read people the same way. A person is told by name, pronoun or role noun, and by
WordNet through ``thing_kinds.kinds`` when it is installed (without it, the word lists of
``word_classes`` alone say who is a person).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.thing_kinds import kinds
from dossier.extract.word_classes import OFFICE_ROLES, PEOPLE

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself", "i", "me", "you", "we", "us",
                               "they", "them", "who", "whom", "his", "their", "my", "your", "our", "whose"})
# People by kind, for when WordNet is absent ("the climber died", "fired the coach").
PERSON_NOUNS = OFFICE_ROLES | PEOPLE | frozenset({
    "man", "woman", "boy", "girl", "father", "mother", "brother", "sister", "son", "daughter", "wife", "husband",
    "grandfather", "grandmother", "actor", "actress", "singer", "player", "star", "writer", "author", "climber",
    "doctor", "physician", "lawyer", "teacher", "patient", "employee", "staffer", "worker", "executive", "founder",
    "veteran", "politician", "lawmaker", "senator", "congressman", "congresswoman", "mobster", "informant", "source",
})


def is_person(head: Token) -> bool:
    """Whether a noun phrase's head is one person (or people) as a holder of a post could be.

    Args:
        head: the head of a subject, object or "of" phrase.

    Returns:
        True for a PERSON name, a personal pronoun, a role or person noun ("the coach"), a name
        with a role beside it ("coach Maurice Cheeks", even when tagged as an organization), or
        a noun whose commonest WordNet sense is a person; False for things, places and groups.
    """
    if head.lower_ in {"who", "whom"} and head.head.dep_ in {"relcl", "acl"}:
        head = head.head.head  # "the coach, who was fired": the noun the clause describes
    if head.ent_type_ == "PERSON" or head.lower_ in PERSONAL_PRONOUNS:
        return True
    beside = [c for c in head.children if c.dep_ in {"compound", "appos", "amod"}]
    if any(c.lemma_.lower() in OFFICE_ROLES for c in beside):
        return True  # "coach Maurice Cheeks", "Tony DiLeo, the assistant general manager"
    if head.ent_type_:
        return False
    if head.pos_ == "PROPN" and head.is_title:
        return True  # a name the tagger left unlabelled ("Gotti died in 2002")
    lemma = head.lemma_.lower()
    if lemma in PERSON_NOUNS or head.lower_ in PERSON_NOUNS:
        return True
    found = kinds(head) if head.pos_ == "NOUN" else []
    return bool(found) and found[0] == "noun.person"


def clause_subject(verb: Token) -> Token | None:
    """The active subject, the noun a relative or participial clause describes, or the subject of
    the verb a bare infinitive or conjunct depends on."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    if subject is None and verb.dep_ in {"xcomp", "conj"}:
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject
