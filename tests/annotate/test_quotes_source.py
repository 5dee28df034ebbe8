"""Source spans (quotes_source): names the parser strands, relative pronouns, identifying
clauses and focus adverbs, on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A restrictive clause belongs to the source.
        ("Officials involved in the talks said a deal was near.",
         ("Officials involved in the talks", "said", "a deal was near")),
        # So does a relative clause set off by commas that reports nothing itself.
        ("Jane Roe, who chairs the board, said the plan was sound.",
         ("Jane Roe, who chairs the board,", "said", "the plan was sound")),
        # "which" is the source of the relative clause, as "who" is.
        ("The union, which has endorsed the mayor, said the strike would go on.",
         ("which", "has endorsed", "the mayor")),
        # "Even" stays out.
        ("Even his closest allies said the speech went too long.",
         ("his closest allies", "said", "the speech went too long")),
        # "Only" before a number limits the amount and stays; before a name it stays out.
        ("Only two senators said they would back the bill.",
         ("Only two senators", "said", "they would back the bill")),
        ("Only Roe said the bridge would reopen.",
         ("Roe", "said", "the bridge would reopen")),
        # A name opening the sentence before a long aside.
        ("Sen. Jane Roe, facing a tough race in the fall, said she would back the bill.",
         ("Sen. Jane Roe", "said", "she would back the bill")),
    ],
)
def test_quotes_source_spans(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
def test_quotes_source_speaker_ignores_names_in_clauses(base_nlp):
    from dossier.annotate.quotes import find_quotes

    doc = base_nlp("Aides who met Jane Roe on Monday said the talks would resume.")
    speakers = [quote.speaker for quote in find_quotes(doc, "d1") if quote.cue == "said"]
    assert speakers == [None]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle after a comma goes with the cue whose report the parser hung it in.
        ("Roe insisted that the party has grown, adding that it would win.",
         ("Roe", "adding", "that it would win")),
        # Without the comma it belongs to the clause it stands in.
        ("Roe said Smith resigned after criticizing the plan.",
         ("Smith", "criticizing", "the plan")),
    ],
)  # fmt: skip
def test_quotes_source_trailing_participle_takes_the_reporter(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, source",
    [
        # Should fire: a name after the closing quotation mark, stranded by a participle aside.
        ('"The budget is sound," Mayor Jane Roe, wearing a blue scarf, said as the crowd cheered.',
         "said", "Mayor Jane Roe"),
        # Should not fire: a name that is the object of the clause before keeps its place, and
        # the conjoined cue keeps the subject it shares.
        ("The board thanked Jane Roe, who chaired it for a decade, and said the plan was sound.",
         "said", "The board"),
    ],
)  # fmt: skip
def test_quotes_source_stranded_names(quote_triples, text, cue, source):
    assert source in [found_source for found_source, found_cue, _ in quote_triples(text)
                      if found_cue == cue]


def _subject_with_phrase(object_word: str):
    """A parse of "Roe on <object> dismissed the claim ." with the phrase hung on the subject,
    as the parser sometimes does."""
    import spacy
    from spacy.tokens import Doc

    words = ["Roe", "on", object_word, "dismissed", "the", "claim", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words, heads=[3, 0, 1, 3, 5, 3, 3],
        deps=["nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    )  # fmt: skip
    return doc


def test_quotes_source_time_phrase_on_the_subject_stays_out():
    from dossier.annotate.quotes_source import np_span

    doc = _subject_with_phrase("Tuesday")
    doc.ents = [doc.char_span(7, 14, label="DATE")]
    assert np_span(doc[0]) == (0, 1)


def test_quotes_source_other_phrase_on_the_subject_stays_in():
    from dossier.annotate.quotes_source import np_span

    doc = _subject_with_phrase("Capitol")
    assert np_span(doc[0]) == (0, 3)
