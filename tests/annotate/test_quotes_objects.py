"""What a verb the cue model is sure of reports when the lexicon knows none of its complements:
the object of "at", "from" and the nominal prepositions, or a direct object. Sentences written
for these tests; the weights are set by hand so that only the parse decides."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes import find_quotes
from dossier.annotate.quotes_learned import using_model

from .sure_cues import sure_of


@pytest.fixture(scope="module")
def nlp():
    from dossier.annotate.model import load_base_model

    return load_base_model()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key, expected",
    [
        ("The senator lashed out at the new tariff plan.", "lash",
         ("The senator", "lashed out at", "the new tariff plan")),
        ("The governor distanced himself from the failed housing bill.", "distance",
         ("The governor", "distanced himself from", "the failed housing bill")),
        ("The candidate forwarded a cartoon about his rival.", "forward",
         ("The candidate", "forwarded", "a cartoon about his rival")),
    ],
)  # fmt: skip
def test_quotes_objects_prepositional_and_direct_objects_are_read(nlp, text, key, expected):
    with using_model(sure_of(key, add=0.6)):
        quotes = find_quotes(nlp(text), "d")
    assert [(q.source, q.cue, q.content) for q in quotes] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key",
    [
        ("The senator lashed out on Tuesday.", "lash"),  # a date says when, not what
        ("The senator hugged her.", "hug"),  # a bare pronoun object reports nothing
        # "according to" is for quotes_phrases to read or refuse
        ("Prisoners will be swapped according to the formula agreed last week.", "accord"),
    ],
)
def test_quotes_objects_no_content_no_quote(nlp, text, key):
    with using_model(sure_of(key, add=0.6)):
        assert find_quotes(nlp(text), "d") == []
