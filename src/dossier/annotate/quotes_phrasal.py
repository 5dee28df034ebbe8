"""Multi-word verbal cues whose verb alone reports nothing: "made it clear that ...".

Part of quote finding (see ``quotes.py``). PolNeAR marks the whole phrase ("has made it clear")
as the cue, the maker as the source and the clause after it as the content.
``merge_split_cues`` joins the pieces of such a cue when the rules and the cue model read each
piece as an attribution of its own ("expressed concern that ...", "declined to comment on").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

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
    """"X issued a statement saying Y", "sent a letter urging Y": one attribution with the whole
    phrase as its cue and X as its source, instead of the statement "saying" Y and X "issuing"
    a statement."""
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
    """The verb that put out the medium whose participle ("saying", "urging", "calling for")
    is this item's cue, if any: the participle modifies the medium ("issued a statement
    saying") or, after a date or a comma, the verb itself ("issued a statement Thursday,
    saying"; on PolNeAR's training split 18 of 19 such participles after a medium lie in one
    gold cue with the verb)."""
    if item.cue is None:
        return None
    span = ctx.doc.char_span(*item.cue, alignment_mode="expand")
    if span is None or span.root.tag_ != "VBG":  # "saying", "urging", "calling on"
        return None
    participle = span.root
    if participle.dep_ == "advcl" and participle.head.pos_ == "VERB":
        media = [
            child for child in participle.head.rights
            if child.dep_ == "dobj" and child.lemma_.lower() in MEDIUM_NOUNS
            and child.i < participle.i
            and not any(grand.dep_ == "poss" for grand in child.children)  # "defended his call"
        ]
        return participle.head if media else None
    medium = participle.head
    if participle.dep_ != "acl" or medium.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    verb = medium.head
    if medium.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i > medium.i:
        return None
    return verb


# How many words may stand between two pieces of one cue ("tweeted in response:", "went on to
# say"); counted on a sixth of PolNeAR's training split, where pieces of
# one gold cue lie at most three words apart and wider pairs are mostly two attributions.
CUE_PIECE_GAP = 3
# Tokens allowed between a verb and its infinitive of purpose when both are cues ("held a
# three-hour conference call to defend"); on a sixth of PolNeAR's training split the widest such
# gold cue has six ("was arranging calls with both Sanders and Clinton to discuss").
PURPOSE_GAP = 8


def merge_split_cues(doc: Doc, found: list[Found]) -> list[Found]:
    """One attribution read twice around the pieces of a multi-word cue becomes one.

    PolNeAR marks "expressed concern that ..." and "refused to concede that ..." as one cue,
    one content; the rules and the cue model read each verb or noun
    apart, which counts one attribution twice. Two shapes are merged, the cue running from the
    first piece to the last:

    - both pieces report the same content ("expressed concern that X", "added warily: “...”");
    - the second piece opens the first's content with no noun or pronoun between ("refused to
      concede that X", "declined to comment on X"): what is reported is the second's content.

    A purpose infinitive after the first's object ("held a briefing to boast that X") is left
    apart: PolNeAR joins it, but the finder's tests read the infinitive as the cue.

    Two quotes whose cues start at one word are one speech act around it ("“...,” Roe said in
    an interview, “...”"): both take the shorter cue, as PolNeAR marks it, so that their contents
    count as one.

    Args:
        doc: the parsed document.
        found: the quotes kept so far.

    Returns:
        The quotes with each such pair replaced by one (the first's source, else the second's).
    """
    shortest: dict[int, int] = {}
    for item in found:
        if item.cue is not None:
            shortest[item.cue[0]] = min(item.cue[1], shortest.get(item.cue[0], item.cue[1]))
    for item in found:
        if item.cue is not None:
            item.cue = (item.cue[0], shortest[item.cue[0]])
    found = sorted(found, key=lambda item: item.cue or item.content)
    merged: list[Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        if previous is not None and _one_cue(doc, previous, item):
            merged[-1] = _joined(previous, item)
        else:
            merged.append(item)
    return merged


def _one_cue(doc: Doc, first: Found, second: Found) -> bool:
    """Whether two quotes of one sentence, in cue order, are one attribution read twice."""
    if first.cue is None or second.cue is None or first.sentence_index != second.sentence_index:
        return False
    if not first.cue[1] <= second.cue[0]:
        return False
    between = _tokens(doc, first.cue[1], second.cue[0])
    near = len([t for t in between if not t.is_punct]) <= CUE_PIECE_GAP
    if _takes_as_object(doc, first, second):
        return near and not any(t.text == "," for t in between)
    if _for_the_purpose(doc, first, second):
        return len(between) <= PURPOSE_GAP and not any(t.text == "," for t in between)
    if first.content == second.content:
        return near and (
            max(first.cue[1], second.cue[1]) <= first.content[0] or first.content[1] <= first.cue[0]
        )
    if first.cue[1] > first.content[0]:
        return False  # the first reads a content before its cue
    if first.content[0] <= second.cue[0] < first.content[1]:
        return near and not any(
            t.pos_ in ("NOUN", "PROPN", "PRON") or t.text == "," for t in between
        )
    return False


def _takes_as_object(doc: Doc, first: Found, second: Found) -> bool:
    """"expressed a desire to ...", "made a direct appeal", "have asked questions about": the
    second cue is a noun the first cue's verb takes as its direct object, so the verb and its
    object are one cue (PolNeAR marks "expressed a desire" whole), whatever each one read."""
    verb = doc.char_span(*first.cue, alignment_mode="expand")
    noun = doc.char_span(*second.cue, alignment_mode="expand")
    if verb is None or noun is None:
        return False
    head = noun.root
    return (
        head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head == verb.root
        and verb.root.pos_ == "VERB"
    )


def _for_the_purpose(doc: Doc, first: Found, second: Found) -> bool:
    """"held a conference call to defend", "took an opportunity to address": the second cue is
    an infinitive of purpose on the first cue's verb or its object; when both are read as cues,
    the verb sets up the speech act the infinitive names, and PolNeAR marks them as one cue (a
    lone infinitive stays the cue: "held a briefing to boast that ...")."""
    verb = doc.char_span(*first.cue, alignment_mode="expand")
    purpose = doc.char_span(*second.cue, alignment_mode="expand")
    if verb is None or purpose is None or verb.root.pos_ != "VERB":
        return False
    head = purpose.root
    if head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.lefts):
        return False
    if head.dep_ == "advcl":
        return head.head == verb.root
    if head.dep_ == "xcomp":  # not past an object: "promised voters to argue" promises it
        return head.head == verb.root and not any(
            child.dep_ in ("dobj", "dative") and child.i < head.i for child in verb.root.children
        )
    return head.dep_ in ("acl", "relcl") and head.head.dep_ == "dobj" and (
        head.head.head == verb.root
    )


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return list(span) if span is not None else []


def _joined(first: Found, second: Found) -> Found:
    """One quote for the pair: the second reads the narrower content, the first the holder."""
    cue = (first.cue[0], max(first.cue[1], second.cue[1]))
    if first.source_tokens is not None or first.source is not None:
        source, source_tokens, via = first.source, first.source_tokens, first.via_tokens
    else:
        source, source_tokens, via = second.source, second.source_tokens, second.via_tokens
    return Found(
        kind=second.kind, content=second.content, sentence_index=second.sentence_index, cue=cue,
        source=source, source_tokens=source_tokens, via_tokens=via,
        nested_ok=first.nested_ok and second.nested_ok,
    )
