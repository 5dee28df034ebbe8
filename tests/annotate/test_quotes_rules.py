"""Quote rules added for PolNeAR-style attribution, each on sentences written for these tests:
belief and stance verbs, sourceless cues, noun and adjective cues, cue spans, nesting, inverted
subjects, quotations continued after a cue or across paragraphs, and mark pairing conventions."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes import find_quotes, pair_quote_marks
from dossier.models import QuoteKind


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor wants to close the bridge for repairs.",
         ("The mayor", "wants", "to close the bridge for repairs")),
        ("The union knows that the vote will be close.",
         ("The union", "knows", "that the vote will be close")),
        ("The governor plans to visit the flooded towns next week.",
         ("The governor", "plans", "to visit the flooded towns next week")),
        ("The mayor vowed to rebuild the bridge.", ("The mayor", "vowed", "to rebuild the bridge")),
        ("The lawyer argued that the verdict was unfair.",
         ("The lawyer", "argued", "that the verdict was unfair")),
    ],
)
def test_quotes_rules_belief_and_intention_verbs_take_their_clause(quote_triples, text, expected):
    assert quote_triples(text) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The senator backed the new budget.", ("The senator", "backed", "the new budget")),
        ("Most farmers support the water plan.", ("Most farmers", "support", "the water plan")),
    ],
)
def test_quotes_rules_stance_verbs_take_their_object(quote_triples, text, expected):
    assert quote_triples(text) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue",
    [
        ("The deal seems to be falling apart.", "seems"),
        ("The council is expected to approve the plan on Monday.", "is expected"),
    ],
)
def test_quotes_rules_sourceless_cues_judge_subject_and_clause(quote_triples, text, cue):
    assert quote_triples(text) == [(None, cue, text.rstrip("."))]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry said in a statement that the road would reopen.",
         ("The ministry", "said in a statement", "that the road would reopen")),
        ("The minister said in an interview on Friday that talks would resume.",
         ("The minister", "said in an interview", "that talks would resume")),
    ],
)
def test_quotes_rules_medium_joins_cue_and_lower_that_clause_is_content(quote_triples, text, expected):
    assert quote_triples(text) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her claim that the count was rigged drew criticism.",
         ("Her", "claim", "that the count was rigged")),
        ("The mayor's support for the new stadium is well known.",
         ("The mayor's", "support for", "the new stadium")),
        ("The coach is confident that the team will recover.",
         ("The coach", "is confident", "that the team will recover")),
        ("The lawyer was critical of the verdict.", ("The lawyer", "was critical of", "the verdict")),
    ],
)
def test_quotes_rules_noun_and_adjective_cues(quote_triples, text, expected):
    assert quote_triples(text) == [expected]


@pytest.mark.slow
def test_quotes_rules_stance_inside_reported_content_is_not_a_second_quote(quote_triples):
    text = "Jane Roe said farmers support the water plan."
    assert quote_triples(text) == [("Jane Roe", "said", "farmers support the water plan")]


@pytest.mark.slow
def test_quotes_rules_when_is_not_part_of_the_cue(base_nlp):
    text = "When asked about the strike, the mayor said the talks were going well."
    cues = [q.cue for q in find_quotes(base_nlp(text), "d1")]
    assert "said" in cues and not any(cue.lower().startswith("when") for cue in cues)


@pytest.mark.slow
def test_quotes_rules_according_to_any_informing_noun(quote_triples, base_nlp):
    text = "According to the union, the strike will last a week."
    assert quote_triples(text) == [("the union", "According to", "the strike will last a week")]


@pytest.mark.slow
def test_quotes_rules_inverted_subject_after_quotation(base_nlp):
    text = '"We will rebuild every house in the valley," said Jane Roe.'
    quote = find_quotes(base_nlp(text), "d1")[0]
    assert (quote.kind, quote.source, quote.speaker) == (QuoteKind.DIRECT, "Jane Roe", "Jane Roe")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, contents",
    [
        # A quotation right after the cue of the one before continues it.
        ('"We will rebuild every house," she said. "It will take two years."',
         ['"We will rebuild every house,"', '"It will take two years."']),
        # "He added:" ends a paragraph; the quotation runs on unclosed into a third paragraph.
        ("Jane Roe told the press:\n\n“The first paragraph of a long statement goes here.\n\n"
         "“And the second one closes it.”",
         ["“The first paragraph of a long statement goes here.", "“And the second one closes it.”"]),
    ],
)
def test_quotes_rules_continued_quotations_share_the_cue(base_nlp, quote_triples, text, contents):
    quotes = find_quotes(base_nlp(text), "d1")
    assert [q.content for q in quotes] == contents
    assert len({(q.cue_start, q.source_start) for q in quotes}) == 1


@pytest.mark.parametrize(
    "text, spans",
    [
        ('“Mixed marks here," she said.', [(0, 19)]),  # curly opener, straight closer
        ('"Straight opener” here', [(0, 17)]),
        ('”Backwards one" here', []),  # a closing curly mark where an opener belongs: refuse
        ("A said:\n\n“First runs on.\n\n“Second closes.”", [(9, 24), (26, 42)]),
        ("“Runs on but nothing follows.\n\nPlain text.", []),
        # Straight closer and opener between curly ones: each mark faces its own quotation.
        ('“We will rebuild," she said. "It takes time.”', [(0, 18), (29, 45)]),
    ],
)
def test_quotes_rules_pair_marks_conventions(text, spans):
    assert pair_quote_marks(text) == spans


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, contents",
    [
        # The attribution between the quotations runs long, with a relative clause.
        ('"The bridge will reopen in May," said Ana Ruiz, who has run the transport office since '
         'the flood. "After that we start on the tunnel."',
         ['"The bridge will reopen in May,"', '"After that we start on the tunnel."']),
        # A quotation in the paragraph before is not what this cue reports.
        ('"We were there and we saw it all happen."\n\n"The hall was full," Ortega said. '
         '"Nobody left early."',
         ['"The hall was full,"', '"Nobody left early."']),
    ],
)
def test_quotes_rules_continuation_by_sentence_within_paragraph(base_nlp, quote_triples, text, contents):
    assert [q.content for q in find_quotes(base_nlp(text), "d1")] == contents


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("She was asked about the budget cuts.", (None, "was asked about", "the budget cuts")),
        ("It has been reported that the copper mine will close.",
         (None, "has been reported", "that the copper mine will close")),
    ],
)
def test_quotes_rules_agentless_passive_has_no_source(quote_triples, text, expected):
    assert quote_triples(text) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # Speech verbs take their object as content, and "about" introduces a topic.
        ("The senator repeated her promise to cut taxes.",
         ("The senator", "repeated", "her promise to cut taxes")),
        ("The farmers joked about the weather.", ("The farmers", "joked about", "the weather")),
        # Verbs added to the lexicon from PolNeAR's training split.
        ("The coach thanked the fans for their patience.",
         ("The coach", "thanked", "the fans for their patience")),
        ("The governor discussed the new tax plan.",
         ("The governor", "discussed", "the new tax plan")),
    ],
)
def test_quotes_rules_speech_verbs_take_object_or_topic(quote_triples, text, expected):
    assert quote_triples(text) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The residents are glad that the road is finished.",
         [("The residents", "are glad", "that the road is finished")]),
        ("The storm was so strong that the roof fell in.", []),  # a result, not a stance
    ],
)
def test_quotes_rules_adjective_with_that_clause(quote_triples, text, expected):
    assert quote_triples(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # Clause, comma, cue, then the speaker: the parser hangs the cue as a conjunct.
        ("The plant is hanging on, but it is under heavy pressure from cheap imports, said the "
         "chief executive, Mara Lind.",
         ("the chief executive, Mara Lind", "said",
          "The plant is hanging on, but it is under heavy pressure from cheap imports")),
        # A participle taken for the main verb lends its subject to the real one.
        ("Majorities of Democrats in five states going to the polls Tuesday say they would be "
         "satisfied with both candidates.",
         ("Majorities of Democrats in five states", "say",
          "they would be satisfied with both candidates")),
    ],
)
def test_quotes_rules_misparsed_cue_keeps_its_speaker(quote_triples, text, expected):
    assert quote_triples(text) == [expected]


@pytest.mark.slow
def test_quotes_rules_support_without_holder_is_not_a_stance(quote_triples):
    assert quote_triples("Support for the plan grew over the summer.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A passive with a "by" agent and no complement reports its subject.
        ("The merger was first reported by a local radio station.",
         ("a local radio station", "was first reported", "The merger")),
        ("The new stadium is backed by most of the city council.",
         ("most of the city council", "is backed", "The new stadium")),
        # "As X observed, Y": the clause after the "as" clause is what was observed.
        ("As the engineer observed, the old bridge cannot carry heavy trucks.",
         ("the engineer", "observed", "the old bridge cannot carry heavy trucks")),
        ("As the report noted, most of the clinics closed early.",
         ("the report", "noted", "most of the clinics closed early")),
        ("The mayor responded to the complaints about the bus service.",
         ("The mayor", "responded to", "the complaints about the bus service")),
        ("The coach responded by praising the young players.",
         ("The coach", "responded by", "praising the young players")),
        # The parser takes "for" for the marker of the clause; it still joins the cue.
        ("The senator is calling for the state to build more schools.",
         ("The senator", "is calling for", "the state to build more schools")),
        # After a verb that is not a cue, "citing" is an attribution of its own.
        ("The council blocked the sale of the park, citing the cost of the lawsuit.",
         ("The council", "citing", "the cost of the lawsuit")),
    ],
)
def test_quotes_rules_cue_frames(quote_triples, text, expected):
    """Passive agents, "as X observed", responses, "calling for" and "citing" each make one attribution."""
    assert quote_triples(text) == [expected]
