"""Entity resolution across documents: one entity per real-world name, whatever the spelling.

Names are folded to ASCII (unidecode), blocked by a consonant key of their most distinctive word,
and compared within a block with rapidfuzz. A bare surname joins a full name only when exactly one
full name in its block fits, or one of them is named far more often than all the others together
(news writes a bare surname for the prominent bearer), so two people who share a surname stay
apart. An organisation or
place known only by an acronym joins the one entity that already has that acronym among its names,
or else the only one whose initials spell it (see resolve.acronyms); such entities carry extra
blocking keys so that an acronym finds them.

Organisations and places are stricter about spelling than people: a long name may differ by a
letter or two (organisation/organization), but not a syllable (Austria/Australia) or an
acronym's letter (CDC/ECDC); stray words the tagger ran into a body's name go first
(``name_forms``); names that differ in a number ("95th Avenue", "97th Avenue") never join. A
name shaped like a person's stays a person however often the tagger calls it
an organisation, and a nationality word the gazetteer lacks joins its place
(``resolve.entity_kinds``).

People are compared by given name and surname only: middle names, initials and suffixes ("Jr",
"III") come and go between outlets, and a surname's particle may too ("LaCalamita", "Calamita").
A surname with its particle ("Lo Presti") joins the full name ending in it. A son named "Jr"
stays apart from his father when the articles name both a "Jr" and a "Sr" (``entity_apart.father_and_son``). Joins across blocks (acronyms, nationality words, a firm's first word,
surname particles) are ``resolve.entity_merges``: a firm goes by its first word only before a
generic word ("Kraft" for "Kraft Foods", not for "Kraft Research Alliance"). A nationality word
with no place stays a people (NORP): "Muslim" or "Socialist" is no place.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from dossier import models
from dossier.name_forms import (
    SAME_NAME_SCORE, fold, may_shorten, name_words, person_shaped, same_spelling, same_word, short_first_name,
    trim_name, without_qualifiers, without_suffix,
)
from dossier.resolve.acronyms import acronym_of, spellings
from dossier.resolve.entity_apart import kept_apart
from dossier.resolve.entity_given import join_given_names, surnames_shared_in_articles
from dossier.resolve.entity_kinds import body_named, origin_stems, settle_kinds
from dossier.resolve.entity_nicknames import NicknamePairs, nickname_pairs, same_by_nickname
from dossier.resolve.entity_merges import (
    ACRONYM_GROUPS, DOMINANT_FACTOR, join_acronyms, join_demonyms, join_firms, join_home_names, join_particles,
    join_seam_parts,
)

LABEL_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "PLACE"}
# An entity keeps at most this many article ids: enough to link stories through distinctive names
# (resolve/stories.py ignores names found in more articles), without a row that grows forever.
MAX_STORED_DOC_IDS = 250
# Numbers in a name ("97th Avenue", "Route 52", "Apollo 11"): two names differing in one never merge.
NUMBER = re.compile(r"\d+")
# Letters of a surname's particle written as a word of its own ("Del", "Lo", "Van").
MAX_PARTICLE = 3
GENERIC_WORDS = {"palace", "ministry", "the", "of", "and", "republic", "people's", "peoples", "region", "city",
                 "office", "council", "committee", "forces", "armed", "state", "department", "national"}

@dataclass
class _Cluster:
    group: str
    name: str
    folded: str
    entity_id: str | None = None  # kept from the stored entity this cluster was loaded from
    names: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    surface: set[str] = field(default_factory=set)
    count: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityResolution:
    entities: tuple[models.Entity, ...]
    keys: dict[str, str]  # entity_id -> blocking key
    mention_entity: dict[tuple[str, str], str]  # (doc_id, in-document canonical) -> entity_id
    canonical_name: dict[str, str]  # folded in-document name -> entity name
    # entity_id -> further blocking keys (its acronyms, its initials), so "FBI" finds the Bureau
    extra_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)


def blocking_key(name: str, group: str = "PERSON") -> str:
    """Consonant skeleton of the most distinctive word ("Umierov" and "Umerov" -> "mrv").

    For people that is the surname (the last word); for places and organisations the longest
    word that is not generic ("Ciragan" in "Ciragan Palace").
    """
    # "U.S." must not choose the block of "U.S. State Department", or "State Department" never meets it
    folded = fold(name).split() if group == "PERSON" else without_qualifiers(fold(name).split())
    words = [w for w in folded if w not in GENERIC_WORDS] or folded or [""]
    word = without_suffix(words)[-1] if group == "PERSON" else max(words, key=len)
    skeleton = re.sub(r"[aeiouy]", "", word)
    return skeleton[:3] or word[:3]


def resolve_entities(
    mentions: Sequence[models.EntityMention],
    existing: Sequence[models.Entity] = (),
    taken: Callable[[list[str]], set[str]] | None = None,
) -> EntityResolution:
    """Cluster in-document names across documents, starting from stored entities.

    Args:
        mentions: the entity mentions to place (a new batch of articles, or everything).
        existing: stored candidate entities, found by blocking key, that mentions may join.
        taken: which of the given ids the store already holds; a new entity never takes one of
            them, because a stored entity outside the candidates (renamed since, so blocked
            under another key) must not be overwritten.

    Returns:
        The new and updated entities (stored ones keep their ids), and maps from
        (doc, in-document name) and from folded names to them.
    """
    by_name: dict[tuple[str, str], list[models.EntityMention]] = defaultdict(list)
    places = _cities_named_as_places(mentions)
    for mention in mentions:
        by_name[_group_and_name(mention, places)].append(mention)
    settle_kinds(by_name, existing, DOMINANT_FACTOR)
    clusters: dict[str, list[_Cluster]] = defaultdict(list)
    for entity in existing:
        seeded = _seed(entity)
        clusters[f"{seeded.group}:{blocking_key(entity.name, seeded.group)}"].append(seeded)
    assignment: dict[tuple[str, str], _Cluster] = {}
    pairs = nickname_pairs(mentions)
    apart = kept_apart(by_name, pairs)
    shared = surnames_shared_in_articles(by_name)
    # Longest names first, so full names found clusters before bare surnames join them.
    for group, name in sorted(by_name, key=lambda k: (-len(k[1].split()), -len(k[1]), k[1])):
        key = f"{group}:{blocking_key(name, group)}"
        cluster = _best_cluster(name, group, clusters[key], apart, pairs, exact_only=name in shared) \
            or _new_cluster(group, name, clusters[key])
        _absorb(cluster, name, by_name[(group, name)])
        assignment[(group, name)] = cluster
    join_acronyms(clusters, assignment)
    join_demonyms(clusters, assignment)
    join_firms(clusters, assignment)
    join_seam_parts(clusters, assignment)
    join_particles(clusters, assignment)
    join_home_names(clusters, assignment)
    join_given_names(clusters, assignment)
    return _results(clusters, assignment, by_name, taken or (lambda ids: set()))


def _cities_named_as_places(mentions: Sequence[models.EntityMention]) -> frozenset[str]:
    """Cities the articles name as places ``DOMINANT_FACTOR`` times as often as they let them stand
    for their country ("Paris" in a story of a robbery there): the few readings as the government
    are then more likely the annotator's misreadings than the capital's voice, and the city stays
    one entity of its own."""
    linked, placed = Counter(), Counter()
    for mention in mentions:
        if mention.label != "PERSON":
            (linked if mention.country else placed)[mention.canonical] += 1
    return frozenset(name for name, count in linked.items() if placed[name] >= DOMINANT_FACTOR * count)


def _group_and_name(mention: models.EntityMention, places: frozenset[str] = frozenset()) -> tuple[str, str]:
    if mention.country and mention.label != "PERSON" and mention.canonical not in places:
        # Demonyms, capitals and seats of government stand for their country ("Kyiv said").
        return "PLACE", mention.country
    if mention.label == "PERSON":
        return "PERSON", mention.canonical
    if mention.label == "GPE" and body_named(mention.canonical):
        return "ORG", trim_name(mention.canonical)  # "Marfin Bank" is no town
    # The tagger runs a neighbouring article or "- as" into a body's name (name_forms.trim_name).
    return LABEL_GROUP.get(mention.label, mention.label), trim_name(mention.canonical)


def mention_key(mention: models.EntityMention) -> str:
    """The blocking key under which a mention looks for stored entities."""
    group, name = _group_and_name(mention)
    return f"{group}:{blocking_key(name, group)}"


def mention_keys(mention: models.EntityMention) -> tuple[str, ...]:
    """Every blocking key under which a mention looks for stored entities: ``mention_key``, and for
    an organisation's or place's full name also the key of its initials, so "Democratic National
    Committee" finds an entity stored so far only as "DNC".

    A body's name that may be a person's ("Keiji Fukuda", "Fukuda") also looks among stored
    people, and a nationality word among the places it may be formed from ("European": "Europe"),
    as ``resolve_entities`` may take them there (see ``entity_kinds``).

    Args:
        mention: an entity mention.

    Returns:
        The keys, ``mention_key(mention)`` first.
    """
    group, name = _group_and_name(mention)
    keys = [f"{group}:{blocking_key(name, group)}"]
    if group in ACRONYM_GROUPS and not mention.country and not acronym_of(name):
        keys.extend(f"{group}:{blocking_key(letters, group)}" for letters in sorted(spellings(name)))
    if group == "ORG" and (person_shaped(name) or (" " not in name and not name.isupper())):
        keys.append(f"PERSON:{blocking_key(name, 'PERSON')}")
    if mention.label == "NORP" and not mention.country:
        keys.extend(f"PLACE:{blocking_key(stem, 'PLACE')}" for stem in origin_stems(name))
    return tuple(dict.fromkeys(keys))


def _seed(entity: models.Entity) -> _Cluster:
    group = LABEL_GROUP.get(entity.label, entity.label)
    cluster = _Cluster(group=group, name=entity.name, folded=fold(entity.name), entity_id=entity.entity_id)
    cluster.names[entity.name] += entity.mention_count
    cluster.surface.update(entity.aliases)
    cluster.labels[entity.label] += entity.mention_count
    cluster.roles.extend(entity.roles)
    if entity.country:
        cluster.countries[entity.country] += entity.mention_count
    cluster.docs.update(entity.doc_ids)
    cluster.count = entity.mention_count
    return cluster


def _new_cluster(group: str, name: str, block: list[_Cluster]) -> _Cluster:
    cluster = _Cluster(group=group, name=name, folded=fold(name))
    block.append(cluster)
    return cluster


def _best_cluster(name: str, group: str, block: list[_Cluster], apart: frozenset[frozenset[str]] = frozenset(),
                  pairs: NicknamePairs = frozenset(), exact_only: bool = False) -> _Cluster | None:
    """The cluster a name joins in its block, or None. ``apart`` holds pairs of folded names an
    article used for two people ("Ivana Trump" and "Ivanka Trump"), which never join; ``pairs``
    given names an article used for one person ("Katie" for "Kathryn", ``entity_nicknames``);
    ``exact_only`` for a surname its articles share between people (``entity_given``)."""
    folded = fold(name)
    words = name_words(folded, group)
    scored = []
    for cluster in block:
        if apart and any(frozenset({folded, fold(other_name)}) in apart for other_name in cluster.names):
            continue
        if cluster.group == "PERSON" and _particle_surname(folded, cluster.folded):
            scored.append((SAME_NAME_SCORE, cluster))  # "Lo Presti" alone is Gaetano Lo Presti's surname
            continue
        other = name_words(cluster.folded, cluster.group)
        if cluster.group == "PERSON" and same_by_nickname(words, other, pairs):
            scored.append((SAME_NAME_SCORE, cluster))  # "Nena Ruiz" of "Maria Elena (Nena) Ruiz"
            continue
        if len(words) > len(other) or (len(words) < len(other) and not may_shorten(cluster.group, words, other)):
            continue
        tail = other[-len(words):]  # a partial name ("Umierov") against the end of a fuller one ("Rustem Umerov")
        if len(words) > 1 and not all(same_word(a, b, cluster.group) for a, b in zip(words, tail)):
            continue  # "Kurdish Women's Protection" is not "Kurdish People's Protection"
        if cluster.group != "PERSON" and len(words) == 1 < len(other) and words != tail:
            continue  # a place's or body's one-word short name is its very last word: "America" is not "Turkish American"
        if cluster.group != "PERSON" and not same_spelling(" ".join(words), " ".join(tail)):
            continue  # "Austria" is not "Australia", nor "ECDC" the "CDC"
        if NUMBER.findall(" ".join(words)) != NUMBER.findall(" ".join(tail)):
            continue  # "95th Avenue" is not "97th Avenue", nor "Route 52" "Route 54": a number names one place
        score = fuzz.ratio(" ".join(words), " ".join(tail))
        if cluster.group == "PERSON" and (short_first_name(words, tail) or same_by_nickname(words, tail, pairs)):
            score = max(score, SAME_NAME_SCORE)  # "Ed Markey" and "Edward Markey"
        if score >= SAME_NAME_SCORE:
            scored.append((score, cluster))
    if not scored:
        return None
    exact = [cluster for _, cluster in scored if name_words(cluster.folded, cluster.group) == words]
    fuller = [(score, c) for score, c in scored if len(name_words(c.folded, c.group)) > len(words)]
    if exact_only or len({c.folded for _, c in fuller}) > 1:
        # A bare surname shared by several full names: one named far more often than the rest, or none.
        return (None if exact_only else _dominant([c for _, c in fuller])) or (exact[0] if exact else None)
    if exact:
        return exact[0]  # the very name is not ambiguous, even when a longer name also ends with it
    return max(scored, key=lambda item: item[0])[1]


def _particle_surname(folded: str, fuller: str) -> bool:
    """Whether a two-word name is a fuller name's surname with its particle ("lo presti" of
    "gaetano lo presti", "del giudice"), which ``name_words`` would read as a given name and a
    surname."""
    words, other = without_suffix(folded.split()), without_suffix(fuller.split())
    return len(words) == 2 and len(other) > 2 and other[-2:] == words and len(words[0]) <= MAX_PARTICLE


def _dominant(clusters: list[_Cluster]) -> _Cluster | None:
    """The person a bare surname means when several share it, as news writes: the one the dossier
    names at least ``DOMINANT_FACTOR`` times as often as all the others together ("Clinton" in
    an election year is the candidate, not her husband). None when no one stands out."""
    by_count = sorted(clusters, key=lambda c: -c.count)
    rest = sum(c.count for c in by_count[1:])
    return by_count[0] if by_count[0].count >= DOMINANT_FACTOR * max(rest, 1) else None


def _absorb(cluster: _Cluster, name: str, mentions: list[models.EntityMention]) -> None:
    cluster.names[name] += len(mentions)
    for mention in mentions:
        cluster.labels[mention.label] += 1
        cluster.docs.add(mention.doc_id)
        if mention.country:
            cluster.countries[mention.country] += 1
        for role in (mention.role or "").split("; "):
            if role and role.lower() not in {r.lower() for r in cluster.roles}:
                cluster.roles.append(role)
        cluster.count += 1
        cluster.surface.add(clean_surface(mention.text))


def _acronym_keys(cluster: _Cluster, name: str) -> list[str]:
    """Keys an organisation or place is found by besides its block: its name's, its acronyms' and
    its initials' ("Democratic National Committee" is also found by "DNC")."""
    group = cluster.group
    keys = {f"{group}:{blocking_key(name, group)}"}
    for letters in {acronym_of(n) for n in (*cluster.names, *cluster.surface)} - {None}:
        keys.add(f"{group}:{blocking_key(letters, group)}")
    if not acronym_of(name):
        keys.update(f"{group}:{blocking_key(letters, group)}" for letters in spellings(name))
    return sorted(keys)


def _fresh_ids(clusters: dict[str, list[_Cluster]], taken: Callable[[list[str]], set[str]]) -> dict[int, str]:
    """Ids for every cluster: stored ones keep theirs, new ones hash their founding name.

    A hash already used in this batch or held by the store gets a counter appended, so two
    entities can never share an id.
    """
    ids = {id(c): c.entity_id for block in clusters.values() for c in block if c.entity_id}
    used = set(ids.values())
    fresh = [c for _, block in sorted(clusters.items()) for c in block if not c.entity_id]
    proposed = {id(c): _hashed_id(f"{c.group}:{c.folded}") for c in fresh}
    used |= taken(sorted(set(proposed.values()) - used))
    for cluster in fresh:
        entity_id, salt = proposed[id(cluster)], 0
        while entity_id in used:
            salt += 1
            entity_id = _hashed_id(f"{cluster.group}:{cluster.folded}#{salt}")
            used |= taken([entity_id])
        ids[id(cluster)] = entity_id
        used.add(entity_id)
    return ids


def _hashed_id(text: str) -> str:
    return "ent_" + hashlib.sha1(text.encode()).hexdigest()[:12]


def _results(clusters, assignment, by_name, taken) -> EntityResolution:
    entities, keys, canonical, extra_keys = [], {}, {}, {}
    ids = _fresh_ids(clusters, taken)
    for key, block in sorted(clusters.items()):
        for cluster in block:
            name = _display_name(cluster)
            entity_id = ids[id(cluster)]
            keys[entity_id] = key
            if cluster.group in ACRONYM_GROUPS and not cluster.countries:  # countries: see _group_and_name
                extra = tuple(k for k in _acronym_keys(cluster, name) if k != key)
                if extra:
                    extra_keys[entity_id] = extra
            label = _label(cluster)
            # A nationality word stands for its place; a people of faith or party ("Muslim") stays NORP.
            placed = cluster.countries or set(cluster.labels) - {"NORP"}
            entities.append(
                models.Entity(
                    entity_id=entity_id,
                    name=name,
                    label="GPE" if cluster.group == "PLACE" and label == "NORP" and placed else label,
                    aliases=tuple(sorted((set(cluster.names) | cluster.surface) - {name, ""})),
                    roles=tuple(cluster.roles),
                    country=cluster.countries.most_common(1)[0][0] if cluster.countries else None,
                    mention_count=cluster.count,
                    doc_ids=tuple(sorted(cluster.docs)[:MAX_STORED_DOC_IDS]),
                )
            )
            for alias in set(cluster.names) | cluster.surface:
                canonical.setdefault(fold(alias), set()).add(name)
    mention_entity = {}
    for (group, name), mentions in by_name.items():
        entity_id = ids[id(assignment[(group, name)])]
        for mention in mentions:
            mention_entity[(mention.doc_id, mention.canonical)] = entity_id
    # An alias of several entities ("Hale" of two people of one surname) names none of them.
    unique = {alias: names.pop() for alias, names in canonical.items() if len(names) == 1}
    return EntityResolution(entities=tuple(entities), keys=keys, mention_entity=mention_entity, canonical_name=unique,
                            extra_keys=extra_keys)


def _label(cluster: _Cluster) -> str:
    """The commonest label of the cluster's kind: a person some articles tag as an organisation
    (see ``entity_kinds.settle_kinds``) is still a person."""
    own = [label for label, _ in cluster.labels.most_common() if LABEL_GROUP.get(label, label) == cluster.group]
    return own[0] if own else cluster.labels.most_common(1)[0][0]


def clean_surface(text: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", " ".join(text.split())).strip(" ,.;:\"'“”")


def _display_name(cluster: _Cluster) -> str:
    """The longest name of the most frequent length, preferring spellings with diacritics-free ties."""
    longest = max(len(n.split()) for n in cluster.names)
    candidates = [n for n in cluster.names if len(n.split()) == longest]
    return max(candidates, key=lambda n: (cluster.names[n], not n.isupper(), -len(n), n))
