"""A helper for the speaker tests: who the finder names as the speaker of one quote."""

from __future__ import annotations


def speaker_of(nlp, text: str, content_part: str) -> str | None:
    """The speaker of the one quote whose content holds ``content_part``; fails unless exactly one does."""
    from dossier.annotate.quotes import find_quotes

    doc = nlp(text)
    quotes = [quote for quote in find_quotes(doc, "d1") if content_part in quote.content]
    if len(quotes) != 1:
        raise AssertionError(f"expected one quote holding {content_part!r}, got {quotes}")
    return quotes[0].speaker
