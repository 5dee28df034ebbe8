"""A word the cue model is sure of whose object moved out into a relative pronoun or the noun
its clause modifies (quotes_relative.from_relative_object), and a phrasal verb or a verb with a
preposition the readers take ("voted down", "believe in", "objected to"). Sentences written for
these tests; the weights are set by hand so that only the parse decides."""

from __future__ import annotations

import pytest

from .sure_cues import needs_wordnet, read_with


@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key, expected",
    [
        # the relative pronoun is the object; a verb outside the lexicon
        ("The budget was a compromise which the unions resented.", "resent",
         ("the unions", "resented", "which")),
        # no pronoun: the noun phrase the clause modifies
        ("Those are the decisions I regret most.", "regret",
         ("I", "regret", "the decisions")),
    ],
)  # fmt: skip
def test_relative_objects_areread_with(base_nlp, text, key, expected):
    assert read_with(base_nlp, text, key) == [expected]


@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key",
    [
        ("She still remembers the day the mayor resigned.", "resign"),  # a time, no object
        ("They toured the town where the senator campaigned.", "campaign"),  # "where"
        ("The voters who complained were ignored.", "complain"),  # the pronoun is the subject
        ("The fact that the mayor hesitated worried them.", "hesitate"),  # the noun's clause
    ],
)
def test_relative_objects_near_misses_are_notread_with(base_nlp, text, key):
    assert read_with(base_nlp, text, key) == []


@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key, expected",
    [
        ("The committee voted down the proposal on Tuesday.", "vote",
         ("The committee", "voted down", "the proposal")),
        ("Many farmers believe in a simpler tax code.", "believe",
         ("Many farmers", "believe in", "a simpler tax code")),
        ("The residents objected to the new highway.", "object",
         ("The residents", "objected to", "the new highway")),
    ],
)  # fmt: skip
def test_prepositions_the_readers_take(base_nlp, text, key, expected):
    assert read_with(base_nlp, text, key) == [expected]


@needs_wordnet
@pytest.mark.slow
def test_particle_without_object_is_not_read(base_nlp):
    # "down" with no object after it leaves nothing reported
    assert read_with(base_nlp, "The old senator stepped down last year.", "step") == []


@pytest.mark.slow
def test_contrast_clause_is_a_second_attribution(quote_triples):
    # "while" sets a second speaker against the first: two attributions, neither nested
    quotes = quote_triples(
        "The mayor says the city needs 800 more shelters, while her rival says it needs none."
    )
    assert ("The mayor", "says", "the city needs 800 more shelters") in quotes
    assert ("her rival", "says", "it needs none") in quotes


@pytest.mark.slow
def test_while_clause_without_a_cue_stays_in_the_content(quote_triples):
    quotes = quote_triples("The mayor said the city grew, while its suburbs shrank.")
    assert quotes == [("The mayor", "said", "the city grew, while its suburbs shrank")]


@pytest.mark.slow
def test_stance_in_a_while_clause_stays_in_the_poll_content(quote_triples):
    # a poll's second finding is still the poll's: the stance is no second speaker
    quotes = quote_triples(
        "The survey found that farmers favored the tariff, while bankers opposed it."
    )
    assert [content for _, cue, content in quotes if cue == "found"] == [
        "that farmers favored the tariff, while bankers opposed it"
    ]
