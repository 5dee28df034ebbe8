"""Attribution by phrase rather than by a reporting verb: "according to X", speaker labels.

Part of quote finding (see ``quotes.py``). "According to X, CONTENT" takes the longer side of the
sentence as content; a label ("NAME: words" opening a line) or a signature ("“...” ― Name") takes
the rest of the line or the quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from dossier.annotate.quotes_content import paragraph_of, trim_and_snap
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_lexicon import NON_SOURCE_NOUNS, end_char
from dossier.annotate.quotes_source import np_span

# "PENCE: Well, ..." or "Poll: Voters ..." at the start of a line; at most five capitalised words.
LABEL_RE = re.compile(
    r"^[\"“]?(?P<source>[^\W\d][^:\n]{0,50}?)(?P<cue>:)[ \t]+(?P<content>[^\n]+)", re.MULTILINE
)
# A dash and a name right after a closing quotation mark, to the end of the line.
SIGNATURE_RE = re.compile(
    r"[ \t\xa0]*(?P<cue>[―—–]|--)[ \t\xa0]*(?P<source>[A-Z][^\n]{0,48}[^\s.])\.?[ \t\xa0]*$",
    re.MULTILINE,
)
LABEL_MAX_WORDS = 5


def from_according_to(ctx: Context) -> Iterable[Found]:
    """"According to X, CONTENT" and "CONTENT, according to X": the rest of the sentence."""
    doc = ctx.doc
    for token in doc[:-1]:
        if token.lower_ != "according" or doc[token.i + 1].lower_ != "to":
            continue
        objects = [child for child in doc[token.i + 1].children if child.dep_ == "pobj"]
        if not objects or not _is_information_source(objects[0]):
            continue  # "according to the formula/plan" is not attribution
        source = np_span(objects[0])
        sent, paragraph = token.sent, paragraph_of(doc, token.i)
        phrase_end = max(source[1], objects[0].right_edge.i + 1)
        before = (max(sent.start, paragraph[0]), token.i)
        after = (phrase_end, min(sent.end, paragraph[1]))
        longer = before if before[1] - before[0] >= after[1] - after[0] else after
        content = trim_and_snap(doc, longer, ctx.marks) if longer[1] > longer[0] else None
        if content is None:
            continue
        yield ctx.found(
            content,
            token.i,
            cue=(token.idx, end_char(doc[token.i + 1])),
            source=token_chars(doc, source),
            source_tokens=source,
        )


def _is_information_source(noun: Token) -> bool:
    """Anything that can be read or heard from, which is nearly everything after "according to"
    (a law, a plan, a poll); the exceptions are nouns for a way of doing things ("according to
    the formula agreed last week")."""
    return noun.lemma_.lower() not in NON_SOURCE_NOUNS


def from_labels(ctx: Context) -> Iterable[Found]:
    """Speaker labels: "Name: what they said" opening a line (transcripts, headlines), and a
    quotation signed off with a dash ("“...” ― Name")."""
    for match in LABEL_RE.finditer(ctx.text):
        words = match.group("source").split()
        if len(words) > LABEL_MAX_WORDS or not all(word[:1].isupper() for word in words):
            continue
        spans = match.span("source"), match.span("cue"), match.span("content")
        yield from _labelled(ctx, *spans)
    for start, end in ctx.marks:
        match = SIGNATURE_RE.match(ctx.text, end)
        if match is not None:
            spans = match.span("source"), match.span("cue"), (start, end)
            yield from _labelled(ctx, *spans)


def _labelled(
    ctx: Context, source: tuple[int, int], cue: tuple[int, int], content: tuple[int, int]
) -> Iterable[Found]:
    span = ctx.doc.char_span(*source, alignment_mode="expand")
    if span is None or not any(token.pos_ == "PROPN" for token in span):
        return
    start, end = content
    said = ctx.text[start:end]
    end -= len(said) - len(said.rstrip())
    if end <= start:
        return
    tokens = (span.start, span.end)
    yield ctx.found((start, end), span.start, cue=cue, source=source, source_tokens=tokens)
