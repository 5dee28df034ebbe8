"""Joins across blocks after clustering: acronyms, nationality words, firms' short names and
surnames that lost a particle. Names of such pairs fall under different blocking keys, so
``resolve.entities`` clusters them apart first and these passes join them, by rules only: an
acronym that spells one body, an adjective formed from one place, a firm's first word before
a generic word ("Kraft Foods", "Orlis Bank", not "Orlis Security Response Alliance"), a merged
firm's part before the seam of its run-together name ("Glaxo", "GlaxoSmithKline"), a surname
with or without its particle, a body's name without its home ("Colts", "Indianapolis Colts").
Stored entities are never merged together: the store keeps both rows.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from dossier.name_firms import firm_short_name, leading_parts, legal_name
from dossier.name_forms import leading_word, name_words, particle_variant, singular_words
from dossier.resolve.acronyms import acronym_of, only_acronym, spelled_out, stands_for
from dossier.resolve.entity_kinds import adjective, common_noun, demonym_homes

if TYPE_CHECKING:
    from dossier.resolve.entities import _Cluster

ACRONYM_GROUPS = {"ORG", "PLACE"}  # people's initials are never taken for a name
# A bare surname (or an acronym) several entities may bear goes to the one named this many times
# as often as the others together (``entities._dominant``, ``acronyms.stands_for``).
DOMINANT_FACTOR = 3


def join_acronyms(clusters: dict[str, list[_Cluster]], assignment: dict[tuple[str, str], _Cluster]) -> None:
    """Join each organisation or place known only by an acronym to the one entity it stands for.

    Conservative on purpose: that entity already has the acronym among its names (an article
    wrote both, and grouped them), or else it is the only one whose initials spell it. Blocks do
    not matter here: candidates were found by the acronym keys (see ``mention_keys``). Two stored
    entities are never merged, since the store keeps both rows.
    """
    every = [c for block in clusters.values() for c in block if c.group in ACRONYM_GROUPS]
    by_alias, by_initials = spelled_out(every)
    home: dict[int, _Cluster] = {}  # a cluster merged away -> the one that took it in
    for short in [c for c in every if only_acronym(c.names)]:
        key = (short.group, only_acronym(short.names))
        full = stands_for(by_alias.get(key, []), by_initials.get(key, []), DOMINANT_FACTOR)
        if full is None:
            continue
        while id(full) in home:
            full = home[id(full)]
        if full is short or (short.entity_id and full.entity_id):
            continue
        into, other = (short, full) if short.entity_id else (full, short)
        merge_clusters(into, other, clusters, assignment)
        home[id(other)] = into


def join_demonyms(clusters: dict[str, list[_Cluster]], assignment: dict[tuple[str, str], _Cluster]) -> None:
    """Join a nationality word the gazetteer does not know ("Scottish", "Europeans") to the place
    it is the adjective of, when the dossier names that place (see ``entity_kinds.demonym_homes``).
    The place keeps its name: the adjective becomes one of its surface forms."""
    every = [c for block in clusters.values() for c in block if c.group == "PLACE" and not c.countries]
    places = {c.name: c for c in every if set(c.labels) - {"NORP"}}
    lone = [c for c in every if set(c.labels) == {"NORP"}]
    homes = demonym_homes([c.name for c in lone], list(places))
    for cluster in lone:
        home = places.get(homes.get(cluster.name, ""))
        if home is None or cluster.entity_id:
            continue
        own = set(home.names)
        merge_clusters(home, cluster, clusters, assignment)
        for name in set(cluster.names) - own:
            del home.names[name]
            home.surface.add(name)


def join_firms(clusters: dict[str, list[_Cluster]], assignment: dict[tuple[str, str], _Cluster]) -> None:
    """Join a body's names that share a distinctive first word (``name_forms.leading_word``): the
    bare word ("Kraft") joins its legal name ("Kraft Corp") or else the most named of them that is
    the word and a generic word (``name_firms.firm_short_name``: "Kraft Foods", not "Kraft Heinz
    Research Alliance"), and full
    names ending in the same word join each other ("... Bank", "... Investment Bank"). Stored
    entities are never merged together."""
    by_word: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in (c for block in clusters.values() for c in block if c.group == "ORG" and not acronym_of(c.name)):
        word = leading_word(cluster.folded, adjective=adjective(cluster.folded.split()[0]) if cluster.folded else False)
        if word:
            by_word[word].append(cluster)
    gone: set[int] = set()
    for group in by_word.values():
        full = sorted((c for c in group if " " in c.folded), key=lambda c: -c.count)
        for cluster in [c for c in group if " " not in c.folded] + full:
            home = _firm_home(cluster, [c for c in full if c is not cluster and id(c) not in gone])
            if id(cluster) in gone or home is None or (home.entity_id and cluster.entity_id):
                continue
            into, other = (cluster, home) if cluster.entity_id else (home, cluster)
            merge_clusters(into, other, clusters, assignment)
            gone.add(id(other))


def join_seam_parts(clusters: dict[str, list[_Cluster]], assignment: dict[tuple[str, str], _Cluster]) -> None:
    """Join a body's one-word name to the one run-together body's name it is the part before a
    seam of ("Glaxo" to "GlaxoSmithKline", ``name_firms.leading_parts``): merged firms go by
    their first part. Both must be organisations; nothing joins when two names begin with the
    part, and stored entities are never merged together."""
    bodies = [c for block in clusters.values() for c in block if c.group == "ORG" and " " not in c.name]
    longs: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in bodies:
        for part in {p for name in cluster.names for p in leading_parts(name)}:
            longs[part].append(cluster)
    for cluster in bodies:
        home = [c for c in longs.get(cluster.name, []) if c is not cluster]
        if len(home) != 1 or (home[0].entity_id and cluster.entity_id) or cluster.name in home[0].names:
            continue
        into, other = (cluster, home[0]) if cluster.entity_id else (home[0], cluster)
        merge_clusters(into, other, clusters, assignment)
        for part, found in longs.items():
            longs[part] = [into if c is other else c for c in found]


def _firm_home(cluster: _Cluster, full: list[_Cluster]) -> _Cluster | None:
    """The fuller name a body's name joins: for a bare word, its legal name ("... Corp") before
    the most named other name it shortens (``name_firms.firm_short_name``); for a full name, the
    most named one ending in the same word."""
    if " " in cluster.folded:
        return next((c for c in full if _same_last(c, cluster)), None)
    fits = [c for c in full if firm_short_name(cluster.folded, c.folded, common_noun)]
    return max(fits, key=lambda c: (legal_name(c.folded), c.count), default=None)


def join_particles(clusters: dict[str, list[_Cluster]], assignment: dict[tuple[str, str], _Cluster]) -> None:
    """Join a person whose surname lost or gained its particle ("Calamita", "LaCalamita") to the
    more named spelling: such names fall in different blocks (``name_forms.particle_variant``)."""
    people = sorted((c for block in clusters.values() for c in block if c.group == "PERSON"), key=lambda c: -c.count)
    gone: set[int] = set()
    for cluster in reversed(people):
        words = name_words(cluster.folded, "PERSON")
        home = next((c for c in people if c is not cluster and id(c) not in gone and c.count >= cluster.count
                     and particle_variant(words, name_words(c.folded, "PERSON"))), None)
        if home is not None and not cluster.entity_id:
            merge_clusters(home, cluster, clusters, assignment)
            gone.add(id(cluster))


def join_home_names(clusters: dict[str, list[_Cluster]], assignment: dict[tuple[str, str], _Cluster]) -> None:
    """Join a body's name without its home to the one fuller name that is a place the dossier
    names and then that name ("Colts" to "Indianapolis Colts", "Police" to "Surrey Police", "Red
    Sox" to "Boston Red Sox"): a team, force or council goes by its name without its home. The two
    fall in different blocks, keyed by their longest word. Nothing joins when two such bodies share
    the name ("Kansas City Chiefs" and "Leeds Chiefs"), and stored entities are never merged
    together."""
    every = [c for block in clusters.values() for c in block]
    places = {c.folded for c in every if c.group == "PLACE"}
    homes: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in every:
        if cluster.group == "ORG":
            for name in _names_without_home(cluster.folded.split(), places):
                homes[name].append(cluster)
    for cluster in [c for c in every if c.group == "ORG" and c.folded]:
        home = homes.get(cluster.folded, [])
        if len(home) != 1 or home[0] is cluster or (home[0].entity_id and cluster.entity_id):
            continue
        into, other = (cluster, home[0]) if cluster.entity_id else (home[0], cluster)
        merge_clusters(into, other, clusters, assignment)


def _names_without_home(words: list[str], places: set[str]) -> list[str]:
    """What a body's name leaves when a leading place the dossier names is taken off: "boston red
    sox" gives "red sox" when "boston" is a place (and "sox" too only if "boston red" were one)."""
    return [" ".join(words[cut:]) for cut in range(1, len(words))
            if " ".join(words[:cut]).removeprefix("the ") in places]


def _same_last(a: _Cluster, b: _Cluster) -> bool:
    return singular_words(a.folded.split()[-1]) == singular_words(b.folded.split()[-1])


def merge_clusters(into: _Cluster, other: _Cluster, clusters, assignment) -> None:
    into.names.update(other.names)
    into.labels.update(other.labels)
    into.countries.update(other.countries)
    into.roles.extend(r for r in other.roles if r.lower() not in {x.lower() for x in into.roles})
    into.docs |= other.docs
    into.surface |= other.surface
    into.count += other.count
    for key, block in clusters.items():
        clusters[key] = [c for c in block if c is not other]
    for name, cluster in assignment.items():
        if cluster is other:
            assignment[name] = into
