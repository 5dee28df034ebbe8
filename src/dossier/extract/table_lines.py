"""Lines of a table of figures in wire copy: "Total dead: 38" under a heading "GHANA:".

Agencies send tolls as tables: a heading naming a place, then one line per figure, a short label,
a colon and the number ("Dead: 12", "Injured: 61", "Hospitalized: 6"). Each line is a sentence of
its own with no verb of harm, so the prose rules read none of it. Here:

- ``table_value``: the label words and the number of a table line;
- ``table_heading``: the place a line's figures are of, from the heading above the run of lines
  it stands in ("GHANA:" scopes the lines under it until the next heading).

``toll_phrases`` reads a line whose label counts the dead or wounded as a toll; ``count_scope``
scopes it to the heading's place; ``count_fates`` reads the fate from the same label.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.annotate.gazetteer import country_of, is_seat

MAX_LABEL_WORDS = 4
# How far up a run of table lines the heading is looked for.
MAX_LINES = 15
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _words(sent: Span) -> list[Token]:
    return [t for t in sent if not t.is_space]


def table_value(sent: Span) -> tuple[list[Token], list[Token]] | None:
    """The label and the value of a table line ("Total Dead: 38": ["Total", "Dead"], ["38"]).

    Args:
        sent: a sentence.

    Returns:
        (label tokens, value tokens), or None when the sentence is not a label, a colon and one
        number.
    """
    words = _words(sent)
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    if colon is None or not 1 <= colon <= MAX_LABEL_WORDS:
        return None
    value = [t for t in words[colon + 1:] if not t.is_punct or t.text in {",", "."}]
    if not value or not all(t.like_num or t.text in {",", "."} for t in value):
        return None
    label = words[:colon]
    if any(t.like_num for t in label):
        return None
    return label, value


def _heading(sent: Span) -> str | None:
    """A heading line naming a place: "GHANA:", "In Togo:", "Lagos:" -> the place as written: a
    known place, or a short name alone on its line (a table's headings are its parts)."""
    words = _words(sent)
    if len(words) < 2 or words[-1].text != ":" or len(words) - 1 > MAX_LABEL_WORDS:
        return None
    name = " ".join(t.text for t in words[:-1] if t.lower_ not in {"in", "the"})
    if not name:
        return None
    label = words[:-1]
    proper = all(t.is_alpha and t.text[0].isupper() and t.pos_ == "PROPN"
                 for t in label if t.lower_ not in {"in", "the"})
    if proper or country_of(name) or is_seat(name) or any(t.ent_type_ in PLACE_LABELS for t in label):
        return name
    return None


def table_heading(sent: Span) -> str | None:
    """The place a table line's figures are of: the heading above the run of table lines it
    stands in, or None when the line is no table line or no place heads its table.

    Args:
        sent: a sentence.

    Returns:
        The heading's place as written ("GHANA"), or None.
    """
    if table_value(sent) is None:
        return None
    doc = sent.doc
    current = sent
    for _ in range(MAX_LINES):
        if current.start == 0:
            return None
        current = doc[current.start - 1].sent
        heading = _heading(current)
        if heading is not None:
            return heading
        if table_value(current) is None:
            return None
    return None
