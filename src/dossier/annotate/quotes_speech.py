"""Which attributions a dossier shows as quotes: reported speech and thought, not every attribution.

The attribution finder (``quotes``) follows PolNeAR, whose attributions include stances and acts
with a noun phrase for content ("assailed the plan", "backed the bill"), and its cue model adds such
verbs. Measured on PolNeAR that is right, but in a dossier an analyst reads quotes as who said or
thought what, and there "Microsoft releases emergency patch", "the team fired its coach" or "the
president pardoned him" are no quotes. A second review of short ECB+ stories found about four in ten
stored quotes of that kind; 221 of 825 indirect ones had a content with no verb at all. So the
pipeline keeps a quote when its content is quoted (direct or mixed) or says something (holds a
verb: a clause), and leaves an indirect one whose content is a bare noun phrase out.

A third review (eight stories, 584 quotes) found about one in five kept quotes still no speech:
votes, plans, appearances, accusations ("a man accused of theft" names no speaker) and headline
labels ("Springfield: Bridge Closed"). The cue must therefore say or think
(``quotes_pipeline_cues``), and a bare colon must introduce words in the first or second person
(``quotes_pipeline_labels``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from dossier import models
from dossier.annotate.quotes_pipeline_cues import reports_speech
from dossier.annotate.quotes_pipeline_labels import is_label_line
from dossier.annotate.quotes_pipeline_speakers import checked_speakers


def reported_speech(quotes: Iterable[models.Quote], doc: Doc) -> list[models.Quote]:
    """The quotes that report speech or thought (see the module docstring).

    Args:
        quotes: quotes found in the document.
        doc: the parsed document they were found in.

    Returns:
        The quotes kept, in the order given; speakers a reader would not accept are removed or
        moved to ``via`` (``quotes_pipeline_speakers``).
    """
    kept = [q for q in quotes if _has_speech_content(q, doc) and _has_speech_cue(q, doc)]
    return checked_speakers(kept, doc)


def _has_speech_content(quote: models.Quote, doc: Doc) -> bool:
    if quote.kind != models.QuoteKind.INDIRECT:
        return True
    span = _span(doc, quote.content_start, quote.content_end)
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)


def _has_speech_cue(quote: models.Quote, doc: Doc) -> bool:
    """Whether the cue says or thinks, and a bare colon introduces someone's words."""
    if quote.cue_start is None or quote.cue_end is None:
        return True
    cue = _span(doc, quote.cue_start, quote.cue_end)
    content = _span(doc, quote.content_start, quote.content_end)
    if cue is None or content is None:
        return True
    if is_label_line(cue, content):
        return False
    source = None
    if quote.source_start is not None and quote.source_end is not None:
        source = _span(doc, quote.source_start, quote.source_end)
    return reports_speech(cue, source, content)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")
