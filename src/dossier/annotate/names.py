"""Names within one document: group mentions under the fullest name, with roles and countries.

"Umerov" after "Rustem Umerov" becomes "Rustem Umerov"; "Ukrainian Defense Minister Rustem Umerov"
gives the role "Ukrainian Defense Minister"; "Kyiv", standing for the government, is linked to Ukraine,
while "talks in Geneva" keep Geneva a place of its own (annotate.name_spans.used_as_place). Time zones,
illnesses named after places ("Spanish flu"), "people" with digits, lone titles ("Sgt") and common
words ("a Dumpster") are no names (annotate.name_words.is_no_name). Generational suffixes ("III")
do not stop a surname joining its full name, and a title before a name ("Sheriff", "police Lt.")
is its role, even when the parser ended a sentence at the abbreviation's full stop.
A Title-Case headline's verb run into a name goes ("Nominates Ann Hale"), and a dateline's
weekday and month or a degree after a name ("Ann Hale, MD") is no name (annotate.name_kinds).
Roles are found by annotate.name_roles. An acronym joins the full name it stands for (see
annotate.acronyms).
Which names are one person, body or place is decided in annotate.name_groups.
A bare surname shared by two people of one article goes to one of them only when a title's
gender decides ("Mr Hale" beside "John Hale" and "Ann Hale"); a given name alone or a name the
article says a person is "known as" joins that person's full name (annotate.name_aliases).
Titles of works ("the sequel, Catching Fire") are no entities and go (annotate.name_works), and so
do initialisms of common nouns and charges ("arrested for DUI", annotate.name_common).
A nickname in brackets or quotes inside a full name ("Maria Elena (Nena) Ruiz") leaves one person
whom the nickname names (annotate.name_nicknames), and a body's short form before the seam of its
run-together name ("Glaxo", "GlaxoSmithKline") joins it (annotate.name_short_forms).
A small-letter surname particle belongs to the name ("Daniel arap Moi", annotate.name_particles), and
a state's abbreviation after a town is the state ("Fulton, Mo.", annotate.name_states).
Known limits: roles come from the same sentence only.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dossier import models
from dossier.annotate.acronyms import expand_acronyms, find_bracketed, split_bracketed
from dossier.annotate.gazetteer import country_of
from dossier.annotate.name_aliases import birth_names, given_name_owners, known_as
from dossier.annotate.name_contexts import (
    common_words_opening, in_caps_headline, kind_by_context, person_by_context, without_leading_title,
)
from dossier.annotate.name_lists import persons_in_lists
from dossier.annotate.name_common_heads import by_common_head
from dossier.annotate.name_heads import by_head_word
from dossier.annotate.name_states import state_named
from dossier.annotate.name_particles import is_particle, with_particle_surnames
from dossier.annotate.name_nicknames import find_nicknamed, nickname_owners, with_nicknamed
from dossier.annotate.name_short_forms import as_bodies, short_forms
from dossier.annotate.name_kinds import (
    is_calendar_or_degree, is_contraction_stem, is_gerund_phrase, is_headline_phrase, without_headline_verbs,
)
from dossier.annotate.name_roles import HONORIFICS, ROLE_WORDS, find_role
from dossier.annotate.name_common import common_names, is_product_make
from dossier.annotate.name_groups import (
    country_of_name, firms_as_bodies, group_names, nearest_full_names, surnames_as_people,
)
from dossier.annotate.name_works import work_titles
from dossier.annotate.name_spans import is_time_zone, names_an_illness, trim_to_known_names, used_as_place
from dossier.annotate.name_words import is_no_name, is_portfolio, is_title_word
from dossier.name_forms import person_shaped, without_suffix

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Head nouns that end an organisation's name ("the Main Intelligence Directorate").
ORG_HEADS = {"directorate", "staff", "ministry", "service", "office", "council", "committee", "agency", "bureau",
             "department", "command", "commission", "administration", "police", "guard", "court", "parliament"}
# Heads of bodies' names that are also common surnames ("Margaret Court"): a "person" ending in
# one stays a person.
SURNAME_HEADS = {"court", "guard", "staff", "service", "office"}
# A capital right after a small letter inside a word ("LaGrange" has one; a site's "MyTownNews" two).
RUN_TOGETHER = re.compile(r"[a-z][A-Z]")
# Prepositions of place: a name after one is a place, even one that is also a given name ("in Sydney").
LOCATIVES = frozenset({"in", "at", "near", "from", "to", "into", "outside", "across", "toward", "towards"})
# One initial or several written with stops ("K", "K.", "A.J.").
INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]\.?")
# Penn Treebank's escapes for brackets in tokenised corpora ("Editing Ann Hale -RRB-"), no name's words.
TREEBANK_BRACKET = re.compile(r"-?[LR][RSC]B-?")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A nickname in brackets or quotes inside a full name ("Maria Elena (Nena) Ruiz"): no word of it.
NICKNAME_INSIDE = re.compile(r"\s+[(\[\"“‘'][A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*)?[)\]\"”’']\s+")


def clean_name(text: str) -> str:
    """Strip honorifics, possessives, Treebank bracket escapes and stray punctuation from a name."""
    words = [w for w in text.replace("\n", " ").split() if not TREEBANK_BRACKET.fullmatch(w)]
    while words and words[0].lower() in HONORIFICS | {"the"}:
        words = words[1:]
    name = NICKNAME_INSIDE.sub(" ", " ".join(words))
    name = POSSESSIVE.sub("", name).strip(" ,.;:\"'“”-–—")
    return name


def find_names(doc: Doc, doc_id: str) -> list[models.EntityMention]:
    """Entity mentions of one parsed document, each with its in-document canonical name.

    Args:
        doc: a spaCy Doc with sentences and named entities.
        doc_id: the document's id, copied onto every mention.

    Returns:
        One EntityMention per named entity of a kept label, in text order.
    """
    sentence_of = _sentence_index(doc)
    ents = [part for e in doc.ents if e.label_ in NAME_LABELS and clean_name(e.text)
            for piece in split_bracketed(e) for part in _split_trailing_person(piece)]
    ents = with_particle_surnames(ents)  # "Daniel arap" + "Moi" is one person
    # "Maria Elena (Nena) Ruiz": one person, whom "Nena" names later
    nicknamed = find_nicknamed(ents)
    ents = with_nicknamed(ents, nicknamed)
    ents = [kept for kept in map(without_headline_verbs, ents) if kept is not None and clean_name(kept.text)]
    ents = [without_leading_title(e) for e in ents if not in_caps_headline(e)]
    runs = {(n.span.start, n.span.end) for n in nicknamed}  # whole already: no cutting down
    ents = sorted(trim_to_known_names(_split_at_known_people([e for e in ents if (e.start, e.end) not in runs]))
                  + [e for e in ents if (e.start, e.end) in runs] + _untagged_places(doc), key=lambda e: e.start)
    # "the sequel, Catching Fire", "charged with DUI": a title, an offence, no one's name
    dropped = work_titles(ents, clean_name) | common_names(ents, clean_name)
    ents = [e for e in ents if clean_name(e.text) not in dropped]
    surnames = {without_suffix(clean_name(e.text).split())[-1] for e in ents
                if e.label_ == "PERSON" and len(clean_name(e.text).split()) > 1} | {n.nickname for n in nicknamed}
    ents = [_titled_person(e) for e in ents if not _no_name(e, surnames) and not _title_before_person(e)]
    ents = persons_in_lists(_kinds_by_context(ents))
    # "Vernon Ave", "Hawaiian Gardens", "the Bears", "Screams": the last word tells the kind
    ents = by_head_word(ents, {w for e in ents if e.label_ == "PERSON" and len(clean_name(e.text).split()) > 1
                               for w in clean_name(e.text).split()})
    ents = by_common_head(ents)  # "Ofer prison", "Hatay province": the small-letter noun tells the kind
    bracketed = find_bracketed(doc, ents)
    ents = _with_bracketed_acronyms(ents, bracketed)
    placed = {clean_name(e.text) for e in ents if e.start > 0 and e.doc[e.start - 1].lower_ in LOCATIVES}
    names = firms_as_bodies(surnames_as_people([(e.label_, clean_name(e.text)) for e in ents], placed))
    shortened = short_forms(names)  # "Glaxo" beside "GlaxoSmithKline"
    names = as_bodies(names, shortened)
    # "Fulton, Mo.": the state, as the name it is written in full
    names = [("GPE", state) if (state := state_named(e)) else n for e, n in zip(ents, names)]
    canonical = group_names(names)
    canonical.update({("ORG", short): canonical.get(("ORG", full), full) for short, full in shortened.items()})
    nearest = nearest_full_names(ents, names, canonical)
    nicknames = nickname_owners(nicknamed)
    gone_by = known_as(ents, clean_name) | birth_names(ents, clean_name) | {
        e.start: nicknames[clean_name(e.text)] for e in ents if e.label_ == "PERSON" and clean_name(e.text) in nicknames}
    owners = given_name_owners(names, canonical)
    expanded = expand_acronyms(names, [((f.label_, clean_name(f.text)), a.text) for f, a in bracketed], canonical)
    mentions = []
    for ent, (tagged, name) in zip(ents, names):
        # An acronym takes the label and fullest name of what it stands for ("FBI" -> the Bureau).
        source_label, source_name = expanded.get((tagged, name), (tagged, name))
        # a surname of a person the article names in full stays a person ("Ricardo Lima ... Lima said")
        label = source_label if source_label == "PERSON" and source_name in surnames else _label(source_label, source_name)
        full = nearest.get(ent.start) or _person_alias(ent.start, gone_by, owners, source_label, source_name, canonical) \
            or canonical.get((source_label, source_name), source_name)
        mentions.append(
            models.EntityMention(
                doc_id=doc_id,
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=label,
                sentence_index=sentence_of[ent.start],
                canonical=full,
                role=find_role(ent) if label == "PERSON" else None,
                country=country_of_name(name) if label in {"GPE", "NORP", "ORG", "LOC"} and not used_as_place(ent) else None,
            )
        )
    return mentions


def _person_alias(start: int, gone_by: dict[int, str], owners: dict[str, str], label: str, name: str,
                  canonical: dict[tuple[str, str], str]) -> str | None:
    """The full name a person's one-word name stands for: one the document says the person is
    known by, or a given name of one person named in full (``name_aliases``)."""
    full = gone_by.get(start) or (owners.get(name) if label == "PERSON" else None)
    return canonical.get(("PERSON", full), full) if full else None


def _no_name(ent: Span, surnames: set[str]) -> bool:
    """Spans the tagger takes for names that are none: a time zone ("15.16 BST"), an illness named
    after a place or a people ("Spanish flu"), a "person" or one-word "place" with digits in it (a
    virus strain, a user name, a product), a common word or a title (``name_words.is_no_name``),
    a dateline's weekday and month or a degree after a name, a headline's phrase of common words
    ("Playoff Berth"), a "person" opening with a gerund ("Catching Fire") or a split "Don ' t"
    (``name_kinds``), a
    car's make before its model ("a 2013 Toyota Camry"; ``name_common``)."""
    digits = ent.label_ == "PERSON" and any(c.isdigit() for c in ent.text)
    return is_time_zone(ent) or names_an_illness(ent) or digits or is_no_name(ent, surnames) \
        or is_calendar_or_degree(ent) or _versioned_place(ent) or is_headline_phrase(ent) or is_gerund_phrase(ent) \
        or is_product_make(ent) or is_contraction_stem(ent)


def _kinds_by_context(ents: list[Span]) -> list[Span]:
    """Relabel "persons" the words around them show to be places, buildings or bodies
    (``name_contexts.kind_by_context``), and drop common words a sentence's start capitalised
    (``name_contexts.common_words_opening``); words of the people named in full are left alone."""
    people = {w for e in ents if e.label_ == "PERSON" and len(clean_name(e.text).split()) > 1
              for w in clean_name(e.text).split()}
    result = []
    for ent in ents:
        if common_words_opening(ent, people):
            continue
        kind = "PERSON" if person_by_context(ent) else kind_by_context(ent, people)
        result.append(Span(ent.doc, ent.start, ent.end, label=kind) if kind else ent)
    return result


def _versioned_place(ent: Span) -> bool:
    """A one-word "place" with a digit in it ("Z80", a product's version) is none."""
    return ent.label_ in {"GPE", "LOC"} and len(ent) == 1 and any(c.isdigit() for c in ent.text) \
        and any(c.isalpha() for c in ent.text)


def _title_before_person(ent: Span) -> bool:
    """An organisation or place span ending in a title right before a person's name ("Genesee County
    Sheriff Robert Kell"): the person's title, no entity of its own; so is a one-word "body" that is
    a minister's portfolio before the title ("Justice Minister Ann Hale", ``name_words.is_portfolio``)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.label_ in {"ORG", "FAC", "GPE"} and after is not None and after.ent_type_ == "PERSON" \
            and after.ent_iob_ == "B" and is_title_word(ent[-1]):
        return True
    return ent.label_ == "ORG" and len(ent) == 1 and after is not None and is_title_word(after) \
        and after.i + 1 < len(ent.doc) and ent.doc[after.i + 1].ent_type_ == "PERSON" and is_portfolio(ent[0].lower_)


def _titled_person(ent: Span) -> Span:
    """A name shaped like a person's right after a title ("Sgt. Penny Lark") is a person's, and a
    one-word "person" before a comma and a state ("Dexter, Michigan") a town, whatever the tagger
    called them. (A country after the comma may follow a person: "Ali, Egypt's envoy".) A
    "person" of two words or more that the gazetteer knows as a country or a capital ("Saudi
    Arabia", "Buenos Aires") is that place: no one bears such a name (one-word ones, "Jordan",
    "Georgia", are also given names and stay). A
    "person" ending in a body's head noun ("Surrey Police") is a body."""
    if ent.label_ in {"ORG", "FAC", "GPE"} and ent.start > 0 and is_title_word(ent.doc[ent.start - 1]) \
            and person_shaped(clean_name(ent.text)):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    if ent.label_ == "PERSON" and len(clean_name(ent.text).split()) > 1 and country_of(clean_name(ent.text)):
        return Span(ent.doc, ent.start, ent.end, label="GPE")  # "Saudi Arabia said": a country, no person
    if ent.label_ == "PERSON" and len(ent) == 1 and _before_a_region(ent):
        return Span(ent.doc, ent.start, ent.end, label="GPE")  # "from Dexter, Michigan": a town in its state
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in ORG_HEADS - SURNAME_HEADS:
        return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Surrey Police said": a body, no person
    return ent


def _before_a_region(ent: Span) -> bool:
    """A comma and then a place that is no country and ends its phrase ("Dexter, Michigan,")."""
    doc, i = ent.doc, ent.end + 1
    if i >= len(doc) or doc[ent.end].text != "," or doc[i].ent_type_ != "GPE" or doc[i].ent_iob_ != "B":
        return False
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return country_of(doc[i:end].text) is None and (end == len(doc) or doc[end].is_punct)


def _with_bracketed_acronyms(ents: list[Span], bracketed: list[tuple[Span, Span]]) -> list[Span]:
    """Add the bracketed acronyms the tagger missed ("the Harbour Authority (HA)"), so the article's
    use of the acronym is recorded as a name of the organisation."""
    known = {(e.start, e.end) for e in ents}
    added = {(a.start, a.end): a for _, a in bracketed if (a.start, a.end) not in known}
    return sorted(ents + list(added.values()), key=lambda e: e.start) if added else ents


def _split_trailing_person(ent: Span) -> list[Span]:
    """Undo a tagger error common after long titles: "the Main Intelligence Directorate Vadym
    Skibitsky" tagged as one organisation is the organisation, then a person. Two or three
    capitalised proper nouns after the organisation's head noun (Directorate, Staff, Ministry ...)
    are taken for the person's name."""
    if ent.label_ not in {"ORG", "FAC"}:
        return [ent]
    heads = [t for t in ent if t.lower_ in ORG_HEADS]
    if not heads:
        return [ent]
    trailing = ent.doc[heads[-1].i + 1: ent.end]
    if not 2 <= len(trailing) <= 3 or not all(
            t.pos_ == "PROPN" and t.text.istitle() and t.lower_ not in ROLE_WORDS | ORG_HEADS and not country_of(t.text)
            for t in trailing):
        return [ent]
    return [Span(ent.doc, ent.start, heads[-1].i + 1, label=ent.label_),
            Span(ent.doc, trailing.start, trailing.end, label="PERSON")]


def _split_at_known_people(ents: list[Span]) -> list[Span]:
    """Cut a span the tagger ran on past a name down to the people the article names elsewhere.

    Title-case headlines, datelines and sentence-initial words fool the tagger: "Hillary Clinton
    Slams Donald Trump" or "Certainly Donald Trump" come out as one person, "CLEVELAND - Donald
    Trump" as an organisation. When a span ends with a full name (two words or more) that the
    article also tags as a person on its own, and what comes before it is no first name ("Mary
    Ann Smith" stays whole), the span is that person; a known name at its start is a person too.
    A known person's bare surname after words that are no name ("Expecting Obama", "Longtime
    Clinton") is cut out the same way.
    """
    known = {_folded(e.text) for e in ents if e.label_ == "PERSON" and len(clean_name(e.text).split()) > 1}
    surnames = {name.split()[-1] for name in known}
    result = []
    for ent in ents:
        tail = _known_tail(ent, known, surnames) if ent.label_ in {"PERSON", "ORG", "FAC"} else None
        if tail is None:
            result.append(ent)
            continue
        head = next((ent.doc[ent.start: i] for i in range(tail.start, ent.start + 1, -1)
                     if _folded(ent.doc[ent.start: i].text) in known), None)
        if head is not None:
            result.append(Span(ent.doc, head.start, head.end, label="PERSON"))
        result.append(Span(ent.doc, tail.start, tail.end, label="PERSON"))
    return result


def _known_tail(ent: Span, known: set[str], surnames: set[str]) -> Span | None:
    """The longest known name a span ends with, when the words before it are not a name's own: a
    known full name, or the surname of one after words no name is made of ("Expecting Obama")."""
    for i in range(ent.start + 1, ent.end):
        tail = _folded(ent.doc[i: ent.end].text)
        if ent.doc[i].is_punct or (tail not in known and (i < ent.end - 1 or tail not in surnames)):
            continue
        before = ent.doc[ent.start: i]
        foreign = any((t.pos_ != "PROPN" and not is_particle(t)) or t.is_punct or (t.is_upper and not _initial(t))
                      for t in before)
        if foreign or (i < ent.end - 1 and any(_folded(before[:k].text) in known for k in range(2, len(before) + 1))):
            return ent.doc[i: ent.end]
    return None


def _initial(token) -> bool:
    """A middle initial ("K." in "Thomas K. Wendell") or given initials ("A.J." in "A.J. Hale"),
    which belong to the name around them."""
    return bool(INITIALS.fullmatch(token.text))


def _folded(text: str) -> str:
    return clean_name(text).lower()


def _untagged_places(doc: Doc) -> list[Span]:
    """Capitals, countries and demonyms the statistical tagger missed ("Kyiv rejected the offer"),
    but not a word of a longer name it missed too ("Paris Hilton", "Lima Barreto")."""
    spans = []
    for token in doc:
        if token.ent_type_ or not token.text[:1].isupper() or token.pos_ not in {"PROPN", "ADJ", "NOUN"}:
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and not doc[j].ent_type_
               and not country_of(doc[j].text) for j in (token.i - 1, token.i + 1)):
            continue
        if country_of(token.text):
            label = "NORP" if token.pos_ == "ADJ" else "GPE"
            spans.append(Span(doc, token.i, token.i + 1, label=label))
    return spans


def _label(label: str, name: str) -> str:
    """Correct the statistical tagger where a gazetteer knows better ("Kyiv" is a place, not a person)."""
    if label in {"PERSON", "ORG", "LOC", "FAC"} and country_of_name(name):
        return "GPE"
    if label in {"GPE", "LOC"} and " " not in name and len(RUN_TOGETHER.findall(name)) >= 2:
        return "ORG"  # words run together ("MyTownNews") name a site or a brand, not a place
    return label


def _sentence_index(doc: Doc) -> dict[int, int]:
    index = {}
    for n, sent in enumerate(doc.sents):
        for token in sent:
            index[token.i] = n
    return index
