"""Which words of a sentence report an event, and of which type.

A trigger is a verb or noun from the ontology, outside dates and numbers ("March 2022" is no
march), that passes three syntactic checks:

- its arguments fit the type ("exchange" of prisoners, of bodies or of documents; "closed" a
  border, "evacuated" the wounded, by the head of its object);
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

from dossier.annotate import wordnet
from dossier.extract.eventive import carried, emerges_from, eventive
from dossier.extract.ontology import (
    ACCIDENT_NOUNS, ADJUNCT_PREPS, ARGUMENT_CLASSES, ATTACK_NOUNS, ATTEMPT_NOUNS, BY_TYPE, COERCIVE_ACTIONS,
    DISASTER_NOUNS, DOCUMENT_LIKE, DOCUMENT_SUBJECTS, EXCHANGE_CLASSES, EventDefinition, FREEDOMS, ILLNESS_NOUNS,
    INTENTION_NOUNS, LABOUR_STRIKE, MEET_OBJECTS, NO_COMMENT, OBJECT_CLASSES, PARTITIVES, PARTY_NOUNS,
    PEACEKEEPERS, PLOVER_EXTRAS, TALKS, definitions_for, plover_of,
)
from dossier.models import EventType

INTENTION_TYPES = frozenset({EventType.AGREEMENT, EventType.PROPOSAL, EventType.REQUEST, EventType.DEMAND})
# WordNet lexicographer files of what force can be used on (the first sense of an object's head).
ATTACKABLE = frozenset({"noun.person", "noun.group", "noun.location", "noun.artifact", "noun.object", "noun.animal",
                        "noun.body", "noun.plant", "noun.food", "noun.Tops"})
TARGET_SENSES = frozenset({"noun.person", "noun.group", "noun.location"})
NON_EVENT_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
REPORTING = frozenset(BY_TYPE[EventType.STATEMENT].verbs | {"inform", "write", "quote", "cite", "suggest"})
# Who does harm without attacking: a named disaster, or one called by a general word ("the
# catastrophe struck"), which is no trigger itself ("a public-relations disaster" is no event);
# an accident ("the explosion killed 11 workers") or an illness ("swine flu has killed 144").
# ("fire" and "blast" are left out: they are as often gunfire and bombs.)
NATURE_DOERS = DISASTER_NOUNS | ILLNESS_NOUNS | (ACCIDENT_NOUNS - {"fire", "blast"}) | {
    "disaster", "disasters", "catastrophe", "calamity", "tragedy", "explosions"}
WEAPONS = ATTACK_NOUNS | {"bomb", "car", "suicide", "grenade", "mine", "mortar", "shell", "ied", "explosive", "truck"}
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
CAUSE_PREPS = frozenset({"in", "by", "following", "after", "during", "from"})
CLAUSE_BREAKS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
# Dependencies that start a new predication: what lies below them is not the content of the head.
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
    if token.ent_type_ in NON_EVENT_ENTITIES or token.dep_ in {"amod", "aux", "auxpass"}:
        return []
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
            attempted or _modifies_trigger_noun(token) or dated_clause(token, dated) or _misparsed_predicate(token)):
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
    action = _announced_coercion(token, nominal)
    if action is not None and not definitions_for(action.lemma_.lower(), False):
        # "announced it is prepared to impose martial law" is a threat; "will withdraw" is a
        # trigger itself, whose mood decides
        return [Trigger(token=token, definition=_THREATEN, nominal=False)]
    for lemma in dict.fromkeys((token.lemma_.lower(), token.lower_)):
        for definition in definitions_for(lemma, nominal):
            refined = _fit(definition, token, lemma, nominal, bare_defaults)
            if refined is not None:
                return [Trigger(token=token, definition=refined, nominal=nominal)]
    demand = _must_demand(token, nominal)
    if demand is None and action is not None:
        demand = Trigger(token=token, definition=_THREATEN, nominal=False)
    return [demand] if demand else []


def noun_trigger(token: Token, bare_defaults: tuple[str, ...] = ()) -> Trigger | None:
    """The trigger an event noun makes when its slot is known to be eventive ("the second day of
    the exchange"): the definition checks only, not the slot checks of ``find_triggers``.

    Args:
        token: a noun.
        bare_defaults: as for ``find_triggers``.

    Returns:
        The trigger, or None when the noun names no event of the ontology.
    """
    for lemma in dict.fromkeys((token.lemma_.lower(), token.lower_)):
        for definition in definitions_for(lemma, True):
            refined = _fit(definition, token, lemma, True, bare_defaults)
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


def _fit(definition: EventDefinition, token: Token, lemma: str, nominal: bool,
         bare_defaults: tuple[str, ...]) -> EventDefinition | None:
    """The definition when the word's arguments and frame fit it, else None (possibly a refinement)."""
    if definition.needs:
        words = argument_lemmas(token, nominal)
        if not words & ARGUMENT_CLASSES[definition.needs]:
            if not (nominal and not _content_words(token) and _bare_fit(definition, token, lemma, bare_defaults)):
                return None
    if definition.object_class and not nominal and not (
            object_heads(token) & OBJECT_CLASSES[definition.object_class]):
        return None
    check = _CHECKS.get((definition.name, lemma, nominal))
    if check is not None and not check(token):
        return None
    if definition.event_type == EventType.REJECTION and not nominal and _no_comment(token):
        return None
    if definition.name == "accident" and _armed(token):
        return None  # "a car bomb explosion" is an attack, told by its verb
    if definition.name in {"attack", "fight"} and not nominal and _figurative_object(token):
        return None  # "shares hit their lowest level", "capturing oil", "struck down the moratorium"
    if definition.event_type in {EventType.PROPOSAL} and not nominal and _object_lemma(token) == "list":
        return None  # handing over a list of people is a request, decided by the noun
    if definition.event_type == EventType.MEETING and nominal and _talks_complement(token):
        return BY_TYPE[EventType.NEGOTIATION]
    return definition


def _figurative_object(verb: Token) -> bool:
    """Whether a verb of force acts on something no force is used on: an amount, a substance, a
    ruling or a state ("hit a record", "captured the oil", "struck down the ban"). People, groups,
    places and made things can be attacked; a named object always can. Read from the first
    WordNet sense of the object's head; without WordNet nothing is vetoed."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.ent_type_:
        return obj.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"}  # "hit $9.5 billion", "hit 40 percent"
    if obj.lemma_.lower() in PARTITIVES:  # "tortured scores of refugees": the refugees
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), obj)
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in ATTACK_NOUNS:
        return False  # "opened fire", "carried out strikes": the object is the attack
    senses = [s.lexname for s in wordnet.synsets(obj.lemma_.lower(), "n")[:3]]
    # the first sense decides, unless a near sense is a place, a group or a person ("the capital")
    return bool(senses) and senses[0] not in ATTACKABLE and not set(senses) & TARGET_SENSES


def _bare_fit(definition: EventDefinition, token: Token, lemma: str, bare_defaults: tuple[str, ...]) -> bool:
    """A bare "the exchange": the class named elsewhere in the sentence, else the document's first.

    An article about a prisoner swap that mentions bodies handed over the day before still means
    the swap by "the exchange came as ...": the kind it named first is its main one.
    """
    sentence = {t.lemma_.lower() for t in token.sent} | {t.lower_ for t in token.sent}
    classes = [name for name in EXCHANGE_CLASSES if sentence & ARGUMENT_CLASSES[name]]
    if classes:
        return definition.needs in classes
    possible = {d.name for d in definitions_for(lemma, True)}
    return definition.name == next((name for name in bare_defaults if name in possible), None)


def argument_lemmas(token: Token, nominal: bool) -> set[str]:
    """Lemmas (and forms) of what the trigger takes as arguments, to type exchange-like words."""
    words: set[str] = set()
    if nominal:
        parts = [t for t in token.subtree if t.i != token.i]
    else:
        parts = [t for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass", "dative", "prep", "attr", "npadvmod"}
                 for t in c.subtree]
    for part in parts:
        words.add(part.lemma_.lower())
        words.add(part.lower_)
    return words


def object_heads(verb: Token) -> set[str]:
    """What a verb acts on: lemmas and forms of the heads of its object (or passive subject) and
    their conjuncts, a partitive standing for its "of" noun ("hundreds of villagers"). "Closed the
    road near the border" closes a road, though the words of its arguments name a border too."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [g for h in heads if h.lemma_.lower() in PARTITIVES or h.lower_ in PARTITIVES
              for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    heads += [conj for head in heads for conj in head.conjuncts]
    return {form for head in heads for form in (head.lemma_.lower(), head.lower_)}


def _content_words(token: Token) -> list[Token]:
    return [t for t in token.subtree if t.i != token.i and t.pos_ in {"NOUN", "PROPN"}]


def _object_lemma(token: Token) -> str | None:
    obj = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return obj.lemma_.lower() if obj is not None else None


def _has_prep(token: Token, preps: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)


def _no_comment(token: Token) -> bool:
    """"declined to comment", but not "refused to respond to a demand" (a rejection of it)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT and not _answers_a_document(c)
               for c in token.children)


def _answers_a_document(verb: Token) -> bool:
    return any(p.lemma_.lower() in DOCUMENT_LIKE for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj")


def _talks_complement(token: Token) -> bool:
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "between"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            names = {obj.lemma_.lower(), obj.lower_} | {c.lemma_.lower() for c in obj.conjuncts}
            if names & (TALKS if prep.lower_ == "of" else PARTY_NOUNS):
                return True
    return False


def _call_is_request(token: Token) -> bool:
    if any(c.dep_ == "oprd" and c.ent_type_ not in {"DATE", "TIME"} for c in token.children):
        return False  # "called it a measure": naming (a date misparsed as the name is none)
    return _has_prep(token, {"for", "on"}) or any(c.dep_ == "xcomp" for c in token.children)


def _meet_is_meeting(token: Token) -> bool:
    return _object_lemma(token) not in MEET_OBJECTS


def _not_labour_strike(token: Token) -> bool:
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        return False  # "workers are on strike"
    return not {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod"}} & LABOUR_STRIKE


def _round_of_talks(token: Token) -> bool:
    return _talks_complement(token)


def _done_by_nature(token: Token) -> bool:
    """"The quake struck", "killed by the floods", "the quake that hit the capital", "the worst
    earthquake to hit the island": a disaster, not an attack. A verb of a relative or infinitival
    clause is done by the noun the clause describes."""
    doers = [c for c in token.children if c.dep_ in {"nsubj", "csubj"}]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if token.dep_ in {"relcl", "acl"} and token.head.pos_ in {"NOUN", "PROPN"}:
        doers.append(token.head)
    if not doers:  # "the worst quake to hit", "the quake is feared to have killed": the governing verb's nouns
        doers = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass", "attr", "dobj"} and c.i < token.i]
    doers = [_relative_antecedent(d) if d.lower_ in RELATIVE_PRONOUNS else d for d in doers]
    doers += [c for d in doers for c in d.children if c.dep_ == "conj"]  # "the quake and the tsunami killed"
    # "were killed in the earthquake", "died following the quake": the disaster is the cause
    verbs = [token, *(c for c in token.children if c.dep_ == "conj")] + ([token.head] if token.dep_ == "conj" else [])
    doers += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return any((d.lemma_.lower() in NATURE_DOERS or d.lower_ in NATURE_DOERS) and not _armed(d) for d in doers)


def _armed(noun: Token) -> bool:
    """"A car bomb explosion", "a mortar blast": the weapon makes it an attack after all."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in WEAPONS for c in noun.subtree)


def _relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for, even where the parser did not attach its clause to it
    ("died in the disaster, which struck ..." parsed as a clause of "died"): the word before it."""
    before = pronoun.nbor(-1) if pronoun.i > pronoun.sent.start else pronoun
    if before.is_punct and before.i > pronoun.sent.start:
        before = before.nbor(-1)
    return before if before.pos_ in {"NOUN", "PROPN"} else pronoun


def _lets_happen(token: Token) -> bool:
    """"allowed the inspectors to return", not "were allowed to" or "the deal allows"."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    return not passive and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children)


def _volcanic(verb: Token) -> bool:
    """"The volcano erupted", "Mount Merapi erupted"; not "fighting erupted" or "protests erupted"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in {"volcano", "crater", "geyser"} | DISASTER_NOUNS
                                    or subject.pos_ == "PROPN")


_CHECKS = {
    ("disaster", "erupt", False): _volcanic,
    ("request", "call", False): _call_is_request,
    ("request", "call", True): lambda t: _has_prep(t, {"for"}),
    ("proposal", "suggest", False): lambda t: any(c.dep_ == "dobj" for c in t.children),
    ("meeting", "meet", False): _meet_is_meeting,
    ("attack", "strike", True): _not_labour_strike,
    ("protest", "strike", True): lambda t: not _not_labour_strike(t),
    ("attack", "strike", False): lambda t: _object_lemma(t) not in {"deal", "balance", "chord", "note"}
    and not _done_by_nature(t),
    ("attack", "hit", False): lambda t: not _done_by_nature(t),
    ("attack", "kill", False): lambda t: not _done_by_nature(t),
    ("attack", "pound", False): lambda t: not _done_by_nature(t),
    ("agreement", "sign", False): lambda t: any(c.dep_ == "dobj" for c in t.children),
    ("coerce", "order", False): lambda t: any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in t.children),
    ("negotiation", "discuss", False): lambda t: t.dep_ not in {"xcomp", "pcomp"},
    ("negotiation", "round", True): _round_of_talks,
    ("concede", "allow", False): _lets_happen,
    ("concede", "call", False): lambda t: any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children),
    ("demand", "pressure", False): lambda t: any(c.dep_ == "xcomp" for c in t.children) or _has_prep(t, {"for"}),
    ("demand", "push", False): lambda t: _has_prep(t, {"for"}) or _for_clause(t),
    ("sanction", "force", False): lambda t: _out(t),
    ("expel-people", "force", False): lambda t: _out(t),
    ("admit", "open", False): lambda t: _has_prep(t, {"to"}),
    ("admit", "reopen", False): lambda t: _has_prep(t, {"to"}),
    ("attack", "open", False): lambda t: bool(object_heads(t) & {"fire", "gunfire"}),  # "opened fire"
    ("coerce", "disperse", False): lambda t: any(c.dep_ in {"dobj", "nsubjpass"} for c in t.children),
    ("coerce", "hack", False): lambda t: not _has_prep(t, {"to"}),  # "hacked to death" is an assault
    ("cooperate", "game", True): lambda t: any(c.lemma_.lower() == "war" for c in t.children),
    ("humanitarian-access", "access", True): lambda t: bool(
        {c.lemma_.lower() for c in t.children if c.dep_ in {"amod", "compound"}} & {"humanitarian", "aid", "relief"}),
    **{("peacekeeping", verb, False): lambda t: bool(_object_words(t) & PEACEKEEPERS)
       for verb in ("deploy", "send", "dispatch", "contribute")},  # not "the peacekeeping mission sent a letter"
    ("defy", "violate", False): lambda t: not (object_heads(t) & FREEDOMS),  # "violated rights" is an accusation
}


def _object_words(verb: Token) -> set[str]:
    return {t.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}


def _out(verb: Token) -> bool:
    """"forced the agency out (of the country)": a particle or preposition "out"."""
    return any(c.dep_ in {"prt", "prep"} and c.lower_ == "out" for c in verb.children)


def _for_clause(verb: Token) -> bool:
    """"pushing for the council to act" parsed as a clause marked by "for"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               for c in verb.children)


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
        if head.i in by_index:
            return by_index[head.i]
        current = head
    return None


def subjectless_clause(verb: Token) -> bool:
    """A participial or infinitival clause without its own subject ("..., demanding that",
    "demands to cut"): it elaborates its head rather than reporting a separate event."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
