"""Short forms of names: acronyms, initials, and the leading words a name may drop.

Within an article (``annotate``) and across articles (``resolve``) a short form stands for a full
name by the same rules: an acronym when its letters are the name's initials; "the Foreign Office"
for "the UK Foreign Office" because a country qualifier may be left out, but never "Mexico" for
"New Mexico" or "the House" for "the White House", where the dropped word names a different
place or body. Neither stage imports the other, so the rules live here, with no NLP in them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unidecode import unidecode

# Two to six capitals ("EU", "NATO", "ODIHR"); dots are dropped first ("U.N." is "UN").
ACRONYM = re.compile(r"[A-Z]{2,6}")
# Words an acronym skips ("Department of Homeland Security" is "DHS").
MINOR_WORDS = frozenset({"of", "the", "and", "for"})


def acronym_letters(text: str) -> str | None:
    """The letters of an acronym ("U.N." -> "UN"), or None when the text is not one.

    Args:
        text: a cleaned name.

    Returns:
        The capitals of the acronym, or None.
    """
    letters = text.replace(".", "")
    return letters if ACRONYM.fullmatch(letters) else None


def initials(name: str) -> str:
    """The initials of a name's capitalised words, minor words skipped: "Food and Drug Administration" -> "FDA".

    Args:
        name: a full name as written.

    Returns:
        The initials in upper case, ASCII-folded ("Équipe" gives "E"); empty when no word is capitalised.
    """
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in MINOR_WORDS]
    return "".join(unidecode(w[0]).upper() for w in words)


def spellings(name: str) -> set[str]:
    """The initials of a name, with and without its hyphenated parts ("Trans-Pacific Partnership"
    is "TP" or "TPP"), since outlets abbreviate both ways.

    Args:
        name: a full name.

    Returns:
        The initials of two or more letters (none for a one-word name).
    """
    return {s for s in (initials(name), initials(name.replace("-", " "))) if len(s) >= 2}


# Leading words an organisation's or place's name may go without: articles and country qualifiers.
DROPPABLE_WORDS = frozenset({"the", "uk", "u.k.", "us", "u.s.", "eu", "un", "federal", "national", "state"})
# Endings of country adjectives ("British", "Russian", "Chinese", "Israeli"): a qualifier too.
DEMONYM_ENDINGS = ("ian", "an", "ish", "ese", "i")
LOOK_LIKE_DEMONYMS = frozenset({"republican", "human", "urban", "suburban", "metropolitan", "civilian"})


def may_drop(words: Sequence[str]) -> bool:
    """Whether an organisation's or place's name may leave out these leading words and still name
    the same thing: articles and country qualifiers may go ("UK Foreign Office", "Russian Defence
    Ministry"); words that tell one place or body from another may not ("New", "North", "White").

    Args:
        words: the leading words the shorter name leaves out, in any case.

    Returns:
        True when every word may be dropped.
    """
    return all(_droppable(w.lower()) for w in words)


def _droppable(word: str) -> bool:
    if word in DROPPABLE_WORDS:
        return True
    return len(word) > 4 and word.endswith(DEMONYM_ENDINGS) and word not in LOOK_LIKE_DEMONYMS
