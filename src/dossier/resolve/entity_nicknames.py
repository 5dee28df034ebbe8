"""Given names the articles themselves pair: "Kathryn Hale, known as Katie" makes "Katie Hale"
in another article the same person as "Kathryn Hale", and so does "Maria Elena (Nena) Ruiz" for
"Nena Ruiz".

The annotator gives a name a person is "known as" the full name as its in-document canonical
(``annotate.name_aliases``), so a mention whose text is one given name and whose canonical
begins with another records the pair, for that surname only. No table of nicknames is used: a
pair is what some article of the dossier says (a package of English nicknames on PyPI,
``nicknames``, would add "Bill" for "William"; it is not a dependency).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from unidecode import unidecode

from dossier import models

# A nickname in brackets or quotes inside a full name, as the annotator keeps it in a mention's text.
NICKNAME_INSIDE = re.compile(r"\s[(\[\"“‘']([A-Z][^\W\d_]*)[)\]\"”’']\s")
# (one given name, the other, the surname), folded; both orders are stored.
NicknamePairs = frozenset[tuple[str, str, str]]


def _fold(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", unidecode(name).lower()).strip()


def nickname_pairs(mentions: Iterable[models.EntityMention]) -> NicknamePairs:
    """The pairs of given names some article uses for one person.

    Args:
        mentions: entity mentions of the batch.

    Returns:
        (given name, other given name, surname) triples, folded, in both orders.
    """
    pairs = set()
    for mention in mentions:
        text, full = _fold(mention.text).split(), _fold(mention.canonical).split()
        inside = NICKNAME_INSIDE.search(mention.text)  # "Maria Elena (Nena) Ruiz"
        if mention.label == "PERSON" and inside and len(full) >= 2 and _fold(inside.group(1)) not in full:
            text = _fold(inside.group(1)).split()[:1]
        if mention.label != "PERSON" or len(text) != 1 or len(full) < 2 or text[0] in full:
            continue
        pairs.add((text[0], full[0], full[-1]))
        pairs.add((full[0], text[0], full[-1]))
    return frozenset(pairs)


def same_by_nickname(words: list[str], other: list[str], pairs: NicknamePairs) -> bool:
    """Whether two people's names (given name, surname) differ only by a given-name pair an
    article made.

    Args:
        words: a folded name's words (given name first, surname last).
        other: the other name's words.
        pairs: from ``nickname_pairs``.

    Returns:
        True when the surnames agree and the given names are such a pair.
    """
    return len(words) >= 2 and len(other) >= 2 and words[-1] == other[-1] \
        and (words[0], other[0], words[-1]) in pairs
