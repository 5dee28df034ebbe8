"""Short forms of names: acronyms, initials, and the leading words a name may drop.

Within an article (``annotate``) and across articles (``resolve``) a short form stands for a full
name by the same rules: an acronym when its letters are the name's initials; "the Foreign Office"
for "the UK Foreign Office" because a country qualifier may be left out, but never "Mexico" for
"New Mexico" or "the House" for "the White House", where the dropped word names a different
place or body. Neither stage imports the other, so the rules live here, with no NLP in them; so do
the comparisons of two names' words that entity resolution makes (``name_words``, ``same_word``,
``may_shorten``, ``short_first_name``). Firms' short forms are in ``dossier.name_firms``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz
from unidecode import unidecode

# Spelling variants of one transliterated name score above this (Zelensky/Zelenskiy ~94,
# Umerov/Umierov ~92); different names of similar shape score below (Medinsky/Medvedev ~62).
SAME_NAME_SCORE = 85
# Two to six capitals ("EU", "NATO", "ODIHR"); dots are dropped first ("U.N." is "UN").
ACRONYM = re.compile(r"[A-Z]{2,6}")
# An abbreviation written with dots ("U.S.", "U.K."): each letter is an initial.
DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
# Words an acronym skips ("Department of Homeland Security" is "DHS").
MINOR_WORDS = frozenset({"of", "the", "and", "for"})


def fold(name: str) -> str:
    """ASCII, lower case, no punctuation: "Çırağan" -> "ciragan"; the form names are compared in.

    A hyphen between words is a space ("Dar-es-Salaam" is "dar es salaam", "Port-au-Prince" "port au
    prince"): outlets write one name both ways, and dropping it would weld the words into one.
    """
    spaced = re.sub(r"(?<=\w)[-\u2010\u2011](?=\w)", " ", unidecode(name).lower())
    return re.sub(r" {2,}", " ", re.sub(r"[^a-z0-9 ]+", "", spaced)).strip()


def acronym_letters(text: str) -> str | None:
    """The letters of an acronym ("U.N." -> "UN"), or None when the text is not one.

    Args:
        text: a cleaned name.

    Returns:
        The capitals of the acronym, or None.
    """
    letters = text.replace(".", "")
    return letters if ACRONYM.fullmatch(letters) else None


# The capitalised words of a name written as one ("GlaxoSmithKline"): a capital and its small letters.
# Two such words are left alone: "McDonald" or "YouTube" abbreviate to nothing outlets write.
CAMEL_PARTS = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")


def initials(name: str) -> str:
    """The initials of a name's capitalised words, minor words skipped: "Food and Drug Administration" -> "FDA".

    Args:
        name: a full name as written.

    Returns:
        The initials in upper case, ASCII-folded ("Équipe" gives "E"), every letter of a dotted
        abbreviation ("U.S. Navy" -> "USN"); empty when no word is capitalised.
    """
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in MINOR_WORDS]
    # A dotted abbreviation gives all its letters: "U.S. Navy" is "USN", never "UN".
    return "".join(unidecode(DOTTED.fullmatch(w) and w.replace(".", "") or w[0]).upper() for w in words)


def spellings(name: str) -> set[str]:
    """The initials of a name, with and without its hyphenated parts ("Trans-Pacific Partnership"
    is "TP" or "TPP"), since outlets abbreviate both ways; a one-word name run together from three
    or more capitalised words gives their capitals ("GlaxoSmithKline" is "GSK").

    Args:
        name: a full name.

    Returns:
        The initials of two or more letters (none for another one-word name).
    """
    found = {s for s in (initials(name), initials(name.replace("-", " "))) if len(s) >= 2}
    if len(parts := CAMEL_PARTS.findall(name)) >= 3 and "".join(parts) == name:
        found.add(unidecode("".join(part[0] for part in parts)).upper())
    return found


# Leading words an organisation's or place's name may go without: articles and country qualifiers.
# "National", "Federal" and "State" are no such qualifiers but words of the name itself: the
# National Security Council is not the (UN) Security Council, nor the State Department a department.
DROPPABLE_WORDS = frozenset({"the", "uk", "u.k.", "us", "u.s.", "eu", "un"})
# Words of scope that open many bodies' names: no firm's distinctive word either.
SCOPE_WORDS = frozenset({"federal", "national", "state"})
# Endings of country adjectives ("British", "Russian", "Chinese", "Israeli"): a qualifier too.
DEMONYM_ENDINGS = ("ian", "an", "ish", "ese", "i")
LOOK_LIKE_DEMONYMS = frozenset({"republican", "human", "urban", "suburban", "metropolitan", "civilian"})


def may_drop(words: Sequence[str]) -> bool:
    """Whether an organisation's or place's name may leave out these leading words and still name
    the same thing: articles and country qualifiers may go ("UK Foreign Office", "Russian Defence
    Ministry"); words that tell one place or body from another may not ("New", "North", "White").

    Args:
        words: the leading words the shorter name leaves out, in any case.

    Returns:
        True when every word may be dropped.
    """
    return all(_droppable(w.lower()) for w in words)


def without_qualifiers(words: Sequence[str]) -> list[str]:
    """A body's or place's words without the leading articles and country abbreviations it may go
    without ("u.s. state department" -> "state department"); not words merely shaped like a
    nationality ("Ciragan Palace" keeps "Ciragan"). The words unchanged when nothing else would
    be left ("US" stays)."""
    kept = list(words)
    while len(kept) > 1 and kept[0].lower() in DROPPABLE_WORDS:
        kept = kept[1:]
    return kept


def _droppable(word: str) -> bool:
    if word in DROPPABLE_WORDS:
        return True
    return len(word) > 4 and word.endswith(DEMONYM_ENDINGS) and word not in LOOK_LIKE_DEMONYMS


# Words that head or join an organisation's name, never a person's: a name holding one is no
# "given name and surname" (general English, not names of this or that story).
ORGANISATION_WORDS = frozenset({
    "organisation", "organization", "agency", "ministry", "department", "office", "council", "committee",
    "company", "group", "bank", "party", "union", "university", "institute", "hospital", "centre", "center",
    "centres", "centers", "service", "services", "association", "foundation", "fund", "corporation", "inc",
    "ltd", "plc", "news", "times", "post", "press", "health", "board", "commission", "authority", "school",
    "college", "club", "network", "airlines", "airways", "house", "court", "police", "army", "government",
})
# A word of a person's name: capitalised, perhaps hyphenated or with an apostrophe ("O'Neill"), or
# an initial; a second capital only after a surname's prefix ("McCain", "LaRue", "DeGeneres"), so
# that a firm's camel case ("PayPal", "YouTube") is no person's word.
PERSON_WORD = re.compile(r"(?:(?:Ma?c|D[aeiu]|L[ae]|Van|Von)(?=[A-Z])|[DO]')?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|[A-Z]\.?")


def trim_name(name: str) -> str:
    """A name without the words the tagger ran into its edges: a leading lower-case article ("a
    World Health Organisation") and a dash with lower-case words after it ("... Organization - as").

    Args:
        name: a name as grouped in its document.

    Returns:
        The name, trimmed; unchanged when nothing would be left.
    """
    words = name.split()
    while len(words) > 1 and words[0] in {"a", "an", "the"}:
        words = words[1:]
    text = " ".join(words)
    return re.sub(r"\s+[-–—]+(?:\s+[a-z][\w']*)*$", "", text) or text


def singular_words(name: str) -> str:
    """A folded name with each word's plural "s" dropped: outlets write a firm's "Foods" and "Food"
    ("Kraft Foods", "Krafts Food") for one name.

    Args:
        name: a folded name.

    Returns:
        The name, each word of four letters or more without a final "s".
    """
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in name.split())


def same_spelling(a: str, b: str) -> bool:
    """Whether two folded names of an organisation or place are one name spelt two ways.

    British and American spellings and typos change a letter or two of a long name
    ("organisation", "organization"; "centres", "centers"), so a long name may differ by one
    letter in twelve, and one more when no letter is added or dropped. Shorter names of one
    another are different names: a syllable more is another country ("Austria", "Australia"), a
    letter more another agency ("CDC", "ECDC").

    Args:
        a: a folded name (see ``resolve.entities.fold``).
        b: another.

    Returns:
        True when the two are the same name.
    """
    if a == b or (" " in a and singular_words(a) == singular_words(b)):
        return True
    longest = max(len(a), len(b))
    allowed = longest // 12 + (1 if len(a) == len(b) and longest >= 5 else 0)
    return _edit_distance(a, b, allowed) <= allowed


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, cut short once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def person_shaped(name: str) -> bool:
    """Whether a name has the shape of a person's: a given name and a surname (two or three
    capitalised words, initials allowed), with no digit, acronym, minor word or word that heads
    an organisation's name ("Keiji Fukuda" is; "H5N1", "Health Protection Agency" are not).

    Args:
        name: a name as grouped in its document, honorifics already dropped.

    Returns:
        True for the shape of a person's name. Words of the language ("Swine Flu") pass this
        test; callers that can should ask a dictionary too.
    """
    words = without_suffix(unidecode(name).split())
    return 2 <= len(words) <= 3 and all(PERSON_WORD.fullmatch(w) for w in words) \
        and len(words[-1]) > 2 and not any(w.lower() in MINOR_WORDS | ORGANISATION_WORDS for w in words)


# Generational suffixes after a surname ("Jr", "III"): outlets add or drop them for one person.
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def without_suffix(words: Sequence[str]) -> list[str]:
    """A person's name words without a trailing generational suffix ("Jr", "III").

    Args:
        words: the words of a name, in any case.

    Returns:
        The words, the suffix (and a comma before it) dropped; unchanged when only one would be left.
    """
    kept = list(words)
    while len(kept) > 1 and kept[-1].lower().strip(",") in NAME_SUFFIXES:
        kept = kept[:-1]
    if kept and kept[-1].endswith(","):
        kept[-1] = kept[-1].rstrip(",")
    return kept


def name_words(folded: str, group: str) -> list[str]:
    """The words a name is compared by: a person's given name and surname only, as outlets add or
    drop middle names, initials and suffixes ("James B. Comey Jr" is "James Comey"); after a
    leading initial the middle name is the given name ("J. Edgar Hoover" is "Edgar Hoover")."""
    words = folded.split()
    if group != "PERSON":
        return words
    words = without_suffix(words)
    if len(words) > 2 and len(words[0]) == 1 and len(words[1]) > 1:
        return [words[1], words[-1]]  # a leading initial: the person goes by the middle name ("J. Edgar Hoover")
    return [words[0], words[-1]] if len(words) > 2 else words


def generation(folded: str) -> str | None:
    """The generational suffix of a folded person's name: "jr", "sr", or None (also for "III",
    which outlets add or drop for one person).

    Args:
        folded: a folded name ("mark hale jr").

    Returns:
        "jr", "sr" or None.
    """
    words = folded.split()
    last = words[-1].strip(".,") if len(words) > 1 else ""
    return last if last in {"jr", "sr"} else None


def may_shorten(group: str, words: list[str], longer: list[str]) -> bool:
    """Whether a shorter name may stand for a longer one. A person's surname may; an organisation
    or place must keep at least half its words and drop only articles and country qualifiers:
    "Foreign Office" for "UK Foreign Office", but not "European Union" for "Department for Exiting
    the European Union", nor "Mexico" for "New Mexico" (``name_forms.may_drop``)."""
    if group == "PERSON":
        return True
    return 2 * len(words) >= len(longer) and may_drop(longer[:len(longer) - len(words)])


def short_first_name(words: list[str], other: list[str]) -> bool:
    """One first name shortens the other ("Ed" for "Edward", "Alex" for "Alexander") and the
    surnames agree."""
    if len(words) < 2 or len(words) != len(other) or fuzz.ratio(words[-1], other[-1]) < SAME_NAME_SCORE:
        return False
    short, full = sorted((words[0], other[0]), key=len)
    return len(short) >= 2 and full.startswith(short)


def same_word(a: str, b: str, group: str) -> bool:
    """Two words of a name read as one: a spelling variant, an initial ("R" and "Rustem"), or for a
    person any word with the same initial (first names transliterate freely: Volodymyr, Vladimir)."""
    if fuzz.ratio(a, b) >= 75:
        return True
    return a[:1] == b[:1] and (group == "PERSON" or min(len(a), len(b)) <= 2)


def leading_word(name: str, adjective: bool = False) -> str | None:
    """The distinctive first word a body's name may be shortened to ("Kraft" of "Kraft Foods"):
    firms go by their founder's or brand's word. None when that word is generic ("National",
    "Bank", "the"), a nationality or country qualifier ("Turkish"), an acronym, or an adjective
    (``adjective``, as the caller's dictionary tells: "Islamic State" is not "Islamic").

    Args:
        name: a folded name of an organisation.
        adjective: whether the caller knows the first word as an adjective.

    Returns:
        The first word without a plural "s" ("krafts" -> "kraft"), or None.
    """
    words = name.split()
    if not words or adjective or len(words[0]) < 3:
        return None
    first = words[0]
    if first in MINOR_WORDS | ORGANISATION_WORDS | SCOPE_WORDS or _droppable(first) or first in LOOK_LIKE_DEMONYMS:
        return None
    return singular_words(first)


# Letters a surname's leading particle may have ("La", "De", "Mc", "Van"); outlets drop or split it.
MAX_PARTICLE = 3
MIN_SURNAME_STEM = 5


def particle_variant(words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two people's names differ only by a particle at the start of the surname ("Ann
    Calamita", "Ann LaCalamita"): same given name, and one surname is the other's end after at most
    ``MAX_PARTICLE`` letters.

    Args:
        words: a person's compared name words (``name_words``), folded.
        other: another's.

    Returns:
        True for such a pair; False for the same surname or any other difference.
    """
    if len(words) != 2 or len(other) != 2 or words[0] != other[0] or words[-1] == other[-1]:
        return False
    short, long = sorted((words[-1], other[-1]), key=len)
    return len(short) >= MIN_SURNAME_STEM and long.endswith(short) and len(long) - len(short) <= MAX_PARTICLE


def within(short: str, full: str) -> bool:
    """Whether every word of a folded name is a word of another, in order: "maduro" is within
    "nicolas maduro", "edmundo gonzalez" within "edmundo gonzalez urrutia" (outlets drop a given
    name or a second surname of one person), "ann roe" not within "ann lee roe smith"'s reverse."""
    words, other = short.split(), iter(full.split())
    return bool(words) and all(word in other for word in words)
