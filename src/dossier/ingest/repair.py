"""Repair text that reached us damaged: mojibake and stray markup.

Exports and scrapes often carry UTF-8 text that was decoded as Windows-1252 on the way
("JuliÃ¡n Castro" for "Julián Castro"), sometimes twice; a name spelled so matches no other
article's. ftfy's ``fix_encoding`` undoes exactly that and leaves correct text alone (it does
not straighten quotes or touch dashes). Plain-text and table sources also keep tags of the page
they were cut from (``<tweet tweet-id="...">``, ``</a>``), which are no words of the article.
"""

from __future__ import annotations

import re

import ftfy

# An HTML or XML tag: a name, then attributes with or without quoted values, maybe self-closing.
_TAG = re.compile(
    r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*\s*/?>"
)


def repair_text(text: str) -> str:
    """The text with mojibake undone and markup tags removed.

    Args:
        text: an article's text as read from a file, table row or feed.

    Returns:
        The repaired text; unchanged when nothing needed repair. A tag between two words leaves a
        space, so they stay two words.
    """
    text = ftfy.fix_encoding(text)
    if "<" in text:
        text = _TAG.sub(_tag_gap, text)
    return text


def _tag_gap(match: re.Match) -> str:
    before = match.string[match.start() - 1: match.start()]
    after = match.string[match.end(): match.end() + 1]
    return " " if before.isalnum() and after.isalnum() else ""
