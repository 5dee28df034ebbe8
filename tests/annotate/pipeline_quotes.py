"""A helper for the pipeline's quote-filter tests: did the finder find a quote, and did the pipeline keep it?"""

from __future__ import annotations

from dossier.models import Document


def found_and_kept(nlp, text: str, cue: str) -> tuple[bool, bool]:
    """Whether the finder found an attribution with this cue, and whether the pipeline kept it.

    Checking the finder first makes sure the pipeline's filter, not the finder, decides a case.
    """
    from dossier.annotate.pipeline import annotate
    from dossier.annotate.quotes import find_quotes

    doc = annotate(nlp, Document(doc_id="q", text=text))
    found = any(quote.cue == cue for quote in find_quotes(doc, "q"))
    kept = any(quote.cue == cue for quote in doc._.dossier_quotes)
    return found, kept
