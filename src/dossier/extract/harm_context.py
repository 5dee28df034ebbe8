"""Whose toll an agentless killing tells: the disaster an article is about, or an attack.

"Up to 200,000 people have been killed" in a report on an earthquake tells the quake's toll; the
same words in a war report tell an attack's. The sentence alone cannot decide, as it names no
one who killed, so the happening of harm the article told of last decides: a disaster ("the
earthquake", "the flu has killed 20"), or an attack whose doer is named ("gunmen shot", "rebels
attacked"). ``tolls`` reads it too: a toll naming no happening is a mention of that kind. Killings with a doer, and every sentence of an article that has told of no
disaster, keep the sense the ontology gives them. A disaster that is the doer of a clause hung on
the killing ("were killed when an earthquake flattened the village") makes it that disaster's toll
in any article (``disaster_clause``), as a disaster named as the cause does.

An article tells of its disaster also when it only names it, as a past happening its report
follows from ("the provinces hit by Monday's earthquakes", "two days after the quake"): later
reports rarely retell the quake, yet their "1,900 people were killed" and "the number of dead
reached 5,894" are its toll (``note_named_disaster``). A figurative one ("a political earthquake")
and a noun modifying another ("earthquake insurance", "flood defences") name none.

A blast typed a disaster by its words ("the explosions killed 60") is the attack when its sentence
or the article before told of a bomb or terrorism (``blast_senses``); it is retyped first, so that
later agentless killings are read against the attack.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.blast_senses import bomb_blast
from dossier.extract.context import DocumentContext
from dossier.extract.drafts import Draft
from dossier.extract.ontology import BY_TYPE, DISASTER_NOUNS

T = models.EventType
# Verbs of harm whose passive without an agent names no doer ("were killed", "have been injured").
HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "maim"})
DISASTER = BY_TYPE[T.DISASTER]
ATTACK = BY_TYPE[T.ATTACK]
# Adjectives that make a disaster noun a figure of speech ("a political earthquake").
FIGURATIVE = frozenset({"political", "electoral", "diplomatic", "financial", "economic", "cultural", "social",
                        "musical", "emotional", "perfect", "media", "market"})


def settle_agentless_harm(drafts: list[Draft], context: DocumentContext) -> None:
    """Give agentless killings of a sentence to the disaster the article told of last, then let the
    sentence's own disasters and attacks with doers become what later killings are read against.

    Args:
        drafts: the sentence's drafts, typed by their words; retyped in place.
        context: the article's reading state; its ``last_harm`` is read and updated.
    """
    bombed = set()
    for draft in drafts:
        if draft.event_type is T.DISASTER and bomb_blast(draft.trigger.token):
            draft.trigger = replace(draft.trigger, definition=ATTACK)
            draft.event_type = T.ATTACK
            bombed.add(draft.trigger.token.i)
    if bombed:
        _one_attack(drafts)
    told = context.last_harm is T.DISASTER or (drafts and _disaster_named_as_cause(drafts[0].trigger.token))
    for draft in drafts:
        token = draft.trigger.token
        if draft.event_type is T.ATTACK and token.i not in bombed and _agentless(token, draft.trigger.nominal) \
                and (told or disaster_clause(token)):
            draft.trigger = replace(draft.trigger, definition=DISASTER)
            draft.event_type = T.DISASTER
    for draft in drafts:
        if draft.event_type is T.DISASTER:
            context.last_harm = T.DISASTER
        elif draft.event_type is T.ATTACK and not _agentless(draft.trigger.token, draft.trigger.nominal):
            context.last_harm = T.ATTACK


def note_named_disaster(sent: Span, context: DocumentContext) -> None:
    """Let a disaster the sentence names, as a happening, be what later agentless killings and
    unnamed tolls are read against, when the article has told of no harm yet.

    Args:
        sent: the sentence, read after its own events (they decide by their own words).
        context: the article's reading state; its ``last_harm`` is set when still unset.
    """
    if context.last_harm is None and any(_names_disaster(t) and not context.skip(t) for t in sent):
        context.last_harm = T.DISASTER


def _names_disaster(token: Token) -> bool:
    """Whether a token names a disaster: a noun of one, not a modifier of another noun, not figurative."""
    return token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in DISASTER_NOUNS \
        and token.dep_ not in {"compound", "npadvmod", "amod", "nmod"} \
        and not any(c.dep_ == "amod" and c.lower_ in FIGURATIVE for c in token.children)


def _one_attack(drafts: list[Draft]) -> None:
    """A sentence reports one event per type (see ``events.select_triggers``): once a blast is
    the attack, "a blast ..., killing 40 while wounding 1,000" keeps one attack, chosen as the
    selection would (a verb before a noun, then the earliest)."""
    attacks = sorted((d for d in drafts if d.event_type is T.ATTACK),
                     key=lambda d: (d.trigger.nominal, d.trigger.token.i))
    for extra in attacks[1:]:
        drafts.remove(extra)


def _disaster_named_as_cause(token: Token) -> bool:
    """Whether the sentence names a disaster as what did the harm ("were killed and two million made
    homeless by the quake", "in the flood"), though the parser hung it on another verb."""
    return any(t.lemma_.lower() in DISASTER_NOUNS and t.dep_ == "pobj" and t.head.lower_ in {"by", "in"}
               for t in token.sent)


def disaster_clause(verb: Token) -> bool:
    """Whether a clause hung on a verb of harm has a disaster as its doer: "twelve were killed when
    an earthquake shook the valley", "as the cyclone swept ashore", "after the storm flattened their
    homes" (or on the verb it is coordinated with: "nine died and 40 were hurt when a tornado hit").
    The disaster did the harm, so its toll is no attack; "killed when gunmen stormed the hotel
    after the quake" names gunmen as the clause's doer and stays one.

    Args:
        verb: a verb of harm.

    Returns:
        True when the subject of a clause of the verb (or its coordinated verbs) is a disaster noun.
    """
    verbs = [verb, *verb.conjuncts]
    clauses = [c for v in verbs for c in v.children if c.dep_ == "advcl"]
    return any(s.dep_ == "nsubj" and s.lemma_.lower() in DISASTER_NOUNS
               for c in clauses for s in c.children)


def _agentless(verb: Token, nominal: bool) -> bool:
    """Whether a verb of harm is a passive that names no doer ("200 people were killed")."""
    if nominal or verb.lemma_.lower() not in HARM_LEMMAS:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"})
    return passive and not any(c.dep_ == "agent" for c in verb.children)
