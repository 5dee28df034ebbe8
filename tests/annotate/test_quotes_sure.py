"""What a sure verb no reader frames reports (quotes_sure.read_plainly): the clause or predicate
after it, else the words of its sentence before it, never an addressee or an adverbial clause.
Sentences written for these tests; the reading is called directly, so no weights are needed."""

from __future__ import annotations

import pytest

from dossier.annotate.model import load_base_model
from dossier.annotate.quotes_found import Context
from dossier.annotate.quotes_marks import pair_quote_marks
from dossier.annotate.quotes_sure import read_plainly
from dossier.config import Settings


@pytest.fixture(scope="module")
def base_nlp():
    return load_base_model(Settings().model)


def _read(nlp, text: str, word: str) -> tuple[str, str] | None:
    doc = nlp(text)
    ctx = Context(doc, doc.text, pair_quote_marks(doc.text), [s.start for s in doc.sents])
    found = read_plainly(ctx, next(t for t in doc if t.text == word))
    if found is None:
        return None
    return text[found.cue[0]:found.cue[1]], text[found.content[0]:found.content[1]]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The bridge, the engineer said, needs new cables.", "said", ("said", "The bridge")),
        ("The council seems unlikely to approve the budget.", "seems",
         ("seems", "unlikely to approve the budget")),
        ("The governor addressed her staff on Monday.", "addressed", None),  # an addressee
        ("Asked whether he would run again, the mayor smiled.", "smiled", None),  # adverbial
    ],
)
def test_quotes_sure_reads_plainly(base_nlp, text, word, expected):
    assert _read(base_nlp, text, word) == expected
