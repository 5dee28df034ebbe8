"""Tolls: the count of the dead, the wounded or the infected, given to the happening it is the toll of.

News states what an earthquake, a war or an epidemic did mostly as a toll, not as a verb of harm:
"the death toll from the quake rose to 150,000", "the bombing's toll stood at 31 dead and 80
wounded", "Mexico has confirmed 26 deaths from swine flu", "the number of confirmed cases rose to
40". No trigger word carries those numbers, so ``find_quantities`` leaves them unclaimed. Here:

- a toll word ("toll", "deaths", "dead", "fatalities"; "cases", "infections" of an illness) takes
  its value from its own number ("26 deaths", "at least 31 dead") or from the verb it is the subject
  or object of ("rose to N", "reached N", "stood at N", "is N", "put the toll at N"), or from "a toll
  of N";
- the happening is the noun in its complement or possessor ("from the earthquake", "the quake's
  toll", "of the attack", "swine flu deaths"); an illness there stands for its outbreak, which gets a
  trigger of its own when the sentence has none (``toll_triggers``);
- a toll with no happening named is reported by its own word ("The death toll has risen to
  150,000") as the kind of harm the article told of last (``toll_triggers``, reading
  ``harm_context``), or goes to a disaster or attack of its own sentence, or to none: a number
  is never given to another sentence's event, so it always cites the sentence stating it.

Roles: the dead keep the roles of casualty counts (``military``, ``civilians``, ``children`` by the
counted noun, else ``people``), the wounded ``..._wounded``, confirmed infections ``cases``.
Increments ("two more deaths", "new cases"), unconfirmed counts ("suspected cases") and numbers
that count no people ("the bridge toll rose to $5") are no toll. A "from N to M" rise gives M.

A toll of a part ("the death toll in the capital alone") takes that part as the scope of its role
(``people@capital``, see ``count_scope``), so it is compared only with tolls of the same part.
Known limit: a value in another clause ("... but it is expected to reach N") is missed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dossier import models
from dossier.extract.count_scope import count_scope
from dossier.extract.ontology import (
    ACCIDENT_NOUNS, BY_TYPE, DISASTER_NOUNS, ILLNESS_NOUNS, ONTOLOGY, ROLE_OF_COUNTED, definitions_for,
)

if TYPE_CHECKING:  # ``eventive`` (imported by ``triggers``) reads this module's word lists
    from dossier.extract.drafts import Draft
    from dossier.extract.triggers import Trigger

T = models.EventType
# Words that state a toll (lemmas and surface forms; the small model lemmatizes "fatalities" unevenly).
TOLL_WORDS = frozenset({"toll"})
DEATH_WORDS = frozenset({"death", "deaths", "fatality", "fatalities", "dead"})
WOUND_WORDS = frozenset({"wounded", "injured", "injury", "injuries"})
CASE_WORDS = frozenset({"case", "cases", "infection", "infections"})
# Nouns a toll word can hang from ("the number of deaths", "the tally of confirmed cases").
COUNT_NOUNS = frozenset({"number", "count", "tally", "total", "figure"})
# Prepositions naming what a toll is of: "the toll from the quake", "deaths in the bombing".
HAPPENING_PREPS = frozenset({"from", "of", "in"})
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
OUTBREAK = next(d for d in ONTOLOGY if d.name == "accident")  # accidents and outbreaks
# Verbs by which an illness counts its cases: "the virus has infected 300 people", "sickened 200".
INFECTION_VERBS = frozenset({"infect", "sicken"})


@dataclass(frozen=True, slots=True)
class Toll:
    """One number of a toll: the toll word, the role of the number, and what it is the toll of."""

    noun: Token
    role: str
    quantity: models.Quantity
    happening: Token | None

    @property
    def illness(self) -> bool:
        return self.happening is not None and _is_illness(self.happening)


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
        if kind == "cases" and not (happening is not None and _is_illness(happening) or _confirmed(noun)):
            continue
        for quantity, span in _values(noun, spans):
            role = _role(quantity, span, kind)
            if role and quantity.start not in found:
                found[quantity.start] = Toll(noun=noun, role=role, quantity=quantity, happening=happening)
    return sorted(found.values(), key=lambda t: t.quantity.start)


def toll_triggers(sent: Span, found: list[Trigger], quantities: Iterable[models.Quantity],
                  last_harm: models.EventType | None = None) -> list[Trigger]:
    """Triggers for the happenings tolls name that no trigger reports: an illness is its outbreak
    ("26 deaths from swine flu"), and an event noun the parse left unreported is the event. A toll
    naming no happening ("The death toll has risen to 150,000") in a sentence reporting none is a
    mention, by its own word, of the kind of harm the article told of last, so that its number
    cites the sentence that states it.

    Args:
        sent: the sentence.
        found: the triggers already found in it.
        quantities: the quantities of the sentence.
        last_harm: the type of the article's last disaster or attack before the sentence, if any.

    Returns:
        New triggers, at most one per happening.
    """
    from dossier.extract.triggers import Trigger  # noqa: PLC0415 -- see the import block

    taken = {t.token.i for t in found}
    extra: dict[int, Trigger] = {}
    for toll in find_tolls(sent, quantities):
        happening = toll.happening
        if happening is None or happening.i in taken or happening.i in extra:
            continue
        if toll.illness:
            extra[happening.i] = Trigger(token=happening, definition=OUTBREAK, nominal=True)
            continue
        definitions = [d for d in definitions_for(happening.lemma_.lower(), True) if d.event_type in HARMED_TYPES]
        if definitions:  # ``select_triggers`` still prefers a verb of the same type ("killed")
            extra[happening.i] = Trigger(token=happening, definition=definitions[0], nominal=True)
    for subject in _infecting(sent):
        if subject.i not in taken:
            extra.setdefault(subject.i, Trigger(token=subject, definition=OUTBREAK, nominal=True))
    harmed = any(t.event_type in HARMED_TYPES for t in [*found, *extra.values()])
    if last_harm in HARMED_TYPES and not harmed:
        for toll in find_tolls(sent, quantities):
            if toll.happening is None and toll.noun.i not in taken:
                definition = OUTBREAK if toll.role == "cases" else BY_TYPE[last_harm]
                extra.setdefault(toll.noun.i, Trigger(token=toll.noun, definition=definition, nominal=True))
                break
    return list(extra.values())


def _infecting(sent: Span) -> list[Token]:
    """Illnesses that are the subject of a verb of infection with a counted object: "the virus has
    infected 300 people" is the outbreak, sized by its cases (``quantity_roles`` gives the role)."""
    found = []
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in INFECTION_VERBS):
        counted = any(c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in verb.children)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        illness = [t for s in subjects for t in s.subtree if _is_illness(t)]
        if counted and illness:
            found.append(illness[-1])
    return found


def settle_tolled(drafts: list[Draft], quantities: Iterable[models.Quantity],
                  timexes: Iterable[models.TimeExpression], published) -> None:
    """A happening named only as what a toll is of took place, and the sentence's day dates the
    count, not it: "the toll from the earthquake rose to 150,000 on Sunday" says nothing of when the
    quake struck, unless the day is written on it ("Tuesday's earthquake").

    Args:
        drafts: the drafts of one sentence, dated; a tolled happening's draft is changed in place.
        quantities: the quantities of the sentence.
        timexes: the time expressions of the sentence.
        published: the publication date (a ``DateValue``) or None.
    """
    if not drafts:
        return
    tolled = {t.happening.i: t.happening for t in find_tolls(drafts[0].sent, quantities) if t.happening is not None}
    starts = [t.start for t in timexes]
    for draft in drafts:
        happening = tolled.get(draft.trigger.token.i)
        if happening is None:
            continue
        if draft.status in {models.EventStatus.HYPOTHETICAL, models.EventStatus.PLANNED}:
            draft.status = models.EventStatus.HAPPENED  # "the toll could rise": the quake still happened
        first, last = happening.left_edge, happening.right_edge
        own_day = any(first.idx <= s < last.idx + len(last) for s in starts)
        if draft.date_source == "sentence" and not own_day:
            draft.date, draft.date_source = published, "publication"


def claim_tolls(doc: Doc, drafts: list[Draft], quantities: Iterable[models.Quantity],
                keep: Callable[[Draft], bool]) -> None:
    """Give each toll's number to the event it is the toll of (see the module docstring).

    Args:
        doc: the annotated article.
        drafts: the article's event drafts, in text order; the chosen ones get the numbers.
        quantities: the article's quantities.
        keep: whether a draft will be kept; a toll without a happening goes only to one kept.
    """
    claimed = {q.start for d in drafts if keep(d) for q in d.quantities}
    by_sentence: dict[int, list[models.Quantity]] = {}
    for quantity in quantities:
        by_sentence.setdefault(quantity.sentence_index, []).append(quantity)
    for index, sent in enumerate(doc.sents):
        for toll in find_tolls(sent, by_sentence.get(index, [])):
            if toll.quantity.start in claimed:
                continue
            target = _target(toll, drafts, index, keep)
            if target is not None:
                quantity = toll.quantity
                span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
                several = len(by_sentence.get(index, [])) > 1
                scope = count_scope(span, target.trigger.token, several, toll.noun) if span is not None else None
                target.quantities = (*target.quantities, models.EventQuantity(
                    role=f"{toll.role}@{scope}" if scope else toll.role, text=quantity.text, low=quantity.low,
                    high=quantity.high, start=quantity.start, end=quantity.end))
                claimed.add(quantity.start)


def _target(toll: Toll, drafts: list[Draft], index: int, keep: Callable[[Draft], bool]) -> Draft | None:
    """The draft a toll belongs to: its happening's, one of the happening's type in the sentence,
    else (no happening named) the toll's own mention or the sentence's disaster, attack or outbreak."""
    here = [d for d in drafts if d.index == index]
    happening = toll.happening
    if happening is not None:
        own = [d for d in here if d.trigger.token.i == happening.i]
        if own:
            return own[0]
        wanted = {T.DISASTER} if toll.illness else {d.event_type for d in definitions_for(
            happening.lemma_.lower(), True)} & HARMED_TYPES or {T.DISASTER}
        fitting = [d for d in here if d.event_type in wanted]
        return next((d for d in fitting if keep(d)), fitting[0] if fitting else None)
    at = toll.noun.idx
    # Only in its own sentence, so that the number cites the sentence stating it; a toll of an
    # earlier sentence's happening has a trigger of its own (``toll_triggers``).
    earlier = [d for d in here if d.trigger.token.idx < at and d.event_type in HARMED_TYPES and keep(d)]
    later_here = [d for d in here if d.event_type in HARMED_TYPES and keep(d)]
    if toll.role == "cases":  # only an outbreak has cases
        earlier = [d for d in earlier if _tells_of_illness(d)]
        later_here = [d for d in later_here if _tells_of_illness(d)]
    own_word = [d for d in later_here if d.trigger.token.i == toll.noun.i]
    if own_word:
        return own_word[0]  # the toll reported by its own word (see ``toll_triggers``)
    if earlier:
        return earlier[-1]
    return later_here[0] if later_here else None


def _kind(token: Token) -> str | None:
    """What a toll word counts: the dead, the wounded or cases."""
    words = {token.lemma_.lower(), token.lower_}
    if words & TOLL_WORDS or words & DEATH_WORDS:
        if token.lower_ == "dead" and not _counted_by_number(token) and _dead_subject(token) is None:
            return None  # "found dead", "the dead": no count
        return "dead"
    if words & WOUND_WORDS and token.pos_ in {"NOUN", "ADJ"} and _counted_by_number(token):
        return "wounded"  # "80 injured" as a noun phrase; "injured 80" is a verb find_quantities reads
    if words & CASE_WORDS and token.pos_ == "NOUN":
        return "cases"
    return None


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
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in COUNT_NOUNS:
        return head.head
    return noun


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
        if _is_illness(candidate) or _is_happening(candidate):
            return candidate
    return None


def _is_illness(token: Token) -> bool:
    return token.lemma_.lower() in ILLNESS_NOUNS or token.lower_ in ILLNESS_NOUNS


def _is_happening(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in DISASTER_NOUNS or lemma in ACCIDENT_NOUNS:
        return True
    return any(d.event_type in HARMED_TYPES for d in definitions_for(lemma, True))


def _tells_of_illness(draft: Draft) -> bool:
    """Whether a disaster is an outbreak (its sentence names an illness), which alone has cases."""
    return any(_is_illness(t) for t in draft.sent)


def _values(noun: Token, spans: list[tuple[models.Quantity, Span]]) -> list[tuple[models.Quantity, Span]]:
    """The numbers giving a toll's value: its own ("26 deaths"), "a toll of N", or those on the verb
    it is the subject or object of ("rose to N", "stood at N", "put the toll at N", "is N")."""
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
    role = ROLE_BY_WORD.get(counted_word)
    if role not in PERSON_ROLES or any(sign in quantity.text for sign in "$£€%"):
        return None  # "the bridge toll rose to $5", "a toll of 40 hours": no count of people
    if role is None and counted_word and counted_word not in DEATH_WORDS | WOUND_WORDS | TOLL_WORDS | CASE_WORDS:
        return None  # "a 7.0-magnitude quake left 50,000 dead": the magnitude counts no one
    if kind == "cases":
        return "cases"
    role = role if role in CASUALTY_ROLES else "people"
    return f"{role}_wounded" if kind == "wounded" else role
