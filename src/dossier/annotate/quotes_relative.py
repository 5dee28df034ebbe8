"""Cues inside a relative clause or a reduced relative, whose content is the noun they modify:
"the plan that the mayor proposed", "a view which I share", "a deal endorsed by the union".

Part of quote finding (see ``quotes.py``). There the object of the cue has moved out of its
clause, so no complement is left for ``quotes_content`` to find. PolNeAR marks the relative
pronoun as the content when there is one ("which", "whom"), else the noun phrase the clause
modifies ("the plan", "a deal"); the clause's subject or ``by`` agent is the source, and a
passive without an agent has none ("the party, which is seen as ..."), and with one its
relative subject is the content ("Roe, who was endorsed by the union").
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found
from dossier.annotate.quotes_lexicon import (
    ALL_CUES,
    CLAUSE_ONLY_CUES,
    CUE_LEMMAS,
    NON_SOURCES,
    OBJECT_CUES,
    cue_chars,
    lemma,
)
from dossier.annotate.quotes_source import agent_of, np_span

# Dependents that would hold the cue's own object or clause: with one of them present the
# moved-out noun is not what the cue reports ("the people who said that ...").
OWN_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "oprd"})
# Relative pronouns that stand for the noun as the cue's object ("which I share").
OBJECT_RELATIVES = frozenset({"which", "whom", "that", "what", "who"})
# Tags of the participle in a reduced relative ("a plan announced this week").
PARTICIPLE_TAGS = frozenset({"VBN"})
# Verbs of putting out or handling a document ("a poll released Friday", "the reports she
# filed", "a bill he likes to cite"): the noun names the thing, not what anyone holds or says;
# measured on PolNeAR's training split, where these were marked in under a fifth of cases.
HANDLING_VERBS = frozenset(
    "release file issue publish post read list offer identify cite like share outline lay".split()
)
# Lexicographer files (WordNet 3.0) of a modified noun that is the clause's time or place, not
# its object ("the day he announced", "the city she toured"): no one reports a day.
SETTING_LEXNAMES = frozenset({"noun.time", "noun.location"})


def from_relative(ctx: Context, cue: Token) -> Found | None:
    """A quote around a cue in a relative clause or a reduced relative whose object is the noun
    the clause modifies, or None when the cue has a complement of its own or is not such a verb.

    Args:
        ctx: the document context of quote finding.
        cue: a verb of the cue lexicon.

    Returns:
        The quote, with the relative pronoun or the modified noun phrase as its content.
    """
    key = lemma(cue)
    if key not in ALL_CUES or key in HANDLING_VERBS:
        return None
    if cue.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if cue.dep_ == "relcl" or (cue.dep_ == "acl" and _has_own_subject(cue)):
        return _from_relative_clause(ctx, cue)  # the parser calls some relative clauses acl
    if cue.dep_ == "acl" and cue.tag_ in PARTICIPLE_TAGS and cue.i > cue.head.i:
        return _from_participle(ctx, cue)
    return None


def _from_relative_clause(ctx: Context, cue: Token) -> Found | None:
    """"the plan (that) the mayor proposed", "which I share": a verb of saying or of taking a
    stand; a verb of thought or motion leaves mostly a place or a time behind ("the event
    where she spoke", "the ideas he believes in")."""
    key = lemma(cue)
    if key not in OBJECT_CUES and (key not in CUE_LEMMAS or key in CLAUSE_ONLY_CUES):
        return None
    return _object_gap(ctx, cue)


def from_relative_object(ctx: Context, cue: Token) -> Found | None:
    """"a claim that the office disputes", "the votes I regret": a verb the cue model is sure
    of, in a relative clause with a subject of its own and no object, reports the relative
    pronoun (or the noun phrase the clause modifies), whatever the lexicon says of the verb.
    A clause opened by "where" or "when", or with a prepositional object of its own, says
    where or about what; a modified noun for a time or a place is no one's words; and after
    "that" only a verb whose object is what was said lacks one ("the fact that Roe looks
    weaker" is the noun's own clause).

    Args:
        ctx: the document context of quote finding.
        cue: a verb (or a verb the tagger misread as a noun) the cue model scores above ``add``.

    Returns:
        The quote, with the pronoun or the modified noun phrase as content, or None.
    """
    head = cue.head
    if lemma(cue) in HANDLING_VERBS or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if cue.i < head.i or not (
        cue.dep_ == "relcl" or (cue.dep_ == "acl" and _has_own_subject(cue))
    ):
        return None
    if any(child.tag_ == "WRB" for child in cue.children) or _is_setting(head):
        return None
    if any(child.dep_ == "mark" for child in cue.children) and lemma(cue) not in OBJECT_CUES:
        return None  # "the fact that Roe looks weaker": the noun's own clause, no relative
    if any(
        child.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in child.children)
        for child in cue.rights
    ):
        return None
    return _object_gap(ctx, cue)


def _is_setting(noun: Token) -> bool:
    """Whether a noun's commonest sense is a time or a place ("the day", "the city")."""
    if noun.ent_type_ in ("DATE", "TIME"):
        return True
    senses = wordnet.synsets(noun.lemma_.lower(), "n")
    return bool(senses) and senses[0].lexname in SETTING_LEXNAMES


def _object_gap(ctx: Context, cue: Token) -> Found | None:
    """The moved-out object of a cue in a relative clause: the pronoun, or the modified noun
    phrase; "that" counts when the parser took it for a clause's marker and the verb takes its
    object as what was said ("a claim that the office disputes")."""
    key = lemma(cue)
    children = list(cue.children)
    pronouns = [
        child for child in children
        if child.lower_ in OBJECT_RELATIVES and (
            child.dep_ in ("dobj", "nsubjpass")
            or (child.dep_ == "mark" and child.lower_ == "that" and key in OBJECT_CUES)
        )
    ]
    own = [child for child in children if child.dep_ in OWN_COMPLEMENTS and child not in pronouns]
    if own:
        return None
    subjects = [
        child for child in children
        if child.dep_ == "nsubj" and child.lower_ not in NON_SOURCES and child.lower_ != "who"
    ]
    if not subjects:
        # "the people who spoke": the noun is the speaker, not what was said; but "Roe, who was
        # endorsed by the union": a passive's relative subject is what its agent endorsed
        return from_passive_relative(ctx, cue)
    source = np_span(subjects[0])
    if pronouns:
        content = (pronouns[0].i, pronouns[0].i + 1)
    else:
        content = np_span(cue.head, stop=cue.left_edge.i)
    return _found(ctx, cue, content, source)


def from_passive_relative(ctx: Context, cue: Token) -> Found | None:
    """"Roe, who was endorsed by the union", "the letter, which was first reported by the Post":
    the relative pronoun subject of a passive is what the ``by`` agent did it to, as PolNeAR
    marks it; without an agent, or with a complement of the cue's own, None.

    Args:
        ctx: the document context of quote finding.
        cue: a verb of the lexicon, or one the cue model is sure of.

    Returns:
        The quote with the pronoun as content and the agent as source, or None.
    """
    if cue.dep_ != "relcl" or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(child.dep_ in OWN_COMPLEMENTS for child in cue.children):
        return None
    pronouns = [
        child for child in cue.lefts
        if child.dep_ == "nsubjpass" and child.tag_ in ("WDT", "WP")
    ]
    source = agent_of(cue)
    if not pronouns or source is None:
        return None
    # the clause ends at its closing comma, which the parser may hang the main verb behind
    # ("the memo, which was reported by the Herald, angered staff")
    comma = next((t.i for t in ctx.doc[source[0]:source[1]] if t.text == ","), source[1])
    return _found(ctx, cue, (pronouns[0].i, pronouns[0].i + 1), (source[0], comma))


def _from_participle(ctx: Context, cue: Token) -> Found | None:
    """"a sentiment endorsed by the crowd", "the contests known as Super Tuesday": the modified noun
    phrase is what was endorsed or named, the ``by`` agent (if any) who did it. Without an agent
    or an "as" the participle mostly just dates a thing ("a plan announced this week")."""
    if any(child.dep_ in OWN_COMPLEMENTS for child in cue.children):
        return None
    source = agent_of(cue)
    if source is None and not any(child.lower_ == "as" for child in cue.rights):
        return None
    content = np_span(cue.head, stop=cue.i)
    return _found(ctx, cue, content, source)


def _has_own_subject(cue: Token) -> bool:
    return any(child.dep_ == "nsubj" and child.tag_ not in ("WDT", "WP") for child in cue.children)


def _found(
    ctx: Context, cue: Token, content: tuple[int, int], source: tuple[int, int] | None
) -> Found | None:
    if content[1] <= content[0]:
        return None
    span = trim_and_snap(ctx.doc, content, ctx.marks, anchor=cue.i)
    if span is None:
        return None
    return ctx.found(
        span,
        cue.i,
        nested_ok=False,
        cue=cue_chars(cue),
        source_tokens=source,
    )
