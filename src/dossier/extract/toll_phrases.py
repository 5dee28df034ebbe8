"""Toll phrases: which numbers of a sentence count the dead, the wounded or the infected, and of what.

Split out of ``tolls`` (which gives each toll to the event it is the toll of) because reading the
phrase is a job of its own: a toll word ("toll", "deaths", "dead", "fatalities"; "cases",
"infections" of an illness) takes its value from its own number ("26 deaths", "at least 31 dead")
or from the verb it is the subject or object of ("rose to N", "reached N", "stood at N", "is N",
"put the toll at N"), or from "a toll of N"; what it is the toll of is the noun in its complement
or possessor ("from the earthquake", "the quake's toll", "of the attack", "swine flu deaths").
Increments ("two more deaths", "new cases"), unconfirmed counts ("suspected cases") and numbers
that count no people ("the bridge toll rose to $5") are no toll. A "from N to M" rise gives M.

A revised toll ("the toll in the blast, initially 10, has risen to 12", "now stands at 12, up from
10") gives only its current value: the figure it replaced hangs from the toll word as an apposition
or from a "from"/"up from" phrase, which ``_reaches`` never crosses. It is dropped rather than kept
as a second toll, since an event's counts have no place for a superseded figure and two values of
one role would read as a clash between sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.ontology import ACCIDENT_NOUNS, DISASTER_NOUNS, ILLNESS_NOUNS, ROLE_OF_COUNTED, definitions_for
from dossier.extract.sense_parse import quantifier_over
from dossier.extract.foreign_counts import is_police
from dossier.extract.table_lines import table_value

T = models.EventType
# Words that state a toll (lemmas and surface forms; the small model lemmatizes "fatalities" unevenly).
TOLL_WORDS = frozenset({"toll"})
DEATH_WORDS = frozenset({"death", "deaths", "fatality", "fatalities", "dead"})
WOUND_WORDS = frozenset({"wounded", "injured", "injury", "injuries"})
CASE_WORDS = frozenset({"case", "cases", "infection", "infections"})
# Nouns a toll word can hang from ("the number of deaths", "the tally of confirmed cases").
COUNT_NOUNS = frozenset({"number", "count", "tally", "total", "figure"})
# Prepositions naming what a toll is of: "the toll from the quake", "deaths in the bombing", "the
# toll for both attacks" (only a disaster, attack, accident or illness there is a happening).
HAPPENING_PREPS = frozenset({"from", "of", "in", "for"})
# Prepositions that give a toll's value on its verb ("rose to", "stood at", "risen above"); "from"
# gives the value it had before and "by" the increase, neither of which is the toll.
VALUE_PREPS = frozenset({"to", "at", "above", "over", "past", "beyond", "near", "around", "of", "as", "between"})
# Dependencies a value may sit behind between the toll's verb and its number.
VALUE_DEPS = frozenset({"prep", "pobj", "dobj", "attr", "acomp", "oprd", "nummod", "quantmod", "advmod",
                        "npadvmod", "conj", "appos", "amod", "compound", "xcomp"})
# Increments and unconfirmed counts are no toll: "two more deaths", "new cases", "suspected cases".
NOT_A_TOLL = frozenset({"more", "new", "further", "additional", "other", "another", "suspected", "possible",
                        "probable", "potential", "likely", "unconfirmed", "previous", "earlier"})
HARMED_TYPES = frozenset({T.DISASTER, T.ATTACK})
CASUALTY_ROLES = frozenset({"military", "civilians", "children"})
# Roles of the counted nouns a toll may count (None: no noun, as in "31 dead" or "rose to 150").
PERSON_ROLES = frozenset({None, "military", "civilians", "children", "prisoners"})
ROLE_BY_WORD = {word: role for role, words in ROLE_OF_COUNTED.items() for word in words}


@dataclass(frozen=True, slots=True)
class Toll:
    """One number of a toll: the toll word, the role of the number, and what it is the toll of."""

    noun: Token
    role: str
    quantity: models.Quantity
    happening: Token | None

    @property
    def illness(self) -> bool:
        return self.happening is not None and is_illness(self.happening)


def find_tolls(sent: Span, quantities: Iterable[models.Quantity]) -> list[Toll]:
    """The tolls a sentence states, one per number.

    Args:
        sent: the sentence.
        quantities: the quantities of the sentence.

    Returns:
        Tolls in text order; a count of cases only when it is of an illness or confirmed.
    """
    doc = sent.doc
    spans = [(q, doc.char_span(q.start, q.end, alignment_mode="expand")) for q in quantities]
    spans = [(q, s) for q, s in spans if s is not None]
    found: dict[int, Toll] = {}
    for noun in (t for t in sent if _kind(t) and not _discounted(t)):
        happening = _happening(noun)
        kind = _kind(noun)
        if kind == "cases" and not (happening is not None and is_illness(happening) or _confirmed(noun)):
            continue
        for quantity, span in _values(noun, spans):
            role = _role(quantity, span, kind)
            if role and quantity.start not in found:
                found[quantity.start] = Toll(noun=noun, role=role, quantity=quantity, happening=happening)
    return sorted(found.values(), key=lambda t: t.quantity.start)


def _kind(token: Token) -> str | None:
    """What a toll word counts: the dead, the wounded or cases."""
    words = {token.lemma_.lower(), token.lower_}
    label = _table_label(token)
    if label:
        return label
    if words & TOLL_WORDS or words & DEATH_WORDS:
        if token.lower_ == "dead" and not _counted_by_number(token) and _dead_subject(token) is None \
                and quantifier_over(token, COUNT_NOUNS).i == token.i:
            return None  # "found dead", "the dead": no count; "the number of dead" is one
        return "dead"
    if words & WOUND_WORDS and token.pos_ in {"NOUN", "ADJ"} and _counted_by_number(token):
        return "wounded"  # "80 injured" as a noun phrase; "injured 80" is a verb find_quantities reads
    if words & CASE_WORDS and token.pos_ == "NOUN":
        return "cases"
    return None


def _table_label(token: Token) -> str | None:
    """What a table line's label word counts ("Total Dead: 38", "Killed: 40", "Injured: 61"): "dead"
    or "wounded"; None for any other word. The word is read before its line: finding the line
    costs a pass over the sentence, once per word of a long sentence."""
    words = {token.lemma_.lower(), token.lower_}
    if words & (DEATH_WORDS | {"killed", "kill"}):
        kind = "dead"
    elif words & (WOUND_WORDS | {"injure", "wound"}):
        kind = "wounded"
    else:
        return None
    line = table_value(token.sent)
    if line is None or token.i not in {t.i for t in line[0]}:
        return None
    return kind


def _table_values(noun: Token, spans: list[tuple[models.Quantity, Span]]) -> list[tuple[models.Quantity, Span]]:
    """The number of the table line a label word heads."""
    line = table_value(noun.sent)
    if line is None:
        return []
    value = {t.i for t in line[1]}
    return [(q, s) for q, s in spans if s.root.i in value]


def _dead_subject(token: Token) -> Token | None:
    """The subject "dead" is said of ("16 soldiers are confirmed dead", "45,000 people are dead")."""
    if token.dep_ not in {"acomp", "oprd", "xcomp"}:
        return None
    subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects[0] if subjects else None


def _counted_by_number(token: Token) -> bool:
    """"31 dead", and "50,000 dead" parsed as a number the word modifies."""
    if token.dep_ == "amod" and (token.head.like_num or token.head.pos_ == "NUM"):
        return True
    return any(c.dep_ in {"nummod", "quantmod"} or c.like_num for c in token.children)


def _discounted(noun: Token) -> bool:
    """Increments and unconfirmed counts: "two more deaths", "new cases", "suspected cases"."""
    words = {c for c in noun.children if c.dep_ in {"amod", "advmod", "det", "nummod", "quantmod"}}
    words |= {g for c in noun.children if c.dep_ == "nummod" for g in c.children}
    # "more than 150 deaths" is a range, not an increment
    return any(w.lower_ in NOT_A_TOLL and not (w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ == "than")
               for w in words)


def _confirmed(noun: Token) -> bool:
    """A count of cases someone confirmed or reported ("28 confirmed cases", "confirmed 40 cases")."""
    carrier = _carrier(noun)
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "acl"}}
    verb = carrier.head.lemma_.lower() if carrier.dep_ in {"dobj", "nsubjpass", "nsubj"} else ""
    # a count that rises or stands at a value is the official (confirmed) tally
    return bool(modifiers & {"confirm", "confirmed", "report", "reported"}) or verb in {
        "confirm", "report", "record", "register", "rise", "reach", "climb", "stand", "jump", "top", "pass"}


def _carrier(noun: Token) -> Token:
    """The noun phrase a toll word stands in: "the number of deaths" stands where "number" does."""
    return quantifier_over(noun, COUNT_NOUNS)


def _happening(noun: Token) -> Token | None:
    """What the toll is of: a possessor, a compound or a "from/of/in" complement naming a disaster,
    an attack, an accident or an illness."""
    carrier = _carrier(noun)
    candidates = [c for t in (noun, carrier) for c in t.children if c.dep_ in {"poss", "compound"}]
    holders = [(noun, HAPPENING_PREPS), (carrier, HAPPENING_PREPS)]
    if carrier.dep_ == "dobj":  # "confirmed 25 deaths from the virus": the parse hangs "from" off the verb
        holders.append((carrier.head, HAPPENING_PREPS - {"of"}))
    candidates += [g for t, preps in holders for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                   for g in c.children if g.dep_ == "pobj"]
    for candidate in sorted(candidates, key=lambda t: t.i):
        if is_illness(candidate) or _is_happening(candidate):
            return candidate
    return None


def is_illness(token: Token) -> bool:
    """Whether a word names an illness ("flu", "cholera"), whose toll is its outbreak's."""
    return token.lemma_.lower() in ILLNESS_NOUNS or token.lower_ in ILLNESS_NOUNS


def _is_happening(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in DISASTER_NOUNS or lemma in ACCIDENT_NOUNS:
        return True
    return any(d.event_type in HARMED_TYPES for d in definitions_for(lemma, True))


def _values(noun: Token, spans: list[tuple[models.Quantity, Span]]) -> list[tuple[models.Quantity, Span]]:
    """The numbers giving a toll's value: its own ("26 deaths"), "a toll of N", or those on the verb
    it is the subject or object of ("rose to N", "stood at N", "put the toll at N", "is N")."""
    if _table_label(noun):
        return _table_values(noun, spans)
    subject = _dead_subject(noun) if noun.lower_ == "dead" else None
    own = [(q, s) for q, s in spans if _counted_noun(s).i == noun.i
           or (noun.dep_ == "amod" and noun.head.i == _counted_noun(s).i)
           or (subject is not None and _counted_noun(s).i == subject.i)]
    if own:
        return own
    carrier = _carrier(noun)
    of = [(q, s) for q, s in spans for prep in carrier.children
          if prep.dep_ == "prep" and prep.lower_ == "of" and _reaches(s.root, prep, skip=None)]
    if of:
        return of
    if carrier.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return []
    verb = carrier.head
    found = [(q, s) for q, s in spans if _reaches(s.root, verb, skip=carrier) or _from_to(s, verb)]
    return [_to_end(q, s) if _from_to(s, verb) else (q, s) for q, s in found]


def _from_to(span: Span, verb: Token) -> bool:
    """"has risen from 11 to 14", read as one range: the toll is its end, not the range."""
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return before is not None and before.lower_ == "from" and before.head.i == verb.i and any(
        t.lower_ == "to" for t in span)


def _to_end(quantity: models.Quantity, span: Span) -> tuple[models.Quantity, Span]:
    """The end of a "from N to M" range as a quantity of its own."""
    to = next(t for t in span if t.lower_ == "to")
    end = span.doc[to.i + 1: span.end]
    value = replace(quantity, start=end.start_char, end=end.end_char, text=end.text, low=quantity.high)
    return value, end


def _reaches(token: Token, top: Token, skip: Token | None) -> bool:
    """Whether a number hangs from ``top`` through value-giving links only (never through the toll
    word's own phrase, a "from"/"by" phrase or another clause)."""
    steps = 0
    while token.i != top.i and steps < 8:
        if (skip is not None and token.i == skip.i) or token.head.i == token.i:
            return False
        allowed = token.dep_ in VALUE_DEPS or (token.dep_ == "nsubj" and _kind(token.head) is None
                                               and token.head.lower_ in WOUND_WORDS | DEATH_WORDS)
        if not allowed or (token.dep_ == "prep" and token.lower_ not in VALUE_PREPS):
            return False
        if token.dep_ == "conj" and token.pos_ == "VERB" and token.lower_ not in WOUND_WORDS | DEATH_WORDS:
            return False
        token, steps = token.head, steps + 1
    return token.i == top.i


def _counted_noun(span: Span) -> Token:
    """The noun a number counts: up from "1.5" through "million" to "people"."""
    token = span.root
    while token.dep_ in {"nummod", "quantmod", "compound", "advmod"} and token.head.i != token.i:
        token = token.head
    return token


def _role(quantity: models.Quantity, span: Span, kind: str) -> str | None:
    """The role of a toll's number: by what it counts ("31 dead", "80 wounded", "12 soldiers")."""
    counted = _counted_noun(span)
    if counted.lower_ in WOUND_WORDS or span.root.head.lower_ in WOUND_WORDS:
        kind = "wounded"
    elif counted.lower_ in DEATH_WORDS or counted.lemma_.lower() in DEATH_WORDS:
        kind = "dead"
    counted_word = (quantity.counted or "").lower()
    role = None if is_police(span) else ROLE_BY_WORD.get(counted_word)  # police are no military: people
    if role not in PERSON_ROLES or any(sign in quantity.text for sign in "$£€%"):
        return None  # "the bridge toll rose to $5", "a toll of 40 hours": no count of people
    if role is None and counted_word and not is_police(span) and counted_word not in DEATH_WORDS | WOUND_WORDS | TOLL_WORDS | CASE_WORDS:
        return None  # "a 7.0-magnitude quake left 50,000 dead": the magnitude counts no one
    if kind == "cases":
        return "cases"
    role = role if role in CASUALTY_ROLES else "people"
    return f"{role}_wounded" if kind == "wounded" else role
