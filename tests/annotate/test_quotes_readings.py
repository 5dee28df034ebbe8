"""What a word the cue model is sure of reports (quotes_readings): an addressee or a verbless
small clause after the verb is not what was said, while a named target still is. Sentences
written for these tests; the weights are set by hand so that only the parse decides."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes import find_quotes
from dossier.annotate.quotes_learned import using_model
from dossier.annotate.quotes_wordnet import names_people

from .sure_cues import needs_wordnet, sure_of

@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key",
    [
        ("The mayor scolded the contractors.", "scold"),  # people addressed
        ("The governor addressed her staff on Monday.", "address"),  # a group of people
        ("He found the city welcoming.", "find"),  # a small clause about the object
    ],
)
def test_quotes_readings_addressee_and_small_clause_are_not_content(base_nlp, text, key):
    with using_model(sure_of(key)):
        assert find_quotes(base_nlp(text), "d") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key, expected",
    [
        # A named target of an attack is what PolNeAR marks as its content.
        ("The senator hammered Roe over the budget.", "hammer",
         ("The senator", "hammered", "Roe")),
        ("The senator praised the new budget.", "praise",
         ("The senator", "praised", "the new budget")),
    ],
)  # fmt: skip
def test_quotes_readings_named_or_thing_object_is_content(base_nlp, text, key, expected):
    with using_model(sure_of(key)):
        quotes = find_quotes(base_nlp(text), "d")
    assert [(q.source, q.cue, q.content) for q in quotes] == [expected]


@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, index, expected",
    [
        ("The contractors left.", 1, True),  # noun.person
        ("The crowd left.", 1, True),  # a social group
        ("The plan failed.", 1, False),
        ("The city slept.", 1, False),
        ("Roe left.", 0, False),  # names are judged by their entity label, elsewhere
    ],
)
def test_quotes_readings_names_people(base_nlp, text, index, expected):
    assert names_people(base_nlp(text)[index]) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key, expected",
    [
        # "as" names what the object or the passive subject is said to be.
        ("The governor was cast as a reluctant reformer.", "cast",
         (None, "was cast as", "a reluctant reformer")),
        ("Her rivals painted the governor as a reluctant reformer.", "paint",
         ("Her rivals", "painted the governor as", "a reluctant reformer")),
    ],
)  # fmt: skip
def test_quotes_readings_as_phrase_is_content(base_nlp, text, key, expected):
    with using_model(sure_of(key)):
        quotes = find_quotes(base_nlp(text), "d")
    assert [(q.source, q.cue, q.content) for q in quotes] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key, expected",
    [
        ("Late in the evening the senator boomed: we will win this state.", "boom",
         ("the senator", "boomed:", "we will win this state")),
        ("Her plan includes: free meals for pupils and longer library hours.", "include",
         ("Her plan", "includes:", "free meals for pupils and longer library hours")),
    ],
)  # fmt: skip
def test_quotes_readings_colon_introduces_content(base_nlp, text, key, expected):
    with using_model(sure_of(key)):
        quotes = find_quotes(base_nlp(text), "d")
    assert [(q.source, q.cue, q.content) for q in quotes] == [expected]
