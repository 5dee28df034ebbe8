"""Who did what to whom in one sentence: the PLOVER source and target actors of its main event.

Actors are noun phrases, not only names: PLOVER codes agents such as "police" or "rebels in the
north" (see ``arguments.noun_phrases``). The source is the subject of the event's clause (the
agent of a passive, the speaker for a pronoun in reported speech, the issuer of "issued a
statement condemning", the "of" phrase of an event noun subject "the deployment of X arrived",
who is withdrawn in a passive retreat). The target is, in this order, the subject of a demanded
clause, the object, the party complained about, a "with/against/to/on/from" complement, a name
inside the object, the place where a domestic action applies ("lifted the curfew in X", "on alert
in X"), and at last the party a threat's "if" clause is about. An object owned by the subject
("withdraw its troops") or moved by it ("sent inspectors") is not a target but leads to one
("from X"); the author of a thing acted upon is one ("rejected calls by X", see
``arguments.actor_head``). "..., citing X" and "..., officials said" are no content clauses.

Kept apart from ``classify`` (which picks the main event and its PLOVER type) because finding the
parties is most of the work and reads the parse in its own way.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.arguments import actor_head, actor_like, is_pronoun, noun_phrases, predicate_of
from dossier.extract.frames import DOCUMENT_LIKE, DOCUMENT_SUBJECTS, OWN
from dossier.extract.triggers import REPORTING, Trigger

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
TARGET_PREPS = ("against", "with", "to", "on", "from", "into", "at", "toward", "towards", "over", "by")
# Verbs that move a party's own people, and the people they move ("sent troops", "withdrew inspectors").
MOVE_VERBS = frozenset({"send", "deploy", "withdraw", "contribute", "pull", "evacuate", "dispatch", "station",
                        "move", "bring", "recall", "transfer", "redeploy", "commit", "reinforce", "strengthen"})
PERSONNEL = frozenset({"troop", "force", "soldier", "inspector", "worker", "observer", "peacekeeper", "staff",
                       "personnel", "unit", "contingent", "diplomat", "team", "mission", "warship", "ship", "vessel"})
COMPLAINT_PREPS = frozenset({"over", "about", "against"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Nouns for texts a party issues; a participle on them acts for the issuer ("issued a statement condemning").
ISSUED_TEXTS = DOCUMENT_LIKE | DOCUMENT_SUBJECTS | {"resolution", "communique", "message"}
# Prepositions of concession and cause: their objects are the setting, never the party acted upon.
CIRCUMSTANCE_PREPS = frozenset({"despite", "notwithstanding", "because", "like", "unlike"})


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
    sources = list(dict.fromkeys(text for head in source_heads for text in noun_phrases(head)))
    targets = list(dict.fromkeys(text for head in target_heads for text in noun_phrases(head)))
    return sources, [t for t in targets if t not in sources]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or the noun under a participle the parser took for it."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    return _reduced_relative(subject) if subject is not None else None


def _reduced_relative(subject: Token) -> Token:
    """"The agency operating in X said": a participle parsed as the subject, with the real
    subject under it; the noun is the subject."""
    if subject.pos_ == "VERB" and subject.tag_ in {"VBG", "VBN"}:
        inner = next((c for c in subject.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < subject.i), None)
        if inner is not None:
            return inner
    return subject


def subject_phrases(verb: Token) -> list[str]:
    """The actor phrases of a verb's subject, a pronoun read as the actor it stands for."""
    subject = subject_of(verb)
    if subject is not None and is_pronoun(subject):
        subject = _antecedent(verb, subject)
    head = actor_head(subject) if subject is not None else None
    return noun_phrases(head) if head is not None else []


def _subject_verb(trigger: Trigger) -> Token:
    """The verb whose subject acts: up through "agreed to undertake", "and", subjectless clauses."""
    verb = predicate_of(trigger)
    if trigger.nominal and verb is trigger.token and verb.dep_ == "pobj":
        verb = verb.head.head  # "in protest against", "in a bomb attack": the clause's verb
    while not subject_of(verb) and (verb.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp", "prep", "pobj", "acomp"}
                                  or _infinitival_relative(verb) or _issued_text(verb)):
        verb = verb.head
    return verb


def _infinitival_relative(verb: Token) -> bool:
    """"a rally to protest X" parsed as a relative clause: the rally's holders protest."""
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _issued_text(noun: Token) -> bool:
    """"issued a declaration demanding ...": the issuer of the text is the one who demands."""
    return noun.dep_ in {"dobj", "attr"} and noun.lemma_.lower() in ISSUED_TEXTS and noun.head.pos_ in {"VERB", "AUX"}


def _source_heads(trigger: Trigger) -> list[Token]:
    token = trigger.token
    if trigger.nominal:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and actor_like(owner):
            return [owner]
        if token.dep_ in {"nsubj", "nsubjpass"}:
            doers = _event_doers(token)
            if doers:
                return doers
    verb = _subject_verb(trigger)
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is not None:
        return [agent]
    # "troops were pulled back": who is withdrawn retreats, when no one is said to withdraw them
    passive = "nsubjpass" if trigger.plover == "RETREAT" else "nsubj"
    subject = next((_reduced_relative(c) for c in verb.children if c.dep_ in {"nsubj", passive}), None)
    if subject is not None and is_pronoun(subject):
        subject = _antecedent(verb, subject)
    if subject is None or subject.i == token.i or subject.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return []
    head = actor_head(subject, owner=False)
    if head is None and subject.ent_type_ in {"DATE", "TIME", "QUANTITY", "CARDINAL"}:
        return []  # "one hour" misparsed as a subject
    return [head or subject]


def _event_doers(noun: Token) -> list[Token]:
    """"The deployment of X troops arrived": an event noun in subject position is done by its
    "of" phrase, when that names an actor."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" and actor_like(p)]


def _antecedent(verb: Token, pronoun: Token) -> Token | None:
    """"X said it would ...": the pronoun subject of reported speech is the speaker."""
    if pronoun.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
        return verb.head
    current = verb
    while current.dep_ in {"conj", "xcomp", "acomp"}:
        current = current.head
    if current.dep_ in {"ccomp", "advcl"}:
        speaker = subject_of(current.head)
        if speaker is not None and not is_pronoun(speaker):
            return speaker
    return None


def _target_heads(trigger: Trigger, exclude: set[int]) -> list[Token]:
    verb = predicate_of(trigger)
    carriers = list(dict.fromkeys([trigger.token, verb]))
    content = [c for t in carriers for c in t.children if _is_content(c)]
    objects, inner = _plain_objects(carriers), _plain_objects(content)
    held = _held_objects(carriers + content)
    stages = (
        lambda: _content_subjects(content), lambda: _objects(objects), lambda: _complaint_topics(trigger, carriers),
        lambda: _complements(carriers + objects + held),
        lambda: _objects(inner), lambda: _complements(content + inner + _prep_objects(carriers + objects)),
        lambda: _inner_names(objects + inner + _prep_objects(carriers, TARGET_PREPS)),
        lambda: _places(carriers + _clause_verbs(trigger) + content + objects + held),
        lambda: _conditions(trigger, carriers + content),
    )
    for stage in stages:
        heads = [h for h in stage() if h.i not in exclude and h.i != trigger.token.i]
        if heads:
            return heads
    return []


def _clause_verbs(trigger: Trigger) -> list[Token]:
    """The verb of the clause a trigger noun sits in ("on alert in X", "the deployment arrived in X")."""
    token = trigger.token
    if trigger.nominal and token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        return [token.head]
    return [_subject_verb(trigger)]


def _is_content(clause: Token) -> bool:
    """A clause saying what the event is about; "..., citing X", "..., officials said" are not."""
    if clause.lemma_.lower() in REPORTING:
        return False
    return clause.dep_ in {"ccomp", "xcomp"} or clause.dep_ == "advcl" and not subject_of(clause)


def _held_objects(carriers: list[Token]) -> list[Token]:
    """Objects the subject holds or moves ("its forces", "sent troops"): they lead to the place
    acted on ("its forces in X", "withdrew inspectors from X") but are not targets themselves."""
    return [c for t in carriers for c in t.children if c.dep_ == "dobj" and (own_object(c) or _moved(c))]


def _moved(obj: Token) -> bool:
    """Unnamed personnel a verb of moving sends or pulls out: the subject's own people."""
    return (obj.head.lemma_.lower() in MOVE_VERBS and obj.lemma_.lower() in PERSONNEL
            and not any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for c in obj.children
                        if c.dep_ in {"amod", "compound", "nmod", "poss"} for t in c.subtree))


def _complaint_topics(trigger: Trigger, carriers: list[Token]) -> list[Token]:
    """"complained to X over Y's raids": the party complained about, not the audience."""
    if trigger.definition.name != "disapprove":
        return []
    return [h for carrier in carriers for child in carrier.children
            if child.dep_ == "prep" and child.lower_ in COMPLAINT_PREPS
            for p in child.children if p.dep_ == "pobj" for h in [actor_head(p)] if h is not None]


def _conditions(trigger: Trigger, clauses: list[Token]) -> list[Token]:
    """"threatened to ... if X goes ahead": the party the threat is conditioned on."""
    if trigger.plover != "THREATEN":
        return []
    found = []
    for clause in (c for t in clauses for c in t.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
            subject = subject_of(clause)
            head = actor_head(subject) if subject is not None and not is_pronoun(subject) else None
            found += [head] if head is not None else []
    return found


def own_object(token: Token) -> bool:
    """"its troops", "their forces": the subject's own, not a party acted upon."""
    return any(c.dep_ == "poss" and c.lower_ in OWN for c in token.children)


def _content_subjects(content: list[Token]) -> list[Token]:
    subjects = [subject_of(clause) for clause in content]
    return [h for s in subjects if s is not None and not is_pronoun(s) for h in [actor_head(s)] if h is not None]


def _plain_objects(carriers: list[Token]) -> list[Token]:
    plain = [c for t in carriers for c in t.children
             if c.dep_ in {"dobj", "dative", "nsubjpass"} and not own_object(c) and not _moved(c)]
    return plain + [o for t in carriers for o in _up_to_objects(t)]


def _up_to_objects(verb: Token) -> list[Token]:
    """"kidnapped up to 16 advisers", parsed as a particle "up" and a phrase "to 16 advisers"."""
    return [p for prt in verb.children if prt.dep_ == "prt" and prt.lower_ == "up"
            for prep in prt.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for p in prep.children if p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children)]


def _prep_objects(carriers: list[Token], preps: tuple[str, ...] | None = None) -> list[Token]:
    """Objects of the carriers' prepositions (only ``preps`` when given), never of "despite" or "because"."""
    return [p for t in carriers for c in t.children if c.dep_ == "prep" and c.lower_ not in CIRCUMSTANCE_PREPS
            and (preps is None or c.lower_ in preps) for p in _prep_complements(c)]


def _prep_complements(prep: Token) -> list[Token]:
    """The objects of a preposition; "to five officers holed up in X" parses the officers as the
    subject of a clause right after "to", which is then the object."""
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    if objects or prep.i + 1 >= len(prep.doc):
        return objects
    clause = prep.doc[prep.i + 1].head
    while clause.dep_ not in {"advcl", "ccomp", "relcl", "acl"} and clause.head.i != clause.i:
        clause = clause.head
    subject = subject_of(clause) if clause.head.i == prep.head.i else None
    return [subject] if subject is not None and subject.left_edge.i == prep.i + 1 else []


def _objects(candidates: list[Token]) -> list[Token]:
    return [h for o in candidates if not is_pronoun(o) for h in [actor_head(o)] if h is not None]


def _complements(carriers: list[Token]) -> list[Token]:
    """pobj of "against/with/to/on/..." attached to the carriers, in preference order."""
    for prep in TARGET_PREPS:
        found = [h for carrier in carriers for child in carrier.children
                 if child.dep_ in {"prep", "dative"} and child.lower_ == prep
                 for p in _prep_complements(child) if not own_object(p)
                 for h in [actor_head(p)] if h is not None]
        if found:
            return found
    return []


def _inner_names(objects: list[Token]) -> list[Token]:
    """"an Indian proposal", "the mandate for the force in Lebanon": the first name inside the object."""
    for obj in objects:
        inside = {t.i for t in obj.subtree if t.i != obj.i and not _inside_clause(t, obj)}
        for ent in obj.doc.ents:
            if ent.root.i in inside and ent.label_ in {"PERSON", "ORG", "GPE", "NORP"} | PLACE_ENTITIES:
                return [ent.root]
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
