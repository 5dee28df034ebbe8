"""Label lines (quotes_pipeline_labels): "Place: news" and "Person in the news: news" are no
quotes in a dossier, "Speaker: words in the first person" is one."""

from __future__ import annotations

import pytest

from .pipeline_quotes import found_and_kept

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Springfield: Bridge Closed After Lorry Crash", (True, False)),
        ("Jane Roe: Teacher Held Over School Fire", (True, False)),
        ("Mayor Roe: we will rebuild the bridge by summer", (True, True)),
    ],
)
def test_quotes_pipeline_labels_topic_or_speaker(nlp, text, expected):
    assert found_and_kept(nlp, text, ":") == expected
