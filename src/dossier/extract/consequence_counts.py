"""Counts a sentence gives of what an event set off, not of the event: "The killing of X has sparked
the worst rioting in decades, with at least 70 people injured" counts the riots' wounded, not the
killing's. A number inside the clause of a verb of causing whose subject is the trigger, and outside
the trigger's own phrase, is the consequence's; the trigger takes none of it. (The consequence, when
it has a trigger of its own, still reads the number through its own phrase.)

Likewise a clause that holds the trigger and tells no more of it keeps the rest of the sentence's
numbers apart: a relative clause ("joined a vigil near the corner where he was shot") and a
participle clause with a count of its own ("has been found in 5,000 people, killing 40").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.count_scope import counted_noun
from dossier.extract.thing_kinds import kinds

# Verbs by which one happening sets off another ("sparked riots", "triggered protests").
CAUSING = frozenset({"spark", "trigger", "cause", "provoke", "prompt", "ignite", "unleash", "fuel", "touch",
                     "set", "lead", "bring", "stir", "fan", "inflame"})


def counts_a_consequence(span: Span, trigger: Token) -> bool:
    """Whether a number counts what the trigger set off, not the trigger's own happening.

    Args:
        span: the number's span.
        trigger: the event's trigger token.

    Returns:
        True when the trigger is the subject of a verb of causing whose clause holds the number
        outside the trigger's own phrase.
    """
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or trigger.head.lemma_.lower() not in CAUSING:
        return False
    verb = trigger.head
    own = {t.i for t in trigger.subtree}
    inside = {t.i for t in verb.subtree}
    return span.root.i in inside and span.root.i not in own


def outside_own_clause(span: Span, trigger: Token, quantities: list[models.Quantity]) -> bool:
    """Whether a number stands outside a clause that holds the trigger and tells no more of it.

    A relative clause describes its noun ("joined a vigil near the corner where he was shot"): the
    main clause's numbers are not the relative clause's event's, unless they count the noun the
    clause describes ("three men who were arrested"); only counts of people are kept apart so (the
    "$1 million in damage from a fire that was set" is the fire's). A participle clause with a count
    of its own ("has been found in 5,000 people, killing 40") takes none of the main clause's
    counts (the caller keeps measures such as a quake's magnitude out of this test).
    """
    relative = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"), None)
    if relative is not None:  # "20 people who were hurt": the number counts the clause's own noun
        return span.root not in relative.subtree and span.root not in relative.head.subtree \
            and _counts_people(span)
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or span.root in trigger.subtree:
        return False
    own = {t.i for t in trigger.subtree}
    doc = trigger.doc
    return any((q_span := doc.char_span(q.start, q.end, alignment_mode="expand")) is not None
               and q_span.root.i in own for q in quantities)


def _counts_people(span: Span) -> bool:
    noun = counted_noun(span)
    return noun.lemma_.lower() in {"people", "person"} or "noun.person" in kinds(noun)[:1]
