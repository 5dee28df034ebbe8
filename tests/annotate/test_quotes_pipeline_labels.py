"""Label lines (quotes_pipeline_labels): "Place: news" and "Person in the news: news" are no
quotes in a dossier, "Speaker: words in the first person" is one."""

from __future__ import annotations

import pytest

from dossier.models import Document

pytestmark = pytest.mark.slow


def _found_and_kept(nlp, text: str) -> tuple[bool, bool]:
    from dossier.annotate.pipeline import annotate
    from dossier.annotate.quotes import find_quotes

    doc = annotate(nlp, Document(doc_id="q", text=text))
    found = any(quote.cue == ":" for quote in find_quotes(doc, "q"))
    kept = any(quote.cue == ":" for quote in doc._.dossier_quotes)
    return found, kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Springfield: Bridge Closed After Lorry Crash", (True, False)),
        ("Jane Roe: Teacher Held Over School Fire", (True, False)),
        ("Mayor Roe: we will rebuild the bridge by summer", (True, True)),
    ],
)
def test_quotes_pipeline_labels_topic_or_speaker(nlp, text, expected):
    assert _found_and_kept(nlp, text) == expected
