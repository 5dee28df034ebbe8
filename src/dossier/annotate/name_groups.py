"""Which names of one document are one: a surname under its full name, a firm's first word under the firm.

Part of the names component (``annotate.names``): after the tagger's spans are cleaned, these rules
decide the in-document canonical name of each. A bare surname joins the one full name ending with
it; two people sharing it keep it apart unless a title's gender decides (``nearest_full_names``); a
place- or body-tagged word that is the surname of a person the article names in full is that person.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from dossier.annotate.gazetteer import country_of
from dossier.annotate.name_aliases import person_genders, titled_bearer
from dossier.name_forms import may_drop, without_suffix

# Letters of a surname's particle written as a word of its own ("Del", "Lo", "Van", "De").
MAX_PARTICLE = 3


def nearest_full_names(ents: list[Span], names: list[tuple[str, str]],
                       canonical: dict[tuple[str, str], str]) -> dict[int, str]:
    """The person a bare surname means where the article names several people with it ("Greg
    Talbot" and his wife "Anna Talbot"): only the one a title's gender picks ("Mr Talbot" the
    man, "Mrs Talbot" the woman; ``name_aliases.titled_bearer``). Without a title the surname
    stays alone, since the nearest full name is often not the one meant.

    Args:
        ents: the document's name spans, in text order.
        names: their (label, cleaned name), in the same order.
        canonical: the in-document grouping (``group_names``), which leaves such surnames alone.

    Returns:
        Token index of each such surname's span -> the full name it stands for.
    """
    full = [(e.start, name) for e, (label, name) in zip(ents, names) if label == "PERSON" and len(name.split()) > 1]
    genders = None
    found = {}
    for ent, (label, name) in zip(ents, names):
        if label != "PERSON" or " " in name or canonical.get((label, name), name) != name:
            continue
        bearers = sorted({other for _, other in full if without_suffix(other.split())[-1] == name})
        if len(bearers) < 2:
            continue
        if genders is None:
            genders = person_genders(ents, names, canonical)
        found[ent.start] = titled_bearer(ent, [canonical.get(("PERSON", b), b) for b in bearers], genders)
    return {k: v for k, v in found.items() if v}


def surnames_as_people(names: list[tuple[str, str]], placed: frozenset[str] | set[str] = frozenset()) \
        -> list[tuple[str, str]]:
    """An organisation, place or building that is the surname of a person the article names in full
    (``surnames_of``) is that person: the tagger often takes a bare "Trump said", "Pence" or
    "struck Hale" for an organisation or a building. So is the given name of the one person named
    in full with it ("an honour for Tyler" beside "Tyler Hale"), unless the article puts it after a
    preposition of place (``placed``: "in Sydney" beside "Sydney Hale").
    Countries and their capitals keep their label ("Washington" beside "George Washington" is
    more often the city)."""
    borne = {surname for label, name in names if label == "PERSON" for surname in surnames_of(name)}
    given = Counter(name.split()[0] for name in {n for label, n in names if label == "PERSON" and " " in n})
    borne |= {word for word, count in given.items() if count == 1 and word not in placed and len(word) > 2
              and word.isalpha()}
    return [("PERSON", name) if label in {"ORG", "GPE", "NORP", "FAC", "LOC"} and name in borne
            and country_of_name(name) is None else (label, name) for label, name in names]


def surnames_of(name: str) -> set[str]:
    """The surnames a person's full name may be written by alone: its last word, and a surname with
    a short particle before it ("Del Giudice" of "Vincent Del Giudice", "Lo Presti"), which the
    tagger, seeing two capitalised words, often takes for a body or a people.

    Args:
        name: a person's cleaned name.

    Returns:
        The surname forms; empty for a one-word name.
    """
    words = without_suffix(name.split())
    if len(words) < 2:
        return set()
    found = {words[-1]}
    if len(words) > 2 and len(words[-2]) <= MAX_PARTICLE and words[-2][:1].isupper() and words[-2].isalpha():
        found.add(" ".join(words[-2:]))
    return found


def firms_as_bodies(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A one-word "person" that is the first word of an organisation the article names ("Marfin"
    beside "Marfin Bank") and the surname of no one named in full is that organisation's short name."""
    surnames = {without_suffix(name.split())[-1] for label, name in names if label == "PERSON" and " " in name}
    leading = {name.split()[0] for label, name in names if label in {"ORG", "FAC", "GPE"} and " " in name}
    return [("ORG", name) if label == "PERSON" and " " not in name and name in leading - surnames else (label, name)
            for label, name in names]


def country_of_name(name: str) -> str | None:
    """The country a cleaned name stands for; clean_name drops the final dot of "U.S.", which the
    gazetteer knows only with it."""
    return country_of(name) or (country_of(f"{name}.") if "." in name else None)


def group_names(names: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Map each (label, name) to the fullest name of the same label that ends with it.

    A single surname maps to the full name only when exactly one full name ends with it, so two
    people sharing a surname are not merged by a bare surname. Other names may drop only articles
    and country qualifiers ("Foreign Office" of "UK Foreign Office", not "Mexico" of "New Mexico").
    """
    by_label: dict[str, set[str]] = {}
    for label, name in names:
        by_label.setdefault(label, set()).add(name)
    result: dict[tuple[str, str], str] = {}
    for label, group in by_label.items():
        for name in group:
            longer = [
                other
                for other in group
                if other != name and len(other) > len(name) and _ends_with_words(other, name)
                and (label == "PERSON" or may_drop(other.split()[:len(other.split()) - len(name.split())]))
            ]
            if len(longer) == 1 or (longer and len({_last_word(o) for o in longer}) == 1 and _is_prefix_chain(longer)):
                result[(label, name)] = max(longer, key=len)
            else:
                result[(label, name)] = name
    return result


def _ends_with_words(full: str, part: str) -> bool:
    """Whether a name ends with another's words, a suffix aside ("Anthony Kell III" ends with "Kell")."""
    full_words, part_words = without_suffix(full.lower().split()), part.lower().split()
    return len(part_words) < len(full_words) and full_words[-len(part_words):] == part_words


def _last_word(name: str) -> str:
    return without_suffix(name.lower().split())[-1]


def _is_prefix_chain(names: list[str]) -> bool:
    """True when the names nest ("Putin" < "Vladimir Putin" < "President Vladimir Putin")."""
    ordered = sorted(names, key=len)
    return all(_ends_with_words(b, a) for a, b in zip(ordered, ordered[1:]))
