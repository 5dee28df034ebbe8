"""People across articles by the names news gives them besides the full one.

Part of cross-document entity resolution (``resolve.entities``). Two facts of news prose:

- A bare surname in an article that names two or more people of that surname in full (a boy and
  his father, a couple) is that article's ambiguity, which the in-document grouping leaves
  unresolved. It is no evidence for the surname's best-known bearer across the dossier, so it is
  not handed to him: it stays a surname of its own.
- News goes on by a given name for children, victims and people of the street ("Alice met her at
  the station"). A given name alone in one article ("Alice", "Juan Carlos") is the person another
  article names in full and also calls by that given name alone, when exactly one person is so
  called. Keyed by their last word, the two never meet in one block.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from dossier import models
from dossier.name_forms import fold, without_suffix
from dossier.resolve.entity_merges import merge_clusters

if TYPE_CHECKING:
    from dossier.resolve.entities import _Cluster

ByName = dict[tuple[str, str], list[models.EntityMention]]


def surnames_shared_in_articles(by_name: ByName) -> frozenset[str]:
    """One-word people's names most of whose mentions come from articles that name two or more
    people in full ending with that word ("Hale" beside "Ann Hale" and "Tom Hale").

    Args:
        by_name: mentions by (group, in-document name).

    Returns:
        Such names, as written.
    """
    bearers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (group, name), mentions in by_name.items():
        words = without_suffix(name.split())
        if group == "PERSON" and len(words) > 1:
            for mention in mentions:
                bearers[(mention.doc_id, fold(words[-1]))].add(fold(name))
    shared = set()
    for (group, name), mentions in by_name.items():
        if group != "PERSON" or " " in name:
            continue
        ambiguous = sum(len(bearers.get((m.doc_id, fold(name)), ())) > 1 for m in mentions)
        if 2 * ambiguous >= len(mentions):
            shared.add(name)
    return frozenset(shared)


def join_given_names(clusters: dict[str, list[_Cluster]], assignment: dict[tuple[str, str], _Cluster]) -> None:
    """Join a person known only by given names ("Alice", "Juan Carlos") to the one person named in
    full with them first whom some article also calls by them alone; nothing joins when two such
    people exist, when the given name is also someone's surname, or when both are stored.

    Args:
        clusters: the clusters by blocking key, changed in place.
        assignment: (group, name) -> cluster, changed in place.
    """
    people = [c for block in clusters.values() for c in block if c.group == "PERSON"]
    for cluster in list(people):
        given = cluster.folded
        if len(cluster.names) != 1 or not given or given.split()[-1] in _others_last(people, cluster):
            continue
        owners = [c for c in people if c is not cluster and c.folded.startswith(given + " ")
                  and given in {fold(s) for s in c.surface}]
        if len(owners) != 1 or (owners[0].entity_id and cluster.entity_id):
            continue
        into, other = (cluster, owners[0]) if cluster.entity_id else (owners[0], cluster)
        merge_clusters(into, other, clusters, assignment)


def _others_last(people: list[_Cluster], cluster: _Cluster) -> set[str]:
    """Last words of every other person's name of two words or more."""
    return {without_suffix(c.folded.split())[-1] for c in people if c is not cluster and len(c.folded.split()) > 1}
