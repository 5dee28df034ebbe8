"""Words of courts in their judicial sense: tried, charged, indicted, sentenced, convicted.

Split from ``trigger_fit`` (the table of word-sense checks, which calls these) because each
judicial word has an everyday twin: "tried to", "charged with overseeing", "a damning
indictment", "a sentence of the letter", "his conviction that", "clinical trials", "the
prosecution said". A judicial reading needs a court, a penalty or an offence around the word.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words of a court around a judicial word ("tried in a military court", "a ten-year sentence",
# "served his sentence", "his conviction was quashed"); a grammatical sentence or a belief has none.
COURTS = frozenset({"court", "tribunal", "judge", "jury", "courtroom", "magistrate", "prosecutor", "absentia"})
# Where an accused appears: a court, its judges or its dock.
HEARING_PLACES = COURTS | frozenset({"magistrates", "dock", "courthouse", "bench"})
PENALTY_CUES = frozenset({"year", "month", "week", "life", "death", "prison", "jail", "custodial", "suspended",
                          "imprisonment", "serve", "hand", "impose", "receive", "commute", "reduce", "overturn",
                          "quash", "uphold", "appeal", "pass", "face", "begin", "complete"}) | COURTS
CONVICTION_CUES = PENALTY_CUES | frozenset({"murder", "crime", "charge", "offence", "offense", "terrorism",
                                            "fraud", "manslaughter", "secure", "rape", "assault"})
# What one is "charged with" that is no offence: a task ("charged with overseeing the transfer").
DUTIES = frozenset({"task", "responsibility", "duty", "job", "mission", "role", "care", "oversight"})
# What makes an indictment or a verdict a court's rather than a judgment in words ("a damning
# indictment of the system", "a final verdict on whether").
INDICTMENT_CUES = COURTS | frozenset({"unseal", "charge", "count", "file", "return", "against", "federal", "grand"})
VERDICT_CUES = COURTS | frozenset({"guilty", "innocent", "acquittal", "conviction", "appeal", "murder", "trial"})
# Trials that are tests: "clinical trials", "a trial run" (as a modifier the word is no event anyway).
TEST_TRIALS = frozenset({"clinical", "drug", "vaccine", "field", "human", "medical", "free", "randomized",
                         "randomised", "pilot", "time"})
# Heads an agent-like "the prosecution" is the subject of: it speaks for a side, it is no event.
SPEAKING = frozenset({"say", "argue", "allege", "claim", "tell", "contend", "ask", "seek", "call", "want",
                      "insist", "present", "show", "accuse", "describe", "suggest"})


def judicial_try(verb: Token) -> bool:
    """"were tried for war crimes", "a court tried the men", "tried in absentia"; not "tried to"."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    words = {t.lemma_.lower() for c in verb.children if c.dep_ != "conj" for t in c.subtree}
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return bool(words & COURTS) or passive and _has_prep(verb, {"for", "over"})


# Gerunds of duties a body is charged with ("charged the inspectors with verifying ..."), where an
# offence gerund ("charged with possessing", "with killing") accuses.
TASK_GERUNDS = frozenset({"verifying", "overseeing", "monitoring", "supervising", "ensuring", "drafting", "reviewing",
                          "organizing", "organising", "implementing", "managing", "coordinating", "examining",
                          "inspecting", "counting", "checking", "preparing", "planning", "investigating",
                          "evaluating", "assessing", "administering", "enforcing", "protecting", "designing"})


def charged_with_offence(verb: Token) -> bool:
    """"charged with murder", "charged them with terrorism"; not "charged with the task of",
    "charged the panel with reviewing the rules", "charged $10" or "charged towards the lines"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        offences = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
                    and g.lower_ not in TASK_GERUNDS]
        if any(o.lemma_.lower() not in DUTIES for o in offences):
            return True
    return False


def _cue_words(token: Token) -> set[str]:
    """Lemmas and forms near a judicial noun: its phrase, its head and its head's other arguments
    ("handed a 10-year sentence", "the sentence was commuted"); "10-year" gives "year"."""
    around = [*token.subtree, token.head, *(c for c in token.head.children if c.dep_ in {"prep", "agent", "nsubj"})]
    words = {t.lemma_.lower() for t in around} | {t.lower_ for t in around}
    return words | {part.rstrip("s") for w in words for part in w.split("-")}


def judicial_noun(cues: frozenset[str]):
    return lambda t: bool((_cue_words(t) - {t.lower_, t.lemma_.lower()}) & cues)


def court_trial(noun: Token) -> bool:
    """"the trial of three men", not "clinical trials" or "by trial and error"."""
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}
    return not modifiers & TEST_TRIALS and not any(c.lower_ == "error" for c in noun.conjuncts)


def prosecution_event(noun: Token) -> bool:
    """"the prosecution of the officers", not "the prosecution said" (a side in court)."""
    return not (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEAKING)


def judicial_indictment(verb: Token) -> bool:
    """"was indicted on charges", "a grand jury indicted him"; "the report indicts the policy" is
    criticism, left to the accusation definition."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    doers = {t.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return passive or _has_prep(verb, {"on", "for"}) or bool(doers & COURTS)


def _has_prep(verb: Token, words: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in verb.children)


def appears_in_court(verb: Token) -> bool:
    """"appeared in court", "will appear before magistrates", "appeared at Crown Court": a hearing
    of the accused; "appeared on television", "appeared to be" are none.

    Args:
        verb: "appear".

    Returns:
        True when a place phrase names a court, a judge or the dock.
    """
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "before", "at"}
              for g in c.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in HEARING_PLACES or p.lower_ in HEARING_PLACES for p in places)


# The court senses of trial words, merged into ``trigger_fit._CHECKS``.
TRIAL_CHECKS = {
    ("trial", "try", False): judicial_try,
    ("trial", "charge", False): charged_with_offence,
    ("trial", "indict", False): judicial_indictment,
    ("trial", "prosecute", False): lambda t: not ({c.lemma_.lower() for c in t.children if c.dep_ == "dobj"}
                                                  & {"war", "campaign", "fight"}),
    ("trial", "acquit", False): lambda t: not any(c.lower_.endswith("self") for c in t.children),
    ("trial", "trial", True): court_trial,
    ("trial", "appear", False): appears_in_court,
    ("trial", "prosecution", True): prosecution_event,
    ("trial", "sentence", True): judicial_noun(PENALTY_CUES),
    ("trial", "conviction", True): judicial_noun(CONVICTION_CUES),
    ("trial", "indictment", True): judicial_noun(INDICTMENT_CUES),
    ("trial", "verdict", True): judicial_noun(VERDICT_CUES),
}


# Verbs and nouns by which a jury or a judge decides a penalty ("recommended that he be executed",
# "a ruling that he be put to death", "ordered the execution of").
PENALTY_DECIDERS = frozenset({"recommend", "order", "sentence", "rule", "decide", "vote", "ruling", "recommendation",
                              "verdict", "decision", "order", "sentence", "judgment", "judgement"})
DEATH_PENALTY_NOUNS = frozenset({"execution", "death"})


def court_ordered_death(token: Token) -> bool:
    """"the jury recommended that he be executed", "a ruling that he be put to death", "a jury
    ordered the execution of the gunman": a penalty decided in court, a step of the trial, not
    a killing that took place.

    Args:
        token: "execute" or "put", or "order" / "recommend" (the deciding verb itself).

    Returns:
        True for an execution or death decided by a deciding verb or noun, passive, or ordered
        by a jury, judge or court.
    """
    lemma = token.lemma_.lower()
    if lemma in {"order", "recommend"}:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        subjects = {c.lemma_.lower() for c in token.children if c.dep_ == "nsubj"}
        return any(o.lemma_.lower() in DEATH_PENALTY_NOUNS for o in objects) and bool(subjects & COURTS)
    if lemma == "put" and not any(p.lower_ == "death" for p in _to_objects(token)):
        return False
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    clause = token
    while clause.dep_ in {"conj", "xcomp"}:
        clause = clause.head
    return clause.dep_ in {"ccomp", "acl", "xcomp"} and clause.head.lemma_.lower() in PENALTY_DECIDERS


def _to_objects(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
