"""Multi-word verbal cues (quotes_phrasal) and one-word answers (quotes_content), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.annotate.quotes_found import Found
from dossier.annotate.quotes_phrasal import merge_split_cues


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # "made it clear" is the cue, not "made".
        ("The mayor made it clear that he would not resign.",
         ("The mayor", "made it clear", "that he would not resign")),
        # The medium put out by the source joins the cue.
        ("The party issued a statement saying the vote was rigged.",
         ("The party", "issued a statement saying", "the vote was rigged")),
        # Also when the participle follows a date and a comma.
        ("The party issued a statement on Monday, saying the vote was rigged.",
         ("The party", "issued a statement on Monday, saying", "the vote was rigged")),
        # Any participle of the medium: it urges, calls for or asks what the medium does.
        ("The union sent a letter to the board urging it to reject the deal.",
         ("The union", "sent a letter to the board urging", "it to reject the deal")),
        # A one-word answer is what was said.
        ("Everyone but the chairman said yes.",
         ("Everyone but the chairman", "said", "yes")),
    ],
)
def test_quotes_phrasal_reads_whole_phrase(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, absent_cue",
    [
        # The statement itself is not a source once the phrase is merged.
        ("The party issued a statement saying the vote was rigged.", "saying"),
        # "made it clear" with no clause after it reports nothing.
        ("The results made it clear to everyone.", "made it clear"),
    ],
)
def test_quotes_phrasal_drops_partial_cues(quote_triples, text, absent_cue):
    assert absent_cue not in [cue for _, cue, _ in quote_triples(text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb and its noun report one content: one cue, not two.
        ("The mayor expressed concern that the budget would fall short.",
         ("The mayor", "expressed concern", "that the budget would fall short")),
    ],
)
def test_quotes_phrasal_joins_cue_pieces(quote_triples, text, expected):
    assert expected in quote_triples(text)


def _piece(text: str, cue: str, content: str) -> Found:
    start, begin = text.index(cue), text.index(content)
    return Found(
        kind=models.QuoteKind.INDIRECT, content=(begin, begin + len(content)), sentence_index=0,
        cue=(start, start + len(cue)), source=(0, text.index(" ", 4)),
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, first, second, cue",
    [
        # A speech noun the verb takes as its object.
        ("The senator expressed a desire to end the program.",
         ("expressed", "a desire to end the program"), ("desire", "to end the program"),
         "expressed a desire"),
        # An infinitive of purpose on the verb's object, both read as cues.
        ("Roe held a long conference call to defend the plan.",
         ("held", "a long conference call to defend the plan"), ("to defend", "the plan"),
         "held a long conference call to defend"),
    ],
)
def test_quotes_phrasal_joins_verb_and_its_cue_object(base_nlp, text, first, second, cue):
    doc = base_nlp(text)
    (merged,) = merge_split_cues(doc, [_piece(text, *first), _piece(text, *second)])
    assert text[merged.cue[0]:merged.cue[1]] == cue
    assert text[merged.content[0]:merged.content[1]] == second[1]


@pytest.mark.slow
def test_quotes_phrasal_keeps_a_possessed_medium_apart(quote_triples):
    # "his call" is a demand, not a medium put out: "saying" reports apart from "defended".
    text = "Roe defended his call for a recount, saying the count was flawed."
    assert all("his call" not in cue for _, cue, _ in quote_triples(text))


@pytest.mark.slow
def test_quotes_phrasal_merges_a_chain_of_cue_pieces(base_nlp):
    text = "The governor declined to comment on the report."
    doc = base_nlp(text)
    outer = _piece(text, "declined", "to comment on the report")
    inner = _piece(text, "to comment on", "the report")
    (merged,) = merge_split_cues(doc, [inner, outer])
    assert text[merged.cue[0]:merged.cue[1]] == "declined to comment on"
    assert text[merged.content[0]:merged.content[1]] == "the report"
    assert merged.source == outer.source


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, first, second",
    [
        # A participle after a comma is an attribution of its own.
        ("She praised the mayor, calling him a fighter.",
         ("praised", "the mayor"), ("calling", "him a fighter")),
        # A noun between the pieces: the second speaks for someone else.
        ("The union cheered workers hoping to keep their jobs.",
         ("cheered", "workers hoping to keep their jobs"), ("hoping", "to keep their jobs")),
    ],
)
def test_quotes_phrasal_keeps_two_attributions(base_nlp, text, first, second):
    doc = base_nlp(text)
    found = merge_split_cues(doc, [_piece(text, *first), _piece(text, *second)])
    assert len(found) == 2


@pytest.mark.slow
def test_quotes_phrasal_one_cue_for_a_quote_around_it(base_nlp):
    text = "“We will win,” Roe said in an interview, “and we will win big.”"
    doc = base_nlp(text)
    first = _piece(text, "said in an interview", "“We will win,”")
    second = _piece(text, "said", "“and we will win big.”")
    found = merge_split_cues(doc, [first, second])
    assert {text[item.cue[0]:item.cue[1]] for item in found} == {"said"}
    assert len(found) == 2
