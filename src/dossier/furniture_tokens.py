"""Page furniture on a tokenized text: a sentence of its own, and never a name.

``dossier.furniture`` finds timestamps, wire datelines, photo credits and page addresses in the
text; events already skip them. Before the parser and the entity recognizer run, they also need
marking on the tokens: glued to the lead, a dateline ("PORTVILLE | Wed Feb 7 , 2018 9:12 am EST
PORTVILLE (Wire) -") became the lead sentence's subject, and the recognizer read "Wed Feb 7" as a
person, whom a later "he said" was then given to. So each piece of furniture is made one sentence,
the word after it starts the next, and its nameless parts (all but a dateline's place and agency
and a byline's name) are preset as an entity labelled ``FURNITURE``, which the recognizer keeps
and no name finder takes for a person, place or organisation.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from dossier.furniture import furniture_spans, nameless_spans

FURNITURE_LABEL = "FURNITURE"


def mark_furniture(doc: Doc) -> Doc:
    """Make each piece of page furniture a sentence of its own, tagged as no name.

    Args:
        doc: a tokenized text, not yet parsed nor tagged for entities.

    Returns:
        The same doc: sentence starts set around the furniture, and a ``FURNITURE`` entity over
        each nameless piece (the rest of the tokens left for the entity recognizer).
    """
    for span in furniture_token_spans(doc, furniture_spans):
        for token in span:
            token.is_sent_start = token.i == span.start
        if span.end < len(doc) and not doc[span.end].is_space:
            doc[span.end].is_sent_start = True
    nameless = furniture_token_spans(doc, nameless_spans)
    if nameless:
        doc.set_ents([Span(doc, span.start, span.end, FURNITURE_LABEL) for span in nameless])
    return doc


def furniture_token_spans(doc: Doc, find: Callable[[str], list[tuple[int, int]]]) -> list[Span]:
    """What ``find`` finds in each line of the doc, as token spans (only whole tokens inside)."""
    spans: list[Span] = []
    offset = 0
    for line in doc.text.split("\n"):
        for start, end in find(line):
            span = doc.char_span(offset + start, offset + end, alignment_mode="contract")
            if span is not None and len(span) and not (spans and span.start < spans[-1].end):
                spans.append(span)
        offset += len(line) + 1
    return spans
