"""What kind of thing a name is, where the tagger's label is not enough: a person, a nationality.

The tagger calls "Keiji Fukuda" an organisation in "the WHO's Keiji Fukuda" as often as it calls
him a person, and it tags adjectives of places it has no country for ("Scottish", "European") as
names of their own. Two general readings settle these: a name made of a given name and a
surname, none of whose words is a common word of English, is a person's; and an adjective of
origin belongs to the place it is formed from ("Asia" + "n"), or that WordNet says it pertains to
("Scottish" -> Scotland). A group of people and a body of one name ("NORP" and "ORG") are one
body. People and places named in earlier batches count too (``existing``). Without WordNet the
readings that need it answer as if nothing were known.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from collections.abc import Sequence

from dossier import models
from dossier.annotate import wordnet
from dossier.name_forms import ORGANISATION_WORDS, person_shaped, without_suffix

ByName = dict[tuple[str, str], list[models.EntityMention]]  # (group, name) -> its mentions

# Endings that make an adjective of origin from a place name ("Asia-n", "Europe-an", "Ital-ian",
# "Japan-ese", "Iraq-i"); the place's last letter may go first ("Italy" -> "Ital-ian").
ORIGIN_ENDINGS = ("n", "an", "ian", "ese", "ish", "i")
PERTAINYM = "\\"  # WordNet's pointer from an adjective to the noun it pertains to
# Last words that make a "person" a body ("... Foundation"): heads of institutions' names only, not
# words that are also surnames ("Court", "House", "Post" in ``ORGANISATION_WORDS``).
BODY_HEADS = frozenset({
    "foundation", "institute", "center", "centre", "university", "hospital", "agency", "association",
    "corporation", "inc", "ltd", "plc", "company", "fund", "school", "college", "commission", "committee",
    "council", "ministry", "department", "organisation", "organization",
})


def settle_kinds(by_name: ByName, existing: Sequence[models.Entity], factor: int) -> None:
    """Regroup names the tagger gives several kinds to, in place, before they are clustered.

    Args:
        by_name: (group, name) -> mentions, as ``resolve.entities`` groups them.
        existing: the stored candidate entities (people named in earlier batches).
        factor: how many times each other kind's mentions the commonest kind needs to take a name.
    """
    _places_by_name(by_name)
    _countries_as_surnames(by_name)
    _lone_words_as_bodies(by_name)
    _majority_groups(by_name, factor)
    _stored_people(by_name, existing)
    _surnames_as_people(by_name, existing)


def _majority_groups(by_name: ByName, factor: int) -> None:
    """One name the tagger calls an organisation here and a place or person there ("Daesh" as
    ORG 7 times and GPE 16) is one entity, of the kind most of its mentions give it (in place):
    a plain majority, an even vote going to a body or place over a person and to a place over a
    body when a word of the name is a noun of place ("Mount Sefton"); without WordNet, ``factor``
    times the mentions of each other kind when the name may be a person's. A name shaped like a
    given name and a surname that the tagger calls a person at all is a person, however often it
    calls it an organisation ("Keiji Fukuda" after "the WHO's"): see ``person_named``; so is one
    given a person's title or role ("coach Ann Hale"): see ``titled_person``."""
    groups_of: dict[str, list[str]] = defaultdict(list)
    for group, name in by_name:
        groups_of[name].append(group)
    surnames = {without_suffix(name.split())[-1] for group, name in by_name if group == "PERSON" and " " in name}
    for name, groups in groups_of.items():
        if len(groups) < 2:
            continue
        if "PERSON" in groups and (person_named(name) or titled_person(name, by_name[("PERSON", name)])):
            for minor in (g for g in groups if g != "PERSON"):
                by_name[("PERSON", name)].extend(by_name.pop((minor, name)))
            continue
        if set(groups) == {"ORG", "PLACE"} and all(m.label == "NORP" for m in by_name[("PLACE", name)]):
            # A group of people ("NORP") and a body of the same name are one ("Taliban"), and no place.
            by_name[("ORG", name)].extend(by_name.pop(("PLACE", name)))
            continue
        counts = sorted(((len(by_name[(g, name)]), _tie_rank(g, name), g) for g in groups), reverse=True)
        (top, top_rank, major), rest = counts[0], counts[1:]
        # Without WordNet a name shaped like a person's needs ``factor`` times the votes (the
        # tagger often calls a person an organisation); with it, ``person_named`` settled those.
        # A person's surname said alone ("Hale said") needs ``factor`` times the votes.
        needed = factor if "PERSON" in groups and (name in surnames or (person_shaped(name) and not wordnet.available())) \
            else 1
        for count, rank, minor in rest:
            if (top > count or top_rank > rank) and top >= needed * count:
                by_name[(major, name)].extend(by_name.pop((minor, name)))


def _tie_rank(group: str, name: str) -> int:
    """Which kind an even vote goes to: not a person for a name of several words (a person's name
    of words of the language has been settled by ``person_named``: "Crowley Petroleum" is left),
    a place for a name with a noun of place or of nature ("Mount X", "X Park")."""
    if group == "PERSON":
        return 0 if " " in name else 1  # a lone word may be a surname ("Chad" of "Gil Chad"): no tie-break
    if group == "PLACE" and any(_place_word(w.lower()) for w in name.split()):
        return 2
    return 1


@functools.lru_cache(maxsize=4096)
def _place_word(word: str) -> bool:
    senses = wordnet.synsets(word, "n")
    return bool(senses) and senses[0].lexname in {"noun.location", "noun.object"} \
        and not any(p == "@i" for p, _, _ in senses[0].pointers)


def _stored_people(by_name: ByName, existing: Sequence[models.Entity]) -> None:
    """A body's name shaped like a person's that a stored person bears is that person: articles
    resolved in an earlier batch settled what ``_majority_groups`` settles within one."""
    people = {n for e in existing if e.label == "PERSON" for n in (e.name, *e.aliases)}
    for group, name in [k for k in by_name if k[0] != "PERSON" and k[1] in people]:
        if person_named(name):
            by_name[("PERSON", name)].extend(by_name.pop((group, name)))


def _surnames_as_people(by_name: ByName, existing: Sequence[models.Entity]) -> None:
    """A one-word organisation that is the surname of the one person named in full with it is that
    person: the tagger takes a bare "Fukuda said" for a body (``bare_surnames``)."""
    people = {name for group, name in by_name if group == "PERSON"} | {e.name for e in existing if e.label == "PERSON"}
    titled = {name for group, name in by_name if group == "PERSON" and titled_person(name, by_name[(group, name)])}
    moved = bare_surnames(sorted(people), [name for group, name in by_name if group == "ORG"], titled)
    for name in moved:
        by_name[("PERSON", name)].extend(by_name.pop(("ORG", name)))


def person_named(name: str) -> bool:
    """Whether a name is a person's by its shape and words: a given name and a surname
    (``name_forms.person_shaped``), none of them a common word of English in WordNet ("Swine
    Flu" is not a person; "Keiji Fukuda" is). A surname that WordNet lists only as a person
    ("Johnson") counts as a name.

    Args:
        name: a name as grouped in its document.

    Returns:
        True for a person's name; False whenever WordNet is absent, so the caller keeps its
        other rules.
    """
    if not wordnet.available() or not person_shaped(name):
        return False
    words = [w.strip(".") for w in without_suffix(name.split()) if len(w.strip(".")) > 2]
    return bool(words) and not any(_common_word(w) for w in words) and not plural_common_noun(words[-1])


@functools.lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """A word WordNet knows as a common noun or an adjective, not only as some person's name."""
    if wordnet.synsets(word, "a"):
        return True
    return any(any(symbol == "@" for symbol, _, _ in s.pointers) for s in wordnet.synsets(word, "n"))


def bare_surnames(people: Sequence[str], bodies: Sequence[str], titled: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The one-word organisation names that are a person's surname: the last word of exactly one
    full name of a person (``person_named``), and no common word ("Ford" may be a crossing, a
    company or a president; "Fukuda" is only a person here).

    Args:
        people: names of people (full names and bare surnames).
        bodies: names of organisations.
        titled: names of people an article gives a title or role, people whatever their words
            look like (``titled_person``: "coach Ann Pockets").

    Returns:
        The organisation names to take for people's surnames; none when WordNet is absent.
    """
    holders: dict[str, set[str]] = {}
    for name in people:
        if len(name.split()) > 1 and (person_named(name) or name in titled):
            holders.setdefault(without_suffix(name.split())[-1], set()).add(name)
    return {name for name in bodies if " " not in name and not name.isupper() and len(holders.get(name, ())) == 1
            and not _common_word(name)}


def demonym_homes(demonyms: Sequence[str], places: Sequence[str]) -> dict[str, str]:
    """The place each adjective or noun of origin stands for, among the places named.

    Args:
        demonyms: nationality words ("Scottish", "Europeans").
        places: names of places the dossier holds ("Scotland", "Europe").

    Returns:
        Demonym -> place, for those with exactly one place formed from it or pertaining to it.
    """
    by_folded = {p.lower(): p for p in places if " " not in p}
    homes = {}
    for demonym in demonyms:
        singular = demonym[:-1] if demonym.endswith("s") and len(demonym) > 4 else demonym
        found = _formed_from(singular.lower(), by_folded) or _pertains_to(singular.lower(), by_folded)
        if len(found) == 1:
            homes[demonym] = by_folded[found.pop()]
    return homes


def origin_stems(demonym: str) -> list[str]:
    """The place names an adjective of origin may be formed from, as far as its endings tell
    ("Europeans" -> "europe", "europ", ...): for finding stored places to ask ``demonym_homes`` about.

    Args:
        demonym: a nationality word.

    Returns:
        Candidate stems, longest first; empty for a word with no ending of origin.
    """
    word = demonym.lower()
    word = word[:-1] if word.endswith("s") and len(word) > 4 else word
    stems = {word[: -len(e)] for e in ORIGIN_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3}
    return sorted(stems, key=lambda stem: (-len(stem), stem))


def _formed_from(word: str, places: dict[str, str]) -> set[str]:
    """Places the word is made from by an ending of origin ("asian" from "asia")."""
    return {p for p in places if len(p) >= 4 and p != word
            and any(word in (p + e, p[:-1] + e) for e in ORIGIN_ENDINGS)}


def _pertains_to(word: str, places: dict[str, str]) -> set[str]:
    """Places WordNet says the adjective pertains to ("scottish" -> "scotland")."""
    targets = {offset for s in wordnet.synsets(word, "a") for offset, _ in s.targets({PERTAINYM})}
    if not targets:
        return set()
    return {p for p in places if p != word and any(s.offset in targets for s in wordnet.synsets(p, "n"))}


def adjective(word: str) -> bool:
    """Whether WordNet knows a word as an adjective ("islamic", "royal"); False without WordNet.

    Args:
        word: a folded word.

    Returns:
        True for an adjective, and for every word without WordNet, so that callers that must
        not take an adjective for a name refuse instead of guessing.
    """
    return not wordnet.available() or bool(wordnet.synsets(word, "a"))


def body_named(name: str) -> bool:
    """A name of several words ending in a word that heads an organisation's name ("... Bank",
    "... Hospital"): a body, whatever place label the tagger gave it.

    Args:
        name: a name as grouped in its document.

    Returns:
        True for such a name.
    """
    words = name.lower().split()
    return len(words) > 1 and words[-1] in ORGANISATION_WORDS


def _places_by_name(by_name: ByName) -> None:
    """A one-word organisation that WordNet knows only as the name of a place ("Thessaloniki")
    is that place, a body's name the tagger called a place ("... Bank") is a body, and so is a
    "person" named with a plural noun ("... Advisers") or a body's head ("... Foundation") unless a
    person's title comes with it (in place, with the mentions' labels corrected)."""
    for group, name in [k for k in by_name if k[0] == "ORG" and " " not in k[1] and not k[1].isupper()]:
        if _place_name(name.lower()):
            moved = [dataclasses.replace(m, label="GPE") for m in by_name.pop((group, name))]
            by_name[("PLACE", name)].extend(moved)
    for group, name in [k for k in by_name if k[0] == "PERSON" and " " in k[1]]:
        if titled_person(name, by_name[(group, name)]):
            continue  # "coach Ann Cheeks": a surname may look like a plural noun
        if plural_common_noun(name.split()[-1]) or name.split()[-1].lower() in BODY_HEADS:
            by_name[("ORG", name)].extend(by_name.pop((group, name)))  # "Gordon Advisers", "... Foundation"
    for key in [k for k in by_name if k[0] == "ORG"]:
        by_name[key] = [dataclasses.replace(m, label="ORG") if m.label in {"GPE", "PERSON"} else m
                        for m in by_name[key]]


@functools.lru_cache(maxsize=4096)
def _place_name(word: str) -> bool:
    senses = wordnet.synsets(word, "n")
    return bool(senses) and all(s.lexname == "noun.location" and any(p == "@i" for p, _, _ in s.pointers)
                                for s in senses)


def plural_common_noun(word: str) -> bool:
    """A word that is the plural of a common noun WordNet knows ("Advisors", "Technologies") and no
    word of its own: the head of a firm's name, never a surname ("Gordon Advisors").

    Args:
        word: a word of a name.

    Returns:
        True for such a plural; False without WordNet.
    """
    lower = word.lower()
    if len(lower) < 5 or not lower.endswith("s") or wordnet.synsets(lower, "n"):
        return False
    singular = wordnet.synsets(lower[:-1], "n") or (wordnet.synsets(lower[:-2], "n") if lower.endswith("es") else []) \
        or (wordnet.synsets(lower[:-3] + "y", "n") if lower.endswith("ies") else [])  # "Technologies"
    return bool(singular) and not any(p == "@i" for s in singular for p, _, _ in s.pointers)


def titled_person(name: str, mentions: Sequence[models.EntityMention]) -> bool:
    """Whether a name shaped like a person's (``name_forms.person_shaped``) comes with a person's
    title or role in some article ("coach Ann Hale", "Ann Hale, the team's owner"): a person,
    whatever else the tagger or a dictionary says of its words ("Cheeks" is also a plural noun).

    Args:
        name: a name as grouped in its document.
        mentions: its mentions (``role`` is set for those the annotator found a title for).

    Returns:
        True for such a name.
    """
    return person_shaped(name) and any(m.role for m in mentions)


def _countries_as_surnames(by_name: ByName) -> None:
    """A country's own name that is the surname of a person an article names in full ("Eddie
    Jordan" ... "Jordan said") is that person there, not the country (in place). Capitals and
    seats keep standing for their country ("Washington" beside "George Washington")."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for (group, name), mentions in by_name.items():
        if group == "PERSON" and len(name.split()) > 1:
            for mention in mentions:
                surnames[mention.doc_id].add(without_suffix(name.split())[-1])
    for key in [k for k in by_name if k[0] == "PLACE"]:
        moved = [m for m in by_name[key] if m.country and m.canonical == m.country == m.text.strip()
                 and m.canonical in surnames.get(m.doc_id, ())]
        if not moved:
            continue
        by_name[key] = [m for m in by_name[key] if m not in moved]
        if not by_name[key]:
            del by_name[key]
        by_name[("PERSON", moved[0].canonical)].extend(
            dataclasses.replace(m, label="PERSON", country=None) for m in moved)


def _lone_words_as_bodies(by_name: ByName) -> None:
    """A one-word "person" the tagger also calls an organisation, that is no word of any person
    named in full, is a body ("Mozilla" as PERSON 3 times and ORG once): news names a person in
    full before using one word of the name (in place)."""
    words = {w for group, name in by_name if group == "PERSON" and " " in name for w in name.split()}
    for name in [n for g, n in by_name if g == "PERSON" and " " not in n and n not in words]:
        if ("ORG", name) in by_name:
            by_name[("ORG", name)].extend(dataclasses.replace(m, label="ORG") for m in by_name.pop(("PERSON", name)))


@functools.lru_cache(maxsize=4096)
def common_noun(word: str) -> bool:
    """Whether WordNet knows a word as a common noun that names no one thing ("recovery", not
    "paris"); False without WordNet.

    Args:
        word: a folded word.

    Returns:
        True for such a noun.
    """
    senses = wordnet.synsets(word, "n")
    return bool(senses) and not any(p == "@i" for s in senses for p, _, _ in s.pointers)
