"""Short forms of firms' names: the bare first word of a firm, and the parts of a run-together name.

Kept beside ``dossier.name_forms`` (and with no NLP in it) for the same reason: the annotate and
resolve stages both read a firm's short forms by these rules and neither imports the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dossier.name_forms import ORGANISATION_WORDS, singular_words

# Words a firm's name may add after its distinctive word and still be the firm ("Kraft Inc").
CORPORATE_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "sa", "ag", "gmbh", "corporation",
                                "company", "incorporated", "limited"})
# Words that head a firm's or a body's name after its distinctive word ("... Bank", "... Hotel").
FIRM_HEADS = ORGANISATION_WORDS | {"hotel", "resort", "restaurant", "store", "media", "energy", "telecom", "motors"}


def legal_name(full: str) -> bool:
    """Whether a folded firm's name carries a corporate suffix ("kraft foods inc", "kraft corp").

    Args:
        full: a folded name.

    Returns:
        True when a word after the first is a corporate suffix.
    """
    return any(w in CORPORATE_SUFFIXES for w in full.split()[1:])


def firm_short_name(word: str, full: str, common_noun: Callable[[str], bool] = lambda w: False) -> bool:
    """Whether a firm's bare first word stands for a fuller name: its legal name (one with a
    corporate suffix: "Kraft Telecom Group Ltd"), or the word and one generic word (a body's head
    such as "Bank", a plural trade such as "Foods", or a common noun such as "Recovery" when
    ``common_noun`` knows it), or two words the last of which heads a
    body ("Kraft Intercontinental Hotel"). A longer name sharing only its first word is another
    body ("Kraft Security Response Alliance", "Kraft Security Response Center").

    Args:
        word: a folded one-word name.
        full: a folded longer name starting with that word (or its plural).
        common_noun: whether a folded word is a common noun of English (the caller's dictionary).

    Returns:
        True when the word is the full name's short form.
    """
    words = full.split()
    if len(words) < 2 or singular_words(words[0]) != singular_words(word):
        return False
    rest = words[1:]
    if legal_name(full):
        return True
    if len(rest) == 1:
        plural = len(rest[0]) > 3 and rest[0].endswith("s") and not rest[0].endswith("ss")
        return rest[0] in FIRM_HEADS or plural or common_noun(rest[0])
    return len(rest) == 2 and rest[-1] in FIRM_HEADS


# A place inside a word where a small letter meets a capital: a seam of a run-together name.
SEAM = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Parts shorter than this open people's surnames ("MacArthur", "LaGrange", "DeSoto"), no firms.
MIN_SEAM_PART = 4


def leading_parts(word: str) -> list[str]:
    """The parts before each seam of a run-together name: "GlaxoSmithKline" -> ["Glaxo",
    "GlaxoSmith"], the short forms a merged firm goes by; a word without a seam has none."""
    if " " in word or not word[:1].isupper():
        return []
    return [word[:m.start()] for m in SEAM.finditer(word) if m.start() >= MIN_SEAM_PART]
