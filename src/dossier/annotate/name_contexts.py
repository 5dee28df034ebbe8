"""What the words around a name say about its kind, where the tagger's label says otherwise.

The small statistical tagger calls many names it does not know persons: villages and districts
("riots in Exarchia", "the villages Kavouhi and Zinabieh"), landmarks and firms written with an
article ("the Mueller Glacier", "the Timaru Herald", "The Helicopter Line"), and common nouns
opening a sentence ("Riot police ...", "Arson is suspected"). A person's name takes no article and
does not follow "in" or "near"; a place's does. It also keeps a title run into the name ("Lawyer
Ann Hale", "Historic Mat Maid") and takes the words of an all-capital headline for an organisation
("MAN CHARGED WITH ..."). These readings are of language only; WordNet tells a place noun from a
person noun, and without it only the readings that need no dictionary apply.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from dossier.annotate import wordnet
from dossier.annotate.gazetteer import country_of
from dossier.annotate.name_spans import LOCATIVE_PREPOSITIONS, destination, in_address, named_as_a_place
from dossier.annotate.name_words import abbreviated, is_title_word

# Honorifics written before a surname (general English usage); "Miss" and "Master" too.
PERSON_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "master", "mx"})
# Lexicographer files whose nouns name a place or a natural thing ("glacier", "district"), a made
# thing ("hut", "warehouse"), or a body or a publication ("line", "herald" in its second sense).
PLACE_LEXNAMES = frozenset({"noun.location", "noun.object"})
THING_LEXNAME = "noun.artifact"
# Share of capitalised words above which a sentence is an all-capital headline, and the fewest
# words it needs (a two-word line may be an acronym and a name).
CAPS_SHARE = 0.7
CAPS_MIN_WORDS = 4
# An age written before a name ("25-year-old", "32-year-old").
AGED = re.compile(r"\d{1,3}-year-old")


def in_caps_headline(ent: Span) -> bool:
    """A span of an all-capital headline taken for an organisation or a person: the whole line
    ("PROVISIONAL TRIAL DATE SET FOR ...") or a common word of it. Names in such a line are
    written in capitals like every other word, so only spans of three words or more, or of words
    WordNet knows in lower case, are dropped; an acronym ("BBC") stays. One common word shouted in
    running text after an article ("A MAN was held") or one WordNet knows only as an adverb or
    adjective ("TOO") is no name either.

    Args:
        ent: a named-entity span.

    Returns:
        True for such a span.
    """
    if ent.label_ not in {"ORG", "PERSON"} or not ent.text.isupper():
        return False
    words = [t for t in ent if t.is_alpha]
    if len(words) == 1 and len(words[0]) > 2 and (_only_modifier(words[0].lower_) or _after_article(ent)) \
            and _common_word(words[0].lower_):
        return True  # "A MAN was held", "not so fast, TOO": shouting, not an acronym
    if not _caps_sentence(ent):
        return False
    if len(words) >= 3:
        return True
    return bool(words) and all(len(t) > 2 and _common_word(t.lower_) for t in words)


def _caps_sentence(ent: Span) -> bool:
    words = [t for t in ent.sent if t.is_alpha and len(t) > 2]
    return len(words) >= CAPS_MIN_WORDS and sum(t.is_upper for t in words) >= CAPS_SHARE * len(words)


def _after_article(ent: Span) -> bool:
    """After "a" or "an": a name takes no indefinite article ("the ABC" may be a broadcaster)."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"a", "an"}


@functools.lru_cache(maxsize=4096)
def _only_modifier(word: str) -> bool:
    """A word WordNet knows only as an adverb or an adjective ("too"), never as a noun."""
    return not wordnet.synsets(word, "n") and bool(wordnet.synsets(word, "r") or wordnet.synsets(word, "a"))


@functools.lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """A word of the language whose commonest sense is no proper name ("man", "too", "riot");
    False without WordNet."""
    senses = [s for pos in ("n", "v", "a", "r") for s in wordnet.synsets(word, pos)]
    return bool(senses) and not any(p == "@i" for p, _, _ in senses[0].pointers)


def without_leading_title(ent: Span) -> Span:
    """A person's span without a title or an adjective run into its start ("Lawyer Ann Hale" ->
    "Ann Hale", "Clerk Ann Hale", "Historic Mat Maid" -> "Mat Maid"); the title stays in the text
    before the name, where the role finder reads it.

    Args:
        ent: a named-entity span.

    Returns:
        The span without its leading title words, or the span itself.
    """
    if ent.label_ != "PERSON":
        return ent
    start = ent.start
    while ent.end - start > 1 and ent.doc[start + 1].text[:1].isupper() and _leading_title(ent.doc[start], ent.end - start - 1):
        start += 1
    if start > ent.start and not _title_word(ent.doc[start - 1]) and not abbreviated(ent.doc[start - 1]) \
            and not _named_alone(ent.doc[start:ent.end]):
        return ent  # "Chevy Chase": a verb-like first word stays unless the rest is named on its own
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _named_alone(rest: Span) -> bool:
    """Whether the document names the rest of a span as a name of its own, or ending one."""
    text, last = rest.text, rest[-1].text
    others = [e for e in rest.doc.ents if not (e.start <= rest.start and e.end >= rest.end)]
    return any(e.text in {text, last} or e.text.endswith(" " + last) for e in others)


def _leading_title(token, rest: int) -> bool:
    """A title of office before a full name of ``rest`` >= 2 words ("Lawyer Ann Hale", not "Earl
    Hale") or before a lone surname when the title is no given name (``OFFICE_TITLES``), or a word
    WordNet knows only as an adjective or only as a verb ("Historic", "Enter"), capitalised at the
    start of a name."""
    if not token.text.istitle() or not token.is_alpha:
        return False
    if abbreviated(token):
        return rest >= 2  # "Det Sgt Tom Reed": titles written short, without their stops
    if wordnet.synsets(token.lower_, "n"):
        return (rest >= 2 or token.lower_ in OFFICE_TITLES) and _title_word(token)
    return bool(wordnet.synsets(token.lower_, "a")) != bool(wordnet.synsets(token.lower_, "v"))


# Titles of office that are no given names, so they leave even a lone surname after them
# ("Deputy Ruiz" is "Ruiz"; "Earl Hale" or "King Hale" may be a given name and a surname).
OFFICE_TITLES = frozenset({
    "deputy", "sheriff", "undersheriff", "officer", "detective", "sergeant", "lieutenant", "captain", "inspector",
    "constable", "trooper", "judge", "senator", "governor", "mayor", "minister", "president", "councilman",
    "councilwoman", "councillor", "commissioner", "coach", "prosecutor", "superintendent", "chancellor",
})


def _title_word(token) -> bool:
    """A title's noun, not a name WordNet knows ("Russell" of a philosopher)."""
    senses = wordnet.synsets(token.lower_, "n")
    return bool(senses) and not any(p == "@i" for p, _, _ in senses[0].pointers) and is_title_word(token)


def kind_by_context(ent: Span, people: set[str]) -> str | None:
    """The kind the words around a "person" give it, when they make it no person: after "in",
    "near" or a verb of motion, in an address, in apposition to or after a noun of place ("the
    capital, X", "the villages X and Y"), before one ("the X district"): a place (GPE); after an
    article ("the X Glacier", "the X Herald"): a place, a building or a body by its last word.

    A one-word "organisation" WordNet does not know is a place in the same contexts ("in Millom").

    Args:
        ent: a span the tagger labelled PERSON or ORG.
        people: words of the people the document names in full, and names given an honorific;
            such a word is left alone.

    Returns:
        "GPE", "LOC", "FAC" or "ORG", or None to keep the label.
    """
    if ent.label_ == "ORG" and _unknown_word(ent):
        return "GPE" if _after_preposition(ent) or _in_address_of_place(ent) else None
    if ent.label_ != "PERSON" or _person_context(ent) or (len(ent) == 1 and ent.text in people):
        return None
    if _article_before(ent, adjectives=True) and _kind_of_head(ent):
        return _kind_of_head(ent)
    if _article_before(ent):
        return _kind_of_last_word(ent)
    return "GPE" if _place_name(ent.text) or _placed(ent) else None


@functools.lru_cache(maxsize=2048)
def _place_name(name: str) -> bool:
    """A name WordNet knows only as a place's ("Wales"; not "Paris", also a Trojan prince)."""
    senses = wordnet.synsets(name.replace(" ", "_").lower(), "n")
    return bool(senses) and all(s.lexname == "noun.location" and any(p == "@i" for p, _, _ in s.pointers)
                                for s in senses)


def _unknown_word(ent: Span) -> bool:
    """One capitalised word WordNet does not know, in lower case or as a name ("Millom"): an
    "organisation" of such a word after "in" is a place; "in Parliament" or "in Hamas" is not."""
    return len(ent) == 1 and ent.text.istitle() and wordnet.available() \
        and not any(wordnet.synsets(ent.text.lower(), pos) for pos in ("n", "v", "a", "r"))


def _placed(ent: Span) -> bool:
    """Words around a name that make it a place (see ``kind_by_context``)."""
    if not wordnet.available():
        return False
    return _after_preposition(ent) or _of_a_place(ent) or _in_address_of_place(ent) or _goes_to(ent) \
        or named_as_a_place(ent) or _after_place_noun(ent) or _before_place_noun(ent)


def _after_preposition(ent: Span) -> bool:
    """Right after "in", "near", ... or after one and "the" or an adjective ("in central X");
    not "at", after which news puts people too ("shouted at X")."""
    doc = ent.doc
    if _owner_or_modifier(ent):
        return False  # "in Hale and Roe's musical", "in full Ann Hale costume"
    before = [t.lower_ for t in doc[max(ent.start - 2, 0):ent.start]]
    places = LOCATIVE_PREPOSITIONS - {"at"}
    if before and before[-1] in places:
        return True
    return len(before) == 2 and before[0] in places and (before[1] == "the" or doc[ent.start - 1].pos_ == "ADJ")


def _owner_or_modifier(ent: Span) -> bool:
    """A name that owns or modifies what follows it: a possessive after it or after a name joined
    to it by "and", or a noun right after it."""
    doc = ent.doc
    following = [t.text for t in doc[ent.end:ent.end + 4]]
    if following[:1] and following[0] in {"'s", "’s", "'", "’"}:
        return True
    if following[:1] == ["and"] and any(w in {"'s", "’s"} for w in following[1:]):
        return True
    return ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and doc[ent.end].is_lower


def _goes_to(ent: Span) -> bool:
    """The object of "to" or "from" right after a verb of motion ("moved to X"); a verb's direct
    object may be a person ("chase X"), and so may the object of a noun's "to" ("an offer to X")."""
    doc = ent.doc
    right_after = ent.start >= 2 and doc[ent.start - 1].lower_ in {"to", "from"} and doc[ent.start - 2].pos_ == "VERB"
    return right_after and ent.root.dep_ == "pobj" and destination(ent)  # not "an offer to X"


def _person_context(ent: Span) -> bool:
    """An honorific or a title right before the name, or an age right after it ("Ann Hale, 45,")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_.rstrip(".") in PERSON_HONORIFICS or is_title_word(before)):
        return True
    after = doc[ent.end:ent.end + 2]
    return len(after) == 2 and after[0].text == "," and after[1].like_num


def _article_before(ent: Span, adjectives: bool = False) -> bool:
    """"the" before the name, or with ``adjectives`` before adjectives before it ("the respected
    X"), which is neither plural nor a possessive's owner ("the Kennedys", "the Hales' house")."""
    doc = ent.doc
    inside = len(ent) > 1 and ent[0].lower_ == "the"  # the tagger may take the article in
    i = ent.start - 1
    while adjectives and i > 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1  # "the respected X"
    if not (inside or (i >= 0 and doc[i].lower_ == "the")) or ent[-1].tag_ == "NNPS":
        return False
    return not (ent.end < len(doc) and doc[ent.end].text in {"'s", "’s", "'", "’"})


def _kind_of_head(ent: Span) -> str | None:
    """The kind of a name modifying the noun after it ("the X newspaper", "the X warehouse": the
    body that owns or publishes it; "the X district": a place); None for no such noun."""
    doc = ent.doc
    head = doc[ent.end] if ent.end < len(doc) else None
    if head is None or not head.is_lower or head.pos_ != "NOUN" or not wordnet.available():
        return None
    senses = wordnet.synsets(head.lemma_.lower(), "n")
    lexname = senses[0].lexname if senses else None
    if lexname == "noun.location":
        return "GPE"
    return "ORG" if lexname in {"noun.communication", "noun.group", "noun.artifact"} else None


def _kind_of_last_word(ent: Span) -> str | None:
    """A place for a natural thing or a place noun ("Glacier"), a building for a made thing or a
    word WordNet lacks ("Bivvy"), otherwise a body ("Line", "Herald")."""
    word = ent[-1].lower_
    senses = wordnet.synsets(word, "n")
    if not wordnet.available():
        return None
    if not senses:
        return "FAC" if len(ent) > 1 else None
    instance = any(p == "@i" for p, _, _ in senses[0].pointers)
    lexname = senses[0].lexname
    if lexname in PLACE_LEXNAMES:
        return "LOC"
    if lexname == THING_LEXNAME:
        return "FAC"
    if instance and lexname == "noun.person":
        return None  # "the Hale" of a surname WordNet knows: leave it
    return "ORG"


def _in_address_of_place(ent: Span) -> bool:
    """An address ("X, Cumbria", "Newton Street, X", "an X-based firm"): the place before the comma
    must be tagged a place, since "the Glacier, Hale said" puts a person after a comma too."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ not in {"GPE", "LOC", "FAC"}:
        return in_address(Span(doc, ent.start, ent.end)) and not (doc[ent.start - 2].pos_ == "PROPN")
    return in_address(ent)


def _of_a_place(ent: Span) -> bool:
    """The object of "of" after a noun of place ("the port city of X", "the neighbourhood of X")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    noun = doc[ent.start - 2]
    determined = any(c.dep_ == "det" for c in noun.children)  # "the city of X", not "in front of X"
    return noun.pos_ == "NOUN" and noun.is_lower and determined and _place_noun(noun.lemma_.lower())


def _after_place_noun(ent: Span) -> bool:
    """A name right after a lower-case noun of place, or after one and names joined by "and"
    ("the villages X and Y")."""
    doc, i = ent.doc, ent.start - 1
    if i > 0 and doc[i].text == "," and ent.end < len(doc) and doc[ent.end].is_punct:
        i -= 1  # "the capital, X,"
    while i > 1 and doc[i].lower_ in {"and", ","} and doc[i - 1].ent_type_:
        i -= 1
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        i -= 1
    return i >= 0 and doc[i].is_lower and doc[i].pos_ == "NOUN" and _place_noun(doc[i].lemma_.lower())


def _before_place_noun(ent: Span) -> bool:
    """A name right before a lower-case noun of place it modifies ("the X district")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.is_lower and after.pos_ == "NOUN" and ent.root.head.i == after.i \
        and _place_noun(after.lemma_.lower())


@functools.lru_cache(maxsize=2048)
def _place_noun(lemma: str) -> bool:
    """A noun one of whose two commonest senses is a place ("district", "village", "city"), by WordNet."""
    return any(s.lexname == "noun.location" for s in wordnet.synsets(lemma, "n")[:2])


def common_words_opening(ent: Span, people: set[str]) -> bool:
    """A "person" made of common words that opens its sentence ("Riot police fired ...", "Arson
    is suspected", "Story Created: ...") and that the document never writes with a capital
    inside a sentence: a capital the sentence's start explains is no name.

    Args:
        ent: a named-entity span.
        people: words of the people the document names in full, which are names.

    Returns:
        True for such a span; False without WordNet.
    """
    if ent.label_ != "PERSON" or ent.start != ent.sent.start:
        return False
    words = [t for t in ent if t.is_alpha]
    if not words or any(t.text in people for t in words) or not all(_common_word(t.lower_) for t in words):
        return False
    first = words[0].text
    return not any(t.text == first and t.i != t.sent.start for t in ent.doc if t.i != words[0].i)


def person_by_context(ent: Span) -> bool:
    """An "organisation", "building" or "place" the words around it make a person: an honorific
    or an age before it ("Miss Ann Hale", "25-year-old Hale"), an age after it ("Hale, 45,"), a
    noun for a kind of person right before it ("protester Ann Hale") or in apposition after it
    ("Ann Hale, a public sector worker"). A country, a known place (``gazetteer``) and a place
    after "in" (whose apposition is often the next person's) are left alone.

    Args:
        ent: a named-entity span labelled ORG, FAC or GPE.

    Returns:
        True for such a span.
    """
    if ent.label_ not in {"ORG", "FAC", "GPE"} or not ent.text[:1].isupper() or country_of(ent.text):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if len(ent) > 1 and ent[0].lower_.rstrip(".") in PERSON_HONORIFICS:
        return True  # the tagger took the honorific in: "Miss Ann Hale"
    if before is not None and (before.lower_.rstrip(".") in PERSON_HONORIFICS or _aged(ent)
                               or (before.is_lower and before.pos_ == "NOUN" and _kind_of_person(before.lemma_))):
        return True
    if _person_context(ent):
        return True
    if ent.label_ == "GPE" and _after_preposition(ent):
        return False  # "In Cape Town, police spokesman Ann Hale said": the apposition is hers
    return any(c.dep_ == "appos" and c.i >= ent.end and c.pos_ == "NOUN" and _kind_of_person(c.lemma_.lower())
               for c in ent.root.children)


def _aged(ent: Span) -> bool:
    """An age right before the name, as one token or split at its hyphens ("25-year-old")."""
    doc = ent.doc
    if ent.start > 0 and AGED.fullmatch(doc[ent.start - 1].text):
        return True
    words = "".join(t.text for t in doc[max(ent.start - 5, 0):ent.start])
    return bool(re.search(r"\d{1,3}-years?-old$", words))


@functools.lru_cache(maxsize=2048)
def _kind_of_person(lemma: str) -> bool:
    """A noun whose commonest sense is a kind of person ("protester", "worker", "clerk")."""
    senses = wordnet.synsets(lemma, "n")
    return bool(senses) and senses[0].lexname == "noun.person" and not any(p == "@i" for p, _, _ in senses[0].pointers)
