"""Whether a noun names people who can be held, taken or handed over: the test the custody words share.

Split from ``custody_senses`` (which re-exports it) so that the checks of arrests and those of
transfers of custody (``transfer_senses``, which ``custody_senses`` merges into its table) read one
definition of a captive without importing each other.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.word_classes import DETAINEE_WORDS, PEOPLE
from dossier.extract.thing_kinds import kinds

# Group nouns that name people (not the places or institutions GROUP_NOUNS also holds): capturing
# them is taking them, where "captured the ministry" takes a building.
PERSON_GROUPS = frozenset({"militant", "rebel", "troop", "guerrilla", "militiaman", "insurgent", "leader",
                           "commander", "official", "extremist", "bomber", "hacker", "crew", "squad", "gang",
                           "cell", "unit", "patrol", "spy", "agent", "smuggler", "pirate", "deserter", "pair",
                           "trio", "duo", "couple"})
PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "us", "we", "me", "i", "you",
                               "who", "whom"})


def captive_party(noun: Token) -> bool:
    """Whether a noun names people who can be taken: a person's or a people's name, a personal
    pronoun, a noun for people, or a noun whose first sense is a person ("the leader").

    Args:
        noun: the head of what a verb of taking acts on.

    Returns:
        False for places, institutions, things and feelings ("the town", "the mood").
    """
    if noun.ent_type_ in {"PERSON", "NORP"}:
        return True
    if noun.lower_ in PERSONAL_PRONOUNS:
        return True
    lemma = noun.lemma_.lower()
    if noun.ent_type_ or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if lemma in PEOPLE | DETAINEE_WORDS | PERSON_GROUPS or noun.lower_ in DETAINEE_WORDS:
        return True
    return kinds(noun)[:1] == ["noun.person"]
