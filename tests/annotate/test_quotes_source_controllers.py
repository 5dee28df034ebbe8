"""Who does an infinitive, a participle or a conjunct whose parse points elsewhere
(quotes_source_expletive, quotes_source_participle, quotes_source.source_of); on sentences
written for these tests."""

from __future__ import annotations

import pytest

from .quote_speakers import source_text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # An expletive "it" names no one; the one concerned does, if named.
        ("It took him most of a day to formulate a reply, delivering an apology.", "delivering",
         "him"),
        ("It falls to the court to decide the case.", "decide", "the court"),
        ("It is wrong to blame voters for the loss.", "blame", None),
        # A referring "it" stays the source.
        ("It exists to help encourage peace.", "encourage", "It"),
    ],
)  # fmt: skip
def test_source_of_expletive_it(base_nlp, text, verb, expected):
    assert source_text(base_nlp, text, verb) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # An -ing clause on a thing in the object goes with the clause's subject.
        ("Clinton spent much of the week portraying Sanders as naive.", "portraying", "Clinton"),
        ("The remarks Roe made during a speech attacking the mayor were sharp.", "attacking",
         "Roe"),
        # After a verb of perceiving, the object does it.
        ("You have to go back 12 years to see a Republican administration defending the idea.",
         "defending", "a Republican administration"),
    ],
)  # fmt: skip
def test_source_of_participle_on_an_object(base_nlp, text, verb, expected):
    assert source_text(base_nlp, text, verb) == expected


@pytest.mark.slow
def test_source_of_conjunct_after_a_passive_is_its_subject(base_nlp):
    text = "The mayor was praised by the union and said the plan works."
    assert source_text(base_nlp, text, "said") == "The mayor"
