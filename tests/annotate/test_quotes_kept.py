"""Which quotes the cue model keeps (quotes_kept): an added word repeating the rules' reading
after a colon is dropped, and other quotes with the same content stay. Text written for these
tests; spans built by hand."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.annotate.quotes_found import Found
from dossier.annotate.quotes_kept import holds_a_cue, same_colon_reading, unnested

TEXT = "The senator put it bluntly: “We will not vote again.”"
COLON = TEXT.index(":")
CONTENT = (TEXT.index("“"), len(TEXT))


def _found(cue: tuple[int, int], content: tuple[int, int] = CONTENT) -> Found:
    return Found(kind=models.QuoteKind.DIRECT, content=content, sentence_index=0, cue=cue)


@pytest.mark.parametrize(
    "other_cue, other_content, repeated",
    [
        ((COLON, COLON + 1), CONTENT, True),  # the rules read it through the colon
        ((4, 11), CONTENT, False),  # same content, a word cue: a cue in two pieces stays
        ((COLON, COLON + 1), (CONTENT[0] + 1, CONTENT[1]), False),  # other content
    ],
)
def test_quotes_kept_same_colon_reading(other_cue, other_content, repeated):
    put = (TEXT.index("put"), TEXT.index("put") + 3)
    assert same_colon_reading(TEXT, _found(put), [_found(other_cue, other_content)]) is repeated


@pytest.mark.parametrize(
    "source, holds",
    [((0, 11), True), ((12, 20), False), (None, False)],
)
def test_quotes_kept_source_holding_a_cue(source, holds):
    assert holds_a_cue(source, [(4, 11)]) is holds


MUTUAL = "Most voters dislike the plan, the survey found."


def _span(word: str) -> tuple[int, int]:
    return MUTUAL.index(word), MUTUAL.index(word) + len(word)


@pytest.mark.parametrize("mutual, kept", [(True, ["found"]), (False, [])])
def test_quotes_kept_of_two_quotes_holding_each_other_the_surer_stays(mutual, kept):
    import spacy

    doc = spacy.blank("en")(MUTUAL)
    rule = Found(kind=models.QuoteKind.INDIRECT, content=(0, MUTUAL.index(",")),
                 sentence_index=0, cue=_span("found"), source=_span("the survey"))
    added = Found(kind=models.QuoteKind.INDIRECT, content=(MUTUAL.index("the"), len(MUTUAL)),
                  sentence_index=0, cue=_span("dislike"))
    scores = {2: 0.46, 8: 0.82}  # "dislike", "found"
    assert [doc.text[slice(*item.cue)] for item in unnested(doc, [rule], [added], scores, 0.4,
                                                            mutual)] == kept


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, answer_kept",
    [
        # A share of a group answers through the poll: its saying is the finding's content.
        ("The poll found that 55 percent of Americans say the economy is improving.", False),
        ("The survey showed that 54 percent of Republicans said they would vote for Roe.", False),
        # A named speaker inside another's report keeps a quote of its own.
        ("The senator said that Jane Roe told him the economy is improving.", True),
    ],
)
def test_quotes_kept_a_share_of_a_group_is_no_named_source(quote_triples, text, answer_kept):
    cues = [cue for _, cue, _ in quote_triples(text)]
    assert (len(cues) == 2) is answer_kept
