"""Time expressions that are points of reference, not the date of an event.

"Since 2022", "until 10 August", "through 2031", "as of Tuesday", "before the vote on Sunday": such a date bounds
or compares, and dates no event of its sentence. Split from ``dating`` (which decides which date
dates which event) because other stages ask the same question: the lead date of an article, and
the days that mark a clause as a dated report.
"""

from __future__ import annotations

from spacy.tokens import Span

# "through 2031" bounds a span as "until 2031" does ("is guaranteed to earn $30 million through 2031").
REFERENCE_WORDS = ({"since"}, {"until"}, {"till"}, {"through"}, {"by"}, {"before"}, {"after"}, {"as", "of"},
                   {"prior", "to"}, {"ahead", "of"})
# Words that may stand between "since" and the time expression closing its noun phrase.
NOUN_PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "PART", "NUM", "CCONJ"})
SINCE_REACH = 10


def is_reference(span: Span) -> bool:
    """Whether the words before a time expression make it a reference point ("since 2022")."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 2): span.start]]
    inside = [t.lower_ for t in span[:2]]
    for words in REFERENCE_WORDS:
        for window in (before[-len(words):], inside[:len(words)]):
            if set(window) == words and len(window) == len(words):
                return words != {"by"} or not _tally_by(span)
    return _ends_since_phrase(span)


def _tally_by(span: Span) -> bool:
    """Whether "by" closes a tally on its day: "had reached 5,000 by Tuesday evening", "By Monday night,
    officials had counted 40 deaths". A perfect tells the state holding at that time, so the time
    dates it (a deadline reading anchored on that day), where "must leave by Friday" or "affected
    by Tuesday's quake" only bound or name."""
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _ends_since_phrase(span: Span) -> bool:
    """Whether a time expression closes a "since ..." phrase of nouns, which it dates: "the biggest
    spill since the Exxon Valdez disaster in Alaska in 1989" (parsers hang "in 1989" on the verb)."""
    doc = span.doc
    for token in reversed(doc[max(span.sent.start, span.start - SINCE_REACH): span.start]):
        if token.lower_ in {"since", "until", "till"}:
            return True
        if token.pos_ not in NOUN_PHRASE_POS or token.text in {",", ";", ":"}:
            return False
    return False
