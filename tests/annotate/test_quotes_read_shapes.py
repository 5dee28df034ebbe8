"""Frames a word the cue model is sure of reports in beyond its complement (quotes_read_shapes):
each shape read, and a near miss of each left unread. Sentences written for these tests; the
weights are set by hand so that only the parse decides."""

from __future__ import annotations

import pytest

from .sure_cues import needs_wordnet, read_with


@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key, expected",
    [
        # a noun as the subject of "be" with a "that" clause
        ("Her biggest fear is that the bill will fail in the Senate.", "fear",
         ("Her", "fear", "that the bill will fail in the Senate")),
        # a passive participle after the noun it describes; its agent is the source
        ("The new budget, praised by the governor, passed easily.", "praise",
         ("the governor", "praised", "The new budget")),
        ("The tentative deal, announced Friday, would last four years.", "announce",
         (None, "announced", "The tentative deal")),
        # a comparison closed by a belief
        ("Turnout was higher than most pollsters had predicted.", "predict",
         ("most pollsters", "had predicted", "Turnout was higher")),
        # a bare passive's subject
        ("The new tax plan was criticized in a speech last week.", "criticize",
         (None, "was criticized", "The new tax plan")),
        # a one-word answer
        ("Will the bill pass? I think so.", "think", ("I", "think", "so")),
        # a verb after a quotation, its subject after it
        ("“This is a great day!” beamed Jane Roe of Madison.", "beam",
         ("Jane Roe of Madison", "beamed", "“This is a great day!”")),
        # an object raised before an infinitive is part of what was urged
        ("The senator urged his colleagues to vote for the bill.", "urge",
         ("The senator", "urged", "his colleagues to vote for the bill")),
        # a pronoun that stands for a thing, or a share of one
        ("The union leaders opposed it.", "oppose", ("The union leaders", "opposed", "it")),
        ("Roe addressed some of the proposals.", "address",
         ("Roe", "addressed", "some of the proposals")),
        # a verbless sentence whose root is a verb the tagger read as a plural noun
        ("Wealth-X tallies 585 billionaires in the United States.", "tally",
         ("Wealth-X", "tallies", "585 billionaires in the United States")),
    ],
)  # fmt: skip
def test_read_shapes_areread_with(base_nlp, text, key, expected):
    assert read_with(base_nlp, text, key) == [expected]


@needs_wordnet
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, key",
    [
        ("The problem is the cost of the plan.", "problem"),  # no "that" clause
        ("The announced deal would last four years.", "announce"),  # participle before the noun
        ("A plan announced last week collapsed.", "announce"),  # restrictive: names the plan
        ("Turnout was higher than predicted.", "predict"),  # nobody holds the prediction
        ("It was criticized in a speech last week.", "criticize"),  # a pronoun subject
        ("The senator scolded his colleagues.", "scold"),  # an addressee, no infinitive
    ],
)
def test_read_shapes_near_misses_are_notread_with(base_nlp, text, key):
    assert read_with(base_nlp, text, key) == []


@pytest.mark.slow
def test_read_shapes_so_opening_a_clause_is_not_an_answer(base_nlp):
    # "so" here opens the clause believed; the clause is the content, not "so" alone
    quotes = read_with(base_nlp, "I think so many people left.", "think")
    assert [content for _, _, content in quotes] == ["so many people left"]
