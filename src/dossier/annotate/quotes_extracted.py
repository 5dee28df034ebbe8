"""A cue in a relative clause whose complement lost a word to the relative pronoun:
"a wall, which he said Mexico should pay for", "the marchers, whom she described as calm",
"a step they believe could help".

Part of quote finding (see ``quotes.py``). There the relative pronoun (or, in a reduced
relative, the noun the clause modifies) stands for the gap inside what the cue reports, so the
complement's own span runs back over the source and the cue, and no reader takes it. PolNeAR
marks such a content in two pieces, the pronoun (or noun phrase) and the rest of the complement
after the cue ("which || Mexico should pay for"); as where one cue introduces several
quotations, each piece is a quote of its own sharing the cue, which the evaluation joins. The
clause's subject is the source. An outer content that would swallow such a clause after a comma
stops before it, as PolNeAR does not nest attributions (``quotes_gaps.cut_before``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found
from dossier.annotate.quotes_gaps import gap_reading
from dossier.annotate.quotes_lexicon import cue_chars
from dossier.annotate.quotes_source import np_span

__all__ = ["from_extracted"]


def from_extracted(ctx: Context, cue: Token) -> list[Found]:
    """The two pieces of a content a relative pronoun was moved out of, or [] when the cue is not
    in such a relative clause.

    Args:
        ctx: the document's quote-finding context.
        cue: a verb (of the lexicon, or one the cue model is sure of).

    Returns:
        The pronoun's (or modified noun phrase's) quote and the complement's quote, sharing the
        cue and the clause's subject as source.
    """
    reading = gap_reading(cue)
    if reading is None:
        return []
    gap, rest, subject = reading
    doc = ctx.doc
    first = trim_and_snap(doc, gap, ctx.marks, anchor=cue.i)
    second = trim_and_snap(doc, rest, ctx.marks, anchor=cue.i)
    if first is None or second is None or second[0] <= cue.idx:
        return []
    chars = cue_chars(cue, until=second[0])
    source = np_span(subject)
    return [
        ctx.found(span, cue.i, nested_ok=True, cue=chars, source_tokens=source)
        for span in (first, second)
    ]
