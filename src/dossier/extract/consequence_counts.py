"""Counts a sentence gives of what an event set off, not of the event: "The killing of X has sparked
the worst rioting in decades, with at least 70 people injured" counts the riots' wounded, not the
killing's. A number inside the clause of a verb of causing whose subject is the trigger, and outside
the trigger's own phrase, is the consequence's; the trigger takes none of it. (The consequence, when
it has a trigger of its own, still reads the number through its own phrase.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

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
