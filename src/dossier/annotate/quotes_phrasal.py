"""Multi-word verbal cues whose verb alone reports nothing: "made it clear that ...".

Part of quote finding (see ``quotes.py``). PolNeAR marks the whole phrase ("has made it clear")
as the cue, the maker as the source and the clause after it as the content.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_lexicon import MEDIUM_NOUNS, cue_chars, end_char
from dossier.annotate.quotes_source import source_of

# Adjectives that turn "make (it) ADJ" into a statement of position; measured on PolNeAR's
# training split ("made it clear", "made plain").
STATEMENT_ADJECTIVES = frozenset({"clear", "plain"})


def from_made_clear(ctx: Context) -> Iterable[Found]:
    """"X made (it) clear that Y": the phrase is the cue, its subject the source, Y the content."""
    doc = ctx.doc
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "make":
            continue
        adjective = _statement_adjective(verb)
        source = source_of(verb)
        if adjective is None or source is None:
            continue
        stop = max(verb.right_edge.i, adjective.right_edge.i) + 1
        if not any(token.pos_ in ("VERB", "AUX") for token in doc[adjective.i + 1 : stop]):
            continue  # "made it clear to everyone" with no clause reports nothing we can mark
        content = trim_and_snap(doc, (adjective.i + 1, stop), ctx.marks, anchor=verb.i)
        if content is None:
            continue
        yield ctx.found(
            content,
            verb.i,
            cue=(cue_chars(verb)[0], end_char(adjective)),
            source_tokens=source,
        )


def _statement_adjective(verb: Token) -> Token | None:
    """The "clear" of "made clear" or "made it clear", right after the verb or its "it"."""
    doc = verb.doc
    for offset in (1, 2):
        at = verb.i + offset
        if at >= len(doc):
            return None
        token = doc[at]
        if token.lower_ in STATEMENT_ADJECTIVES:
            return token
        if token.lower_ != "it":
            return None
    return None


def merge_statement_cues(ctx: Context, found: list[Found]) -> list[Found]:
    """"X issued a statement saying Y": one attribution with the whole phrase as its cue and X as
    its source, instead of the statement "saying" Y and X "issuing" a statement."""
    merged: dict[int, Found] = {}
    for index, item in enumerate(found):
        issuer = _issuing_verb(ctx, item)
        if issuer is None:
            continue
        source = source_of(issuer)
        if source is None:
            continue
        item.cue = (cue_chars(issuer)[0], item.cue[1])
        item.source = token_chars(ctx.doc, source)
        item.source_tokens = source
        merged[index] = item
    starts = {item.cue[0] for item in merged.values()}
    return [
        item for index, item in enumerate(found)
        if index in merged or item.cue is None or item.cue[0] not in starts
    ]


def _issuing_verb(ctx: Context, item: Found) -> Token | None:
    """The verb that put out the medium whose "saying" is this item's cue, if any."""
    if item.cue is None:
        return None
    span = ctx.doc.char_span(*item.cue, alignment_mode="expand")
    if span is None or span[-1].lower_ not in ("saying", "stating"):
        return None
    medium = span[-1].head
    if span[-1].dep_ != "acl" or medium.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    verb = medium.head
    if medium.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i > medium.i:
        return None
    return verb
