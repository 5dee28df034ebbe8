"""Cues inside relative clauses and reduced relatives (quotes_relative), on sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # No relative pronoun: the modified noun phrase is what was proposed.
        ("The plan that the mayor proposed was expensive.",
         ("the mayor", "proposed", "The plan")),
        # A relative pronoun as the object is the content, as annotators mark it.
        ("The budget, which the governor described as a compromise, passed easily.",
         ("the governor", "described", "which")),
        # A reduced relative with a "by" agent: the agent endorsed the noun phrase.
        ("The measure, endorsed by the teachers union, passed easily.",
         ("the teachers union", "endorsed", "The measure")),
        # A participle with "as" names something, with no source.
        ("She won the contests known as the spring primaries.",
         (None, "known", "the contests")),
    ],
)
def test_quotes_relative_reads_moved_object(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, absent_cue",
    [
        # The noun is the speaker, not what was said.
        ("The people who spoke were angry.", "spoke"),
        # Filing a document says nothing about what it holds.
        ("The reports that she filed were late.", "filed"),
        # A participle that only dates a thing.
        ("The board met after a plan announced last week collapsed.", "announced"),
    ],
)
def test_quotes_relative_skips_non_attributions(quote_triples, text, absent_cue):
    assert absent_cue not in [cue for _, cue, _ in quote_triples(text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A passive's relative subject is what its "by" agent endorsed.
        ("Roe, a lawyer who was endorsed by the teachers union, won the seat.",
         ("the teachers union", "was endorsed", "who")),
        # The agent stops at the comma closing the clause.
        ("The memo, which was first reported by the Herald, angered staff.",
         ("the Herald", "was first reported", "which")),
    ],
)
def test_quotes_relative_reads_passive_relative_subject(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, absent_cue",
    [
        # Neither a verb of saying nor a passive with an agent.
        ("The official, who was fired by the mayor last year, sued the city.", "was fired"),
        ("The party, which is seen as weak, lost.", "is seen"),
    ],
)
def test_quotes_relative_passive_needs_cue_and_agent(quote_triples, text, absent_cue):
    assert absent_cue not in [cue for _, cue, _ in quote_triples(text)]
