"""Headlines in title case: "Senator Roe Praises Mayor's Budget Plan", "Roe Urges Voters to Wait".

Part of quote finding (see ``quotes.py``). Headline style capitalises every word, and the tagger
then reads the verb as one more proper noun, so the dependency rules never see a cue. A
title-case line is read by the shape headline grammar gives it: who, a present-tense reporting
verb ("Says", "Praises", "Urges"), and what; PolNeAR marks these three as source, cue and
content.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from dossier.annotate import wordnet
from dossier.annotate.quotes_content import paragraph_of
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_lexicon import ALL_CUES, QUOTE_ONLY_CUES
from dossier.annotate.quotes_marks import inside
from dossier.annotate.quotes_wordnet import is_speech_lemma

# A headline is short; longer title-case lines are lists of names or section banners.
MIN_WORDS, MAX_WORDS = 3, 25
# Place names run on inside an entity ("New Hampshire Towns"): no verb there.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Tags of a finite verb: a headline that has one before the candidate has its verb already.
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
# Share of longer words that must be capitalised for a line to read as a title.
TITLE_SHARE = 0.8


def from_headlines(ctx: Context, cues: list[tuple[int, int]]) -> Iterable[Found]:
    """Source, reporting verb and content of title-case lines.

    Args:
        ctx: the document's quote-finding context.
        cues: character spans of cues found already; a headline whose verb lies in one (the
            tagger read it as a verb after all) is left to that rule.

    Yields:
        One ``Found`` per headline whose first present-tense reporting verb has capitalised words
        on both sides; it may not stand inside another attribution's content. A word inside a
        name ("United States") is not read as a verb.
    """
    doc = ctx.doc
    seen: set[int] = set()
    i = 0
    while i < len(doc):
        # One look per line: the tokens up to ``last`` share its start (a text of one long line
        # made a look per token quadratic).
        first, last = paragraph_of(doc, i)
        i = max(last, i + 1)
        if first in seen:
            continue
        seen.add(first)
        line = doc[first:last]
        if not _is_title_line(line):
            continue
        item = _from_line(ctx, line)
        if item is not None and not any(a <= item.cue[0] < b for a, b in cues):
            yield item


def _is_title_line(line: Span) -> bool:
    words = [token for token in line if token.is_alpha]
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    long_words = [token for token in words if len(token) > 3]
    capitalised = [token for token in long_words if token.text[:1].isupper()]
    return bool(long_words) and len(capitalised) >= TITLE_SHARE * len(long_words)


def _from_line(ctx: Context, line: Span) -> Found | None:
    """The first reporting verb with a capitalised word before it and words after it."""
    doc = ctx.doc
    for token in line[1:-1]:
        if not _is_headline_verb(token) or inside(token.idx, ctx.marks):
            continue
        start = _source_start(line, token)
        before, after = doc[token.i - 1], doc[token.i + 1]
        if start is None or not before.text[:1].isupper() or not after.is_alpha:
            return None
        if any(word.pos_ == "VERB" and word.tag_ in FINITE_TAGS for word in doc[start : token.i]):
            return None  # "Flood Waters Reach ...": the line's verb came first
        end = _content_end(line)
        if end <= after.i:
            return None
        content = token_chars(doc, (token.i + 1, end))
        if ctx.text[content[1] - 1] == "." and not inside(content[1] - 1, ctx.marks):
            content = (content[0], content[1] - 1)
        return ctx.found(
            content,
            token.i,
            nested_ok=False,
            cue=token_chars(doc, (token.i, token.i + 1)),
            source_tokens=(start, token.i),
        )
    return None


def _is_compound_noun(before: Token, token: Token) -> bool:
    """"United States", "Wall Street": the two words name one thing in WordNet."""
    return bool(wordnet.synsets(f"{before.lower_}_{token.lower_}", "n"))


def _is_headline_verb(token: Token) -> bool:
    """A capitalised third-person present form of a reporting verb ("Says", "Pushes")."""
    text = token.lower_
    if not token.text[:1].isupper() or not text.endswith("s") or not token.is_alpha:
        return False
    if token.ent_iob_ == "I" and token.ent_type_ in PLACE_LABELS:
        return False
    if token.i > 0 and _is_compound_noun(token.doc[token.i - 1], token):
        return False
    stems = {text[:-1], text[:-2]} if text.endswith("es") else {text[:-1]}
    return any(
        (stem in ALL_CUES and stem not in QUOTE_ONLY_CUES) or is_speech_lemma(stem)
        for stem in stems
    )


def _source_start(line: Span, verb: Token) -> int | None:
    """The line's start, or just past a colon before the verb; None when nothing is left."""
    start = line.start
    for token in line.doc[line.start : verb.i]:
        if token.text in (":", "|"):
            start = token.i + 1
    while start < verb.i and (line.doc[start].is_punct or line.doc[start].is_space):
        start += 1
    return start if start < verb.i else None


def _content_end(line: Span) -> int:
    """Token index just past the line's last word or closing mark."""
    end = line.end
    while end > line.start and (line.doc[end - 1].is_space or line.doc[end - 1].text == "\n"):
        end -= 1
    return end
