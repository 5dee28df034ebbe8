"""Helpers for the speaker tests: who the finder names as the speaker of one quote, and the source
span ``quotes_source.source_of`` reads for one cue word."""

from __future__ import annotations


def speaker_of(nlp, text: str, content_part: str) -> str | None:
    """The speaker of the one quote whose content holds ``content_part``; fails unless exactly one does."""
    from dossier.annotate.quotes import find_quotes

    doc = nlp(text)
    quotes = [quote for quote in find_quotes(doc, "d1") if content_part in quote.content]
    if len(quotes) != 1:
        raise AssertionError(f"expected one quote holding {content_part!r}, got {quotes}")
    return quotes[0].speaker


def source_text(nlp, text: str, verb: str) -> str | None:
    """The text of the source ``source_of`` finds for the first token written ``verb``, or None."""
    from dossier.annotate.quotes_source import source_of

    doc = nlp(text)
    cue = next(token for token in doc if token.text == verb)
    span = source_of(cue)
    return None if span is None else doc[span[0] : span[1]].text
