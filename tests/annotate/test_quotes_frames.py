"""Attribution frames added for issue #3, each on sentences written for these tests: title-case
headlines, labels after a topic line, a colon introducing a quotation, belief verbs from WordNet
with a "that" clause, an object raised into an infinitive's content, and datelines before a
source."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet files are not installed (wordnet-base)"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Senator Roe Praises Harbor Town Budget Plan.\n\nThe senator spoke on Monday.",
         [("Senator Roe", "Praises", "Harbor Town Budget Plan")]),
        ("Governor Jane Doe Urges Farmers to Save Water.\n\nShe spoke at a fair.",
         [("Governor Jane Doe", "Urges", "Farmers to Save Water")]),
    ],
)
def test_quotes_frames_headline_verb_splits_source_and_content(quote_triples, text, expected):
    assert quote_triples(text) == expected


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text",
    [
        "Flood Waters Reach the United States Border Towns.\n\nRain fell for days.",
        "Rising Prices Worry Farmers in the Valley.\n\nThe harvest was poor.",
    ],
)
def test_quotes_frames_headline_without_reporting_verb_is_no_quote(quote_triples, text):
    assert quote_triples(text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Roe: Budget Cuts Will Hurt Rural Schools.\n\nThe bill passes next week.",
         [("Roe", ":", "Budget Cuts Will Hurt Rural Schools")]),
        ("Harbor report - Jane Roe: The docks need new cranes before winter.\n\nMore later.",
         [("Jane Roe", ":", "The docks need new cranes before winter")]),
    ],
)
def test_quotes_frames_label_after_topic_and_without_full_stop(quote_triples, text, expected):
    assert quote_triples(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The senator put it bluntly: “We will not vote for this budget again.”",
         [("The senator", ":", "“We will not vote for this budget again.”")]),
        ("It gets worse: “The bridge has been closed for three more weeks now.”", []),
    ],
)
def test_quotes_frames_colon_introduces_quotation_of_its_subject(quote_triples, text, expected):
    assert quote_triples(text) == expected


@pytest.mark.slow
@needs_wordnet
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The engineer noticed that the bridge was cracking.",
         [("The engineer", "noticed", "that the bridge was cracking")]),
        ("This means that the bridge will stay closed.", []),
    ],
)
def test_quotes_frames_thought_verb_with_that_clause_needs_a_holder(quote_triples, text, expected):
    assert quote_triples(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council expected the mayor to resign by Friday.",
         [("The council", "expected", "the mayor to resign by Friday")]),
        ("SPRINGFIELD, Ill. (AP) — Gov. Jane Roe said the bridge would reopen.",
         [("Gov. Jane Roe", "said", "the bridge would reopen")]),
    ],
)
def test_quotes_frames_raised_object_and_dateline(quote_triples, text, expected):
    assert quote_triples(text) == expected
