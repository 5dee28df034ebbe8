"""Speakers a reader would not accept: headline nouns, several sources at once, outlets.

Part of the pipeline's quote filter (see ``quotes_speech``), run on quotes already kept. Speaker
resolution (``quotes_speakers``) takes a source made of capitalised words for a name, and the
first name of a coordinated source for the whole. A fourth review of eight short ECB+ stories
found three kinds of speaker no reader would accept:

- a headline's common noun: "Driver Charged ...", "Filmmaker says he cannot commit": a word that
  opens its sentence is capitalised by position, so a capital there is no sign of a name. A
  single word that opens its sentence, that no named entity covers as a person, that is no short
  form of a person named in the article nor capitalised elsewhere inside a sentence, and whose
  commonest WordNet sense is a person or a group, is a role or a body, and the quote has no named
  speaker;
- several sources joined by "and" ("the director and two trade papers are reporting that ..."):
  one of them is not the speaker of all, so the quote has no single named speaker;
- a news outlet ("The Daily Courier reports", "according to the Evening Post"): an outlet relays
  what its sources told it, so it is the quote's ``via``, not its speaker. An outlet is an
  organisation whose name ends in a word mastheads use (English newspaper naming), is given as a
  web site ("Courier.com") or after a word for an outlet ("the blog The Ledger"), or is an
  abbreviation made of the initials of such a name given earlier ("The Hill Reporter" ... "THR").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from dossier import models
from dossier.annotate import wordnet

# Last words of English newspaper, agency and broadcaster names ("The Daily Courier", "Evening
# Post", "Channel 9 News"); mastheads reuse a small stock of such words.
MASTHEAD_WORDS = frozenset(
    """times post news herald tribune journal gazette chronicle telegraph reporter courier
    inquirer examiner dispatch bulletin observer guardian independent register sentinel
    union-tribune daily weekly press wire agency magazine newspaper""".split()
)
# Lexicographer files of a common noun's commonest sense naming a role or a body ("driver",
# "jury"); names that are also common nouns mostly name things ("Apple", "Shell").
ROLE_LEXNAMES = frozenset({"noun.person", "noun.group"})
# Web endings that make a name a site ("Courier.com"), as the tokenizer leaves them.
WEB_SUFFIXES = frozenset({".com", ".net", ".org", ".co.uk"})
# Nouns for an outlet set before its name ("the blog The Ledger").
MEDIA_NOUNS = frozenset(
    "blog website site newspaper paper magazine tabloid outlet network channel broadcaster".split()
)
# Determiners and punctuation skipped when taking a name's initials ("The Hill Reporter": HR/THR).
SKIPPED_WORDS = frozenset({"the", "of", "&", "and", "-"})


def checked_speakers(quotes: Iterable[models.Quote], doc: Doc) -> list[models.Quote]:
    """The quotes with speakers no reader would accept removed or moved (see module docstring).

    Args:
        quotes: quotes kept for the document, with speakers resolved.
        doc: the parsed document they were found in.

    Returns:
        The same quotes in the same order: a headline noun or a coordinated source loses its
        speaker; an outlet becomes the ``via`` of a quote with no speaker.
    """
    outlets = outlet_names(doc)
    return [_checked(quote, doc, outlets) for quote in quotes]


def _checked(quote: models.Quote, doc: Doc, outlets: dict[str, str]) -> models.Quote:
    if quote.speaker is None or quote.source_start is None or quote.source_end is None:
        return quote
    source = doc.char_span(quote.source_start, quote.source_end, alignment_mode="expand")
    if source is None:
        return quote
    if is_headline_noun(source, quote.speaker) or is_coordinated(source):
        return dataclasses.replace(quote, speaker=None)
    outlet = outlet_of(source, outlets)
    if outlet is not None:
        return dataclasses.replace(quote, speaker=None, via=quote.via or outlet)
    return quote


def is_headline_noun(source: Span, speaker: str) -> bool:
    """Whether a one-word source is a common noun capitalised by its place: "Driver Charged".

    Args:
        source: the source's tokens.
        speaker: the speaker resolved for it.

    Returns:
        True when the source is one word opening its sentence, equal to the speaker (so no
        longer name was found for it), never capitalised inside a sentence elsewhere in the
        article, and a common noun whose commonest WordNet sense is a person or a group ("a
        driver", "a jury"); False otherwise, and always when WordNet is absent.
    """
    words = [token for token in source if not token.is_punct]
    if len(words) != 1 or speaker != words[0].text:
        return False
    word = words[0]
    if word.i != word.sent.start or _capitalised_elsewhere(word):
        return False
    senses = wordnet.synsets(word.lower_, "n")[:1]
    return bool(senses) and senses[0].lexname in ROLE_LEXNAMES


def _capitalised_elsewhere(word: Token) -> bool:
    """Whether the word recurs capitalised inside a sentence: names keep their capital."""
    return any(
        token.text == word.text and token.i != token.sent.start
        for token in word.doc
        if token.i != word.i
    )


def is_coordinated(source: Span) -> bool:
    """Whether a source joins two or more speakers by "and": "the mayor and the Daily Courier".

    Args:
        source: the source's tokens.

    Returns:
        True when the source's head has a conjunct inside the source and an "and" or "or"
        between them.
    """
    root = source.root
    conjuncts = [child for child in root.children if child.dep_ == "conj"]
    inside = [token for token in conjuncts if source.start <= token.i < source.end]
    joined = any(child.dep_ == "cc" and child.lower_ in ("and", "or") for child in root.children)
    return bool(inside) and joined


def outlet_of(source: Span, outlets: dict[str, str]) -> str | None:
    """The outlet a source names, if it is one: a masthead name or its abbreviation.

    Args:
        source: the source's tokens.
        outlets: outlet names of the document and their abbreviations (``outlet_names``).

    Returns:
        The outlet's name (an abbreviation given in full), None when the source is no outlet.
    """
    words = [token for token in source if not token.is_punct and token.lower_ != "the"]
    if not words or any(token.pos_ not in ("PROPN", "NOUN") for token in words):
        return None
    text = source.doc[words[0].i : words[-1].i + 1].text
    if text in outlets:
        return outlets[text]
    if words[-1].pos_ == "PROPN" and _is_masthead(words[-1].lower_):
        return text
    return None


def outlet_names(doc: Doc) -> dict[str, str]:
    """Outlet names in a document, and the initials standing for them ("THR").

    Args:
        doc: a parsed document.

    Returns:
        Name or initials -> the outlet's name, for runs of capitalised proper nouns (NER often
        misses a masthead) ending in a masthead word, given as a web site, or set after a word
        for an outlet.
    """
    names: dict[str, str] = {}
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.text[:1].isupper():
            run.append(token)
            continue
        if run and (_is_masthead(run[-1].lower_) or _is_called_outlet(run)):
            full = doc[run[0].i : run[-1].i + 1].text
            names[full] = full
            the = run[0].i > 0 and doc[run[0].i - 1].lower_ == "the"
            for initials in _initials(run, the):
                names.setdefault(initials, full)
        run = []
    return names


def _is_called_outlet(run: list[Token]) -> bool:
    """A name given as a web site ("Courier.com", "Courier. com") or set after a word for an
    outlet ("the blog The Ledger", "the website Springfield Today")."""
    doc = run[0].doc
    after = doc[run[-1].i + 1 : run[-1].i + 3]
    if after.text.replace(" ", "").lower() in WEB_SUFFIXES:
        return True
    if any(run[-1].lower_.endswith(suffix) for suffix in WEB_SUFFIXES):
        return True
    before = [token for token in doc[max(run[0].i - 2, 0) : run[0].i] if token.lower_ != "the"]
    return bool(before) and before[-1].lower_ in MEDIA_NOUNS


def _initials(words: list[Token], the: bool) -> set[str]:
    kept = [token.text for token in words if token.lower_ not in SKIPPED_WORDS]
    short = "".join(word[0] for word in kept).upper()
    return {form for form in (short, "T" + short if the else short) if len(form) >= 2}


def _is_masthead(word: str) -> bool:
    return word in MASTHEAD_WORDS or any(word.endswith(end) for end in ("news", "-tribune"))
