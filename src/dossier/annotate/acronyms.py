"""Acronyms within one document: "FBI" is the Federal Bureau of Investigation when the article says so.

An article ties an acronym to a full name in three ways: the acronym in brackets after the name
("the Federal Bureau of Investigation (FBI)"), the name in brackets after the acronym ("FBI
(Federal Bureau of Investigation)"), or an acronym whose letters are the initials of a full name
used elsewhere in the article ("DNC" beside "Democratic National Committee"). Only names of
organisations and places take part: a person's initials are never grouped with the person.
Known limits: acronyms written with lower-case letters ("MoD") or digits ("G7") are not seen;
acronyms built from another language's words ("PKK" for the Kurdistan Workers' Party) are found
only in brackets, never by initials.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

from dossier.annotate.gazetteer import country_of
from dossier.name_forms import acronym_letters, initials, spellings

# Labels whose names may be spelled out by an acronym; PERSON is left out on purpose.
FULL_NAME_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP"}
OPEN, CLOSE = {"(", "["}, {")", "]"}


def split_bracketed(ent: Span) -> list[Span]:
    """Undo a tagger error: "the World Health Organization (WHO" tagged as one name is the name,
    then its acronym; likewise "WHO (World Health Organization". Only a bracket around a one-token
    acronym, at the end of the entity, is split.

    Args:
        ent: a named-entity span.

    Returns:
        [the name, the acronym] (the first also in the second form's order), or [ent] unchanged.
    """
    doc = ent.doc
    opens = [t.i for t in ent if t.text in OPEN]
    if len(opens) != 1 or opens[0] == ent.start:
        return [ent]
    k = opens[0]
    inner_end = next((t.i for t in doc[k + 1: ent.end] if t.text in CLOSE), ent.end)
    if inner_end not in {ent.end, ent.end - 1} or inner_end == k + 1:
        return [ent]
    left, inner = Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, inner_end, label=ent.label_)
    closed = inner_end < len(doc) and doc[inner_end].text in CLOSE
    short = inner if len(inner) == 1 else left if len(left) == 1 else None
    if not closed or short is None or not acronym_letters(short.text):
        return [ent]
    return [left, inner]


def find_bracketed(doc: Doc, ents: Sequence[Span]) -> list[tuple[Span, Span]]:
    """Full names and acronyms set beside each other in brackets, as (full name, acronym) spans.

    "the Federal Bureau of Investigation (FBI)" and "FBI (Federal Bureau of Investigation)" both
    give the pair. The acronym span is the entity that covers it, or a new span of the full name's
    label when the tagger left it untagged.

    Args:
        doc: the parsed document.
        ents: its name spans (of any label), in text order.

    Returns:
        One pair per bracket found whose letters fit the full name (see ``_bracket_fits``).
    """
    covering = {t: ent for ent in ents for t in range(ent.start, ent.end)}
    pairs = []
    for ent in ents:
        if ent.label_ not in FULL_NAME_LABELS:
            continue
        for i in _acronym_positions(doc, ent):
            acronym = covering.get(i) or Span(doc, i, i + 1, label=ent.label_)
            # the acronym ends at that token ("the FBI (Federal Bureau of Investigation)" is fine)
            if acronym.end == i + 1 and _bracket_fits(doc[i].text, _clean(ent.text)):
                pairs.append((ent, acronym))
    return pairs


def _acronym_positions(doc: Doc, ent: Span) -> list[int]:
    """Token positions of a one-token acronym in brackets right after the name, or right before a
    bracketed name."""
    found = []
    after = ent.end
    if after + 2 < len(doc) and doc[after].text in OPEN and doc[after + 2].text in CLOSE:
        found.append(after + 1)
    before = ent.start - 2
    if before >= 0 and doc[ent.start - 1].text in OPEN and ent.end < len(doc) and doc[ent.end].text in CLOSE:
        found.append(before)
    return found


def _clean(text: str) -> str:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return re.sub(r"(?:'s|’s)$", "", " ".join(words))


def _bracket_fits(acronym: str, full: str) -> bool:
    """Whether bracketed letters can abbreviate a name: every letter is the initial of one of its
    capitalised words or of a hyphenated part ("AFP" for "Agence France-Presse"). Order is not
    required, since acronyms often come from another language ("PKK"), but a single-word name, a
    country and letters from elsewhere ("NEW YORK (AP)", a dateline and its agency) are refused."""
    letters = acronym_letters(acronym)
    if letters is None or country_of(acronym) or country_of(letters) or country_of(full) or len(initials(full)) < 2:
        return False
    return set(letters) <= set(initials(full.replace("-", " ")))


def expand_acronyms(
    names: Iterable[tuple[str, str]],
    bracketed: Iterable[tuple[tuple[str, str], str]] = (),
    canonical: dict[tuple[str, str], str] | None = None,
) -> dict[tuple[str, str], tuple[str, str]]:
    """Map each acronym of a document to the one full name it stands for.

    A bracketed pair decides; without one, the acronym's letters must equal the initials of
    exactly one full name of the document of the same kind (organisation or place) that holds no
    acronym itself. Two full names fitting one acronym (after grouping,
    so "Democratic National Committee" and "the Democratic National Committee" are one) leave it
    alone. Acronyms tagged PERSON and countries ("US", "U.S", "UK": the gazetteer links them) are skipped.

    Args:
        names: (label, cleaned name) of every name mention of the document.
        bracketed: ((full label, full name), acronym text) for each bracketed pair.
        canonical: (label, name) -> fullest name, from ``name_groups.group_names``.

    Returns:
        (label, acronym) -> (label, full name) for each acronym that was expanded.
    """
    names = list(names)
    canonical = canonical or {}
    explicit: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for full, acronym in bracketed:
        letters = acronym_letters(acronym)
        if letters:
            explicit[letters].add(full)
    by_initials = _full_names_by_initials(names)
    result = {}
    for label, name in dict.fromkeys(names):
        letters = acronym_letters(name)
        if label == "PERSON" or letters is None or country_of(name) or country_of(letters):
            continue
        targets = explicit.get(letters) or {t for t in by_initials.get(letters, set()) if _may_abbreviate(label, t)}
        if len({canonical.get(t, t[1]) for t in targets}) == 1:
            result[(label, name)] = min(targets, key=lambda t: (t[0] != "ORG", t))
    return result


def _may_abbreviate(acronym_label: str, full: tuple[str, str]) -> bool:
    """Whether an acronym the article never spells out may stand for a full name by its initials:
    the tagger must see both as organisations or both as places ("BP", a company, is not "Belle
    Pass", a channel), and the full name must hold no acronym of its own ("BGC Partners" is not
    abbreviated "BP")."""
    same_kind = (acronym_label == "ORG") == (full[0] == "ORG")  # the other labels are places
    return same_kind and not any(acronym_letters(word) for word in full[1].split())


def _full_names_by_initials(names: list[tuple[str, str]]) -> dict[str, set[tuple[str, str]]]:
    """Full names of organisations and places (two or more initials, not a country), by initials."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for label, name in dict.fromkeys(names):
        if label in FULL_NAME_LABELS and not acronym_letters(name) and not country_of(name):
            for letters in spellings(name):
                found[letters].add((label, name))
    return found
