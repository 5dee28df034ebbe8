"""Fixed phrases and verb classes that decide an event's status whatever its auxiliaries say.

Split out of ``status`` (the words scoping over a trigger) because each of these reads one
construction of English, not the chain of verbs:

- an event called off or broken off ("the talks were broken off", "called off the strike") is not
  taking place; one put off ("the vote was postponed") is still ahead;
- "let alone X", "much less X" are said only after a negative: X did not happen either;
- "is better / wiser / necessary to X", "think it better to X" in the present judge a course, not a deed;
- "looks forward to X" puts X ahead;
- "gathered Tuesday to denounce X": a purpose infinitive of a gathering that took place is what the
  gathering did, not an aim still ahead;
- "I am here to tell you": a first-person performative is the saying itself;
- a time clause in the past tense ("will stay even after the court refused") is no future clause;
- a plural event noun said to have become "common" or "routine" is a kind of event, not one happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.models import EventStatus

# Verbs that stop an event or keep it from taking place ("called off the strike", "talks were broken
# off"); the particle verbs need their "off". Verbs that only move it later leave it ahead.
STOPPING = frozenset({"cancel", "scrap", "abandon", "suspend", "halt", "shelve", "scuttle", "freeze", "axe", "ax"})
STOPPING_WITH_OFF = frozenset({"call", "break", "cut"})
POSTPONING = frozenset({"postpone", "delay", "defer", "reschedule"})
# Openers of a negative-polarity addition: "could not walk, let alone run".
NEGATIVE_ADDITIONS = frozenset({("let", "alone"), ("much", "less"), ("still", "less"), ("never", "mind")})
# Adjectives judging a course worth taking: in the present, what they judge has not been done.
EVALUATIVE = frozenset({"better", "best", "wise", "wiser", "wisest", "necessary", "advisable", "preferable",
                        "sensible", "essential", "imperative", "vital", "crucial", "important", "urgent"})
# Verbs of holding an opinion that take "it" + an evaluative adjective ("we think it better to go").
OPINING = frozenset({"think", "consider", "find", "deem", "believe", "feel"})
# Verbs of coming together: the infinitive of purpose after them names what the gathering did.
GATHERING = frozenset({"gather", "assemble", "rally", "convene", "march", "congregate", "flock", "converge",
                       "throng", "crowd", "meet", "demonstrate"})
# Verbs of saying that a first-person "I am here to ..." performs as it is said.
SAYING = frozenset({"tell", "say", "announce", "report", "inform", "confirm", "declare", "assure"})
FIRST_PERSON = frozenset({"i", "we"})
# Predicates saying how often a kind of event happens ("attacks have become common").
FREQUENCY = frozenset({"common", "commonplace", "routine", "frequent", "rare", "widespread", "familiar",
                       "everyday", "rampant", "endemic"})
# Prepositions whose noun is the setting of a clause ("sign it at the summit").
SETTING = frozenset({"at", "during"})
PAST_TAGS = frozenset({"VBD"})


def halted_status(noun: Token) -> EventStatus | None:
    """NEGATED for an event noun that is called off or broken off, PLANNED for one put off, else None.

    The noun must be what the verb stops: its passive subject ("the talks were cut off") or its
    object ("the union called off the strike").
    """
    verb = noun.head
    if noun.dep_ not in {"nsubjpass", "dobj"} or any(c.dep_ == "neg" for c in verb.children):
        return None  # "the talks were not broken off" leaves them as the other words say
    lemma = verb.lemma_.lower()
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if lemma in STOPPING or (lemma in STOPPING_WITH_OFF and off):
        return EventStatus.NEGATED
    if lemma in POSTPONING or (lemma == "put" and off):
        return EventStatus.PLANNED
    return None


def negative_addition(trigger: Token) -> bool:
    """Whether the trigger follows "let alone" or "much less" ("could not call, much less visit")."""
    words = [t.lower_ for t in trigger.doc[max(trigger.i - 3, 0): trigger.i] if not t.is_punct]
    return any(tuple(words[i: i + 2]) in NEGATIVE_ADDITIONS for i in range(len(words) - 1))


def judged_course(chain: list[Token]) -> bool:
    """"It is better to withdraw", "we think it wiser to wait": an infinitive judged by an evaluative
    adjective in the present names a course, not a deed ("it was wise to withdraw" reports one)."""
    for verb in chain:
        judge = verb.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not infinitive or verb.dep_ not in {"xcomp", "advcl"}:
            continue
        if judge.lemma_.lower() == "be":  # "it is better to withdraw": the adjective is the copula's
            judge = next((c for c in judge.children if c.dep_ == "acomp"), judge)
        if not {judge.lemma_.lower(), judge.lower_} & EVALUATIVE:  # "better" may be lemmatised "well"
            continue
        governor = judge.head if judge.dep_ in {"acomp", "ccomp", "oprd"} else judge
        if governor.lemma_.lower() in OPINING | {"be"} and not _past(governor):
            return True
    return False


def looked_forward(chain: list[Token]) -> bool:
    """"Looked forward to visiting Kenya", "is looking forward to the summit": the act is ahead."""
    return any(t.dep_ in {"pcomp", "pobj"} and t.head.lower_ == "to" and t.head.head.lemma_.lower() == "look"
               and any(c.lower_ == "forward" for c in t.head.head.children) for t in chain)


def gathered_for(verb: Token) -> bool:
    """A purpose infinitive of a gathering that took place ("gathered Tuesday to denounce them",
    "rallied to mourn him"): the gathering did it."""
    main = verb.head
    return verb.dep_ == "advcl" and main.lemma_.lower() in GATHERING and _past(main)


def performative(verb: Token) -> bool:
    """"I am here to tell you", "we are here to announce": first-person saying, done by saying it."""
    be = verb.head
    if verb.lemma_.lower() not in SAYING or be.lemma_.lower() != "be" or be.tag_ not in {"VBP", "VBZ"}:
        return False
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    here = any(c.dep_ == "advmod" and c.lower_ == "here" for c in be.children)
    return here and subject is not None and subject.lower_ in FIRST_PERSON


def past_clause(verb: Token) -> bool:
    """A clause in the simple past or past perfect ("after the court refused", "once he had left"):
    a time clause of a future main clause would be in the present."""
    return _past(verb)


def generic_kind(noun: Token, chain: list[Token]) -> bool:
    """"Robberies at stations have become common": a bare plural event noun (or one joined to it)
    whose verb says how often such events happen is a kind of event, not one happening."""
    subject = noun
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ != "nsubj" or len(chain) < 2 or subject.head.i != chain[1].i:
        return False
    plural = any(t.tag_ in {"NNS", "NNPS"} for t in (noun, subject))
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for t in (noun, subject) for c in t.children)
    frequency = any(c.dep_ == "acomp" and c.lemma_.lower() in FREQUENCY for c in chain[1].children)
    return plural and bare and frequency


def setting_noun(noun: Token) -> bool:
    """Whether an event noun is the setting of its clause ("invited them to join at the summit"):
    a request or plan made there is not a request for the setting itself."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING


def _past(verb: Token) -> bool:
    if verb.tag_ in PAST_TAGS:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in PAST_TAGS for c in verb.children)
