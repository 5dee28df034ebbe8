"""A subject stranded before an aside (quotes_source_stranded.opening_noun_phrase): common
nouns, brackets and dashes; on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def stranded(base_nlp):
    """The text stranded_subject gives for the first token with the given text."""
    from dossier.annotate.quotes_source import stranded_subject

    def read(text, cue):
        doc = base_nlp(text)
        token = next(token for token in doc if token.text == cue)
        span = stranded_subject(token)
        return doc[span[0] : span[1]].text if span else None

    return read


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # A common noun before a relative clause: the clause stays, with its closing comma.
        ("The mayor, who took office in May, said the budget was too small.", "said",
         "The mayor, who took office in May,"),
        # Before a participle aside the noun phrase alone.
        ("The company, citing rising costs, said it would close the plant.", "said",
         "The company"),
        # Bracket and dash asides stay, with their closing mark.
        ("Advisers to the campaign (none of them named) suggest the race is close.", "suggest",
         "Advisers to the campaign (none of them named)"),
        ("A spokesman for the firm - a maker of toys in Ohio - noted that sales fell.", "noted",
         "A spokesman for the firm - a maker of toys in Ohio -"),
    ],
)  # fmt: skip
def test_stranded_noun_phrase_found(stranded, text, cue, expected):
    assert stranded(text, cue) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue",
    [
        # A date opening the sentence is when, not who.
        ("Tuesday, after a long debate, said the chairman was the day of the vote.", "said"),
        # A clause opening the sentence is no noun phrase.
        ("When the vote ended, as expected, said the chairman, the hall emptied.", "said"),
        # An aside with no noun phrase before it.
        ("In the end (and after much debate) suggest that the plan passes.", "suggest"),
    ],
)  # fmt: skip
def test_stranded_noun_phrase_not_taken(stranded, text, cue):
    assert stranded(text, cue) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # The parser hangs the speaker in apposition to a noun before it; the noun phrase ending
        # right before the cue speaks.
        ("The mayor spoke at the opening of the new library in Dayton on Monday, with her "
         "husband, former governor Tom Reyes. Later that evening, while on the road for his "
         "wife, the county's first female mayor Ana Reyes, former governor Tom Reyes said the "
         "library had cost too much.",
         ("former governor Tom Reyes", "said", "the library had cost too much")),
        # A name after a word opening a clause ("after"), set off by an aside.
        ("The question came up on Monday after Ms. Lane, asked about the closing of the plant, "
         "had said, ''We will not back down.''",
         ("Ms. Lane", "had said", "''We will not back down.''")),
    ],
)  # fmt: skip
def test_stranded_subject_hung_elsewhere(quote_triples, text, expected):
    assert expected in quote_triples(text)


def _parsed(words, heads, deps, pos, tags):
    """A hand-built parse, to pin a parser's misreading independently of the model."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_stranded_subject_heads_a_relative_clause():
    """"..., a city official who spoke to reporters said ...": the parser put the official in
    apposition to the noun before the comma; the relative clause's head speaks."""
    from dossier.annotate.quotes_source import stranded_subject

    words = ["Although", "there", "was", "no", "deal", "with", "the", "union", ",", "a", "city",
             "official", "who", "spoke", "to", "reporters", "said", "the", "deal", "was",
             "close", "."]
    heads = [2, 2, 16, 4, 2, 4, 7, 5, 7, 11, 11, 7, 13, 11, 13, 14, 16, 18, 19, 16, 19, 16]
    deps = ["mark", "expl", "advcl", "det", "attr", "prep", "det", "pobj", "punct", "det",
            "compound", "appos", "nsubj", "relcl", "prep", "pobj", "ROOT", "det", "nsubj",
            "ccomp", "acomp", "punct"]
    pos = ["SCONJ", "PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN",
           "NOUN", "PRON", "VERB", "ADP", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    tags = ["IN", "EX", "VBD", "DT", "NN", "IN", "DT", "NN", ",", "DT", "NN", "NN", "WP", "VBD",
            "IN", "NNS", "VBD", "DT", "NN", "VBD", "JJ", "."]  # fmt: skip
    doc = _parsed(words, heads, deps, pos, tags)
    span = stranded_subject(doc[16])
    assert span is not None and doc[span[0] : span[1]].text == "a city official who spoke to reporters"


def test_stranded_subject_opens_the_last_clause():
    """"Few would admit it, but Gov. Hart (a Republican) says ...": the parser hung the name on
    the clause before; the noun phrase after "but" speaks, with its bracket."""
    from dossier.annotate.quotes_source import stranded_subject

    words = ["Few", "would", "admit", "it", ",", "but", "Gov.", "Hart", "(", "a", "Republican",
             ")", "says", "he", "regrets", "it", "."]
    heads = [2, 2, 12, 2, 2, 2, 7, 2, 7, 10, 7, 7, 12, 14, 12, 14, 12]
    deps = ["nsubj", "aux", "ccomp", "dobj", "punct", "cc", "compound", "conj", "punct", "det",
            "appos", "punct", "ROOT", "nsubj", "ccomp", "dobj", "punct"]
    pos = ["ADJ", "AUX", "VERB", "PRON", "PUNCT", "CCONJ", "PROPN", "PROPN", "PUNCT", "DET",
           "PROPN", "PUNCT", "VERB", "PRON", "VERB", "PRON", "PUNCT"]
    tags = ["JJ", "MD", "VB", "PRP", ",", "CC", "NNP", "NNP", "-LRB-", "DT", "NNP", "-RRB-",
            "VBZ", "PRP", "VBZ", "PRP", "."]  # fmt: skip
    doc = _parsed(words, heads, deps, pos, tags)
    span = stranded_subject(doc[12])
    assert span is not None and doc[span[0] : span[1]].text == "Gov. Hart ( a Republican )"
