"""People the articles tell apart however alike their names look, so entity resolution never joins them.

Part of cross-document entity resolution (``resolve.entities``): issue #5 forbids merging
different people who share a surname. Two full names one article uses side by side with the same
surname are two people ("Ivana Trump" and "Ivanka Trump"), unless an article pairs their given
names as nicknames; a son named "Jr" stays apart from his father.
"""

from __future__ import annotations

from collections import defaultdict

from dossier import models
from dossier.name_forms import fold, generation, name_words
from dossier.resolve.entity_nicknames import NicknamePairs, same_by_nickname



def kept_apart(by_name: dict[tuple[str, str], list[models.EntityMention]],
                nicknames: NicknamePairs = frozenset()) -> frozenset[frozenset[str]]:
    """Pairs of full names of people one article uses side by side with the same surname: two
    people ("Ivana Trump" and "Ivanka Trump"), however alike their first names look, unless an
    article pairs their given names ("Kathryn Hale, known as Katie"); and a son and his father
    (``father_and_son``)."""
    names_of_doc: dict[str, set[str]] = defaultdict(set)
    for (group, name), mentions in by_name.items():
        if group == "PERSON" and len(name.split()) > 1:
            for mention in mentions:
                names_of_doc[mention.doc_id].add(fold(name))
    pairs = set(father_and_son(by_name))
    for names in names_of_doc.values():
        for a in names:
            for b in names:
                if a < b and a.split()[-1] == b.split()[-1] and name_words(a, "PERSON") != name_words(b, "PERSON") \
                        and not same_by_nickname(name_words(a, "PERSON"), name_words(b, "PERSON"), nicknames):
                    pairs.add(frozenset({a, b}))
    return frozenset(pairs)


def father_and_son(by_name: dict[tuple[str, str], list[models.EntityMention]]) -> set[frozenset[str]]:
    """Pairs that keep a son apart from his father when the articles name both a "Jr" and a "Sr" of
    one name: the son's "Jr" name and every other form of that name. News always marks the son and
    often drops the father's "Sr", so a form without a suffix ("Mark Hale") stays the father's."""
    by_words: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for group, name in by_name:
        if group == "PERSON" and len(name.split()) > 1:
            by_words[tuple(name_words(fold(name), "PERSON"))].add(fold(name))
    pairs = set()
    for names in by_words.values():
        if {"jr", "sr"} <= {generation(n) for n in names}:
            sons = {n for n in names if generation(n) == "jr"}
            pairs.update(frozenset({son, other}) for son in sons for other in names - sons)
    return pairs
