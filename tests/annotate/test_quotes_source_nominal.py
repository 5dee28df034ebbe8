"""Holders of a stance a noun names (quotes_source_nominal): a ``from`` object, and the giver in
a receiving frame ("won the backing of"). On sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def holder(base_nlp):
    """(holder, recipient) texts of the first noun with the given text."""
    from dossier.annotate.quotes_source_nominal import nominal_holder

    def read(text, noun):
        doc = base_nlp(text)
        token = next(token for token in doc if token.text == noun)
        spans = nominal_holder(token)
        return tuple(doc[a:b].text if (a, b) != (None, None) else None for a, b in (
            span or (None, None) for span in spans
        ))

    return read


@pytest.mark.slow
def test_nominal_holder_from_object(holder):
    text = "She dismissed advice from city officials to cancel the trip."
    assert holder(text, "advice") == ("city officials", None)


@pytest.mark.slow
def test_nominal_holder_receiving_frame_gives_the_of_object(holder):
    text = "The governor won the endorsement of the teachers union."
    assert holder(text, "endorsement") == ("the teachers union", "The governor")


@pytest.mark.slow
def test_nominal_holder_of_object_without_receiving_verb_is_no_holder(holder):
    """Outside a receiving frame the "of" object is what is backed ("the mayor's endorsement of
    the plan"), never the holder."""
    assert holder("The mayor's endorsement of the plan surprised many.", "endorsement") == (
        None, None
    )


@pytest.mark.slow
def test_nominal_holder_swaps_content_in_receiving_frame(quote_triples):
    """"X won the endorsement of Y": Y endorses X."""
    triples = quote_triples("The governor won the endorsement of the teachers union on Monday.")
    assert ("the teachers union", "endorsement of", "The governor") in triples
