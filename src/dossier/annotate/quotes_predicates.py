"""Cues that are not verbs: nouns ("her claim that ...", "support for the bill") and adjectives
after a copula ("is confident that ...", "was critical of the plan").

Part of quote finding (see ``quotes.py``). PolNeAR marks the noun or the copula and adjective as
the cue, with a preposition that introduces the content ("criticism of", "support for"); the
source is a possessor ("the senator's claim"), a ``by`` agent, or the copula's subject.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_lexicon import lemma
from dossier.annotate.quotes_marks import inside
from dossier.annotate.quotes_source import np_span

# Nouns of saying, believing and taking a stand, with the prepositions that introduce what is
# said or supported (from PolNeAR's noun cues); a "that" clause or "to" infinitive works for all.
NOUN_CUES = {
    "claim": (), "belief": (), "view": ("of", "on"), "argument": ("for", "against"),
    "assertion": (), "promise": (), "pledge": (), "warning": ("of", "about", "against"),
    "call": ("for",), "demand": ("for",), "criticism": ("of",), "support": ("for",),
    "opposition": ("to",), "decision": (), "proposal": ("for",), "suggestion": (),
    "complaint": ("about",), "accusation": ("of",), "allegation": ("of",),
    "question": ("about", "of"), "concern": ("about", "over"), "fear": ("of",), "hope": (),
    "vow": (), "insistence": ("on",), "contention": (), "attack": ("on",),
    "endorsement": ("of",), "announcement": (),
    "admission": (), "prediction": (), "comment": ("on", "about"), "remark": ("about",),
    "statement": (), "praise": ("for", "of"), "denial": ("of",), "insinuation": (),
    "estimate": (), "forecast": (), "recommendation": (), "appeal": ("for",),
}  # fmt: skip
# Nouns that mostly name a stance nobody in particular holds ("support for the bill grew")
# unless a holder is named ("the mayor's support for ..."); measured on PolNeAR's training split.
SOURCED_NOUNS = frozenset({"support", "fear"})
# Adjectives that state a stance or a belief after a copula, with their content prepositions.
ADJECTIVE_CUES = {
    "confident": (), "sure": (), "certain": (), "convinced": (), "eager": (), "willing": (),
    "determined": (), "adamant": (), "supportive": ("of",), "critical": ("of",),
    "skeptical": ("of", "about"), "sceptical": ("of", "about"), "optimistic": ("about",),
    "pessimistic": ("about",), "hopeful": (), "worried": ("about",), "concerned": ("about",),
    "afraid": ("of",), "opposed": ("to",), "fond": ("of",), "wary": ("of",),
    "unwilling": (), "reluctant": (), "keen": ("on",), "aware": ("of",), "proud": ("of",),
}  # fmt: skip


def from_predicates(ctx: Context, cues: list[tuple[int, int]]) -> Iterable[Found]:
    """Quotes around noun and adjective cues; a noun cue needs its content, a possessor or agent
    for its source (else it has none), an adjective cue needs its copula's subject. Words inside
    the given cue spans ("said in a statement") are part of a verb's cue already."""
    for token in ctx.doc:
        if inside(token.idx, ctx.marks) or any(a <= token.idx < b for a, b in cues):
            continue
        key = lemma(token)
        if token.pos_ == "NOUN" and key in NOUN_CUES:
            item = _from_noun(ctx, token, NOUN_CUES[key])
        elif token.pos_ == "ADJ" and key in ADJECTIVE_CUES and token.dep_ == "acomp":
            item = _from_adjective(ctx, token, ADJECTIVE_CUES[key])
        elif token.pos_ == "ADJ" and token.dep_ == "acomp" and _that_clause(token) is not None:
            item = _from_adjective(ctx, token, ())  # "glad that", "shocked that", "unaware that"
        else:
            continue
        if item is not None:
            yield item


def _from_noun(ctx: Context, noun: Token, preps: tuple[str, ...]) -> Found | None:
    content, prep = _complement(noun, preps)
    if content is None:
        return None
    span = trim_and_snap(ctx.doc, content, ctx.marks, anchor=noun.i)
    if span is None:
        return None
    source = _noun_source(noun)
    if source is None and lemma(noun) in SOURCED_NOUNS:
        return None
    cue_end = prep.i + 1 if prep is not None and prep.i == noun.i + 1 else noun.i + 1
    return ctx.found(
        span,
        noun.i,
        nested_ok=False,
        cue=token_chars(ctx.doc, (noun.i, cue_end)),
        source_tokens=source,
    )


def _from_adjective(ctx: Context, adjective: Token, preps: tuple[str, ...]) -> Found | None:
    copula = adjective.head
    subjects = [child for child in copula.children if child.dep_ == "nsubj"]
    content, prep = _complement(adjective, preps)
    if not subjects or content is None or subjects[0].lower_ in ("it", "that", "this", "there"):
        return None
    span = trim_and_snap(ctx.doc, content, ctx.marks, anchor=adjective.i)
    if span is None:
        return None
    source = np_span(subjects[0])
    cue_end = prep.i + 1 if prep is not None and prep.i == adjective.i + 1 else adjective.i + 1
    return ctx.found(
        span,
        adjective.i,
        nested_ok=False,
        cue=token_chars(ctx.doc, (min(copula.i, adjective.i), cue_end)),
        source_tokens=source,
    )


def _that_clause(adjective: Token) -> Token | None:
    """The "that" clause an adjective governs ("is glad that ..."), if any; not the result
    clause of "so grave that ..."."""
    if any(child.lower_ in ("so", "too") for child in adjective.lefts):
        return None
    for child in adjective.rights:
        if child.dep_ == "ccomp" and any(
            grand.dep_ == "mark" and grand.lower_ == "that" for grand in child.lefts
        ):
            return child
    return None


def _complement(head: Token, preps: tuple[str, ...]) -> tuple[tuple[int, int] | None, Token | None]:
    """A "that" clause or "to" infinitive of the cue word, or the object of one of its
    prepositions; with the preposition, which joins the cue."""
    for child in head.rights:
        if child.dep_ in ("acl", "ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            marks = [grand.lower_ for grand in child.lefts if grand.dep_ in ("mark", "aux")]
            if "that" in marks or "to" in marks:
                return (child.left_edge.i, child.right_edge.i + 1), None
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
            if objects:
                return (objects[0].left_edge.i, objects[0].right_edge.i + 1), child
    return None, None


def _noun_source(noun: Token) -> tuple[int, int] | None:
    """"Trump's claim", "a claim by the campaign": the possessor or the agent."""
    for child in noun.children:
        if child.dep_ == "poss":
            return np_span(child)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return np_span(objects[0])
    return None
