"""Findings placed by a trailing phrase: "Roe leads by nine points in the latest poll".

Part of quote finding (see ``quotes.py``). A clause that ends (or is interrupted) by "in" and a
poll or survey reports what that poll found, as a sentence opening "In a poll, ..." does
(``quotes_phrases``): PolNeAR marks "in" as the cue, the poll's noun phrase as the source and the
clause before the phrase as the content.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found
from dossier.annotate.quotes_lexicon import end_char, is_cue
from dossier.annotate.quotes_marks import inside
from dossier.annotate.quotes_source import np_span

# Nouns for polling; narrower than the survey nouns of sentence-opening phrases, because after
# the clause "in the report" or "in the review" mostly names where something happened.
POLL_NOUNS = frozenset({"poll", "survey", "polling"})
# Fewest tokens of a clause before the phrase that can state a finding ("Roe leads").
MIN_CONTENT_TOKENS = 2


def from_trailing_polls(ctx: Context) -> Iterable[Found]:
    """"CLAUSE in the poll": "in" (the cue) and a poll after a clause whose verb it modifies.

    Args:
        ctx: the document context of quote finding.

    Yields:
        One quote per phrase: the clause before it as content, the poll as source. A phrase
        opening its sentence is left to ``quotes_phrases.from_survey_phrases``.
    """
    doc = ctx.doc
    for token in doc:
        if token.lower_ != "in" or token.dep_ != "prep" or token.i == token.sent.start:
            continue
        poll = _poll_object(token)
        head = token.head
        if poll is None or head.pos_ not in ("VERB", "AUX") or is_cue(head):
            continue  # "said in a poll" has its own cue; "a lead in polls" no clause
        if inside(token.idx, ctx.marks):
            continue
        start = _clause_start(head)
        if token.i - start < MIN_CONTENT_TOKENS:
            continue
        content = trim_and_snap(doc, (start, token.i), ctx.marks, anchor=token.i)
        if content is None:
            continue
        source = np_span(poll)
        yield ctx.found(
            content,
            token.i,
            nested_ok=False,
            cue=(token.idx, end_char(token)),
            source_tokens=source,
        )


def _poll_object(preposition: Token) -> Token | None:
    """One named poll ("the latest Fox poll", "Monday's survey"), not polling at large ("leads
    in the polls", "rises in polling"), which annotators do not read as a source."""
    for child in preposition.children:
        if child.dep_ == "pobj" and child.lemma_.lower() in POLL_NOUNS and child.tag_ == "NN":
            modifiers = [grand for grand in child.children if grand.dep_ != "det"]
            if modifiers or child.lower_ != "poll" or _determiner(child) not in ("the", None):
                return child
    return None


def _determiner(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ == "det":
            return child.lower_
    return None


def _clause_start(verb: Token) -> int:
    """The first token of the clause a verb heads, past a leading "and" or "but"."""
    start = verb.left_edge.i
    doc = verb.doc
    while start < verb.i and (doc[start].dep_ in ("cc", "punct") or doc[start].is_space):
        start += 1
    return start
