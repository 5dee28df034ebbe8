"""Spans the tagger takes for names that are headline words, dates or degrees, not names.

A Title-Case headline makes every word look like a name, so the tagger runs a verb into a
person's name ("Mayor Nominates Ann Hale", "Ann Hale Checks Out") or takes a lone verb
("Rehires") or a dateline's weekday and month ("Thu Jun") for a name. A degree or honorific after
a name ("Ann Hale, MD", "her MD degree") or a clerical honorific before one ("Msgr. Hale") is
no place.
WordNet tells a verb: a word whose stem it knows as a verb, and either not as a noun or followed
by a preposition ("Checks Into"); without WordNet no verb is found and spans are left alone.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from dossier.annotate import wordnet
from dossier.name_forms import person_shaped

# Degrees and suffixes written after a name, and clerical honorifics written before one (general
# English usage).
DEGREES = frozenset({"md", "phd", "dds", "dvm", "rn", "esq", "mba", "jd", "sr", "jr", "mph", "facs", "facp", "dmd",
                     "lpn", "cpa"})
HONORIFICS_BEFORE = frozenset({"msgr", "rev", "revd", "fr"})
# Day and month names and their abbreviations, as datelines write them ("Thu Jun 4").
CALENDAR_WORDS = frozenset({
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
})
# Particles and prepositions a headline's verb takes ("Checks Out", "Checks Into").
PARTICLES = frozenset({"out", "in", "into", "up", "off", "down", "over", "on", "back", "away", "to", "for", "with"})
# Share of capitalised words above which a sentence is a Title-Case headline.
HEADLINE_SHARE = 0.7


def is_calendar_or_degree(ent: Span) -> bool:
    """A span made only of day and month words ("Thu Jun"), a degree right after a person's name
    and a comma or before "degree" ("Ann Hale, MD", "her MD degree"), or a clerical honorific
    before a name ("Msgr. Hale"), which the tagger took for a name ("Rockville, MD" stays a place).

    Args:
        ent: a named-entity span.

    Returns:
        True for such a span.
    """
    words = [t.text.strip(".,").lower() for t in ent if t.text.strip(".,")]
    if not words:
        return False
    if all(w in CALENDAR_WORDS for w in words):
        return True
    if len(words) != 1:
        return False
    if words[0] in HONORIFICS_BEFORE:
        return _before_name(ent)
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return words[0] in DEGREES and (_after_person(ent) or (following is not None and following.lower_ == "degree"))


def is_contraction_stem(ent: Span) -> bool:
    """A span ending where an apostrophe and "t" follow ("Don ’ t move", "Won't", spaced or not):
    a negated auxiliary a tokenizer split, no name.

    Args:
        ent: a named-entity span.

    Returns:
        True for such a span.
    """
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].lower_ in {"'t", "’t"}:
        return True
    return i + 1 < len(doc) and doc[i].text in APOSTROPHES and doc[i + 1].lower_ == "t"


APOSTROPHES = frozenset({"'", "’"})


def _after_person(ent: Span) -> bool:
    i = ent.start - 1
    while i >= 0 and ent.doc[i].text in {",", "."}:
        i -= 1
    return i >= 0 and i < ent.start - 1 and ent.doc[i].ent_type_ == "PERSON"


def _before_name(ent: Span) -> bool:
    i = ent.end
    while i < len(ent.doc) and ent.doc[i].text == ".":
        i += 1
    return i < len(ent.doc) and (ent.doc[i].ent_type_ == "PERSON" or ent.doc[i].is_title)


def without_headline_verbs(ent: Span) -> Span | None:
    """The span without a headline's verb run into its edges ("Nominates Ann Hale" -> "Ann Hale",
    "Ann Hale Checks Out" -> "Ann Hale", "Ann Hale Wins", "Hale Wins", "Ann Hale Dead" or "Ann
    Hale Arrested" where the name is also written alone);
    None when nothing but verbs is left ("Rehires").

    Only in a Title-Case sentence (``HEADLINE_SHARE``): in running text a capitalised verb-like
    word is part of a name ("Sears Holdings").

    Args:
        ent: a named-entity span.

    Returns:
        The trimmed span with the same label, the span itself, or None.
    """
    if not wordnet.available() or not _headline(ent):
        return ent
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 1 and doc[end - 1].lower_ in PARTICLES and doc[end - 1].text[:1].isupper():
        end -= 1
    while end > start and _verb(doc[end - 1].text, end < len(doc) and doc[end].lower_ in PARTICLES):
        end -= 1
    if end == ent.end and end - start > 1 and (_verb(doc[end - 1].text, before_particle=True) or _fate(doc[end - 1].text)):
        adverb = end - start > 2 and _headline_adverb(doc[end - 2].text)
        if _named_without(doc[start:end - 1 - adverb], ent):
            end -= 2 if adverb else 1  # "Ann Hale Wins", "Ann Hale Dead", "Hale Reportedly Freed": "Ann Hale" is named alone
    if start == ent.start and end - start > 1 and _named_without(doc[start + 1:end], ent) \
            and _verb(doc[start].text, before_particle=True):
        start += 1  # "Flips Hale": "Hale" is named without it elsewhere
    while start < end and _verb(doc[start].text, start + 1 < len(doc) and doc[start + 1].lower_ in PARTICLES,
                                after_to=start > 0 and doc[start - 1].lower_ == "to"):
        start += 1
    while start > ent.start and start < end and doc[start].lower_ in PARTICLES:
        start += 1  # "Checks Into Malibu Rehab": the verb's preposition goes with it
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _named_without(rest: Span, ent: Span) -> bool:
    """Whether a part of a span is a person's name (person-shaped, the surname of a person the
    article names, or a word it tags alone as a person: "President Obama") that the article names
    more often than the span."""
    people = [e for e in ent.doc.ents if e.label_ == "PERSON" and e.start != ent.start]
    surnames = {e[-1].text for e in people if len(e) > 1} | {e.text for e in people if len(e) == 1}
    person = person_shaped(rest.text) or (len(rest) == 1 and rest.text in surnames)
    return person and ent.doc.text.count(rest.text) > ent.doc.text.count(ent.text)


def _headline(ent: Span) -> bool:
    words = [t for t in ent.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= HEADLINE_SHARE * len(words)


def _verb(word: str, before_particle: bool, after_to: bool = False) -> bool:
    """A headline's verb: an "-s" form of a verb WordNet knows that is no noun, or is followed by
    a particle ("Checks Out"); or a verb after "to" ("to Curb")."""
    if not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    lower = word.lower()
    if after_to and _verb_stem(lower):
        return True
    if not lower.endswith("s") or lower.endswith("ss") or len(lower) < 4:
        return False
    stems = [lower[:-1]] + ([lower[:-2]] if lower.endswith("es") else []) + \
        ([lower[:-3] + "y"] if lower.endswith("ies") else [])
    verbs = [s for s in stems if _verb_stem(s)]
    return bool(verbs) and (before_particle or not any(wordnet.synsets(s, "n") for s in verbs))


def _fate(word: str) -> bool:
    """What a headline writes after a name to say what became of someone: a state ("Dead",
    "Missing", ``HEADLINE_STATES``) or a verb's past participle ("Arrested", "Freed", "Jailed",
    "Buried")."""
    lower = word.lower()
    if not word[:1].isupper():
        return False
    if lower in HEADLINE_STATES:
        return True
    if not lower.endswith("ed") or len(lower) < 5:
        return False
    stems = {lower[:-2], lower[:-1]} | ({lower[:-3]} if lower[-3] == lower[-4] else set()) | \
        ({lower[:-3] + "y"} if lower.endswith("ied") else set())
    return any(_verb_stem(stem) for stem in stems)


def _headline_adverb(word: str) -> bool:
    """A capitalised adverb in "-ly" that WordNet knows as one ("Reportedly", "Allegedly"), which a
    headline sets between a name and what became of it."""
    lower = word.lower()
    return word[:1].isupper() and lower.endswith("ly") and bool(wordnet.synsets(lower, "r"))


# States a headline sets after a name ("Ann Hale Dead at 85", "Ann Hale Missing").
HEADLINE_STATES = frozenset({"dead", "alive", "missing", "free", "safe", "guilty", "innocent", "ill", "injured",
                             "hurt", "hospitalized", "hospitalised"})


@functools.lru_cache(maxsize=4096)
def _verb_stem(stem: str) -> bool:
    """A verb WordNet knows, or "re-" and one ("rehire"), and no name of a person or place."""
    if any(any(p == "@i" for p, _, _ in s.pointers) for s in wordnet.synsets(stem, "n")):
        return False
    return bool(wordnet.synsets(stem, "v")) or (stem.startswith("re") and len(stem) > 5
                                                 and bool(wordnet.synsets(stem[2:], "v")))


def is_headline_phrase(ent: Span) -> bool:
    """A Title-Case headline's phrase of common words the tagger took for a name ("Playoff Berth",
    "Driver Charged", "Release Date May Be"): every word a common word of English (WordNet knows
    it and names no one thing by it, or a function word), and the phrase written nowhere else in
    the article (a person a headline names is named in the body too, "a driver" is not "Driver").
    A body or place must also hold a verb or a preposition ("Talks for Sequel"), since a body's
    name is often made of common nouns alone ("Supreme Court"). A span of ``LONG_PHRASE`` words
    or more with a finite verb or participle is a whole headline, whatever its words.

    Args:
        ent: a named-entity span.

    Returns:
        True for such a phrase; without WordNet only for the long ones.
    """
    words = [t for t in ent if t.is_alpha]
    if not words or not _title_case_line(ent) or ent.doc.text.count(ent.text) > 1:
        return False
    if len(words) >= LONG_PHRASE and any(t.tag_ in VERB_TAGS - {"VB", "VBP"} for t in words):
        return True  # a whole headline with its verb ("... Boss Found Hanging Dead In ... Cell")
    if not wordnet.available():
        return False
    if not all(t.is_stop or _common_or_plural(t.lower_) for t in words):
        return False
    return ent.label_ == "PERSON" or any(t.tag_ in VERB_TAGS or t.tag_ == "IN" for t in words)


# Words from which a headline's span with a verb in it is a clause, not a name (names of bodies run
# to six or seven words: "Organisation for the Prohibition of Chemical Weapons").
LONG_PHRASE = 9
# Fewest long words (over three letters) of a line written in Title Case throughout.
MIN_TITLE_WORDS = 3


def _title_case_line(ent: Span) -> bool:
    """Whether the span's sentence is written in Title Case throughout, as headlines are: every
    word of more than three letters capitalised but function words ("... Berth with 20-13 Win";
    "Police in Leeds arrested Tom Baker" is no headline)."""
    words = [t for t in ent.sent if t.is_alpha and len(t) > 3 and not t.is_stop]
    return len(words) >= MIN_TITLE_WORDS and all(t.text[:1].isupper() for t in words)


# Penn tags of verbs and modals ("May Be", "Charged").
VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBN", "VBZ", "VBP", "VBG"})


@functools.lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    """A word WordNet knows in some part of speech and as no one thing's or person's name."""
    senses = [s for pos in ("n", "v", "a", "r") for s in wordnet.synsets(word, pos)]
    return bool(senses) and not any(p == "@i" for s in senses for p, _, _ in s.pointers)


def is_gerund_phrase(ent: Span) -> bool:
    """A "person" that is a phrase of common words opening with a verb's "-ing" form ("Catching
    Fire", "Breaking Ground"): a title or a slogan, since a person's given name is no gerund of a
    common verb and a surname is seldom a common word too ("Fielding Yost" stays: "Yost" is none).

    Args:
        ent: a named-entity span.

    Returns:
        True for such a phrase; False without WordNet.
    """
    words = [t for t in ent if t.is_alpha]
    if ent.label_ != "PERSON" or len(words) < 2 or not wordnet.available():
        return False
    first = words[0].lower_
    stem = first[:-3]
    gerund = first.endswith("ing") and len(stem) > 2 and any(
        wordnet.synsets(s, "v") for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))
    return gerund and all(_common_or_plural(t.lower_) for t in words[1:])


def _common_or_plural(word: str) -> bool:
    """A common word (``_common``), or the plural of one ("games", "shadows")."""
    return _common(word) or (word.endswith("s") and _common(word[:-1]))
