"""Acronyms across articles: which stored or new entity an "FBI" or a "DNC" on its own stands for.

An organisation is known by an acronym when an article wrote both (the in-document grouping puts
"FBI" under "Federal Bureau of Investigation", so the acronym arrives among the entity's names), or
when the acronym's letters are the initials of its name. Letters and initials are read
by ``dossier.name_forms``, as within an article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Protocol, TypeVar

from dossier.name_forms import acronym_letters, spellings


class Named(Protocol):
    """What the index needs of a cluster of names: its group, names and surface forms."""

    group: str
    names: Collection[str]
    surface: Collection[str]


N = TypeVar("N", bound=Named)


def acronym_of(name: str) -> str | None:
    """The letters of a name that is an acronym ("the U.N." -> "UN"), or None.

    Args:
        name: a name as written or as grouped in its document.

    Returns:
        The capitals, or None when the name is not an acronym.
    """
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return acronym_letters(" ".join(words))


def only_acronym(names: Iterable[str]) -> str | None:
    """The acronym a set of names consists of ("DNC", "the DNC"), or None when any name is spelled out.

    Args:
        names: the names of one entity.

    Returns:
        The letters, or None.
    """
    letters = {acronym_of(n) for n in names}
    return next(iter(letters)) if len(letters) == 1 and None not in letters else None


def spelled_out(clusters: Sequence[N]) -> tuple[dict[tuple[str, str], list[N]], dict[tuple[str, str], list[N]]]:
    """Index the clusters that are not mere acronyms by the acronyms they may stand for.

    Args:
        clusters: clusters of names with their group ("ORG", "PLACE").

    Returns:
        Two maps from (group, letters): to the clusters with that acronym among their names, and
        to the clusters with a name whose initials (see ``spellings``) are those letters.
    """
    by_alias: dict[tuple[str, str], list[N]] = defaultdict(list)
    by_initials: dict[tuple[str, str], list[N]] = defaultdict(list)
    for cluster in clusters:
        if only_acronym(cluster.names):
            continue
        for letters in sorted({acronym_of(n) for n in (*cluster.names, *cluster.surface)} - {None}):
            by_alias[(cluster.group, letters)].append(cluster)
        for letters in sorted({s for n in cluster.names for s in spellings(n)}):
            by_initials[(cluster.group, letters)].append(cluster)
    return by_alias, by_initials
