"""Whether an election noun is told by its result: "won Sunday's presidential election", "declared
him the winner of the vote", "the outcome of the referendum".

A vote that someone won, lost, conceded or contested was held, and an article reporting a result
reports the vote even when no word of holding it appears. ``eventive`` otherwise counts an object
noun only under a support verb ("held the election"), which the result sentences of election news
lack. Kept apart from ``eventive`` because it reads a noun's word (a contest's) as well as its slot.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier import models
from dossier.extract.ontology import definitions_for

# Verbs whose object is a contest that took place: winning or losing it, or disputing its count.
RESULT_OF_CONTEST_VERBS = frozenset({"win", "lose", "concede", "contest", "dispute", "rig", "steal", "sweep"})
# Nouns of a contest's result whose "of"/"in" phrase names the contest ("the winner of the election").
# Not "victory" or "defeat", which are as often forecast ("predicted a victory in the elections").
RESULT_OF_CONTEST_NOUNS = frozenset({"winner", "victor", "loser", "runner-up", "result", "outcome", "vote", "seat"})
RESULT_PREPS = frozenset({"of", "in"})
MATTER_PREPS = frozenset({"on", "over"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Auxiliaries of a done deed ("has won", "was declared"), not of a mood ("might", "would").
PERFECT_OR_PASSIVE = frozenset({"have", "be"})
# Words that make a contest noun many contests ("past elections", "every election").
QUANTIFYING = frozenset({"past", "previous", "recent", "every", "each", "all", "many", "several", "few"})


def contest_result_told(noun: Token) -> bool:
    """Whether an election noun is the contest a result is told of.

    Args:
        noun: a trigger noun.

    Returns:
        True when the noun names an election ("election", "vote", "referendum", ...) and is the
        object of a verb of winning or losing it ("won the vote") or the "of"/"in" object of a noun
        of its result or its ballots ("the winner of the election", "victory in the referendum", "the most
        votes in the election").
    """
    if not any(d.event_type is models.EventType.ELECTION for d in definitions_for(noun.lemma_.lower(), True)):
        return False
    if not _one_contest(noun):
        return False
    if noun.dep_ in {"dobj", "nsubjpass"}:
        # "won the vote" is the contest; "won the most votes" counts ballots in it
        told = noun.head.lemma_.lower() in RESULT_OF_CONTEST_VERBS and noun.tag_ != "NNS"
    elif noun.dep_ == "pobj" and noun.head.lower_ in RESULT_PREPS:
        result = noun.head.head  # "the winner of the election"; "won 30 seats in the election"
        told = result.lemma_.lower() in (RESULT_OF_CONTEST_NOUNS if result.pos_ == "NOUN" else RESULT_OF_CONTEST_VERBS)
    else:
        return False
    return told and _told_as_done(noun) and not _on_a_matter(noun) and not _on_a_matter(noun.head)


def _told_as_done(noun: Token) -> bool:
    """Whether the verb the result hangs on tells it as done: "won", "has lost", "declared her the
    winner"; not "capable of winning", "might not win", "expected to lose", "Had he won", "did not
    win" (whose mood the noun would not carry)."""
    verb = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not auxiliaries
    if verb.tag_ != "VBN":
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return all(a.lemma_.lower() in PERFECT_OR_PASSIVE and (subject is None or a.i > subject.i) for a in auxiliaries)


def _one_contest(noun: Token) -> bool:
    """"the election", "Sunday's vote", "the May 30 election": one contest, named definitely; not
    "won in presidential elections" nor "once in the past six elections", which speak of many."""
    children = list(noun.children)
    if any(c.dep_ == "nummod" or c.lower_ in QUANTIFYING for c in children):
        return False
    return any(c.lower_ == "the" or c.dep_ == "poss" or c.ent_type_ in TIME_ENTITIES for c in children)


def _on_a_matter(token: Token) -> bool:
    """"won the vote on the budget": a vote on a matter (not a date) is a decision, not an election,
    wherever the parser hung the phrase."""
    return any(g.ent_type_ not in TIME_ENTITIES for c in token.children if c.dep_ == "prep" and c.lower_ in MATTER_PREPS
               for g in c.children if g.dep_ == "pobj")
