"""Questions put to the addressee (quotes_questions) and speech verbs an "according to" phrase
modifies (quotes_kept), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes_questions import asks_the_addressee


def _cue_chars(doc, word):
    start = doc.text.index(word)
    return start, start + len(word)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, verb, asks",
    [
        ("Do you support the new tax plan?", "support", True),
        ("What do you think of the mayor's budget?", "think", True),
        ("Would you say the council has done a good job?", "say", True),
        ("You said the vote was rigged?", "said", False),  # no auxiliary before "you"
        ("Do you think the plan will pass, or not.", "think", False),  # no question mark
        ("Do they support the new tax plan?", "support", False),  # not the addressee
    ],
)
def test_attribution_questions_to_the_addressee(base_nlp, text, verb, asks):
    doc = base_nlp(text)
    assert asks_the_addressee(doc, _cue_chars(doc, verb)) is asks


@pytest.mark.slow
def test_attribution_questions_no_quote_for_a_question_to_the_reader(quote_triples):
    assert quote_triples("Do you believe the governor will sign the bill?") == []


@pytest.mark.slow
def test_attribution_questions_a_report_of_a_question_stays(quote_triples):
    cues = [cue for _, cue, _ in quote_triples("The mayor asked whether voters support the plan.")]
    assert cues == ["asked"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        '"I will be at the hearing on Friday," Jones said, according to the local radio station.',
        "According to the station, Jones said the hearing had been moved to Friday.",
    ],
)
def test_attribution_according_to_a_speech_verb_is_one_attribution(quote_triples, text):
    cues = [cue for _, cue, _ in quote_triples(text)]
    assert [cue.lower() for cue in cues] == ["according to"]


@pytest.mark.slow
def test_attribution_according_to_inside_what_was_said_keeps_the_verb(quote_triples):
    text = "Jones said on Monday that, according to the latest figures, the deficit had narrowed."
    assert [(source, cue) for source, cue, _ in quote_triples(text)] == [("Jones", "said")]
