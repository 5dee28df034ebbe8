"""Line breaks that end a sentence, marked before the parser splits the text.

The parser splits sentences by their words, and a headline, a dateline or a byline has no full
stop: "Office gunman charged\n\nPublished April 11, 2007\n\nA man walked into ..." came out as one
sentence, so the headline's words became names and the dateline's date dated the lead's events.
A blank line always ends a paragraph. A single line break ends one too, unless the text is
hard-wrapped (most of its lines are long and stop without a sentence's end, as in wire copy
broken at 70 columns), where it is only a place the line was broken.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# How a sentence can end, before closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
# Lines at least this long that stop without a sentence's end look broken by width.
WRAPPED_LINE_CHARS = 40
# Share of a text's lines that must look broken by width for its single line breaks to be ignored.
WRAPPED_SHARE = 0.5


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set the first word after a paragraph break as a sentence start, leaving the rest to the parser.

    Args:
        doc: a tokenized text, not yet parsed.

    Returns:
        The same doc, with ``is_sent_start`` set on the first word of each paragraph.
    """
    single_breaks = not hard_wrapped(doc.text)
    previous_end = None
    for token in doc:
        if token.is_space:
            continue
        if previous_end is not None:
            gap = doc.text[previous_end: token.idx]
            if "\n\n" in gap.replace("\r", "") or (single_breaks and "\n" in gap):
                token.is_sent_start = True
        previous_end = token.idx + len(token.text)
    return doc


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
