"""Whether a text says its event happened, is going on, is expected, hypothetical, or did not happen.

The status is read from the words that scope over the trigger in the parse: its own negation and
modifiers, the auxiliaries of the verb that carries it (for a noun, the verb it is the subject or
object of, or the verb its time adjunct attaches to), and the verbs that embed that verb
("are preparing a new release", "would move to organise a summit"). A noun that is the subject of
"be to" + verb takes that verb's "to" and negation ("the talks are (not) to take place").
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.status_clauses import across_colon, generic_present, nobody_did, nobody_underwent, threatened
from dossier.extract.status_phrases import (gathered_for, generic_kind, halted_status, judged_course, looked_forward,
                                            negative_addition, past_clause, performative, setting_noun)
from dossier.models import EventStatus

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
# Adjectives rating how hard an act is, and verbs of keeping from one.
EASE_WORDS = frozenset({"hard", "easy", "difficult", "impossible", "tough", "simple", "tricky"})
AVOIDING = frozenset({"avoid", "prevent", "escape", "evade"})
# Nouns naming an aim: what follows "the purpose of" is meant, not done.
AIMS = frozenset({"purpose", "intention", "intent", "aim", "goal", "object", "objective", "hope", "idea"})
MODALS = frozenset({"may", "might", "could", "should", "must", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
TIME_MARKS = frozenset({"before", "after", "when", "once", "until", "as"})
CONDITIONS = frozenset({"if", "unless", "whether"})
# (The parser lemmatises "hoping" as "hop".)
PLANNING = frozenset({"plan", "prepare", "expect", "schedule", "set", "intend", "aim", "hope", "hop", "want",
                      "seek", "propose", "promise", "pledge", "threaten", "vow", "move", "go", "slate", "slat",
                      "arrange", "plot", "conspire"})
# Predicates of a subject that is yet to happen: "the truce was due to begin", "talks are set to resume",
# "the truce is about to begin", "the vote is slated for May" (the parser lemmatises "slated" as "slat").
SCHEDULED = frozenset({"due", "slated", "slate", "slat", "poised", "scheduled", "set", "about"})
# Participles that put the noun they describe ahead: "the vote, scheduled for Sunday", "talks planned for May".
SCHEDULING_PARTICIPLES = frozenset({"schedule", "set", "plan", "slate", "slat", "due", "expect", "propose"})
# Nouns a trigger is a part of, whose verb is the trigger's too: "a new round of talks is to be held".
PART_NOUNS = frozenset({"round", "series", "wave", "set", "session", "stage", "phase", "cycle"})
WILLING = frozenset({"ready", "willing", "prepared", "able", "eager", "likely", "possible", "unlikely",
                     "determined", "determine", "keen", "intent", "bent"})
FUTURE_MODIFIERS = frozenset({"upcoming", "next", "forthcoming", "future", "planned", "coming", "new"})
ONGOING_WORDS = frozenset({"ongoing", "underway", "continuing", "continue"})
REPORTING = frozenset({"say", "tell", "announce", "report", "state", "add", "note", "claim", "believe", "expect",
                       "stress", "confirm", "indicate", "suggest", "write"})
FAILING = frozenset({"fail", "refuse", "decline"})
# Verbs that push someone towards an act: "pressed both sides to agree a ceasefire" reports no agreement.
# Nouns of arguing for something: the act in their "of"/"for" phrase has not happened.
ADVOCACY = frozenset({"support", "favour", "favor", "case", "call", "calls", "plea", "appeal", "push", "campaign",
                      "argument", "pressure", "proposal", "idea", "demand", "demands", "prospect", "possibility"})
# Predicates that say of an event noun whether it has come, not what it is like: "the outbreak is
# (not) over", "a pandemic is imminent / was not yet inevitable", "a pandemic is possible".
ENDED = frozenset({"over", "finished", "done", "ended"})
IMMINENT = frozenset({"imminent", "inevitable", "unavoidable", "near", "nigh", "looming"})
POSSIBLE = frozenset({"possible", "likely", "probable", "unlikely", "conceivable"})
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
DIRECTIVES = frozenset({"press", "urge", "push", "pressure", "encourage", "ask", "call", "invite", "implore",
                        "exhort", "advise"})


# Verbs whose bare-infinitive complement shares their status ("would see them meet").
CAUSATIVES = frozenset({"see", "have", "let", "make", "help", "watch"})
# Subjects of "be to" that offer a course, not a plan: "the alternative is to fight".
OPTIONS = frozenset({"alternative", "option", "choice", "solution", "answer", "remedy", "way"})
# Verbs and adjectives of depending: an event noun that "hinges on" something has not come yet.
CONTINGENT = frozenset({"hinge", "depend", "hang", "rely", "contingent", "dependent", "conditional"})
# Present-tense verbs of prospect whose "when" clause lies ahead ("faces life when he is sentenced").
PROSPECT = frozenset({"face", "await", "risk", "expect", "hope", "plan"})
# Verbs of a guess: what is assumed is not reported as fact ("I'm assuming it's arson").
SUPPOSING = frozenset({"assume", "suppose", "guess", "presume", "speculate", "imagine", "wonder"})
# Verbs of an open question ("it does not matter who is elected") and the words that open one.
INDIFFERENT = frozenset({"matter", "care"})
WH_WORDS = frozenset({"who", "whoever", "what", "whatever", "whether", "which"})
# Verbs that put events on a programme: "announced new rallies", "called further strikes".
ANNOUNCING = frozenset({"announce", "call", "plan", "organise", "organize", "schedule"})


def event_status(trigger: Token, nominal: bool) -> EventStatus:
    """The status of the event a trigger reports.

    Args:
        trigger: the trigger word.
        nominal: whether it is a noun (its status then comes from the verb carrying it).

    Returns:
        NEGATED, HYPOTHETICAL, PLANNED, ONGOING or HAPPENED, checked in that order.

    Known limit: "would" counts as planned inside reported speech ("said it would") and as
    hypothetical elsewhere; direct questions (an auxiliary before the subject) and guesses
    ("I assume") are hypothetical, but irony and rhetorical questions are not recognised.
    """
    chain = _scope_chain(trigger, nominal)
    if _short_of(chain) or negative_addition(trigger):
        return EventStatus.NEGATED  # "stopped short of declaring a pandemic", "could not call, let alone visit"
    copular = (_copular_status(trigger, chain) or halted_status(trigger)) if nominal else None
    if copular is not None:
        return copular
    words = {c.lower_ for t in chain for c in t.children if c.dep_ in {"aux", "auxpass", "neg", "advmod", "mark", "det"}}
    if nominal:
        words |= {c.lower_ for c in trigger.children if c.dep_ in {"det", "neg"}}
    lemmas = {t.lemma_.lower() for t in chain[1:]}
    nobody = nobody_underwent(trigger) if nominal else nobody_did(trigger)
    if words & NEGATIONS or lemmas & FAILING or nobody:
        return EventStatus.NEGATED
    directed = _directed(chain) and not (nominal and setting_noun(trigger))  # "invited them to join at the summit"
    if words & MODALS or words & CONDITIONS or lemmas & WILLING or directed or _advocated(trigger) \
            or judged_course(chain) or (nominal and generic_kind(trigger, chain)) \
            or _rated(chain) or _supposed(chain) or _modal_participle(trigger) or _asked(trigger) \
            or _no_matter_who(chain) or _offered_course(chain) or _contingent(trigger, chain) \
            or any(generic_present(t) or threatened(t) for t in chain if t.pos_ in {"VERB", "AUX"}):
        return EventStatus.HYPOTHETICAL
    if "would" in words:
        return EventStatus.PLANNED if _reported(chain) else EventStatus.HYPOTHETICAL
    modifiers = {c.lower_ for c in trigger.children if c.dep_ == "amod"}
    complements = {c.lemma_.lower() for t in chain[1:] for c in t.children if c.dep_ == "acomp"}
    if words & FUTURE_AUX or lemmas & PLANNING or (nominal and modifiers & (FUTURE_MODIFIERS | IMMINENT) - {"new"}) \
            or complements & SCHEDULED or _yet_to_come(chain) or (nominal and _scheduled_noun(trigger)) \
            or _aimed_at(chain) or (nominal and _announced_ahead(trigger)) or looked_forward(chain):
        return EventStatus.PLANNED
    if _ongoing(trigger, chain, words, modifiers):
        return EventStatus.ONGOING
    return EventStatus.HAPPENED


def _rated(chain: list[Token]) -> bool:
    """Whether an act is only rated as hard or easy to do ("he is hard to hit", "easy to block"),
    or avoided ("took care to avoid killing civilians"): nobody did it."""
    return any((t.dep_ == "xcomp" and t.head.lemma_.lower() in EASE_WORDS)
               or (t.dep_ in {"xcomp", "pcomp"} and t.head.lemma_.lower() in AVOIDING) for t in chain)


def _aimed_at(chain: list[Token]) -> bool:
    """Whether a verb of the chain is what someone set out to do ("with the purpose of killing him",
    "with the intention of robbing the bank"): an aim, not yet a deed."""
    return any(t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in AIMS for t in chain)


def _offered_course(chain: list[Token]) -> bool:
    """"The alternative is to throw them into an arena", "the only option is to strike": a course
    put forward, not taken."""
    return any(t.dep_ == "xcomp" and t.head.lemma_.lower() == "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in OPTIONS for c in t.head.children) for t in chain)


def _contingent(trigger: Token, chain: list[Token]) -> bool:
    """"The deal likely hinges on money", "the release depends on talks", "the deal is contingent
    on approval": an event whose carrier is a verb of depending has not come yet."""
    if len(chain) < 2 or not _subject_of(trigger, chain[1]):
        return False
    carrier = chain[1]
    words = {carrier.lemma_.lower()} | {c.lemma_.lower() for c in carrier.children if c.dep_ == "acomp"}
    return bool(words & CONTINGENT) and any(
        c.dep_ == "prep" and c.lower_ in {"on", "upon"} for t in [carrier, *carrier.children] for c in t.children)


def _short_of(chain: list[Token]) -> bool:
    """Whether a verb of the chain is what someone stopped or fell short of ("two steps short of
    declaring a pandemic"): that act was not done."""
    return any(t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lower_ == "short" for t in chain)


def _copular_status(noun: Token, chain: list[Token]) -> EventStatus | None:
    """The status an event noun gets from a predicate "be" gives it, or None to read it as usual.

    "The outbreak is not over" goes on; "a pandemic is imminent" is expected, "was not yet
    inevitable" or "is possible" only may come. Any other predicate describes the event ("the
    outbreak may not be as severe as it first looked"): its negation and modal bear on the
    description, so a definite event (one already referred to) still happened.
    """
    carrier = chain[1] if len(chain) > 1 else None
    if carrier is None or not _subject_of(noun, carrier):
        return None
    copula = next((c for c in carrier.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), carrier)
    if copula.lemma_.lower() != "be":
        return None  # "is thought to be imminent": the infinitive's "be"
    predicate = next((c for c in copula.children if c.dep_ == "acomp" or (
        c.dep_ == "advmod" and c.lower_ in ENDED)), None)  # "over" is parsed either way
    if predicate is None:
        return None
    negated = any(c.dep_ == "neg" for t in {carrier, copula} for c in t.children)
    word = predicate.lemma_.lower()
    if word in ENDED:
        return EventStatus.ONGOING if negated else EventStatus.HAPPENED
    if word in IMMINENT:
        return EventStatus.HYPOTHETICAL if negated else EventStatus.PLANNED
    if word in POSSIBLE:
        return EventStatus.HYPOTHETICAL
    hedged = negated or any(c.dep_ == "aux" and c.lower_ in MODALS | {"would"} for c in copula.children)
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETS) for c in noun.children)
    return EventStatus.HAPPENED if hedged and definite else None


def _scope_chain(trigger: Token, nominal: bool) -> list[Token]:
    """The trigger, the verb that carries it, and the verbs embedding that one (up to three).

    A noun that is the subject of "be to" + verb ("the talks are (not) to take place") also has
    that verb in its chain, last: its "to" and its negation scope over the noun's event.
    """
    chain = [trigger]
    current = trigger
    if nominal:
        current = _carrier(trigger)
        if current.i != trigger.i:
            chain.append(current)
    carrier = current
    for _ in range(3):
        if _object_complement(current) or _means(current):
            current = current.head.head  # "arranged to have the witness killed": "have"; "would ... by attacking"
        elif (current.dep_ not in {"xcomp", "conj", "acomp", "csubj"} and not _caused(current)) \
                or current.head.i == current.i:
            break  # a gerund subject ("attacking the ports wouldn't work") takes its verb's modal
        else:
            current = current.head
        chain.append(current)
    if nominal and carrier.i != trigger.i and _subject_of(trigger, carrier):
        chain.extend(_be_to_verb(carrier))
    return chain


def _means(verb: Token) -> bool:
    """A gerund of means ("would break the law by attacking"): it shares its verb's status."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in {"VERB", "AUX"}


def _caused(verb: Token) -> bool:
    """A bare infinitive after a verb of causing or seeing ("would see them meet", "have them
    fight"), a participle after "have"/"get" ("arranged to have them killed"), or an infinitive
    with its own subject ("expected him to be charged"): it takes that verb's modal, negation and plan."""
    if verb.dep_ != "ccomp":
        return False
    head = verb.head.lemma_.lower()
    return (verb.tag_ == "VB" and head in CAUSATIVES) or (verb.tag_ == "VBN" and head in {"have", "get"}) \
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _object_complement(verb: Token) -> bool:
    """A participle describing the object of "have"/"get" ("have the witness killed")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj" \
        and verb.head.head.lemma_.lower() in {"have", "get"}


def _subject_of(noun: Token, verb: Token) -> bool:
    """Whether a noun, or the part noun it is of ("a round of talks"), is the verb's subject; not
    an attribute ("it's relief all round to see ...")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PART_NOUNS:
        noun = noun.head.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i == verb.i


def _be_to_verb(verb: Token) -> list[Token]:
    """The infinitive of a "be to" construction headed by ``verb`` ("are to take"), if any: a finite
    "be" with no complement of its own ("causing the spill to be tougher to contain" is none)."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in {"VBZ", "VBP", "VBD"} \
            or any(c.dep_ in {"acomp", "attr"} for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)][:1]


def _scheduled_noun(noun: Token) -> bool:
    """Whether a participle describing the noun puts it ahead: "the vote, scheduled for Sunday"."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SCHEDULING_PARTICIPLES
               for c in noun.children)


def _carrier(noun: Token) -> Token:
    """For a noun, the verb it is an argument of (through a preposition for adjuncts)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PART_NOUNS \
            and head.head.pos_ == "NOUN":
        return _carrier(head.head)  # "a new round of talks is to be held": the round's verb
    if noun.dep_ == "conj":
        return _carrier(head) if head.pos_ in {"NOUN", "PROPN"} else head
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}:
        return noun if across_colon(noun, head) or _misread_time_clause(noun, head) else head
    if noun.dep_ == "pobj" and head.head.i != head.i and head.head.pos_ in {"VERB", "AUX"}:
        return noun if across_colon(noun, head.head) else head.head
    return noun


def _misread_time_clause(noun: Token, verb: Token) -> bool:
    """"Bans after the outbreak will be discussed", parsed as a clause "after the outbreak will be
    discussed": an English time clause never takes "will", so the noun is the preposition's and
    the future belongs to another subject."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS and c.i < noun.i]
    return bool(marks) and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _yet_to_come(chain: list[Token]) -> bool:
    """Constructions that put a verb ahead without an auxiliary: "the council is to meet today",
    a purpose ("drilled a relief well to halt the leak"), and a time clause of a future main clause
    ("will address the nation before he meets them")."""
    for verb in (t for t in chain if t.pos_ in {"VERB", "AUX"} and not performative(t)):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if infinitive and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
            return True
        if infinitive and verb.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "mark"} for c in verb.children) \
                and not gathered_for(verb):
            return True
        marks = {c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"}}
        if verb.dep_ == "advcl" and marks & TIME_MARKS and not past_clause(verb) and (any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.head.children) or _prospect(verb)):
            return True
    return False


def _prospect(clause: Token) -> bool:
    """A present-tense time clause of a present verb of prospect: "he faces life in prison when
    he's sentenced", "awaits the verdict until the jury returns": the clause lies ahead."""
    main = clause.head
    present = {"VBZ", "VBP"}
    own = clause.tag_ in present or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in present for c in clause.children)
    return own and main.tag_ in present and main.lemma_.lower() in PROSPECT


def _directed(chain: list[Token]) -> bool:
    """Whether the event is the act a directive verb pushes for ("urged them to sign")."""
    return any(t.dep_ == "xcomp" and t.head.lemma_.lower() in DIRECTIVES for t in chain if t.pos_ == "VERB")


def _advocated(trigger: Token) -> bool:
    """Whether the event is what someone argues for: "spoke in support of repatriating the
    children", "the case for a ceasefire", "a call for the release of hostages", "calls for the
    prime minister to quit (and call elections)"."""
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        trigger = trigger.head
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children):
        return trigger.head.lemma_.lower() in ADVOCACY
    preposition = trigger.head
    return trigger.dep_ in {"pobj", "pcomp"} and preposition.lower_ in {"of", "for"} \
        and preposition.head.lemma_.lower() in ADVOCACY


def _modal_participle(verb: Token) -> bool:
    """A participle clause with no subject of its own hanging on a modal verb ("could do it,
    giving him the money") is as uncertain as that verb."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODALS | {"would"} for c in verb.head.children)


def _asked(trigger: Token) -> bool:
    """A direct question ("do we want him hosting the show?", "will they strike?"): its main verb
    has an auxiliary before its subject, and the sentence ends in a question mark."""
    sent = trigger.sent
    if not sent.text.rstrip().rstrip('"\u201d\'').endswith("?"):
        return False
    clause = next((t for t in trigger.ancestors if t.dep_ == "ROOT" or t.dep_ == "conj"), trigger)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    inverted = any(c.dep_ in {"aux", "auxpass"} and subject is not None and c.i < subject.i for c in clause.children)
    return inverted or (clause.lemma_.lower() == "be" and subject is not None and subject.i > clause.i)


def _supposed(chain: list[Token]) -> bool:
    """"I'm assuming it's arson", "I suppose they will strike": a guess, not a report."""
    return any(t.lemma_.lower() in SUPPOSING for t in chain[1:]) or any(
        t.dep_ == "ccomp" and t.head.lemma_.lower() in SUPPOSING for t in chain)


def _no_matter_who(chain: list[Token]) -> bool:
    """"It does not matter who gets elected": a question left open, about no one event."""
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in INDIFFERENT and any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} and c.lower_ in WH_WORDS for c in t.children) for t in chain)


def _announced_ahead(noun: Token) -> bool:
    """"announced new rallies", "called further strikes", "more protests ahead": events announced
    or said to lie ahead, not yet held."""
    if any(c.dep_ == "advmod" and c.lower_ == "ahead" for c in noun.children):
        return True
    fresh = any(c.dep_ == "amod" and c.lower_ in {"new", "more", "further"} for c in noun.children)
    return fresh and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANNOUNCING


def _reported(chain: list[Token]) -> bool:
    return any(t.lemma_.lower() in REPORTING for t in chain[1:]) or any(
        t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING for t in chain
    ) or any(t.dep_ == "ccomp" and not _caused(t) for t in chain)


def _ongoing(trigger: Token, chain: list[Token], words: set[str], modifiers: set[str]) -> bool:
    if modifiers & {"ongoing", "continuing"}:
        return True
    carrier = chain[1] if len(chain) > 1 else trigger
    if carrier.lemma_.lower() == "continue" and carrier.tag_ in {"VBZ", "VBP", "VBG"}:
        return True
    if any(c.dep_ == "acomp" and c.lower_ in ONGOING_WORDS for c in carrier.children):
        return True
    if trigger.tag_ == "VBN" and "being" in words and words & {"is", "are", "am"}:
        return True  # "are being held"
    if carrier.lemma_.lower() in {"remain", "stay"} and carrier.i != trigger.i:
        return True  # "remain in detention"
    return trigger.tag_ == "VBG" and bool(words & {"is", "are", "am"})
