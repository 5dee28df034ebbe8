"""Whether a sentence says its event happened, is going on, is expected, hypothetical, or did not happen."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.models import EventStatus

FUTURE_WORDS = {"will", "shall", "upcoming", "planned", "scheduled", "next", "coming", "expected", "prepare",
                "preparing", "plan", "later"}
HYPOTHETICAL_WORDS = {"may", "might", "could", "possible", "possibly", "potential", "potentially", "if",
                      "would", "unless", "possibility"}
ONGOING_WORDS = {"ongoing", "continue", "continues", "continuing", "underway"}
NEGATION_WORDS = {"not", "n't", "no", "never", "neither", "nor", "without"}


def event_status(trigger: Token, sent: Span) -> EventStatus:
    """Read the status from words governing the trigger, then from the sentence around it.

    Known limit: a negation or modal anywhere in the trigger's clause counts, even when it
    scopes over another verb.
    """
    governing = _governing_words(trigger)
    if governing & NEGATION_WORDS:
        return EventStatus.NEGATED
    if governing & HYPOTHETICAL_WORDS - {"would"}:
        return EventStatus.HYPOTHETICAL
    if governing & FUTURE_WORDS or "would" in governing and _reported(sent):
        return EventStatus.PLANNED
    words = {t.lower_ for t in sent}
    if words & ONGOING_WORDS and trigger.tag_ in {"VBG", "NN", "NNS"}:
        return EventStatus.ONGOING
    if words & FUTURE_WORDS and not any(t.tag_ in {"VBD", "VBN"} and t.dep_ == "ROOT" for t in sent):
        return EventStatus.PLANNED
    return EventStatus.HAPPENED


def _governing_words(trigger: Token) -> set[str]:
    """The trigger's own auxiliaries and modifiers, and those of the verb it depends on."""
    words: set[str] = set()
    chain = [trigger]
    head = trigger
    for _ in range(3):
        if head.head is head:
            break
        head = head.head
        chain.append(head)
        if head.pos_ == "VERB":
            break
    for token in chain:
        for child in token.children:
            if child.dep_ in {"aux", "auxpass", "neg", "advmod", "amod", "mark", "det"}:
                words.add(child.lower_)
    return words


def _reported(sent: Span) -> bool:
    return any(t.lemma_ in {"say", "announce", "report", "state"} for t in sent)
