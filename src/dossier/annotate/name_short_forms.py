"""A body's short form that is the first part of its run-together name: "Glaxo" for
"GlaxoSmithKline", "Smith" is no such part of "Smithson".

Firms formed by mergers write their names as one word with a capital inside it at the seam
("GlaxoSmithKline", "ExxonMobil"), and the press shortens them to the part before the seam. The
tagger often takes one of the two for a person. A one-word name that is the part before such an
inner capital of another one-word name, when the article tags one of the two as an organisation,
is that body's short form: both are the organisation, and the short form takes the long name. A
surname of someone the article names in full stays that person's ("Walt Vostel" beside
"VostelHarbin").

The part must be four letters or more: "Mac", "La", "De" open people's surnames ("MacArthur",
"LaGrange", "DeSoto") and are no firms.
"""

from __future__ import annotations

from dossier.name_firms import leading_parts

BODY_LABELS = frozenset({"ORG"})


def short_forms(names: list[tuple[str, str]]) -> dict[str, str]:
    """The one-word bodies' names that shorten another one-word name of the article.

    Args:
        names: the article's (label, cleaned name) pairs.

    Returns:
        Short form -> the run-together name it begins, when one of the two is labelled an
        organisation somewhere, the short form begins no other such name and is no surname of
        a person named in full.
    """
    one_word = {name for _, name in names if " " not in name}
    bodies = {name for label, name in names if label in BODY_LABELS}
    surnames = {name.split()[-1] for label, name in names if label == "PERSON" and " " in name}
    longs: dict[str, set[str]] = {}
    for name in one_word:
        for part in leading_parts(name):
            if part in one_word - surnames and (part in bodies or name in bodies):
                longs.setdefault(part, set()).add(name)
    return {short: next(iter(full)) for short, full in longs.items() if len(full) == 1}


def as_bodies(names: list[tuple[str, str]], shortened: dict[str, str]) -> list[tuple[str, str]]:
    """The names with both forms labelled an organisation (the tagger's "person"
    "GlaxoSmithKline" beside the body "Glaxo", or the other way round)."""
    both = set(shortened) | set(shortened.values())
    return [("ORG", name) if name in both else (label, name) for label, name in names]
