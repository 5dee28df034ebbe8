"""Repair text that reached us damaged: mojibake.

Exports and scrapes often carry UTF-8 text that was decoded as Windows-1252 on the way
("JuliÃ¡n Castro" for "Julián Castro"), sometimes twice; a name spelled so matches no other
article's. ftfy's ``fix_encoding`` undoes exactly that and leaves correct text alone (it does
not straighten quotes or touch dashes). Some exports also decompose accented letters ("A" and a
combining tilde for "Ã"), which hides mojibake from ftfy, so text is composed (Unicode NFC) first;
a composed letter looks the same and is one character. Markup left in plain text (``<tweet ...>``)
is kept: the stored text is what evidence cites, and hostile markup is escaped where it is shown.
"""

from __future__ import annotations

import unicodedata

import ftfy


def repair_text(text: str) -> str:
    """The text composed (NFC) and with mojibake undone.

    Args:
        text: an article's text as read from a file, table row or feed.

    Returns:
        The repaired text; unchanged when nothing needed repair.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return ftfy.fix_encoding(text)
