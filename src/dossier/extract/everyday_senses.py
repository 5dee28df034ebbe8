"""Everyday senses of words the ontology reads as events: a team beats another, a suspect denies a
claim.

Split from ``trigger_fit`` (which holds the table of sense checks) because these are not about
politics, things or illness but about contests and denials, which sport, crime and court news
write with the same verbs as attacks and rejections: "the team beat Chelsea 2-1", "beat the
odds", "beat the charges"; "denied that he was involved", "denied the allegations". A beating is
an attack only when people are beaten; a denial is a rejection only of something a party asked
or offered ("denied the request", "denied them entry"), not of a claim.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dossier.extract.custody_senses import captive_party

# Nouns for the other side of a contest: beating them is winning, not violence.
CONTEST_SIDES = frozenset({"team", "teams", "side", "sides", "club", "clubs", "squad", "rival", "rivals", "opponent",
                           "opponents", "champion", "champions", "challenger", "favourite", "favorite", "field"})
# A score beside the verb: "beat Chelsea 2-1", "were beaten 31-24".
SCORE = re.compile(r"(?<![\d/])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d/])")
# What is denied when a claim is: "denied the allegations", "denied any wrongdoing".
CLAIM_NOUNS = frozenset({"allegation", "allegations", "charge", "charges", "claim", "claims", "report", "reports",
                         "accusation", "accusations", "rumour", "rumours", "rumor", "rumors", "involvement",
                         "wrongdoing", "responsibility", "knowledge", "link", "links", "role", "existence",
                         "story", "stories", "suggestion", "suggestions", "assertion", "assertions"})


def beats_people(verb: Token) -> bool:
    """Whether "beat" is violence done to people ("police beat protesters", "he was beaten to
    death"), not a win ("beat Chelsea 2-1", "beat the Lakers") or a figure ("beat the odds", "beat
    the law"). With no object or subject the parse can read, it stays an attack.

    Args:
        verb: a form of "beat".

    Returns:
        False when what is beaten is no person or group of people, or a score is beside the verb.
    """
    doc = verb.doc
    if SCORE.search(doc[verb.i + 1: verb.i + 7].text):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in CONTEST_SIDES for c in verb.children):
        return False  # "the team beat ...": a win
    beaten = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not beaten and any(c.dep_ == "auxpass" and c.lemma_.lower() in {"get", "getting"} for c in verb.children):
        beaten = _subject_above(verb)  # "the sector is going to get beat up": the subject of the verbs above
    if not beaten:
        return True
    return any(captive_party(noun) and noun.lower_ not in CONTEST_SIDES for noun in beaten)


def denies_a_claim(verb: Token) -> bool:
    """Whether "deny" answers a claim ("denied that he was involved", "denying he was a gangster",
    "denied the allegations"): a statement, not the refusal of a request or an offer.

    Args:
        verb: a form of "deny".

    Returns:
        True for a clause complement or a claim noun as the object; False for "denied the request",
        "denied them entry", "denied bail".
    """
    if any(c.dep_ in {"ccomp", "csubj"} for c in verb.children):
        return True
    denied = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(noun.lemma_.lower() in CLAIM_NOUNS or noun.lower_ in CLAIM_NOUNS for noun in denied)


def _subject_above(verb: Token) -> list[Token]:
    """The subject of the first verb above a subjectless complement ("X is going to start getting
    beat up": X)."""
    current = verb
    while current.dep_ in {"xcomp", "ccomp"} and current.head.i != current.i:
        current = current.head
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects
    return []
