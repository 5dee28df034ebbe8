"""Whether a noun reports an event or only names one.

"The talks began", "held talks", "during the negotiations" report talks; "the date of the talks",
"a possible ceasefire" or "this exchange" in a question only talk about them. A noun counts when
it is the subject of a verb, the object of a support verb, the object of a time or place adjunct
or of a verb of emergence ("came out of the meeting"), or is carried by a noun that counts ("a
mediation effort"). A noun a free relative of naming puts in such a slot ("made what officials called
demands") counts as if it filled it (``naming_clauses``). Kept apart from ``triggers`` (which decides which words are triggers at all)
because this reads the noun's slot in the parse, not its word.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier import models
from dossier.extract.contest_results import contest_result_told
from dossier.extract.idioms import voting_poll
from dossier.extract.naming_clauses import named_slot
from dossier.extract.outcome_senses import result_told
from dossier.extract.frames import (
    ADJUNCT_PREPS, CARRIER_NOUNS, CAUSE_NOUNS, DEMONSTRATIVES, DOCUMENT_LIKE, EMERGENCE_VERBS, MOTION_VERBS,
    OUTCOME_VERBS, QUANTIFIERS, STATE_FRAMES, STATIVE, SUPPORT_VERBS, TRANSFER_VERBS, UNREAL_MODIFIERS, VOICING_VERBS,
)
from dossier.extract.ontology import ACCIDENT_NOUNS, DISASTER_NOUNS, definitions_for
from dossier.extract.sense_parse import quantifier_over
from dossier.extract.word_classes import FIRE_NOUNS
from dossier.extract.toll_phrases import DEATH_WORDS, HAPPENING_PREPS, TOLL_WORDS, WOUND_WORDS

# What a disaster does to people and places: "killed by the floods", "died in the earthquake".
HARM_VERBS = frozenset({"kill", "die", "perish", "drown", "injure", "wound", "destroy", "damage", "displace",
                        "flatten", "devastate", "lose", "bury", "trap", "hit", "strike", "affect", "sweep"})


def carried(noun: Token) -> bool:
    """A noun modifying a carrier of events names the event: "mediation" in "a mediation effort"."""
    return noun.pos_ == "NOUN" and noun.head.lemma_.lower() in CARRIER_NOUNS


def eventive(token: Token) -> bool:
    """Whether a trigger noun reports an event here rather than naming a topic or document."""
    if token.dep_ == "compound" and carried(token):
        return eventive(token.head)  # "launched a mediation effort": as eventive as its carrier
    dets = {c.lower_ for c in token.children if c.dep_ in {"det", "predet"}}
    if dets & DEMONSTRATIVES:
        return False  # "those attacks", "this request": a reference back, already reported
    if {c.lemma_.lower() for c in token.children if c.dep_ == "amod"} & UNREAL_MODIFIERS:
        return False
    token = quantifier_over(token, QUANTIFIERS)  # "a number of agreements", "one of its operations"
    if result_told(token):
        return True  # "after the 27-24 loss", "in the loss to the Bears": a score or a rival tells a game played
    if contest_result_told(token):
        return True  # "won Sunday's election", "the winner of the vote": a result tells a vote held
    dep, head = named_slot(token) or (token.dep_, token.head)  # "made what they called demands"
    if dep == "conj":
        return eventive(head) if head.pos_ in {"NOUN", "PROPN"} else False
    lemma = token.lemma_.lower()
    document_like = lemma in DOCUMENT_LIKE or token.lower_ in DOCUMENT_LIKE
    head_lemma = head.lemma_.lower()
    if dep in {"dobj", "nsubjpass"} and head_lemma not in SUPPORT_VERBS and lemma_forms(head) & SUPPORT_VERBS:
        head_lemma = next(iter(lemma_forms(head) & SUPPORT_VERBS))  # a mislemmatized "staged"
    if dep == "pobj" and (head.lower_, lemma) in STATE_FRAMES:
        return True  # "on alert", "on strike", "under investigation", "under attack"
    if dep in {"dobj", "nsubjpass"} and head_lemma in SUPPORT_VERBS:
        # "struck down the ban", "put off the vote": the particle undoes the event
        undone = any(c.dep_ == "prt" and c.lower_ in {"down", "off"} for c in head.children)
        return not undone and not (lemma == "list" and head_lemma not in TRANSFER_VERBS)
    if dep == "pobj" and lemma == "poll" and voting_poll(token):
        return True  # "voters went to the polls", "turnout at the polls"
    if dep == "pobj" and head.lower_ in {"in", "to"} and head.head.lemma_.lower() in OUTCOME_VERBS:
        return True  # "the talks resulted in several agreements"
    if dep == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in MOTION_VERBS:
        return True  # "the envoys returned to Geneva for talks"
    if dep == "pobj" and _caused(head):
        return True  # "died as a result of torture", "died from the beating"
    if dep == "pobj" and _harmful(lemma) and head.lower_ in {"by", "in"} \
            and head.head.lemma_.lower() in HARM_VERBS:
        return True  # "killed by the floods", "died in a bombing": the disaster or attack happened
    if _harmful(lemma) and _tolled(token):
        return True  # "the death toll from the earthquake", "the bombing's toll": it took place
    if document_like:
        # "voiced demands", "renewed its call for a ceasefire": uttered (again), so made
        return dep in {"dobj", "nsubjpass"} and head_lemma in VOICING_VERBS and lemma != "list"
    if dep in {"nsubj", "nsubjpass"}:
        return head_lemma not in STATIVE
    if dep == "attr":
        return any(c.dep_ == "expl" for c in head.children) or _demonstrative_subject(head)
    if dep == "pobj":
        definite = "the" in dets or any(c.dep_ == "poss" for c in token.children)
        bare = not dets and token.lower_ in {"talks", "negotiations", "discussions"}
        framed = head.lower_ in ADJUNCT_PREPS or emerges_from(token)
        return framed and (definite or bare or _has_place(token))
    return dep == "ROOT"


def _harmful(lemma: str) -> bool:
    """Whether a noun names a disaster, an accident, a blaze or an attack, which people die or are
    hurt in ("died in a car crash", "killed in a house fire")."""
    return lemma in DISASTER_NOUNS or lemma in ACCIDENT_NOUNS or lemma in FIRE_NOUNS or any(d.event_type is models.EventType.ATTACK for d in definitions_for(lemma, True))


def _tolled(noun: Token) -> bool:
    """Whether a noun names what a toll counts the harm of: its possessor ("the quake's toll"), a
    compound ("the quake death toll") or a "from/of/in" complement ("deaths in the bombing")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in HAPPENING_PREPS:
        head = head.head
    elif noun.dep_ not in {"poss", "compound"}:
        return False
    words = {head.lemma_.lower(), head.lower_}
    return bool(words & TOLL_WORDS or words & DEATH_WORDS or words & WOUND_WORDS)


def _caused(prep: Token) -> bool:
    """"as a result of", "died of/from": the cause took place ("was the result of" only relates)."""
    cause = prep.head
    if prep.lower_ == "of" and cause.lemma_.lower() in CAUSE_NOUNS:
        return cause.dep_ == "pobj" and cause.head.lower_ in {"as", "in"}
    return prep.lower_ in {"of", "from"} and prep.head.lemma_.lower() == "die"


def emerges_from(noun: Token) -> bool:
    """Whether a noun is the source of a verb of emergence ("the deal to come out of the meeting",
    "an agreement that resulted from the talks"): the source is an event that took place."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "from"}:
        return False
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ == "out":
        verb = verb.head
    elif prep.lower_ == "of":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in EMERGENCE_VERBS


def lemma_forms(token: Token) -> set[str]:
    """The lemma and the stems a regular inflection gives ("staged" -> "stage", "stag"): the small
    model's lemmatizer sometimes strips too much."""
    word = token.lower_
    forms = {token.lemma_.lower(), word}
    if word.endswith("ed"):
        forms |= {word[:-1], word[:-2]}
    elif word.endswith("s"):
        forms.add(word[:-1])
    return forms


def _demonstrative_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in {"these", "this", "it", "they"} for c in verb.children)


def _has_place(token: Token) -> bool:
    return any(t.ent_type_ in {"GPE", "FAC", "LOC"} for t in token.subtree if t.i != token.i)
