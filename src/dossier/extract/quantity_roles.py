"""Which role each number of an event plays: prisoners, detainees, the dead, the wounded, drones,
duration, amounts of matter or money by their unit, and flows ("barrels_per_day").

Split out of ``arguments`` (roles of the named parties and the event's place) because sizing an
event is a separate job with its own vocabulary: the counted noun decides the role ("400
soldiers" are military), "N for N" and "N ... each" give prisoners per side, and what befell the
people counted (wounded, displaced, affected) keeps a casualty count apart from a death toll.

Scopes: a count of people (``SCOPED_ROLES``, with any fate) restricted to a part of the happening
carries that part after ``@``: ``ROLE@SCOPE``, SCOPE lower-case and accent-folded, words kept apart
by one space (``count_scope`` decides when a place or group restricts a count):
- a place inside the happening: ``people@capital`` ("in the capital alone"), ``people@port-au-prince``,
  ``cases@mexico`` (a breakdown by country), ``people@outside capital`` ("outside the capital");
- a group among the people: ``people@un staff``, ``people_wounded@aid workers``,
  ``military@peacekeepers``, ``people@united kingdom nationals`` ("seven Britons", "British nationals").
An election's and a quake's own measures (candidates, seats, voters, turnout, magnitude) are read in
``measure_roles``; a number counting what the trigger set off ("sparked riots, with 70 injured") is
left to that consequence (``consequence_counts``); in an arrest, "86 arrests" counts 86 detainees.

The event's own place is no scope. Compare keeps comparing roles by equality, so a part is compared
only with the same part; what the role counts is the text before ``@`` and before any ``_fate``.
A group noun with no role of its own ("85 UN staff", "seven Britons") counts people in a disaster
or an attack.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.arguments import event_scope
from dossier.extract.consequence_counts import counts_a_consequence, outside_own_clause
from dossier.extract.count_fates import FATE_ROLES, fate_of
from dossier.extract.count_scope import HARM_WORDS, count_scope, counted_noun, is_group, is_harmed
from dossier.extract.foreign_counts import (POLICE_KIND, harmed_police, is_arrester, is_police, of_an_earlier_year,
                                            taken_into_custody)
from dossier.extract.measure_roles import (election_role, is_measure, magnitude_role, shot_role,
                                           without_hit_breakdowns)
from dossier.extract.ontology import DETAINEE_WORDS, ROLE_OF_COUNTED
from dossier.extract.rescue_senses import rescued_role
from dossier.extract.thing_kinds import kinds
from dossier.extract.triggers import Trigger

# Words that count people of any kind; they count prisoners only in events about captives.
GENERIC_PEOPLE = frozenset({"people", "individual", "individuals"})
# Person nouns that say nothing narrower than "people" of who was harmed ("two men were killed").
PLAIN_PEOPLE = frozenset({"man", "woman", "boy", "girl", "adult", "person", "individual", "someone", "victim",
                          "resident", "local", "inhabitant", "occupant", "passerby", "bystander", "people"})
CAPTIVE_TYPES = frozenset({models.EventType.PRISONER_EXCHANGE, models.EventType.RELEASE, models.EventType.AGREEMENT,
                           models.EventType.ARREST})
# In an arrest every count of people is of those taken or held ("520 foreign fighters were in
# custody", "2,000 women and children are being held"): one role, so outlets compare the same thing.
DETAINEE_ROLE = "detainees"
# Nouns of the arrest itself that count people taken, one each ("made 86 arrests").
ARREST_NOUNS = frozenset({"arrest", "arrests", "detention", "detentions"})
PEOPLE_ROLES = frozenset({"military", "civilians", "prisoners", "children", "people"})
ROLE_BY_WORD = {word: role for role, words in ROLE_OF_COUNTED.items() for word in words}
FORMULA = re.compile(r"\b(\d[\d,]*)\s*(?:-|\s)?\s*for\s*(?:-|\s)?\s*(\d[\d,]*)\b")
# Roles named by a unit of matter, which a rate turns into a flow: "5,000 barrels (of oil) a day".
UNIT_ROLES = frozenset({"barrels", "gallons", "litres", "tonnes"})
PERIODS = frozenset({"day", "hour", "week", "month", "year"})
HABITUAL = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:annually|yearly|year after year|year on year|each season|every season)\b")
RATE = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:(?:a|an|per|each|every)\s+(day|hour|week|month|year)\b|(daily)\b)")

# A prison term in a trial ("sentenced to 12 years", "jailed for six months", "18 months in jail"):
# its own role per unit, so outlets giving different terms disagree and a trial's length does not.
TERM_UNITS = {"year": "years", "years": "years", "month": "months", "months": "months"}
TERM_BEFORE = re.compile(r"\b(?:sentenced|jailed|imprisoned|sentence|term|handed)(?:\s+\w+){0,3}?\s+(?:to|for|of)\s*$")
TERM_AFTER = re.compile(r"^\s*(?:years?|months?)\s+(?:in|behind)\s+(?:prison|jail|bars)\b")

# Counts of people harmed: a count of the wounded, the displaced or those affected is not a count of
# the dead (words on the counted noun or the verb it is the subject or object of).
CASUALTY_ROLES = frozenset({"military", "civilians", "people"})
# Verbs whose object is a crime's victim (beside count_scope.HARM_WORDS).
VICTIM_VERBS = frozenset({"shoot", "stab", "attack", "assault", "rob", "kidnap", "abduct", "rape", "beat"})
# Nouns of crimes against people: whom they name after "of" are victims ("the killings of two women").
CRIME_NOUNS = frozenset({"killing", "murder", "slaying", "shooting", "stabbing", "death", "rape", "kidnapping",
                         "abduction", "assault", "beating", "massacre"})
# Nouns saying people were harmed, beside the verbs of count_scope.HARM_WORDS ("among the victims").
CASUALTY_NOUNS = frozenset({"victim", "casualty", "fatality", "death", "toll", "body", "survivor"})
# Counts of people harmed (the dead, the wounded as "people_wounded", the infected as "cases"); they
# are also the counts that may be of a part of the happening (a place, a group): see ``count_scope``.
HARM_ROLES = frozenset({"military", "civilians", "children", "people", "cases", "bodies"})
SCOPED_ROLES = HARM_ROLES
SCOPE_MARK = "@"


def base_role(role: str) -> str:
    """What a count role counts, without its fate or scope: "people_wounded@capital" counts people.
    The scope (after ``SCOPE_MARK``) stays part of the role when counts are compared: a count of one
    place or group is compared only with counts of the same part."""
    return role.split(SCOPE_MARK, 1)[0].split("_")[0]
# Events whose harm is counted by group too ("85 UN staff were killed" in a quake, whether "killed" is
# read as the quake's toll or as deaths of their own).
GROUP_COUNTED_TYPES = frozenset({models.EventType.DISASTER, models.EventType.ATTACK, models.EventType.DEATH})


def find_quantities(trigger: Trigger, quantities: list[models.Quantity], single: bool) -> tuple[models.EventQuantity, ...]:
    """Numbers of the event with their role (military, civilians, bodies, drones, duration...).

    Args:
        trigger: the event's trigger.
        quantities: the quantities of its sentence.
        single: whether the trigger is the only event of its sentence (then every number is its).

    Returns:
        Event quantities; "N for N" and "N ... each" become ``prisoners_each_side``.
    """
    doc = trigger.token.doc
    scope = event_scope(trigger)
    several = sum(not is_measure(q) for q in quantities) > 1  # a magnitude is no count of a part
    found = []
    for quantity in quantities:
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or counts_a_consequence(span, trigger.token) or taken_into_custody(span, trigger.token) \
                or (not is_measure(quantity) and (outside_own_clause(span, trigger.token, quantities)
                                                  or of_an_earlier_year(span, trigger.token))):
            continue
        election = trigger.event_type == models.EventType.ELECTION
        if not election and (_whole_of_a_part(span, trigger.token) or not (single or span.root.i in scope)):
            continue  # an election's own measures are its wherever they stand ("40 of the 300 candidates")
        measure = _measure_role(trigger, quantity, span)
        role = _count_role(trigger, quantity, span, several) if measure is False else measure
        if role is not None:
            found.append(models.EventQuantity(role=role, text=quantity.text, low=quantity.low, high=quantity.high,
                                              start=quantity.start, end=quantity.end))
    return tuple(_dedupe(without_hit_breakdowns(found)))


def _count_role(trigger: Trigger, quantity: models.Quantity, span: Span, several: bool) -> str | None:
    """The role of a count of people or things: by the counted noun, then by the event's type, the
    people's fate and the part of the happening counted (see the module docstring)."""
    role, kind = _quantity_role(quantity, span), None
    if is_police(span):  # police are no military, and count only when harmed (else they act)
        role, kind = ("people", POLICE_KIND) if harmed_police(span, _whole_counted(counted_noun(span)), fate_of(span)) \
            else (None, None)
    elif role is None and trigger.event_type in GROUP_COUNTED_TYPES:
        role, kind = _harmed_people(span)
    if trigger.event_type == models.EventType.ARREST:
        noun = counted_noun(span)
        role = None if _victims(noun) or is_arrester(noun) else _detainee_role(quantity, role, noun)
    elif trigger.event_type == models.EventType.TRIAL:
        role = _term_role(quantity, span) or role
    elif trigger.event_type == models.EventType.RESCUE:
        role = rescued_role(quantity.counted, role)  # "rescued 15 people": those saved
    if role is None:
        return None
    if role == "prisoners" and (quantity.counted or "").lower() in GENERIC_PEOPLE \
            and trigger.event_type not in CAPTIVE_TYPES:
        role = "people"  # "3 million people" hit by a quake were no one's prisoners
    if role.split("_")[0] in SCOPED_ROLES and (_habitual(span) or _merely_present(span)):
        return None  # "flu kills 250,000 people a year", "100 people were in the building": no toll
    if role in CASUALTY_ROLES and (fate := fate_of(span)):
        # "killed 200,000 and left 1.5 million homeless": two fates, no clash
        role = FATE_ROLES.get(fate, f"{role}_{fate}")
    role = role if kind == POLICE_KIND else scoped_role(role, span, trigger.token, several=several)
    return f"{role}{SCOPE_MARK}{kind}" if kind and SCOPE_MARK not in role else role


def _measure_role(trigger: Trigger, quantity: models.Quantity, span: Span) -> str | None | bool:
    """An election's number has only an election's roles (its people are voters or candidates, never
    casualties); a quake's magnitude is its own role. False when the number is read as a count."""
    if trigger.event_type == models.EventType.ELECTION:
        return election_role(quantity.counted, span)
    if trigger.event_type == models.EventType.DISASTER:
        return magnitude_role(quantity.counted, span) or False
    if trigger.event_type == models.EventType.ATTACK:
        return shot_role(quantity, span) or False  # "shot 11 times", "fired 41 rounds"
    return False


def _harmed_people(span: Span) -> tuple[str | None, str | None]:
    """The role of harmed people no role word names, and the kind of person counted when it is
    narrower than people.

    A group ("seven Britons", "two aid workers") is "people", scoped later by ``count_scope``; any
    other noun with a person among its first WordNet senses ("two firefighters were killed", "three
    climbers died") is "people" scoped by that noun, so it is compared only with a count of the same
    kind and never with the whole toll ("three people"); men, women and the like are plain people.
    """
    noun = counted_noun(span)
    if not is_harmed(noun):
        return None, None
    if is_group(noun) or noun.like_num:  # "killing 61": a bare number harmed counts people
        return "people", None
    if "noun.person" not in kinds(noun):  # a harmed "climber" is no plant, a harmed "fan" no machine
        return None, None
    return "people", (None if noun.lemma_.lower() in PLAIN_PEOPLE else noun.lower_)


def scoped_role(role: str, span: Span, anchor: Token, several: bool, carrier: Token | None = None) -> str:
    """``ROLE@SCOPE`` for a count of people restricted to a place or a group (see the module docstring).

    Args:
        role: the count's role ("people", "people_wounded", "cases"...).
        span: the number's span.
        anchor: the event's trigger token (its own place is no scope).
        several: whether the sentence gives more than one count (a breakdown by place).
        carrier: a toll word stating the count ("the toll in the capital alone"), if any.

    Returns:
        The role, with ``@`` and the scope when the count is of a part; other roles unchanged.
    """
    if role.split("_")[0] not in SCOPED_ROLES or SCOPE_MARK in role:
        return role
    scope = count_scope(span, anchor, several, carrier)
    return f"{role}{SCOPE_MARK}{scope}" if scope else role


def _quantity_role(quantity: models.Quantity, span: Span) -> str | None:
    doc = span.doc
    after = doc[span.end: span.end + 4].text.lower()
    sentence = span.sent.text
    offset = quantity.start - span.sent.start_char
    for formula in (m for m in FORMULA.finditer(sentence) if m.group(1) == m.group(2)):
        # "1000 for 1000" after the number, or the whole formula read as one quantity ("1000-for-1000")
        inside = formula.start() <= offset < formula.end()
        if inside or quantity.text.replace(",", "") in formula.group(1).replace(",", ""):
            return "prisoners_each_side"
    counted = (quantity.counted or "").lower()
    role = ROLE_BY_WORD.get(counted)
    if role is None and counted in {"unmanned", "aerial"}:
        role = "drones"
    if role is None:
        return None
    if role == "duration" and not any(t.lemma_ == "last" and t.pos_ in {"VERB", "AUX"} for t in span.sent):
        return None
    if role in UNIT_ROLES and (period := _rate_period(span)):
        return f"{role}_per_{period}"
    if re.search(r"\beach\b", after) and role in {"military", "civilians", "prisoners"}:
        return "prisoners_each_side"
    return role


def _detainee_role(quantity: models.Quantity, role: str | None, noun: Token) -> str | None:
    """The role of a number in an arrest: people of any kind counted are the detainees (a word
    our list lacks counts when WordNet's first sense of it is a person: "23 pirates", "raiders")."""
    counted = (quantity.counted or "").lower()
    if counted in ARREST_NOUNS:
        return DETAINEE_ROLE  # "made 86 arrests": one person each
    if role in PEOPLE_ROLES or (role is None and (counted in DETAINEE_WORDS or kinds(noun)[:1] == ["noun.person"])):
        return DETAINEE_ROLE
    return role


def _whole_of_a_part(span: Span, trigger: Token) -> bool:
    """Whether a number counts the whole a part is taken from ("three million of the nine million
    people in Haiti"): a population, not what befell anyone. Not when the event is told inside the
    whole's own phrase ("one of 99 suspects arrested on Tuesday"): the whole is what the event did."""
    noun = counted_noun(span)
    if trigger.i != noun.i and trigger in noun.subtree:
        return False
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and (of.head.like_num or of.head.pos_ == "NUM"
                                                           or of.head.lower_ in {"million", "thousand", "billion"})


def _term_role(quantity: models.Quantity, span: Span) -> str | None:
    """``sentence_years`` or ``sentence_months`` for a prison term, None for any other number."""
    unit = TERM_UNITS.get((quantity.counted or "").lower())
    if unit is None:
        return None
    doc = span.doc
    before = doc[max(span.sent.start, span.start - 5): span.start].text.lower()
    after = doc[span.end - 1: span.end + 4].text.lower()[len(doc[span.end - 1].text):]
    if TERM_BEFORE.search(before) or TERM_AFTER.match(after):
        return f"sentence_{unit}"
    return None


def _victims(noun: Token) -> bool:
    """Whether counted people are victims of a crime, not those arrested for it ("suspected of
    shooting three people", "accused of killing two")."""
    return is_harmed(noun) or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in VICTIM_VERBS) \
        or (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CRIME_NOUNS)


def _merely_present(span: Span) -> bool:
    """Whether a count of people only says where they were ("about 100 people were in the building
    when he opened fire", "a dozen guests, including three children, were inside"): the subject of
    "be", or a part of it, with no word of harm in its clause."""
    noun = _whole_counted(counted_noun(span))
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return False
    words = {t.lemma_.lower() for t in noun.head.subtree} | {t.lower_ for t in noun.head.subtree}
    return not words & (HARM_WORDS | CASUALTY_NOUNS)


def _whole_counted(noun: Token) -> Token:
    """The noun a part of a group hangs on: "people, including two children", "a group of people"."""
    for _ in range(4):
        if noun.dep_ in {"conj", "appos"} and noun.head.i != noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in {"including", "of"} and noun.head.head.pos_ in {"NOUN", "PRON"}:
            noun = noun.head.head
        else:
            break
    return noun


def _habitual(span: Span) -> bool:
    """Whether a count of people is given per period ("a year", "every day", "year after year",
    "annually"): the measure of a recurring kind of happening, not of one happening."""
    after = span.doc[span.end: span.sent.end].text.lower()
    return _rate_period(span) is not None or bool(HABITUAL.match(after))


def _rate_period(span: Span) -> str | None:
    """The period of a flow: "5,000 barrels (of oil) a day", "barrels (800,000 litres) per day", or
    "thousands of barrels have been spewing ... every day", where the period modifies the verb."""
    after = span.doc[span.end: span.sent.end].text.lower()
    after = re.sub(r"^([\w-]+(?:\s+of\s+[\w-]+)?)\s*\([^()]*\)", r"\1", after)  # a conversion in brackets
    if rate := RATE.match(after):
        return rate.group(1) or "day"
    noun = counted_noun(span)
    verbs = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} else []
    verbs += [c for c in noun.children if c.dep_ in {"acl", "relcl"}]  # "barrels of oil leaked daily"
    for child in (c for verb in verbs for c in verb.children):
        if child.dep_ == "npadvmod" and child.lemma_ in PERIODS and any(
                d.lower_ in {"a", "an", "per", "each", "every"} for d in child.children):
            return child.lemma_
        if child.dep_ == "advmod" and child.lower_ == "daily":
            return "day"
        if child.dep_ == "prep" and child.lower_ == "per" and any(g.lemma_ in PERIODS for g in child.children):
            return next(g.lemma_ for g in child.children if g.lemma_ in PERIODS)
    return None


def _dedupe(found: list[models.EventQuantity]) -> list[models.EventQuantity]:
    seen, result = set(), []
    for quantity in found:
        key = (quantity.role, quantity.low, quantity.high)
        if key not in seen:
            seen.add(key)
            result.append(quantity)
    return result
