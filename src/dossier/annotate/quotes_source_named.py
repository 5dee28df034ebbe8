"""No speaker for a cue in a passive clause on a noun: the noun is what is named or judged.

Part of quote finding (see ``quotes.py``). "a book titled ...", "a series called ...", "a senator
who was lambasted for ...": the rules read the noun a clause hangs on as its speaker, which holds
for active clauses ("officials familiar with the talks said") but not for passives, whose noun is
what the clause is about. The source is dropped after the cue model has judged the quote (it
reads the source as evidence of a passive), so cues and contents stay as they were.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from dossier.annotate.quotes_found import Found
from dossier.annotate.quotes_source import is_passive_clause

# Parts of speech of the noun a passive clause may hang on.
NOUN_POS = frozenset({"NOUN", "PROPN"})


def without_named_things(doc: Doc, found: list[Found]) -> list[Found]:
    """The quotes, with no source where the cue is a passive clause on the noun the source
    holds ("a book titled ..."), unless a ``by`` agent was read as the source."""
    return [_without_named_thing(doc, item) for item in found]


def _without_named_thing(doc: Doc, item: Found) -> Found:
    if item.source is None or item.cue is None:
        return item
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    source = doc.char_span(*item.source, alignment_mode="expand")
    if cue is None or source is None:
        return item
    for verb in cue:
        noun = verb.head
        if noun.pos_ in NOUN_POS and is_passive_clause(verb) and source.start <= noun.i < source.end:
            return dataclasses.replace(item, source=None, source_tokens=None)
    return item
