"""Names a document gives one person besides the full name: a given name alone, a name it says
the person is "known as", and the name the person was born with.

News introduces a person in full and then, for victims, children and people of the street, goes
on by the given name ("Alice McMeekin ... Alice met her at the station"), or says what the person
was called ("Kathryn Hale, known as Katie"). The surname rule of ``annotate.names`` groups neither:
a given name ends no full name. A given name joins the one full name of the document it begins;
two full names beginning with it ("Ann Hale", "Ann Roe") leave it alone, and so does a word that
is also some full name's surname.
"""

from __future__ import annotations

from spacy.tokens import Span

from dossier.annotate.quotes_gender import infer_genders

# Honorifics that tell a person's gender (general English usage).
HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f",
                    "lady": "f", "dame": "f"}
# Words between a full name and the name a person goes by ("Kathryn Hale, known as Katie").
KNOWN_AS = (("known", "as"), ("also", "known", "as"), ("called",), ("nicknamed",))


def given_name_owners(names: list[tuple[str, str]], canonical: dict[tuple[str, str], str]) -> dict[str, str]:
    """The full name each one-word person's name stands for as its given name.

    Args:
        names: the document's (label, cleaned name) pairs.
        canonical: the in-document grouping (``name_groups.group_names``).

    Returns:
        One-word name -> the fullest name of the only person named in full with it as first word,
        and likewise a person's given names alone ("Juan Carlos" -> "Juan Carlos Ruiz"), for
        names whose last word is no full name's last word and that the grouping left alone.
    """
    full = {canonical.get((label, name), name) for label, name in names if label == "PERSON" and " " in name}
    owners: dict[str, set[str]] = {}
    for name in full:
        owners.setdefault(name.split()[0], set()).add(name)
    result = {}
    for label, name in names:
        if label != "PERSON" or canonical.get((label, name), name) != name \
                or any(other != name and other.split()[-1] == name.split()[-1] for other in full):
            continue
        if " " in name:  # given names alone ("Juan Carlos" of "Juan Carlos Ruiz")
            bearers = {b for b in full if b != name and b.startswith(name + " ")}
        else:
            bearers = {b for b in owners.get(name, ()) if not any(b != o and b in o for o in owners.get(name, ()))}
        if len(bearers) == 1:
            result[name] = bearers.pop()
    return result


def known_as(ents: list[Span], clean) -> dict[int, str]:
    """The names a document says people go by: "Kathryn Hale, known as Katie" gives "Katie" the
    full name, wherever the document writes it.

    Args:
        ents: the document's name spans, in text order.
        clean: the function that cleans a span's text into a name (``names.clean_name``).

    Returns:
        Token index of the span of the name gone by -> the full name.
    """
    starts = {e.start: e for e in ents}
    found = {}
    for ent in ents:
        if ent.label_ != "PERSON" or " " not in clean(ent.text):
            continue
        doc, i = ent.doc, ent.end + (1 if ent.end < len(ent.doc) and ent.doc[ent.end].text == "," else 0)
        for words in KNOWN_AS:
            if [t.lower_ for t in doc[i:i + len(words)]] == list(words):
                other = starts.get(i + len(words))
                if other is not None and " " not in clean(other.text):
                    found[clean(other.text)] = clean(ent.text)
    return {e.start: found[clean(e.text)] for e in ents if e.label_ == "PERSON" and clean(e.text) in found}


def birth_names(ents: list[Span], clean) -> dict[int, str]:
    """Names a person was born with, written after "born" or "née" ("Page was born Betty Mae
    Page", "Ann Hale, née Ann Roe"), as the full name of the one other person the document names
    in full with that surname or, after "née", of the name just before. Without this, two spellings
    of one person's given name in one article ("Bettie", "Betty") would read as two people.

    Args:
        ents: the document's name spans, in text order.
        clean: the function that cleans a span's text into a name (``names.clean_name``).

    Returns:
        Token index of the span of the birth name -> the full name it stands for.
    """
    named = [(e, clean(e.text)) for e in ents if e.label_ == "PERSON"]
    people = [(e, name) for e, name in named if " " in name]
    found = {}
    for index, (ent, name) in enumerate(people):
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        surname = name.split()[-1]
        if before in {"née", "nee"} and index > 0 and people[index - 1][0].end >= ent.start - 3:
            found[ent.start] = people[index - 1][1]  # "Ann Hale, née Ann Roe"
        elif before == "born" and _born_subject(ent.doc[ent.start - 1], surname):
            others = {other for _, other in people if other.split()[-1] == surname} - {name}
            if len(others) == 1:
                found[ent.start] = others.pop()  # "Page was born Betty Mae Page" beside "Bettie Page"
    return found


def _born_subject(born, surname: str) -> bool:
    """Whether "born" tells of its own subject, a personal pronoun or the surname ("She was born
    ...", "Page was born ..."), not of someone else ("his son, born Sam Reed")."""
    subject = next((c for c in born.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (subject.lower_ in {"he", "she"} or subject.text == surname)


def person_genders(ents: list[Span], names: list[tuple[str, str]],
                   canonical: dict[tuple[str, str], str]) -> dict[str, str]:
    """The gender ("m" or "f") the document gives each person, by fullest name
    (``quotes_gender.infer_genders``: titles, family words, pronouns).

    Args:
        ents: the document's name spans.
        names: their (label, cleaned name), in the same order.
        canonical: the in-document grouping.

    Returns:
        Fullest name -> "m" or "f", for the people with evidence of one gender only.
    """
    surface = {e.text: canonical.get((label, name), name) for e, (label, name) in zip(ents, names) if label == "PERSON"}
    return infer_genders(ents[0].doc, surface) if ents else {}


def titled_bearer(ent: Span, bearers: list[str], genders: dict[str, str]) -> str | None:
    """Which of several people of one surname a bare surname with a title means: "Mr Hale" the
    only man among them, "Miss Hale" or "Mrs Hale" the only woman.

    Args:
        ent: the surname's span (the title may be inside it or right before it).
        bearers: the fullest names of the document's people with that surname.
        genders: fullest name -> "m" or "f" (``person_genders``).

    Returns:
        The one bearer of the title's gender, or None when no title, or not one bearer, fits.
    """
    doc = ent.doc
    title = ent[0] if len(ent) > 1 else (doc[ent.start - 1] if ent.start > 0 else None)
    gender = HONORIFIC_GENDER.get(title.lower_.rstrip(".")) if title is not None else None
    fits = [b for b in bearers if gender and genders.get(b) == gender]
    return fits[0] if len(fits) == 1 else None
