"""Which words of a sentence report an event, and of which type.

A trigger is a verb or noun from the ontology, outside dates and numbers ("March 2022" is no
march), that passes three syntactic checks:

- its arguments fit the type ("exchange" of prisoners, of bodies or of documents; "closed" a
  border, "evacuated" the wounded, by the head of its object), decided in ``trigger_fit``;
- it is not the content of another trigger ("agreed to swap prisoners" is one agreement, "offered a
  ceasefire" one proposal, "rejected its proposal" one rejection);
- a noun is used as an event, not as a topic: subject of a verb ("the talks began"), object of a
  support verb ("held talks", "reached a deal"), "there will be ...", or the object of a time or
  place adjunct ("during the negotiations"). "The date of the exchange" or "a possible ceasefire"
  is talk about an event, not a report of one. "A mediation effort" counts where "effort" does.

Known limits: one parse per sentence, so a parse error loses or invents a trigger; reporting verbs
are kept as statements only by the caller when nothing else is found.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dossier.extract.eventive import carried, emerges_from, eventive
from dossier.extract.frames import ADJUNCT_PREPS, ATTEMPT_NOUNS, COERCIVE_ACTIONS, DOCUMENT_SUBJECTS, INTENTION_NOUNS
from dossier.extract.ontology import BY_TYPE, EventDefinition, PLOVER_EXTRAS, definitions_for, plover_of
from dossier.extract.trigger_fit import fit_definition
from dossier.models import EventType

INTENTION_TYPES = frozenset({EventType.AGREEMENT, EventType.PROPOSAL, EventType.REQUEST, EventType.DEMAND})
NON_EVENT_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# Names of things, whose words report nothing ("the March of Dimes", "Meet the Press", the film "The
# Attack"). Names of events (EVENT) and of places (GPE, LOC) keep their words.
NAME_ENTITIES = {"ORG", "WORK_OF_ART", "PRODUCT", "LAW", "FAC"}
REPORTING = frozenset(BY_TYPE[EventType.STATEMENT].verbs | {"inform", "write", "quote", "cite", "suggest"})
CLAUSE_BREAKS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
# Dependencies that start a new predication: what lies below them is not the content of the head.
# Spans of time after which "of" names a time point ("within hours of being detained").
TIME_SPANS = frozenset({"minute", "hour", "day", "week", "month"})
BREAK_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "advcl", "relcl", "parataxis", "agent",
                        "expl", "mark", "punct", "cc"})


_THREATEN = next(d for d in PLOVER_EXTRAS if d.name == "threaten")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word reporting an event: the definition it fits, and whether it is a noun."""

    token: Token
    definition: EventDefinition
    nominal: bool

    @property
    def event_type(self) -> EventType:
        return self.definition.event_type

    @property
    def plover(self) -> str | None:
        return plover_of(self.definition, self.token.lemma_.lower())


def find_triggers(sent: Span, *, skip=lambda token: False, bare_defaults: tuple[str, ...] = (),
                  dated: frozenset[int] = frozenset()) -> list[Trigger]:
    """The triggers of one sentence, after the argument, content and eventive checks.

    Args:
        sent: a parsed sentence.
        skip: tells which tokens lie in text that reports nothing (captions, link teasers).
        bare_defaults: names of argument-typed definitions a bare noun ("the exchange") takes, as
            established by earlier sentences of the document, in the order they first appeared.
        dated: indices of tokens inside calendar dates of day precision. A relative clause that
            holds one ("the swap that was agreed at the talks on 15 May") reports an event of its
            own rather than describing its noun.

    Returns:
        Triggers in text order; several per type are possible (the caller keeps one per type).
    """
    candidates = [c for t in sent if not skip(t) for c in _candidate(t, bare_defaults, dated)]
    # A reporting verb does not make what it reports its content: "said they had agreed" is an agreement.
    by_index = {c.token.i: c for c in candidates if c.definition.name != "statement"}
    kept = []
    for candidate in candidates:
        if governing_trigger(candidate.token, by_index) is not None:
            continue
        if candidate.nominal and not eventive(candidate.token):
            continue
        kept.append(candidate)
    return kept


def _candidate(token: Token, bare_defaults: tuple[str, ...], dated: frozenset[int] = frozenset()) -> list[Trigger]:
    if token.ent_type_ in NON_EVENT_ENTITIES | NAME_ENTITIES or token.dep_ in {"amod", "aux", "auxpass"}:
        return []
    if in_slug(token):
        return []  # "judge-sentences-man-to-death" in a web address: a page's name, not prose
    if token.dep_ == "conj" and token.head.dep_ == "amod":
        return []  # "a bright and promising student": an adjective coordinated with one
    if token.dep_ == "compound" and not carried(token):
        return []
    nominal = token.pos_ in {"NOUN", "PROPN"}
    if not nominal and token.pos_ != "VERB":
        return []
    if token.pos_ == "PROPN" and token.ent_type_:
        return []
    if not nominal and _participle_after_number(token):
        return []  # "31 wounded soldiers": an adjective the parser took for a verb
    attempted = not nominal and _attempted_violence(token)
    if not nominal and not attempted and _content_of_intention(token):
        return []  # "a deal to exchange prisoners": what the deal says, not an exchange that took place
    if not nominal and token.dep_ in {"acl", "relcl"} and not (
            attempted or _modifies_trigger_noun(token) or dated_clause(token, dated) or _misparsed_predicate(token)
            or _told_within(token)):
        return []  # "the issues discussed", "children who were deported": description, not report
    if not nominal and token.dep_ == "ROOT" and token.tag_ == "VB" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children):
        return []  # a base-form verb heading a sentence without subject: an imperative or a misparse
    if not nominal and _document_subject(token):
        return []  # "the memorandum calls for a truce": what a text says, not what a party did
    if _in_time_reference(token):
        return []  # "the largest since the invasion in 2022": a point of reference, not a report
    if _in_description(token, dated):
        return []  # "those captured during the incursion": describes a participant
    if nominal and _scene_of_violence(token):
        return []  # "the assassination of the mayor at a peace rally": the rally is where, not what
    action = _announced_coercion(token, nominal)
    if action is not None and not definitions_for(action.lemma_.lower(), False):
        # "announced it is prepared to impose martial law" is a threat; "will withdraw" is a
        # trigger itself, whose mood decides
        return [Trigger(token=token, definition=_THREATEN, nominal=False)]
    phrasal = not nominal and any(c.dep_ == "prt" for c in token.children)
    # The surface form stands in for an uneven lemma, but not in a phrasal verb: "wound up" is "wind up".
    for lemma in dict.fromkeys((token.lemma_.lower(),) if phrasal else (token.lemma_.lower(), token.lower_)):
        for definition in definitions_for(lemma, nominal):
            refined = fit_definition(definition, token, lemma, nominal, bare_defaults)
            if refined is not None:
                return [Trigger(token=token, definition=refined, nominal=nominal)]
    demand = _must_demand(token, nominal)
    if demand is None and action is not None:
        demand = Trigger(token=token, definition=_THREATEN, nominal=False)
    return [demand] if demand else []


SLUG_JOINERS = frozenset({"-", "_"})
# Gatherings that serve as the scene of an act of violence ("shot at a rally", "the bombing during
# the march"): the sentence tells what happened there, not that people gathered.
GATHERING_TYPES = frozenset({EventType.PROTEST, EventType.MEETING})
SCENE_PREPS = frozenset({"at", "during"})


def _scene_of_violence(noun: Token) -> bool:
    """Whether a gathering noun is the object of "at" or "during" on a word of violence ("killed at
    a rally", "the assassination of the premier at a peace rally", "a stabbing during the march")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SCENE_PREPS:
        return False
    if not any(d.event_type in GATHERING_TYPES for d in definitions_for(noun.lemma_.lower(), True)):
        return False
    scene_of = noun.head.head
    lemma = scene_of.lemma_.lower()
    return any(d.event_type is EventType.ATTACK for d in definitions_for(lemma, scene_of.pos_ in {"NOUN", "PROPN"}))


def in_slug(token: Token) -> bool:
    """Whether a word is part of a slug: four or more words joined by hyphens or underscores (or
    three beside a slash), as web addresses name pages ("teen-killed-by-police-in-riot"). Prose
    joins at most a few words so ("a hit-and-run driver", "state-of-the-art") and puts no event
    verb among them.
    """
    doc = token.doc

    def run(step: int) -> int:
        count, i = 0, token.i
        while 0 <= i + 2 * step < len(doc) and doc[i + step].text in SLUG_JOINERS and doc[i + 2 * step].is_alpha:
            count, i = count + 1, i + 2 * step
        return count

    words = 1 + run(-1) + run(1)
    if words >= 4:
        return True
    return words >= 3 and any(t.text == "/" for t in token.sent)


def noun_trigger(token: Token, bare_defaults: tuple[str, ...] = ()) -> Trigger | None:
    """The trigger an event noun makes when its slot is known to be eventive ("the second day of
    the exchange"): the definition checks only, not the slot checks of ``find_triggers``.

    Args:
        token: a noun.
        bare_defaults: as for ``find_triggers``.

    Returns:
        The trigger, or None when the noun names no event of the ontology.
    """
    if token.ent_type_ in NAME_ENTITIES:
        return None
    for lemma in dict.fromkeys((token.lemma_.lower(), token.lower_)):
        for definition in definitions_for(lemma, True):
            refined = fit_definition(definition, token, lemma, True, bare_defaults)
            if refined is not None:
                return Trigger(token=token, definition=refined, nominal=True)
    return None


def _participle_after_number(token: Token) -> bool:
    """A participle between a number and a noun phrase modifies that noun ("15 wounded servicemen")."""
    doc = token.doc
    if token.tag_ not in {"VBD", "VBN"} or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return doc[token.i - 1].tag_ == "CD" and doc[token.i + 1].pos_ in {"ADJ", "NOUN", "PROPN"}


def _document_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_SUBJECTS for c in verb.children)


def _in_description(token: Token, dated: frozenset[int] = frozenset()) -> bool:
    current = token
    while current.head.i != current.i:
        if current.dep_ in {"acl", "relcl"} and current.i != token.i and not (
                _modifies_trigger_noun(current) or dated_clause(current, dated) or _misparsed_predicate(current)):
            return True
        current = current.head
    return False


def dated_clause(verb: Token, dated: frozenset[int]) -> bool:
    """Whether a clause names a day of its own: a date below its verb with no other clause between.

    "the exchange that was agreed at the talks on 15 May" reports the agreement and the talks;
    "the prisoners who were freed" only describes the prisoners.
    """
    for token in verb.subtree:
        if token.i not in dated:
            continue
        current = token
        while current.i != verb.i and current.dep_ not in CLAUSE_BREAKS:
            current = current.head
        if current.i == verb.i:
            return True
    return False


def _in_time_reference(token: Token) -> bool:
    current = token
    while current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in {"since", "until", "till"}:
            return True
        if current.dep_ in {"advcl", "relcl", "ccomp"} and any(
                c.dep_ == "mark" and c.lower_ in {"since", "until", "till"} for c in current.children):
            return True
        current = current.head
    return False


def _content_of_intention(token: Token) -> bool:
    """An infinitive completing a noun of agreement or intention ("a deal to exchange", "a plan to
    attack", "an offer to release") is that noun's content."""
    if token.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head.lemma_.lower()
    return head in INTENTION_NOUNS or any(d.event_type in INTENTION_TYPES for d in definitions_for(head, True))


def _misparsed_predicate(verb: Token) -> bool:
    """The first verb of a sentence parsed as a noun phrase ("Doctors from two aid groups donated
    ..." with "donated" describing "groups"): the parser's error, the sentence's predicate."""
    sent = verb.sent
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN", "VBZ"} or sent.root.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = sent.doc[sent.start:verb.i]
    return sent.root.i < verb.i and not any(t.pos_ in {"VERB", "AUX"} for t in before)


def _attempted_violence(verb: Token) -> bool:
    """"an attempt to assassinate", "a bid to kill": the attempt is the assault, foiled or not."""
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in ATTEMPT_NOUNS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(d.event_type == EventType.ATTACK for d in definitions_for(verb.lemma_.lower(), False))


def _modifies_trigger_noun(token: Token) -> bool:
    head = token.head
    return head.pos_ == "NOUN" and bool(definitions_for(head.lemma_.lower(), True))


def _must_demand(token: Token, nominal: bool) -> Trigger | None:
    """A reporting verb whose reported clause says someone "must" act is a demand."""
    if nominal or token.lemma_.lower() not in REPORTING:
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if any(a.dep_ in {"aux", "auxpass"} and a.lower_ == "must" for a in clause.children):
            return Trigger(token=token, definition=BY_TYPE[EventType.DEMAND], nominal=False)
    return None


def _announced_coercion(token: Token, nominal: bool) -> Token | None:
    """"announced that it will withdraw its force", "is prepared to impose martial law": announcing
    a future coercive step is a threat. Returns the verb of that step."""
    if nominal or token.lemma_.lower() not in REPORTING | {"plan", "prepare"}:
        return None
    for clause in (c for c in token.children if c.dep_ in {"ccomp", "xcomp"}):
        future = any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll"} for a in clause.children)
        planned = token.lemma_.lower() in {"plan", "prepare"} or clause.lemma_.lower() in {"prepare", "plan"}
        action = clause
        if clause.lemma_.lower() in {"prepare", "plan", "be"}:
            ready = next((c for c in clause.children if c.dep_ in {"xcomp", "acomp"}), clause)
            planned = planned or ready.lemma_.lower() in {"prepared", "ready", "prepare"}  # "is prepared to"
            action = next((c for c in ready.children if c.dep_ == "xcomp"), ready)
        if (future or planned) and action.lemma_.lower() in COERCIVE_ACTIONS:
            return action
    return None


def governing_trigger(token: Token, by_index: dict[int, Trigger]) -> Trigger | None:
    """The trigger whose content this word is part of ("ceasefire" in "offered a ceasefire"), if any.

    Walks up the parse through object, complement and prepositional links; a subject, adverbial
    or relative clause, a coordinated verb, or a time/place adjunct ("during the talks") ends
    the walk, since what lies beyond is a separate report.
    """
    current = token
    while current.head.i != current.i:
        dep, head = current.dep_, current.head
        if dep in BREAK_DEPS and not (dep == "advcl" and subjectless_clause(current)):
            return None
        if dep == "conj":
            current = head  # coordinated words share their head's governor, not the head itself
            continue
        if dep == "pobj" and (head.lower_ in ADJUNCT_PREPS | {"in", "on", "near"} or emerges_from(current)):
            return None
        if dep == "pcomp" and (head.lower_ in ADJUNCT_PREPS or _time_after(head)):
            return None  # "hanged himself hours after being arrested": the arrest is a report of its own
        if head.i in by_index:
            return by_index[head.i]
        current = head
    return None


def _time_after(preposition: Token) -> bool:
    """"of" after a span of time ("within hours of being detained"): what follows is a time point."""
    return preposition.lower_ == "of" and preposition.head.lemma_.lower() in TIME_SPANS


def _told_within(verb: Token) -> bool:
    """A relative clause opened by a preposition and "which" ("a sweep in which 89 people were
    arrested") tells a happening inside its noun, not a description of the noun."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and any(g.tag_ in {"WDT", "WP"} for g in c.children) for c in verb.children)


def subjectless_clause(verb: Token) -> bool:
    """A participial or infinitival clause without its own subject ("..., demanding that",
    "demands to cut"): it elaborates its head rather than reporting a separate event."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
