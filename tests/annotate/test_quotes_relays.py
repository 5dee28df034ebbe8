"""Relayed attributions (quotes_relays), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes import find_quotes


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, speaker_via",
    [
        # an agency relaying an official: the official's words, via the agency
        ("The number of dead in the province had reached 412 by Friday evening, Governor Lena Varga told "
         "reporters, Reuters reported.", ("Lena Varga", "Reuters")),
        # one attribution alone relays nothing
        ("The number of dead in the province had reached 412 by Friday evening, Governor Lena Varga told "
         "reporters.", ("Lena Varga", None)),
    ],
)
def test_quotes_relays_an_agency_relaying_an_official(base_nlp, text, speaker_via):
    quotes = find_quotes(base_nlp(text), "d1")
    inner = [q for q in quotes if q.content.endswith("Friday evening")]
    assert [(q.speaker, q.via) for q in inner] == [speaker_via]
