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
Known limit: a value in another clause ("... but it is expected to reach N") is missed. Reading
the toll phrase itself is ``toll_phrases``'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dossier import models
from dossier.extract.count_scope import count_scope
from dossier.extract.foreign_counts import of_an_earlier_year
from dossier.extract.measure_roles import election_triggers
from dossier.extract.ontology import ACCIDENT_NOUNS, BY_TYPE, DISASTER_NOUNS, ONTOLOGY, definitions_for
from dossier.extract.toll_phrases import HARMED_TYPES, Toll, find_tolls, is_illness

if TYPE_CHECKING:  # ``triggers`` imports ``eventive``, which reads ``toll_phrases``
    from dossier.extract.drafts import Draft
    from dossier.extract.triggers import Trigger

T = models.EventType
OUTBREAK = next(d for d in ONTOLOGY if d.name == "accident")  # accidents and outbreaks
# Verbs by which an illness counts its cases: "the virus has infected 300 people", "sickened 200".
INFECTION_VERBS = frozenset({"infect", "sicken"})


def toll_triggers(sent: Span, found: list[Trigger], quantities: Iterable[models.Quantity],
                  last_harm: models.EventType | None = None) -> list[Trigger]:
    """Triggers for the happenings tolls name that no trigger reports: an illness is its outbreak
    ("26 deaths from swine flu"), and an event noun the parse left unreported is the event. A toll
    naming no happening ("The death toll has risen to 150,000") in a sentence reporting none is a
    mention, by its own word, of the kind of harm the article told of last, so that its number
    cites the sentence that states it. So is an election a sentence sizes with no trigger for it
    ("turnout reached 93.87 percent in the election", see ``measure_roles.election_triggers``).

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
        elif _accident_word(happening):
            # "the toll in the blast": a blast is an accident of itself; ``harm_context`` makes it
            # the attack when the article told of a bomb (``blast_senses``)
            extra[happening.i] = Trigger(token=happening, definition=OUTBREAK, nominal=True)
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
    return [*extra.values(), *election_triggers(sent, found, list(quantities))]


def _accident_word(noun: Token) -> bool:
    """A noun of a disaster or an accident that the ontology gives no trigger of its own ("blast")."""
    lemma = noun.lemma_.lower()
    return lemma in ACCIDENT_NOUNS or lemma in DISASTER_NOUNS


def _infecting(sent: Span) -> list[Token]:
    """Illnesses that are the subject of a verb of infection with a counted object: "the virus has
    infected 300 people" is the outbreak, sized by its cases (``quantity_roles`` gives the role)."""
    found = []
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in INFECTION_VERBS):
        counted = any(c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in verb.children)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        illness = [t for s in subjects for t in s.subtree if is_illness(t)]
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
            quantity = toll.quantity
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            if span is not None and any(of_an_earlier_year(span, word) for word in (toll.noun, toll.happening) if word):
                continue  # "the 1918 flu's toll of 50 million" sizes that flu, not the article's
            if target is not None:
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


def _tells_of_illness(draft: Draft) -> bool:
    """Whether a disaster is an outbreak (its sentence names an illness), which alone has cases."""
    return any(is_illness(t) for t in draft.sent)
