"""Attribution by phrase (quotes_phrases): speaker labels opening a line and "In a poll, ..."
sentences, on sentences written for these tests."""

from __future__ import annotations

import pytest



@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A capitalised common noun names who speaks in a headline.
        ("Poll: Most drivers want lower tolls on the ring road.",
         ("Poll", ":", "Most drivers want lower tolls on the ring road")),
        # A name with a lower-case word for the group around it.
        ("Ruiz camp: The vote count was wrong from the start.",
         ("Ruiz camp", ":", "The vote count was wrong from the start")),
    ],
)
def test_quotes_phrases_label_names_its_speaker(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Q: Did you expect to win the seat?",  # the interviewer's question
        "Breaking: The mayor resigns after a long night of talks.",  # a teaser heading
        "Ruiz: 412.",  # a tally, not words
        "Twitter: @harborwatch",  # a handle
        "Photograph: Lee Park Crowds waited for hours outside the flooded station.",  # a photo credit
    ],
)
def test_quotes_phrases_heading_tally_and_question_are_not_labels(quote_triples, text):
    assert not any(cue == ":" for _, cue, _ in quote_triples(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("In a poll released Monday, the mayor trails her rival by six points.",
         ("a poll released Monday", "In", "the mayor trails her rival by six points")),
        ("In the latest survey, turnout among young voters fell again.",
         ("the latest survey", "In", "turnout among young voters fell again")),
    ],
)
def test_quotes_phrases_in_a_poll_attributes_the_sentence(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "In a study, economists found that rents rose sharply.",  # the finding has its own cue
        "In the poll's wake the campaign changed course.",  # no comma closing the phrase
    ],
)
def test_quotes_phrases_in_a_poll_needs_comma_and_no_cue_of_its_own(quote_triples, text):
    assert not any(cue == "In" for _, cue, _ in quote_triples(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A few unquoted words after a label head a section; a sentence is speech.
        ("Roe: Now or never.\n\nRoe: I will stay in the race until the end.",
         [("Roe", ":", "I will stay in the race until the end")]),
        # A short quotation after a label is still what was said.
        ("Roe: “Never.”\n\nSmith: A late surge.", [("Roe", ":", "“Never.”")]),
    ],
)  # fmt: skip
def test_quotes_phrases_short_unquoted_label_line_is_a_heading(quote_triples, text, expected):
    assert [triple for triple in quote_triples(text) if triple[1] == ":"] == expected
