"""Outages in their literal sense: a network or utility cut, damaged or failing, and its repair:
"the cables were cut", "services went down", "a power cut", "power was restored"; not "job cuts",
"cut interest rates", "a media blackout", "restored order" or "repaired relations".

Split from ``crime_senses`` (which joins ``OUTAGE_CHECKS`` into ``CRIME_CHECKS``) because these checks
share one question, asked by ``is_utility``: is what is cut or repaired a network or utility?
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.sense_parse import children_words, object_heads, of_phrase, sentence_words, words
from dossier.extract.word_classes import INFRASTRUCTURE, UTILITY_HEADS

# Modifiers of a network word that make a general head a utility ("internet services", "phone traffic").
UTILITY_MODIFIERS = INFRASTRUCTURE | frozenset({
    "web", "online", "mobile", "cellular", "electric", "electrical", "data", "fibre", "fiber", "optic", "undersea",
    "submarine", "telecom", "satellite", "water", "gas", "network", "communication", "telecommunication"})
# Words that tell a sentence is about networks, for a bare "services were disrupted".
NETWORK_CONTEXT = INFRASTRUCTURE | frozenset({"telecom", "undersea", "submarine", "isp", "isps", "bandwidth"})
# Heads a repair fixes in a network story: "fix the fault", "repair the damage".
REPAIRABLE = frozenset({"fault", "faults", "problem", "problems", "damage", "break", "breaks"})
# Blackouts of news, not of power: "a media blackout".
NEWS_BLACKOUTS = frozenset({"media", "news", "press", "information", "broadcast", "election", "tv", "television",
                            "reporting", "radio"})


def is_utility(head: Token) -> bool:
    """Whether a noun names a network or utility: "the cables", "power", "internet services" (a
    general head with a network modifier or in a sentence about networks).

    Args:
        head: the head of what a verb of cutting or repairing acts on, or of a noun's modifier.

    Returns:
        False for "church services", "his power", "a terrorist network", "the talks".
    """
    lemma, form = head.lemma_.lower(), head.lower_
    if lemma in INFRASTRUCTURE or form in INFRASTRUCTURE:
        return not (lemma == "power" and any(c.dep_ == "poss" for c in head.children))
    if lemma not in UTILITY_HEADS and form not in UTILITY_HEADS:
        return False
    modifiers = children_words(head, {"compound", "amod", "nmod"})
    return bool(modifiers & UTILITY_MODIFIERS or sentence_words(head) & NETWORK_CONTEXT)


def _affected(verb: Token) -> list[Token]:
    """What a verb acts on, a share standing for what it is a share of ("70 per cent of web services")."""
    heads = object_heads(verb)
    return heads + [g for h in heads if h.lemma_.lower() in {"percent", "cent", "%", "part", "parts", "most", "much"}
                    for g in of_phrase(h)]


def _cuts_utility(verb: Token) -> bool:
    """"the cables were cut", "disrupted internet services", "cables break", "cables failed",
    "services went down"; not "cut interest rates", "disrupted the talks", "broke the truce"."""
    heads = _affected(verb)
    lemma = verb.lemma_.lower()
    if not heads or lemma in {"break", "snap", "fail", "go"}:
        heads = heads + [c for c in verb.children if c.dep_ == "nsubj"]
        heads += [c for h in heads for c in h.conjuncts]
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "acomp"}}
    if lemma in {"go", "bring", "take", "knock"} and not particles & {"down", "offline", "dark", "out"}:
        return False
    return any(is_utility(h) for h in heads)


def _outage_noun(noun: Token) -> bool:
    """"the internet outage", "a power cut", "damage to the cables", "cables suffered damage"; not
    "job cuts", "the cut in interest rates", "a media blackout", "the damage to his reputation"."""
    lemma = noun.lemma_.lower()
    modifiers = children_words(noun, {"amod", "compound", "nmod"})
    if lemma == "blackout":
        return not modifiers & NEWS_BLACKOUTS
    if lemma == "outage":
        return True
    parts = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    parts += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to", "in", "on"}
              for g in c.children if g.dep_ == "pobj"]
    if lemma in {"damage", "disruption"} and noun.dep_ in {"dobj", "attr"}:
        parts += [c for c in noun.head.children if c.dep_ == "nsubj"]  # "cables suffered damage"
    parts += [c for p in parts for c in p.conjuncts]
    return any(is_utility(p) for p in parts)


def _restores_utility(verb: Token) -> bool:
    """"power was restored", "engineers repaired the cable", "to fix the fault" in a network story;
    not "restored order", "restored ties", "repaired relations"."""
    heads = _affected(verb)
    if verb.tag_ == "VBN":  # "should have service restored"
        heads += [c for c in verb.children if c.dep_ == "nsubj"]
    if any(is_utility(h) for h in heads):
        return True
    return bool(words(heads) & REPAIRABLE and sentence_words(verb) & NETWORK_CONTEXT)


def _repair_noun(noun: Token) -> bool:
    """"repairs to the cable", "the restoration of service"; not "the restoration of democracy"."""
    repaired = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to", "on"}
                for g in c.children if g.dep_ == "pobj"]
    if repaired:
        return any(is_utility(p) for p in repaired)
    return bool(sentence_words(noun) & NETWORK_CONTEXT)


OUTAGE_CHECKS = {
    **{("outage", verb, False): _cuts_utility for verb in ("cut", "sever", "damage", "disrupt", "break", "snap", "fail",
                                                          "go", "bring", "take", "knock")},
    **{("outage", noun, True): _outage_noun
       for noun in ("outage", "blackout", "disruption", "cut", "break", "failure", "damage")},
    **{("outage-repair", verb, False): _restores_utility for verb in ("restore", "repair", "fix", "reconnect", "mend")},
    **{("outage-repair", noun, True): _repair_noun for noun in ("repair", "repairs", "restoration")},
}
