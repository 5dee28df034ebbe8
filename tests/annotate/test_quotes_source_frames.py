"""Holders of a stance a noun or adjective names, read from its clause (quotes_source_frames),
and subjects the climb from an infinitive or a gerund finds (quotes_source); on sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def holder(base_nlp):
    """The holder text frame_holder reads for the first token with the given text."""
    from dossier.annotate.quotes_source_frames import frame_holder

    def read(text, word):
        doc = base_nlp(text)
        token = next(token for token in doc if token.text == word)
        span = frame_holder(token)
        return doc[span[0] : span[1]].text if span else None

    return read


@pytest.fixture
def source_by_cue(base_nlp):
    """The source of the first quote whose cue holds the given word."""
    from dossier.annotate.quotes import find_quotes

    def read(text, word):
        quotes = find_quotes(base_nlp(text), "d1")
        return next((quote.source for quote in quotes if quote.cue and word in quote.cue), "-")

    return read


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        # A stance named inside an "in" or "with" phrase is the verb's subject's.
        ("The senator has come out in support of the governor's plan to raise taxes.",
         "support", "The senator"),
        ("The farmers toured the state with plans to protest against the new tariff.",
         "plans", "The farmers"),
        # A predicate adjective is its subject's.
        ("Union members are convinced that the plant will close.", "convinced",
         "Union members"),
        # With no one as subject, a "to" object that names someone holds it.
        ("It is clear to the voters that the plan has failed.", "clear", "the voters"),
        # A subject that names someone keeps the stance over a "to" object.
        ("The senator is loyal to the voters of her state.", "loyal", "The senator"),
    ],
)  # fmt: skip
def test_frame_holder_reads_the_clause(holder, text, word, expected):
    assert holder(text, word) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word",
    [
        # Met or answered with a stance: it is someone else's, not the subject's.
        ("The senator met with criticism over the plan to raise taxes.", "criticism"),
        ("The company responded with anger to the ruling on its mergers.", "anger"),
        # A "to" object that names no one holds nothing.
        ("It is clear to this day that the plan has failed.", "clear"),
        # A subject that names no one holds no stance.
        ("The family's wealth is hard to estimate with any precision.", "hard"),
        # Nor does the noun a clause hangs from.
        ("The senator has several reasons to be skeptical of the deal.", "skeptical"),
    ],
)  # fmt: skip
def test_frame_holder_leaves_other_frames(holder, text, word):
    assert holder(text, word) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        # An infinitive on a pronoun object of "have": the subject of "have" speaks.
        ("The mayor had nothing bad to say about the council.", "say", "The mayor"),
        # A gerund after a preposition is done by the passive subject of the verb above.
        ("The official was fired after criticizing the president's plan to cut jobs.",
         "criticizing", "The official"),
    ],
)  # fmt: skip
def test_source_of_controlled_verbs(source_by_cue, text, word, expected):
    assert source_by_cue(text, word) == expected


@pytest.mark.slow
def test_target_verb_after_a_comma_takes_no_inverted_subject(source_by_cue):
    """"Roe, the party's leader, attacked the mayor": the mayor is attacked, not speaking."""
    text = "Jane Roe, the party's leader, attacked the mayor for his remarks about the budget."
    assert source_by_cue(text, "attacked") != "the mayor"
