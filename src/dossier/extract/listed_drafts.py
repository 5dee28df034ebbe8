"""Event drafts for agreements listed after a verb of outcome (see ``agreement_lists``).

Each listed agreement is first described as the announcing noun would be ("several agreements":
the tense of what gave them, who made them, where, whether it is recalled), because the item's own
words say none of that ("plans to present proposals" is no plan of the reporter's). Then
``settle_listed`` makes it the item's own report: the item's head is its trigger, its words its
theme, its numbers its quantities, and a name inside another item is not its participant.
"""

from __future__ import annotations

from spacy.tokens import Span

from dossier import models
from dossier.extract.agreement_lists import AgreementList, ListedItem, find_agreement_list
from dossier.extract.drafts import WEAK_TYPES, Draft
from dossier.extract.ontology import BY_TYPE
from dossier.extract.quantity_roles import find_quantities
from dossier.extract.themes import THEME_ROLE, theme_of_words
from dossier.extract.triggers import Trigger

T = models.EventType


def listed_triggers(sent: Span, found: list[Trigger]) -> tuple[list[Trigger], list[tuple[Trigger, ListedItem]]]:
    """The sentence's triggers outside a list of agreements, and one trigger per listed agreement
    with its item.

    The list's noun, its verb and the words of its items report nothing of their own: "resulted in
    agreements: a swap of captives, ..." reports no swap happening. Each listed trigger stands on
    the announcing noun until ``settle_listed`` moves it to its item.
    """
    listed = find_agreement_list(sent)
    if listed is None:
        return found, []
    rest = [t for t in found if not listed.covers(t.token)]
    return rest, [(_noun_trigger(listed), item) for item in listed.items]


def with_listed(triggers: list[Trigger], listed: list[Trigger]) -> list[Trigger]:
    """The selected triggers and the listed ones in text order, without statements beside listed
    agreements (a sentence that reports agreements is no bare statement)."""
    if not listed:
        return triggers
    kept = [t for t in triggers if t.event_type not in WEAK_TYPES]
    return sorted(kept + listed, key=lambda t: t.token.i)


def settle_listed(drafts: list[Draft], quantities: list[models.Quantity]) -> None:
    """Give each listed draft its item's trigger, theme, numbers and participants."""
    items = [d.listed for d in drafts if d.listed is not None]
    for draft in drafts:
        item = draft.listed
        if item is None:
            continue
        trigger = Trigger(token=item.head, definition=BY_TYPE[T.AGREEMENT], nominal=True)
        others = [other for other in items if other is not item]
        arguments = [a for a in draft.arguments if a.role != THEME_ROLE and not any(_inside(a, o) for o in others)]
        words = [t for t in item.tokens if t.pos_ == "NOUN" or t.i == item.head.i]
        theme = theme_of_words(words, item.tokens)
        draft.trigger = trigger
        draft.arguments = tuple(arguments) + ((theme,) if theme else ())
        own = [q for q in quantities if item.start_char <= q.start < item.end_char]
        draft.quantities = find_quantities(trigger, own, True)


def _noun_trigger(listed: AgreementList) -> Trigger:
    return Trigger(token=listed.noun, definition=BY_TYPE[T.AGREEMENT], nominal=True)


def _inside(argument: models.Argument, item: ListedItem) -> bool:
    return argument.start is not None and item.start_char <= argument.start < item.end_char
