"""A dossier's quotes are speech and thought: attributions of acts with a bare noun phrase stay out.

The attribution finder scores PolNeAR's broader notion; an analyst reading quotes wants who said or
thought what, not "the club fired its coach" shown as a quote.
"""

from __future__ import annotations

import pytest

from dossier.models import Document

pytestmark = pytest.mark.slow


def _quotes(nlp, text):
    from dossier.annotate.pipeline import annotate

    return annotate(nlp, Document(doc_id="q", text=text))._.dossier_quotes


@pytest.mark.parametrize(
    "text",
    [
        "The software maker releases an emergency update for its browser.",
        "The club fired its head coach on Saturday.",
        "The governor pardoned the former sheriff.",
    ],
)
def test_quotes_speech_an_act_on_a_noun_phrase_is_no_quote(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master said the quay would reopen on Monday.", "the quay would reopen on Monday"),
        ('"We are not leaving," the strikers told reporters.', '"We are not leaving,"'),
    ],
)
def test_quotes_speech_what_someone_said_stays(nlp, text, content):
    assert [q.content for q in _quotes(nlp, text)] == [content]
