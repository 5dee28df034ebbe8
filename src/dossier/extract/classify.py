"""One sentence -> (PLOVER event type, source actors, target actors), with the event extractor.

The sentence goes through the same annotation pipeline and trigger finder as an article. The
trigger highest in the parse (closest to the root, a verb before a noun, a reported event before
the verb of saying) is the main event; ``plover_type`` codes it the way PLOVER does (an announced
intention to cooperate is AGREE, to coerce is THREATEN, "X must ..." is DEMAND, conventional arms
make a FIGHT, bombs and beatings an ASSAULT), and ``plover_actors`` finds who acted and on whom.

Actors are noun phrases, not only names: PLOVER codes agents such as "police" or "rebels in the
north". The source is the subject of the event's clause (the agent of a passive, the speaker
for a pronoun in reported speech); the target is, in this order, the subject of a demanded or
reported clause, the object, a "with/against/to/on/from" complement, a name inside the object,
and at last the place where a domestic action applies ("lifted the curfew in X"). "X and Y"
gives two actors when both halves are actors.

Known limits: one event per sentence; a sentence whose only trigger is a verb of saying is
classified as CONSULT; no trigger gives None.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.arguments import predicate_of
from dossier.extract.triggers import REPORTING, Trigger, find_triggers

ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Common nouns that name people, groups or institutions, usable as an actor when no name is given.
GROUP_NOUNS = frozenset({
    "civilian", "refugee", "soldier", "troop", "worker", "student", "protester", "demonstrator", "official",
    "rebel", "militant", "government", "force", "police", "authority", "prisoner", "journalist", "activist",
    "villager", "resident", "member", "leader", "detainee", "guerrilla", "candidate", "inspector", "observer",
    "minister", "army", "military", "militia", "militiaman", "insurgent", "fighter", "administration",
    "parliament", "cabinet", "ministry", "court", "party", "group", "movement", "coalition", "union", "council",
    "agency", "organization", "organisation", "opposition", "delegation", "hostage", "hacker", "bomber",
    "extremist", "fundamentalist", "supporter", "national", "citizen", "settler", "peacekeeper", "president",
    "king", "judge", "newspaper", "regime", "faction", "navy", "committee", "ally", "neighbor", "neighbour",
    "country", "state", "nation", "community", "officer", "diplomat", "envoy", "youth", "villager", "farmer",
    "teacher", "doctor", "lawyer", "priest", "cleric", "prime", "premier", "chief", "commander", "general",
})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which", "them",
                      "him", "her", "us", "one", "others", "both"})
TARGET_PREPS = ("against", "with", "to", "on", "from", "into", "at", "toward", "towards", "over")
SKIPPED_IN_PHRASE = frozenset({"relcl", "punct", "cc", "conj", "advcl"})
# Words that carry an announced intention: "will", "ready to", "prepared to", "plans to".
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
INTENT_HEADS = frozenset({"ready", "willing", "prepared", "prepare", "plan", "intend", "promise", "pledge", "vow",
                          "offer", "determined", "decide", "want", "seek", "expect"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE = frozenset({"COERCE", "SANCTION", "ASSAULT", "FIGHT", "MOBILIZE", "PROTEST"})
# CAMEO 19 (conventional military force) is FIGHT, CAMEO 18 (unconventional violence) ASSAULT.
CONVENTIONAL_ARMS = frozenset({"gun", "gunfire", "fire", "artillery", "mortar", "rocket", "missile", "tank", "aircraft",
                               "helicopter", "jet", "gunbattle", "firefight", "shell", "shelling", "airstrike",
                               "mine", "minefield", "warplane", "gunship", "cannon", "rifle", "machine-gun"})
UNCONVENTIONAL_ARMS = frozenset({"bomb", "bomber", "bombing", "explosive", "suicide", "machete", "knife", "torture",
                                 "beat", "beating", "roadside", "grenade", "device", "stab", "axe", "club"})
FORCE_LEMMAS = frozenset({"kill", "wound", "injure", "attack", "strike", "hit", "launch", "fire", "assault", "die",
                          "open", "carry", "conduct", "mount"})
# Nouns of a presence one withdraws to punish, not to de-escalate (CAMEO 166 vs 087).
NON_COMBAT_PRESENCE = frozenset({"peacekeeping", "peacekeeper", "inspector", "observer", "worker", "ambassador",
                                 "diplomat", "envoy", "mission", "staff", "aid", "monitor", "embassy"})
FORMAL_COMPLAINT_VERBS = frozenset({"lodge", "file", "issue", "send", "deliver", "register", "submit", "make"})


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
    triggers = [t for sent in doc.sents for t in find_triggers(sent)]
    if not triggers:
        return None, [], []
    main = min(triggers, key=_rank)
    sources, targets = plover_actors(main)
    return plover_type(main), sources, targets


def _rank(trigger: Trigger) -> tuple[int, int, int, int]:
    depth = 0
    token = predicate_of(trigger)
    while token.head.i != token.i:
        token = token.head
        depth += 1
    saying = int(trigger.definition.name == "statement")
    return saying, depth, int(trigger.nominal), trigger.token.i


# --- event type -------------------------------------------------------------------------------

def plover_type(trigger: Trigger) -> str | None:
    """The PLOVER code of a main trigger, with the coding conventions PLOVER adds to the word.

    Args:
        trigger: the sentence's main trigger.

    Returns:
        A PLOVER event type, or None when the trigger's definition has none.
    """
    code = _refine_by_frame(trigger, trigger.plover)
    if _obliged(trigger):
        return "DEMAND"
    mood = _mood(trigger)
    if mood == "intent" and code in COOPERATIVE:
        return "AGREE"
    if mood == "intent" and code in HOSTILE:
        return "THREATEN"
    if mood == "refusal" and code in COOPERATIVE:
        return "REJECT"
    return code


def _refine_by_frame(trigger: Trigger, code: str | None) -> str | None:
    token, lemma = trigger.token, trigger.token.lemma_.lower()
    head_lemma = token.head.lemma_.lower()
    if code == "PROTEST" and trigger.nominal and head_lemma in FORMAL_COMPLAINT_VERBS:
        return "DISAPPROVE"  # "lodged a protest with": an official complaint, not a demonstration
    if code == "AGREE" and lemma == "sign" or (code == "AGREE" and trigger.nominal and head_lemma == "sign"):
        return "SUPPORT"  # signing a formal agreement is CAMEO 057
    if code == "AGREE" and lemma == "accept" and _object_lemmas(token) & {"demand", "condition", "request"}:
        return "CONCEDE"
    if code == "RETREAT" and _object_lemmas(token) & NON_COMBAT_PRESENCE:
        return "SANCTION"  # withdrawing inspectors or peacekeepers punishes; withdrawing troops de-escalates
    if code in {"ASSAULT", "FIGHT"} and (lemma in FORCE_LEMMAS or token.head.lemma_.lower() in FORCE_LEMMAS):
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


def _obliged(trigger: Trigger) -> bool:
    """"said that X must ...": the speaker demands something of X (not of the speaker)."""
    verbs = _clause_chain(trigger)
    verbs += [c for v in verbs if v.lemma_.lower() in REPORTING for c in v.children if c.dep_ == "ccomp"]
    for verb in verbs:
        if any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return subject is not None and subject.lower_ not in {"we", "i"}
    return False


def _mood(trigger: Trigger) -> str | None:
    """"intent" for an announced future act, "refusal" for an announced refusal, else None."""
    if trigger.definition.name in {"threaten", "rejection", "demand", "request"}:
        return None
    chain = _clause_chain(trigger)
    intent = negated = False
    for verb in chain:
        children = list(verb.children)
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

def plover_actors(trigger: Trigger) -> tuple[list[str], list[str]]:
    """Source and target actor texts of a main trigger (see the module docstring).

    Args:
        trigger: the sentence's main trigger.

    Returns:
        (sources, targets), each a list of noun-phrase texts without a leading article.
    """
    source_heads = _source_heads(trigger)
    exclude = {t.i for head in source_heads for t in head.subtree}
    target_heads = [h for h in _target_heads(trigger, exclude) if h.i not in exclude]
    sources = [text for head in source_heads for text in _phrases(head)]
    targets = [text for head in target_heads for text in _phrases(head)]
    return _unique(sources), [t for t in _unique(targets) if t not in sources]


def _subject_verb(trigger: Trigger) -> Token:
    """The verb whose subject acts: up through "agreed to undertake", "and", subjectless clauses."""
    verb = predicate_of(trigger)
    if trigger.nominal and verb is trigger.token and verb.dep_ == "pobj":
        verb = verb.head.head  # "in protest against", "in a bomb attack": the clause's verb
    while not _subject(verb) and verb.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp", "prep", "pobj"}:
        verb = verb.head
    return verb


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)


def _source_heads(trigger: Trigger) -> list[Token]:
    token = trigger.token
    if trigger.nominal:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and _actor_like(owner):
            return [owner]
    verb = _subject_verb(trigger)
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is not None:
        return [agent]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i == token.i:
        return []
    if subject.lower_ in PRONOUNS:
        subject = _antecedent(verb, subject)
    return [subject] if subject is not None and subject.pos_ in {"NOUN", "PROPN", "NUM"} else []


def _antecedent(verb: Token, pronoun: Token) -> Token | None:
    """"X said it would ...": the pronoun subject of reported speech is the speaker."""
    if pronoun.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
        return verb.head
    current = verb
    while current.dep_ in {"conj", "xcomp"}:
        current = current.head
    if current.dep_ == "ccomp" or current.dep_ == "advcl":
        speaker = _subject(current.head)
        if speaker is not None and speaker.lower_ not in PRONOUNS:
            return speaker
    return None


def _target_heads(trigger: Trigger, exclude: set[int]) -> list[Token]:
    verb = predicate_of(trigger)
    carriers = list(dict.fromkeys([trigger.token, verb]))
    content = [c for t in carriers for c in t.children if c.dep_ in {"ccomp", "xcomp"}]
    for stage in (lambda: _content_subjects(content), lambda: _objects(carriers, verb),
                  lambda: _complements(carriers + [o for o in _plain_objects(carriers)]),
                  lambda: _objects(content, None) + _complements(content),
                  lambda: _inner_names(_plain_objects(carriers + content)),
                  lambda: _places(carriers + content)):
        heads = [h for h in stage() if h.i not in exclude and h.i != trigger.token.i]
        if heads:
            return heads
    return []


def _content_subjects(content: list[Token]) -> list[Token]:
    found = []
    for clause in content:
        subject = _subject(clause)
        if subject is not None and subject.lower_ not in PRONOUNS and _actor_like(subject):
            found.append(subject)
    return found


def _plain_objects(carriers: list[Token]) -> list[Token]:
    return [c for t in carriers for c in t.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]


def _objects(carriers: list[Token], verb: Token | None) -> list[Token]:
    return [o for o in _plain_objects(carriers) if o.lower_ not in PRONOUNS and _actor_like(o)]


def _complements(carriers: list[Token]) -> list[Token]:
    """pobj of "against/with/to/on/..." attached to the carriers, in preference order."""
    found = []
    for prep in TARGET_PREPS:
        for carrier in carriers:
            for child in carrier.children:
                if child.dep_ in {"prep", "dative"} and child.lower_ == prep:
                    found += [p for p in child.children if p.dep_ == "pobj" and _actor_like(p)]
        if found:
            return found
    return found


def _inner_names(objects: list[Token]) -> list[Token]:
    """"an Indian proposal", "the mandate for the force in Lebanon": the first name inside the object."""
    for obj in objects:
        for token in obj.subtree:
            if token.i != obj.i and token.ent_type_ in ACTOR_ENTITIES and token.dep_ != "compound" \
                    and not _inside_clause(token, obj):
                return [token]
    return []


def _places(carriers: list[Token]) -> list[Token]:
    """"lifted the curfew in X": the territory a domestic action applies to."""
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "inside", "throughout"}:
                for obj in (p for p in child.children if p.dep_ == "pobj"):
                    if any(t.ent_type_ in PLACE_ENTITIES for t in obj.subtree):
                        return [obj]
    return []


def _inside_clause(token: Token, top: Token) -> bool:
    current = token
    while current.i != top.i:
        if current.dep_ in {"relcl", "acl", "advcl", "ccomp"}:
            return True
        current = current.head
    return False


def _actor_like(head: Token) -> bool:
    """A name, a nationality, or a noun for people, a group or an institution."""
    if head.lower_ in PRONOUNS or head.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}:
        return False
    if head.pos_ == "PROPN" or head.ent_type_ in ACTOR_ENTITIES or head.lemma_.lower() in GROUP_NOUNS:
        return True
    modifiers = [c for c in head.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    return any(m.ent_type_ in ACTOR_ENTITIES or m.pos_ == "PROPN" for m in modifiers)


# --- phrases ----------------------------------------------------------------------------------

def _phrases(head: Token) -> list[str]:
    """The noun phrase of a head, split at "and" when both halves are actors ("X and Y")."""
    members = [head] + [c for c in _conjuncts(head) if _actor_like(c)]
    texts = []
    for member in members:
        texts += _split_modifiers(member)
    return texts


def _conjuncts(head: Token) -> list[Token]:
    found, stack = [], [c for c in head.children if c.dep_ == "conj"]
    while stack:
        token = stack.pop(0)
        found.append(token)
        stack += [c for c in token.children if c.dep_ == "conj"]
    return found


def _split_modifiers(head: Token) -> list[str]:
    """"US and British forces" -> "US forces", "British forces"."""
    for modifier in (c for c in head.children if c.dep_ in {"amod", "compound", "nmod"}):
        others = _conjuncts(modifier)
        if others and all(o.pos_ in {"ADJ", "PROPN"} or o.ent_type_ in ACTOR_ENTITIES for o in others):
            return [_text(head, replace=(modifier, alternative)) for alternative in [modifier, *others]]
    return [_text(head)]


def _text(head: Token, replace: tuple[Token, Token] | None = None) -> str:
    kept = _phrase_tokens(head)
    if replace is not None and replace[0].i != replace[1].i:
        modifier, alternative = replace
        removed = {t.i for t in _phrase_tokens(modifier)}
        at = next(n for n, t in enumerate(kept) if t.i in removed)
        kept = [t for t in kept if t.i not in removed]
        kept[at:at] = _phrase_tokens(alternative)
    while kept and (kept[0].dep_ == "det" and kept[0].ent_iob_ == "O" or kept[0].is_punct):
        kept = kept[1:]
    while kept and kept[-1].is_punct and kept[-1].text != ")":
        kept = kept[:-1]
    pieces = [t.text + (t.whitespace_ if n + 1 < len(kept) and kept[n + 1].i == t.i + 1 else " ")
              for n, t in enumerate(kept)]
    return "".join(pieces).strip() or head.text


def _phrase_tokens(head: Token) -> list[Token]:
    kept = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in SKIPPED_IN_PHRASE and not (child.dep_ == "punct" and _inside_parentheses(child)):
                continue
            kept.add(child.i)
            stack.append(child)
    tokens = sorted(kept)
    return [head.doc[i] for i in range(tokens[0], tokens[-1] + 1) if i in kept]


def _inside_parentheses(token: Token) -> bool:
    return token.text in {"(", ")"}


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))
