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
    """What the index needs of a cluster of names: its group, names, surface forms and mentions."""

    group: str
    names: Collection[str]
    surface: Collection[str]
    count: int


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


def stands_for(aliased: Sequence[N], spelled: Sequence[N], factor: int) -> N | None:
    """The cluster an acronym alone stands for, or None when that is not clear.

    Of the clusters an article wrote the acronym beside (``aliased``), the one with more mentions
    than the others together: outlets spell one agency several ways ("Centers", "Centres", with or
    without "and Prevention"), and its acronym means the spelling named most. Failing those, of
    the clusters whose initials spell it, the only one, or the one with ``factor`` times the
    mentions of the others together, as a bare surname goes to the prominent bearer.

    Args:
        aliased: clusters with the acronym among their names (see ``spelled_out``).
        spelled: clusters whose initials are the acronym's letters.
        factor: how many times the others' mentions the chosen initials' cluster must have.

    Returns:
        The cluster, or None.
    """
    if aliased:
        top, *rest = sorted(aliased, key=lambda c: -c.count)
        return top if top.count > sum(c.count for c in rest) else None
    if len(spelled) <= 1:
        return spelled[0] if spelled else None
    top, *rest = sorted(spelled, key=lambda c: -c.count)
    return top if top.count >= factor * sum(c.count for c in rest) else None
