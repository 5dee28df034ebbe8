"""Fixtures shared by the annotation tests."""

import pytest

from dossier.annotate.quotes import find_quotes


@pytest.fixture(scope="module")
def base_nlp():
    """The pretrained pipeline alone, as the quote finder sees it."""
    from dossier.annotate.model import load_base_model

    return load_base_model()


@pytest.fixture
def quote_triples(base_nlp):
    """(source, cue, content) of every quote found in a text."""

    def triples(text):
        return [(q.source, q.cue, q.content) for q in find_quotes(base_nlp(text), "d1")]

    return triples
