"""Sentence starts the parser gets wrong, marked before it splits the text: line breaks and titles.

The parser splits sentences by their words, and a headline, a dateline or a byline has no full
stop: "Office gunman charged\n\nPublished April 11, 2007\n\nA man walked into ..." came out as one
sentence, so the headline's words became names and the dateline's date dated the lead's events.
A blank line always ends a paragraph. A single line break ends one too, unless the text is
hard-wrapped (most of its lines are long and stop without a sentence's end, as in wire copy
broken at 70 columns), where it is only a place the line was broken.

The other way round, the parser ends a sentence at the stop of a title before a name ("..., Troy
police Lt. Gerry Scherlinck said." became two sentences, and the quote lost its speaker): a name
after a title abbreviation never starts a sentence. Nor does a lowercase word on the line of a
word that ends no sentence: after a photo credit the parser cut "Ukraine | and Russia agreed ...",
and the lead's subject was lost to its event.

Page furniture (timestamps, wire datelines, photo credits, a page's address: ``dossier.furniture``)
is made a sentence of its own and no name (``dossier.furniture_tokens``), so that a dateline glued
to the lead is not the lead's subject nor a person a later "he said" is given to.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from dossier.furniture_tokens import mark_furniture

# Values of spaCy's SENT_START attribute: a sentence starts here, or surely does not.
SENT_STARTS, NO_SENT_START = 1, -1

# Abbreviated titles and ranks written before a name.
TITLE_ABBREVIATIONS = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "fr.", "st.", "gen.", "lt.", "col.", "maj.", "capt.", "cpt.",
    "sgt.", "cpl.", "pvt.", "adm.", "cmdr.", "det.", "insp.", "supt.", "gov.", "sen.", "rep.", "pres.", "amb.",
    "lt.-gen.", "brig.", "hon.", "atty.", "no."})
# How a sentence can end, before closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
# Lines at least this long that stop without a sentence's end look broken by width.
WRAPPED_LINE_CHARS = 40
# Share of a text's lines that must look broken by width for its single line breaks to be ignored.
WRAPPED_SHARE = 0.5


def mark_sentence_starts(doc: Doc) -> Doc:
    """Set the first word after a paragraph break as a sentence start, a name after a title as
    none, and page furniture as a sentence of its own, leaving the rest to the parser.

    Args:
        doc: a tokenized text, not yet parsed.

    Returns:
        The same doc, with ``is_sent_start`` set where this module knows better than the parser.
    """
    text = doc.text  # ``Doc.text`` joins every token each time it is read: once, not once per token
    single_breaks = not hard_wrapped(text)
    # Written through the array, not token by token: spaCy checks the whole doc for a parse on each
    # ``token.is_sent_start = ...``, which made this loop quadratic in the text's length.
    starts = doc.to_array([SENT_START]).astype(np.int64)
    previous = None
    for token in doc:
        if token.is_space:
            continue
        if previous is not None:
            gap = text[previous.idx + len(previous.text): token.idx]
            if "\n\n" in gap.replace("\r", "") or (single_breaks and "\n" in gap):
                starts[token.i] = SENT_STARTS
            elif token.is_title and _title_abbreviation(previous):
                starts[token.i] = NO_SENT_START  # "Lt. Gerry Scherlinck"
            elif token.is_lower and token.is_alpha and not _SENTENCE_END.search(previous.text):
                starts[token.i] = NO_SENT_START  # "Ukraine | and Russia agreed"
        previous = token
    doc.from_array([SENT_START], starts.astype(np.uint64))
    return mark_furniture(doc)


def _title_abbreviation(token: Token) -> bool:
    """Whether a token ends an abbreviated title: "Lt." as one token, or "Sgt" "." as two."""
    if token.lower_ in TITLE_ABBREVIATIONS:
        return True
    if token.text != "." or token.i == 0:
        return False
    word = token.doc[token.i - 1]
    return not word.whitespace_ and word.lower_ + "." in TITLE_ABBREVIATIONS


def hard_wrapped(text: str) -> bool:
    """Whether a text's single line breaks come from a fixed width rather than from paragraphs.

    Args:
        text: the whole text.

    Returns:
        True when more than ``WRAPPED_SHARE`` of its non-empty lines (but the last of each
        paragraph) are long and stop without a sentence's end.
    """
    lines = [line.strip() for paragraph in re.split(r"\n\s*\n", text) for line in paragraph.strip().split("\n")[:-1]]
    lines = [line for line in lines if line]
    if not lines:
        return False
    broken = sum(len(line) >= WRAPPED_LINE_CHARS and not _SENTENCE_END.search(line) for line in lines)
    return broken / len(lines) > WRAPPED_SHARE
