"""One sentence -> (PLOVER event type, source actors, target actors), with the event extractor.

The sentence goes through the same annotation pipeline and trigger finder as an article. The
trigger highest in the parse (closest to the root, a verb before a noun, a reported event before
the verb of saying) is the main event; ``plover_type`` codes it the way PLOVER does (an announced
intention to cooperate is AGREE, to coerce is THREATEN, conventional arms make a FIGHT, bombs and
beatings an ASSAULT), and "X said Y must ..." is a DEMAND of X on Y whatever Y must do.

Who the source and target actors are is worked out by ``plover_actors``.

When the only trigger is a verb of saying, an announced future measure ("said it will extend the
curfew") is the event; otherwise the actors are those of the clause reported before it ("X closed
its border with Y, officials said").

Known limits: one event per sentence; a sentence whose only trigger is a verb of saying is
classified as CONSULT unless it announces a measure; no trigger gives None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.arguments import actor_head, is_pronoun, predicate_of
from dossier.extract.plover_actors import plover_actors, subject_of, subject_phrases
from dossier.extract.triggers import REPORTING, Trigger, find_triggers, noun_trigger

# Words that carry an announced intention: "will", "ready to", "prepared to", "plans to".
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
INTENT_HEADS = frozenset({"ready", "willing", "prepared", "prepare", "plan", "intend", "promise", "pledge", "vow",
                          "offer", "determined", "decide", "want", "seek", "expect"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE = frozenset({"COERCE", "SANCTION", "ASSAULT", "FIGHT", "MOBILIZE", "PROTEST"})
# CAMEO 19 (conventional military force) is FIGHT, CAMEO 18 (unconventional violence) ASSAULT.
CONVENTIONAL_ARMS = frozenset({"gun", "gunfire", "fire", "artillery", "mortar", "rocket", "missile", "tank", "aircraft",
                               "helicopter", "jet", "gunbattle", "firefight", "shell", "shelling", "airstrike",
                               "mine", "minefield", "warplane", "gunship", "cannon", "rifle"})
UNCONVENTIONAL_ARMS = frozenset({"bomb", "bomber", "bombing", "explosive", "suicide", "machete", "knife", "torture",
                                 "beat", "beating", "roadside", "grenade", "device", "stab", "axe"})
FORCE_LEMMAS = frozenset({"kill", "wound", "injure", "attack", "strike", "hit", "launch", "fire", "assault", "die",
                          "open", "carry", "conduct", "mount"})
# Nouns of a presence one withdraws to punish, not to de-escalate (CAMEO 166 vs 087).
NON_COMBAT_PRESENCE = frozenset({"peacekeeping", "peacekeeper", "inspector", "observer", "worker", "ambassador",
                                 "diplomat", "envoy", "mission", "staff", "aid", "monitor", "embassy"})
FORMAL_COMPLAINT_VERBS = frozenset({"lodge", "file", "issue", "send", "deliver", "register", "submit", "make"})
# Verbs that report a conclusion someone else must act on ("concluded that X must ...").
DEMAND_FRAMES = REPORTING | {"conclude", "insist", "argue", "warn", "believe", "reiterate", "stress"}


def plover_classify(text: str, model: str | None = None) -> tuple[str | None, list[str], list[str]]:
    """Classify one sentence for the PLOVER benchmark.

    Args:
        text: the sentence.
        model: spaCy pipeline name; None uses the default. The pipeline is built once per process.

    Returns:
        (PLOVER type or None, source actor texts, target actor texts).

    Raises:
        ModelNotAvailable: no spaCy pipeline is installed.
    """
    nlp = build_nlp(model)
    doc = annotate(nlp, models.Document(doc_id="plover", text=text))
    obligation = next((v for sent in doc.sents for v in [_must_clause(sent)] if v is not None), None)
    if obligation is not None:
        sources = subject_phrases(obligation.head)
        return "DEMAND", sources, [t for t in subject_phrases(obligation) if t not in sources]
    triggers = [t for sent in doc.sents for t in find_triggers(sent)]
    if not triggers:
        return None, [], []
    main = min(triggers, key=_rank)
    main = _announced_measure(main) or main
    sources, targets = plover_actors(_attributed(main) or main)
    return plover_type(main), sources, targets


def _announced_measure(trigger: Trigger) -> Trigger | None:
    """"X announced it will extend the curfew": when the only event is the announcement, the
    measure named by the object of the announced future act is the event (a threat, a promise)."""
    if trigger.definition.name != "statement" or trigger.nominal:
        return None
    for clause in (c for c in trigger.token.children if c.dep_ == "ccomp"):
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
            continue
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            measure = noun_trigger(obj)
            if measure is not None and measure.definition.name != "statement":
                return measure
    return None


def _attributed(trigger: Trigger) -> Trigger | None:
    """"X did Y to Z, officials said": when the only event is the attribution, the actors are
    those of the clause reported before it, whose verb no trigger word marks."""
    token = trigger.token
    if trigger.definition.name != "statement" or trigger.nominal:
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i < token.i and c.pos_ == "VERB"):
        subject = subject_of(clause)
        if subject is not None and not is_pronoun(subject) and actor_head(subject) is not None:
            return Trigger(clause, trigger.definition, False)
    return None


def _rank(trigger: Trigger) -> tuple[int, int, int, int]:
    depth = 0
    token = predicate_of(trigger)
    while token.head.i != token.i:
        token = token.head
        depth += 1
    saying = int(trigger.definition.name == "statement")
    return saying, depth, int(trigger.nominal), trigger.token.i


def _must_clause(sent: Span) -> Token | None:
    """"X said (that) Y must ...": the must-clause under the sentence's main verb of saying."""
    for verb in (sent.root, *sent.root.conjuncts):
        if verb.lemma_.lower() not in DEMAND_FRAMES:
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subject = subject_of(clause)
            must = any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children)
            if must and subject is not None and not is_pronoun(subject):
                return clause
    return None


# --- event type -------------------------------------------------------------------------------

def plover_type(trigger: Trigger) -> str | None:
    """The PLOVER code of a main trigger, with the coding conventions PLOVER adds to the word.

    Args:
        trigger: the sentence's main trigger.

    Returns:
        A PLOVER event type, or None when the trigger's definition has none.
    """
    code = _refine_by_frame(trigger, trigger.plover)
    if code == "THREATEN" and trigger.token.lemma_.lower() == "prepare" and trigger.token.tag_ in {"VBD", "VBZ", "VBP"}:
        return "MOBILIZE"  # "the army prepared to attack" readies force; "is prepared to" threatens
    mood = _mood(trigger)
    if mood == "preparation" and code in HOSTILE:
        return "MOBILIZE"  # "the army prepared to resume shelling": readying force
    if mood in {"intent", "preparation"} and code in COOPERATIVE:
        return "AGREE"
    if mood in {"intent", "preparation"} and code in HOSTILE:
        return "THREATEN"
    if mood == "refusal" and code in COOPERATIVE:
        return "REJECT"
    return code


def _refine_by_frame(trigger: Trigger, code: str | None) -> str | None:
    token, lemma = trigger.token, trigger.token.lemma_.lower()
    head_lemma = token.head.lemma_.lower()
    if code == "PROTEST" and trigger.nominal and head_lemma in FORMAL_COMPLAINT_VERBS:
        return "DISAPPROVE"  # "lodged a protest with": an official complaint, not a demonstration
    if code == "AGREE" and (lemma == "sign" or trigger.nominal and head_lemma == "sign"):
        return "SUPPORT"  # signing a formal agreement is CAMEO 057
    if code == "AGREE" and lemma == "accept" and _object_lemmas(token) & {"demand", "condition", "request"}:
        return "CONCEDE"
    if trigger.definition.name == "withdrawal" and _object_lemmas(token) & NON_COMBAT_PRESENCE:
        return "SANCTION"  # withdrawing inspectors or peacekeepers punishes; withdrawing troops de-escalates
    if code == "REQUEST" and any(t.lower_ == "against" for t in token.subtree):
        return "DISAPPROVE"  # "called for sanctions against X": rallying opposition (CAMEO 113)
    if code in {"ASSAULT", "FIGHT"} and (lemma in FORCE_LEMMAS or head_lemma in FORCE_LEMMAS):
        return _force_kind(trigger, code)
    return code


def _object_lemmas(token: Token) -> set[str]:
    found = set()
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr"}:
            found |= {t.lemma_.lower() for t in child.subtree}
    return found


def _force_kind(trigger: Trigger, code: str) -> str:
    words = {t.lemma_.lower() for t in trigger.token.sent} | {t.lower_ for t in trigger.token.sent}
    if words & UNCONVENTIONAL_ARMS:
        return "ASSAULT"
    if words & CONVENTIONAL_ARMS:
        return "FIGHT"
    return code


def _clause_chain(trigger: Trigger) -> list[Token]:
    """The trigger's verb and the verbs it is the complement of, up to the root."""
    chain = [predicate_of(trigger)]
    while chain[-1].dep_ in {"xcomp", "ccomp", "conj", "acomp"} and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def _mood(trigger: Trigger) -> str | None:
    """"intent" for an announced future act, "refusal" for a negated one, "preparation" for an
    actual readying ("troops prepared to ..."), else None."""
    if trigger.definition.name in {"threaten", "rejection", "demand", "request"}:
        return None
    intent = negated = False
    for verb in _clause_chain(trigger):
        children = list(verb.children)
        if verb is not trigger.token and verb.lemma_.lower() == "prepare" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
            return "preparation"
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children):
            intent = True
        if verb is not trigger.token and verb.lemma_.lower() in INTENT_HEADS:
            intent = True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in INTENT_HEADS for c in children):
            intent = True
        negated = negated or any(c.dep_ == "neg" for c in children)
    if intent and negated:
        return "refusal"
    return "intent" if intent else None


# --- actors -----------------------------------------------------------------------------------
