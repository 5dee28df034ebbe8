"""What an agreement, proposal, request, demand or rejection is about: its theme.

One round of talks often ends in several agreements on one day ("to swap prisoners", "to prepare
ceasefire proposals"), and one side may offer a truce and hand over a memorandum at the same
meeting. Type, date and place cannot tell such events apart; what they are about can. The theme is
read from the trigger's complement (an infinitive, an object, an "on"/"for" phrase, an "including"
list) and reduced to the ontology's own vocabulary: the argument classes of its nouns ("prisoners"
→ people, "memorandum" → documents) and the event types its nouns name ("ceasefire",
"withdrawal"). Only those coarse keys are compared later, so "a prisoner swap" and "an exchange of
captives" share a theme while wording differs. A word whose type depends on its own arguments
("exchange") adds nothing by itself; its arguments speak for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier import models
from dossier.extract.ontology import ARGUMENT_CLASSES, definitions_for

T = models.EventType
THEME_ROLE = "theme"  # models.Argument.role of a theme: a noun phrase, not an entity
THEMED_TYPES = frozenset({T.AGREEMENT, T.PROPOSAL, T.REQUEST, T.DEMAND, T.REJECTION})
# Types too general to tell two agreements apart ("a statement", "something").
UNTELLING_TYPES = frozenset({T.STATEMENT, T.OTHER, T.AGREEMENT, T.REQUEST, T.DEMAND, T.REJECTION})
VERB_COMPLEMENTS = frozenset({"xcomp", "dobj", "ccomp", "prep", "dative"})
NOUN_COMPLEMENTS = frozenset({"prep", "acl", "appos"})
# Phrases that place or time an act rather than say what it is about.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"at", "in", "during", "after", "before", "since", "until", "by", "with",
                                       "from", "amid", "despite"})
ABOUT_PREPOSITIONS = frozenset({"on", "for", "about", "over", "to", "including", "of", "regarding", "concerning"})


def find_theme(trigger: Token, nominal: bool) -> models.Argument | None:
    """The theme of a trigger as an argument: its complement's text and span, and its theme keys.

    Args:
        trigger: the trigger token of an agreement, proposal, request, demand or rejection.
        nominal: whether the trigger is a noun ("the agreement on ...").

    Returns:
        An argument with role ``theme`` whose ``canonical`` holds the sorted theme keys separated
        by spaces, or None when the complement names nothing the ontology knows.
    """
    tokens = sorted((t for head in _complements(trigger, nominal) for t in _content_of(head)), key=lambda t: t.i)
    return theme_of_words(tokens, tokens)


def theme_of_words(words, span) -> models.Argument | None:
    """The theme argument of the given words, quoting the text from the first to the last token of
    ``span`` (a listed agreement quotes its whole item; ``find_theme`` its nouns' stretch)."""
    keys = sorted({key for token in words for key in theme_keys(token.lemma_.lower())})
    if not keys or not span:
        return None
    first, last = span[0], span[-1]
    start, end = first.idx, last.idx + len(last.text)
    return models.Argument(role=THEME_ROLE, text=first.doc.text[start:end], canonical=" ".join(keys),
                           start=start, end=end)


def theme_keys(lemma: str) -> set[str]:
    """The ontology's keys for one noun: its argument classes and the specific event types it names."""
    keys = {name for name, words in ARGUMENT_CLASSES.items() if lemma in words}
    keys.update(d.event_type.value for d in definitions_for(lemma, nominal=True)
                if d.needs is None and d.event_type not in UNTELLING_TYPES)
    return keys


def theme_of(mention: models.EventMention) -> frozenset[str]:
    """The theme keys stored on a mention (empty when it has no theme)."""
    return frozenset(key for a in mention.arguments if a.role == THEME_ROLE for key in a.canonical.split())


def _complements(trigger: Token, nominal: bool) -> list[Token]:
    wanted = NOUN_COMPLEMENTS if nominal else VERB_COMPLEMENTS
    heads = []
    for child in trigger.children:
        if child.dep_ not in wanted:
            continue
        if child.dep_ == "prep":
            if child.lower_ in ABOUT_PREPOSITIONS:
                heads.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
        else:
            heads.append(child)
    return heads


def _content_of(head: Token) -> list[Token]:
    """The nouns of a complement, leaving out circumstances ("at the meeting") and a second clause
    joined to it ("agreed to hold an exchange and swapped memorandums")."""
    nouns, stack = [], [head]
    while stack:
        token = stack.pop()
        if token.pos_ == "NOUN":
            nouns.append(token)
        stack.extend(child for child in token.children if not _leaves_theme(child))
    return nouns


def _leaves_theme(child: Token) -> bool:
    if child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPOSITIONS:
        return True
    return child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}
