"""Relayed attributions: "X, the minister told reporters, Reuters reported" is the minister's, via Reuters.

Part of quote finding (see ``quotes.py``). An outlet that cites an agency that cites an official
writes the two attributions one after the other, the agency's last: its content then holds the
official's whole attribution. Both stay found (PolNeAR annotates the nested one too), but the
official's quote is told through the agency, as a "citing" chain is (``Found.via_tokens``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.annotate.quotes_found import Found

# Characters that may lie between the inner attribution's end and the relaying cue's source: ", ".
GAP = frozenset(" ,")


def mark_relays(doc: Doc, found: list[Found]) -> None:
    """Give an attribution the source that relays it as its ``via``: the relaying item's content
    starts where its own does and takes in its cue and source, and the relaying source follows
    the inner one across a comma only ("..., Oktay told reporters, Reuters reported").

    Args:
        doc: the parsed document.
        found: the quotes found so far; updated in place.
    """
    text = doc.text
    for inner in found:
        if inner.via_tokens is not None or inner.cue is None or inner.source is None:
            continue
        end = max(inner.cue[1], inner.source[1])
        for outer in found:
            if outer is inner or outer.source_tokens is None or outer.source is None or outer.cue is None:
                continue
            if outer.content[0] == inner.content[0] and inner.content[1] < end <= outer.content[1] \
                    and outer.source[0] > end and _only_gap(text, outer.content[1], outer.source[0]) \
                    and _names_a_relay(doc, outer.source_tokens):
                inner.via_tokens = outer.source_tokens
                break


def _only_gap(text: str, start: int, end: int) -> bool:
    return all(char in GAP for char in text[start:end])


def _names_a_relay(doc: Doc, tokens: tuple[int, int]) -> bool:
    """Whether a source is a named body (an agency, a broadcaster), not a person reporting."""
    return any(ent.label_ == "ORG" for ent in doc[tokens[0]:tokens[1]].ents) \
        or all(t.pos_ == "PROPN" for t in doc[tokens[0]:tokens[1]] if not t.is_punct) \
        and not any(ent.label_ == "PERSON" for ent in doc[tokens[0]:tokens[1]].ents)
