"""The letters of acronyms and the initials of full names, shared by two stages.

Within an article (``annotate.acronyms``) and across articles (``resolve.acronyms``) an acronym
stands for a name when its letters are the name's initials; both must read letters the same way,
and neither stage imports the other, so the rule lives here, with no NLP in it.
"""

from __future__ import annotations

import re

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
