"""Who takes part in an event and in which role, and where it took place.

Roles come from the parse around the trigger: the subject of the trigger verb (or of the verb a
trigger noun is the object of), a possessor ("Russia's proposal") or a "by" agent is the ``actor``;
the object, the passive subject ("X was shot", "X got shot"), the recipient ("gave Moscow a list")
and "with/against/to/on" complements are the ``target``; a name the trigger's relative clause or
participle describes ("X, who was shot by police", "X, shot on Friday") takes its role from that
clause (``argument_clauses``); "mediated by", "brokered by", "under the chairmanship of" give the ``mediator``; other
names inside the event's phrase are ``participant``s. Each name carries its country, from the
annotation or from the gazetteer of demonyms and capitals (a data table).

The numbers that go with an event are read in ``quantity_roles``. Actors that have no name
("police", "rebels in the north") are read as noun phrases in ``actor_phrases``; its public
functions are re-exported here, where the classifier and the PLOVER actor reader import them.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dossier import models
from dossier.annotate.gazetteer import country_of, is_seat
from dossier.extract.argument_clauses import aside_participle, clause_role, pursuit_of_the_harmed
from dossier.extract.argument_rules import (
    dies_as_member, dies_no_place, headline_passive, in_clause_of_another_noun, names_an_offence, not_a_party, patient_of,
    place_inside_a_name, victim_of_an_offence,
)
from dossier.extract.actor_phrases import actor_head, actor_like, is_pronoun, noun_phrases  # noqa: F401 (re-exported)
from dossier.extract.nationality_phrases import people_phrase
from dossier.extract.naming_clauses import named_slot
from dossier.extract.ontology import ACCIDENT_NOUNS, ILLNESS_NOUNS
from dossier.extract.triggers import Trigger, noun_trigger, subjectless_clause

# A news dateline opening a lede: a place in capitals, maybe a date and a bracketed outlet, a dash
# ("ISTANBUL, June 2 (Wire) - ", "KYIV - ").
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]{2,}(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3},?(?:\s+[A-Z][a-z]+\.?\s+\d{1,2})?"
    r"\s*(?:\([^()\n]{1,30}\))?\s*[-\u2013\u2014]+\s"
)
ACTOR_DEPS = frozenset({"nsubj", "poss", "agent"})
# People acting for themselves: a place or nationality before them says where they are from, and
# makes the place no party ("a Michigan man shot ...", "a Texas prisoner was captured"), where
# "Russian troops" or "Iranian officials" act for their state.
PRIVATE_PEOPLE = frozenset({
    "man", "woman", "men", "women", "boy", "girl", "teenager", "youth", "child", "resident", "citizen", "native",
    "prisoner", "inmate", "convict", "gunman", "shooter", "suspect", "robber", "thief", "burglar", "killer",
    "attacker", "assailant", "victim", "driver", "passenger", "tourist", "student", "worker", "employee",
    "accountant", "retiree", "mother", "father", "couple", "family", "teacher", "nurse", "doctor", "businessman",
    "businesswoman", "fugitive", "escapee", "offender", "pirate", "raider", "smuggler", "poacher", "trafficker",
    "bandit", "hijacker", "migrant", "refugee", "fisherman", "hostage"})
TARGET_DEPS = frozenset({"dobj", "dative", "nsubjpass", "iobj"})
TARGET_PREPS = frozenset({"with", "against", "to", "on", "from", "into"})
# "demanded that the US cancel", "threatened to cut electricity to X": who the content is about.
CONTENT_TARGET_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})
SHARED_PREPS = frozenset({"between", "among"})
MEDIATION_VERBS = frozenset({"mediate", "broker", "host", "chair", "facilitate", "sponsor"})
MEDIATION_NOUNS = frozenset({"chairmanship", "auspices", "mediation"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# Nouns that keep a place to themselves: happenings without an event type of ours, and history.
PLACE_HOLDERS = ACCIDENT_NOUNS | ILLNESS_NOUNS | {"history", "disaster", "war", "conflict", "crisis"}
# Nouns for a settlement or area named after "of": "the village of X", "the north of X".
AREAS = frozenset({"village", "town", "city", "province", "region", "district", "port", "capital", "enclave",
                   "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "outskirts", "centre", "center", "heart", "edge", "suburb", "suburbs"})
# An event noun after these shares the place of an event around it ("agreed at the talks in X").
SHARED_PLACE_PREPS = frozenset({"at", "during", "in", "amid", "on"})
VENUE_WORDS = frozenset({"palace", "hotel", "center", "centre", "hall", "house", "building", "embassy", "residence",
                         "stadium", "square", "airport", "office", "headquarters", "mansion", "kremlin"})


def event_scope(trigger: Trigger) -> set[int]:
    """Token indices that belong to the event's phrase: the trigger's subtree and the verb that
    carries it ("the talks ended in the X Palace" puts the palace in the talks' scope)."""
    token = trigger.token
    scope = {t.i for t in predicate_of(trigger).subtree} | {t.i for t in token.subtree}
    if trigger.nominal and token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        head = token.head
        for child in head.children:
            if child.dep_ in {"prep", "npadvmod", "dobj", "advmod"}:
                scope |= {t.i for t in child.subtree}
    if not trigger.nominal and token.dep_ in {"acl", "relcl"}:
        # "99 members seized", "the 30 people who were arrested": the number of the noun the
        # participle describes counts those the event befell
        scope |= {t.i for c in token.head.children if c.dep_ in {"nummod", "quantmod"} for t in c.subtree}
    return scope


def predicate_of(trigger: Trigger) -> Token:
    """The verb that carries a trigger noun (its subject or object slot), else the trigger itself."""
    token = trigger.token
    dep, head = (named_slot(token) if trigger.nominal else None) or (token.dep_, token.head)
    if trigger.nominal and dep in {"dobj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"}:
        return head  # "made demands", and "made what officials called demands" (``naming_clauses``)
    return token


def find_arguments(trigger: Trigger, names: list[models.EntityMention], countries: dict[str, str],
                   *, exclude: set[tuple[int, int]] = frozenset()) -> tuple[models.Argument, ...]:
    """The named participants of one event mention, each with a role and a country.

    Args:
        trigger: the event's trigger.
        names: the names of the trigger's sentence.
        countries: canonical name -> country, gathered over the whole document.
        exclude: (start, end) spans of names already used as the event's place.

    Returns:
        Arguments in text order; a name appears once, in its most specific role.
    """
    doc = trigger.token.doc
    predicate = predicate_of(trigger)
    scope = {t.i for t in predicate.subtree} | {t.i for t in trigger.token.subtree}
    dateline = DATELINE.match(trigger.token.sent.text)
    lede = trigger.token.sent.start_char + (dateline.end() if dateline else 0)
    arguments = []
    phrases: set[int] = set()  # the ends of the nationality phrases given
    for name in names:
        if (name.start, name.end) in exclude or name.label not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        if name.end <= lede:
            continue  # "ISTANBUL, June 2 (Wire) -": where the story was filed, not who took part
        span = doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None:
            continue
        phrase = people_phrase(span.root, name.label)
        if phrase is not None:
            span = phrase  # "British fighters were captured": the fighters, not Britain (``nationality_phrases``)
        elif _origin_of_a_person(span.root) or not_a_party(span.root, name.label) or names_an_offence(span.root) \
                or victim_of_an_offence(span.root) or dies_no_place(name.label, trigger) \
                or dies_as_member(span.root, trigger):
            continue
        role = _mediator(span.root) or _present(span.root) or clause_role(span.root, trigger) \
            or _role(span.root, trigger.token, predicate)
        if role == "actor" and (patient_of(span.root, trigger) or headline_passive(span.root, trigger)
                                or aside_participle(span.root, trigger)):
            role = "target"  # "the killing of X", "X arrested on suspicion of ...", "X, shot on Friday, died"
        if role is None and span.root.i in scope:
            role = "participant"
        if role is not None and phrase is not None:
            if phrase.end not in phrases:  # two nationalities of one phrase give it once
                phrases.add(phrase.end)
                arguments.append(_phrase_argument(role, name, phrase, countries))
        elif role is not None:
            arguments.append(_argument(role, name, countries))
    return tuple(arguments)


def _origin_of_a_person(root: Token) -> bool:
    """Whether a place or nationality only says where a private person is from ("a Michigan man")."""
    return root.dep_ in {"compound", "amod", "nmod"} and root.ent_type_ in {"GPE", "NORP", "LOC"} \
        and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in PRIVATE_PEOPLE


def _elaborations(predicate: Token) -> set[int]:
    """Participial elaborations of the verb ("launched ..., hitting dozens of aircraft"), whose
    objects are the event's targets too."""
    return {c.i for c in predicate.children if c.dep_ == "advcl" and c.tag_ == "VBG" and subjectless_clause(c)
            and not pursuit_of_the_harmed(c, predicate)}


def _role(root: Token, trigger: Token, predicate: Token) -> str | None:
    """Role of a name from the path between it and the trigger (or the verb carrying it)."""
    current = root
    steps = 0
    heads = {trigger.i, predicate.i} | _elaborations(predicate)
    entry = None  # how the name attaches to the verb of a reported or demanded clause
    while current.head.i != current.i and steps < 8:
        dep, head = current.dep_, current.head
        if dep in {"ccomp", "xcomp"} and head.i in heads:
            if pursuit_of_the_harmed(current, head):
                return None  # "was killed fighting X": the victim's foe, not the event's target
            return "target" if entry in CONTENT_TARGET_DEPS else None
        if head.pos_ in {"VERB", "AUX"} and entry is None:
            entry = dep if dep != "pobj" else None
        if dep == "pobj" and entry is None and head.lower_ in TARGET_PREPS:
            entry = "pobj"
        if head.i in heads:
            if dep in ACTOR_DEPS:
                return "actor"
            if dep in TARGET_DEPS:
                return "target"
            if dep == "prep":
                return _prep_role(current.lower_)
            return None
        if dep == "pobj" and head.lower_ in SHARED_PREPS:
            return "actor"
        if dep == "pobj" and head.dep_ == "agent" and head.head.i in heads:
            return "actor"
        if dep in {"relcl", "advcl", "ccomp", "acl"}:
            return None
        if dep == "pobj" and head.dep_ == "prep" and head.head.i in heads:
            return _prep_role(head.lower_)
        current = head
        steps += 1
    return None


def _prep_role(prep: str) -> str | None:
    if prep in TARGET_PREPS:
        return "target"
    if prep in SHARED_PREPS or prep == "of":
        return "actor"
    return None


def _present(root: Token) -> str | None:
    """'with X in attendance': someone present, not a party acted upon."""
    for prep in (c for c in root.children if c.dep_ == "prep"):
        if any(o.lemma_.lower() in {"attendance", "presence"} for o in prep.children):
            return "participant"
    return None


def _mediator(root: Token) -> str | None:
    """'mediated by X', 'brokered by X', 'under the chairmanship of X'."""
    current = root
    for _ in range(4):
        head = current.head
        if current.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in MEDIATION_VERBS:
            return "mediator"
        if current.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEDIATION_NOUNS:
            return "mediator"
        if current.dep_ == "conj":
            current = head
            continue
        return None
    return None


def _argument(role: str, name: models.EntityMention, countries: dict[str, str]) -> models.Argument:
    country = name.country or countries.get(name.canonical) or country_of(name.canonical)
    canonical = country if name.label in {"GPE", "NORP"} and country else name.canonical
    return models.Argument(role=role, text=name.text, canonical=canonical, start=name.start, end=name.end,
                           country=country)


def _phrase_argument(role: str, name: models.EntityMention, phrase: Span,
                     countries: dict[str, str]) -> models.Argument:
    """The people a nationality premodifies as the party ("British fighters"), with its country (none
    for people of two: "British and French fighters")."""
    several = any(t.dep_ == "conj" and t.ent_type_ == "NORP" for t in phrase)
    country = None if several else name.country or countries.get(name.canonical) or country_of(name.canonical)
    return models.Argument(role=role, text=phrase.text, canonical=phrase.text, start=phrase.start_char,
                           end=phrase.end_char, country=country)


def document_countries(names: list[models.EntityMention]) -> dict[str, str]:
    """Canonical name -> country, from each name's own country or the demonym in its role."""
    countries: dict[str, str] = {}
    for name in names:
        country = name.country or _country_of_role(name.role)
        if country:
            countries.setdefault(name.canonical, country)
    return countries


def _country_of_role(role: str | None) -> str | None:
    for word in (role or "").split():
        country = country_of(word)
        if country:
            return country
    return None


def find_location(trigger: Trigger, names: list[models.EntityMention]) -> tuple[str | None, set[tuple[int, int]]]:
    """Where the event took place: a venue over a city, "Venue, City" when both are given.

    Args:
        trigger: the event's trigger.
        names: the names of its sentence.

    Returns:
        The place (or None) and the spans of the names used for it. Countries are not places here
        ("talks with Turkey"), and only names after a place preposition, or a city possessing a
        venue ("Istanbul's X Palace"), count.
    """
    doc = trigger.token.doc
    scope = event_scope(trigger)
    destination = _destination(trigger)
    venue = city = None
    used: set[tuple[int, int]] = set()
    for name in names:
        span = doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None:
            continue
        travelled_to = span.root.i in destination and name.label in {"FAC", "GPE", "LOC"}
        if not travelled_to and (span.root.i not in scope or not _is_place(name, span)):
            continue
        if _place_of_other_event(span.root, trigger) or place_inside_a_name(span, names) \
                or in_clause_of_another_noun(span.root, trigger):
            continue
        if _is_venue(name):
            venue = venue or name.canonical
        elif (name.label in {"GPE", "LOC"} or _named_area(span)) and not _names_a_country(name.canonical) \
                and not _owner_of_building_elsewhere(span):
            city = city or name.canonical
        else:
            continue
        used.add((name.start, name.end))
    if venue and city:
        return f"{venue}, {city}", used
    return venue or city, used


def _names_a_country(name: str) -> bool:
    """A country by any of its names ("Kenya", "U.S.", "UK"), and "U.S" as the tagger cut it. A
    country is never the place of an event here; a seat of government ("Washington") may be."""
    forms = [name, f"{name}."] if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", name) else [name]
    return any(country_of(form) is not None and not is_seat(form) for form in forms)


def _owner_of_building_elsewhere(span: Span) -> bool:
    """"Moscow's embassy in Kyiv", "the Paris office at Lagos": a name before a noun that is placed
    by a place phrase of its own names whose building it is, not where it stands."""
    root = span.root
    if root.dep_ not in {"poss", "compound", "nmod", "amod"} or root.head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS and any(g.dep_ == "pobj" for g in c.children)
               for c in root.head.children)


def _destination(trigger: Trigger) -> set[int]:
    """Where a party went for an event: "flew to Ankara for talks" holds the talks in Ankara."""
    token = trigger.token
    if not (trigger.nominal and token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "VERB"):
        return set()
    verb = token.head.head
    return {t.i for child in verb.children if child.dep_ == "prep" and child.lower_ == "to" for t in child.subtree}


def _place_of_other_event(place: Token, trigger: Trigger) -> bool:
    """Whether a place belongs to another event noun between it and the trigger: "struck
    airfields ... on the eve of talks in X" puts X at the talks, not at the strike. An event noun
    of the same type, or one the trigger happens at ("agreed at the talks in X"), passes it on."""
    stop = {trigger.token.i, predicate_of(trigger).i}
    current = place.head
    while current.i not in stop and current.head.i != current.i:
        if current.pos_ == "NOUN":
            if current.lemma_.lower() in PLACE_HOLDERS and not _shares_place(current):
                return True  # "the worst spill in US history", "the oil spill in the Gulf"
            other = noun_trigger(current)
            if other is not None and other.event_type != trigger.event_type and not _shares_place(current):
                return True
        current = current.head
    return False


def _shares_place(noun: Token) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ in SHARED_PLACE_PREPS and noun.head.head.pos_ in {"VERB", "AUX"}


def _named_area(span: Span) -> bool:
    """A name that an area noun after a place preposition introduces: "in the village of X", "in
    the north of X". The noun says it is a place whatever the tagger thought it was."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    area = doc[span.start - 2]
    return area.lemma_.lower() in AREAS and _placed(area)


def _placed(noun: Token) -> bool:
    """Whether a noun stands after a place preposition, itself or through "the north of"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS


def _is_venue(name: models.EntityMention) -> bool:
    return name.label == "FAC" or name.canonical.split()[-1].lower() in VENUE_WORDS


def _is_place(name: models.EntityMention, span: Span) -> bool:
    if name.label not in {"FAC", "GPE", "LOC", "ORG"}:
        return False
    if _named_area(span):
        return True
    if name.label == "ORG" and name.canonical.split()[-1].lower() not in VENUE_WORDS:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = doc[span.start - 2]
    if before is not None and before.lower_ in PLACE_PREPS:
        return True
    if before is not None and before.text == "," and span.start > 1 and doc[span.start - 2].lower_ in VENUE_WORDS:
        return True  # "the X Palace, Istanbul"
    root = span.root
    if root.dep_ == "poss":  # "Istanbul's X Palace"
        return root.head.lower_ in VENUE_WORDS or root.head.ent_type_ == "FAC"
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS
