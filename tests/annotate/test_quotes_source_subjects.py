"""Which subject is the speaker's (quotes_source_subjects, quotes_source): two subjects on one
verb, infinitives on nouns and after objects, coordinated verbs, and per cent signs; on
sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A dateline the parser takes for a second subject: the name nearest the verb speaks.
        ("LONDON (Reuters) – Mayor Jane Roe has said that the bridge will reopen next week.",
         ("Mayor Jane Roe", "has said", "that the bridge will reopen next week")),
        # An infinitive after an object is done by the object.
        ("The victory led the party chairman to declare that the race was over.",
         ("the party chairman", "to declare", "that the race was over")),
        # An infinitive on a noun is done by the subject of the verb the noun is the object of;
        # the verb, read as a cue too, joins the infinitive's cue, as PolNeAR marks it.
        ("Roe held a press briefing to boast that unemployment had fallen.",
         ("Roe", "held a press briefing to boast", "that unemployment had fallen")),
        # ... also when the noun is the object of a preposition on that verb.
        ("Mr. Trump bought the hotel in 2014, in a bid to persuade the city to rezone the block.",
         ("Mr. Trump", "to persuade", "the city to rezone the block")),
        # A verb coordinated after a comma shares the first verb's subject; its object is no
        # inverted speaker.
        ("Jane Roe came to the city on Monday and recounted her life, recited her policy ideas, "
         "and attacked the council.",
         ("Jane Roe", "recited", "her policy ideas")),
        # Shares joined by commas and "and" are one source.
        ("In the poll, 45% of Republicans, 28% of independents and 12% of Democrats say the "
         "economy is improving.",
         ("45% of Republicans, 28% of independents and 12% of Democrats", "say",
          "the economy is improving")),
        # A per cent sign belongs to the share that speaks.
        ("About 42% say the economy is improving.",
         ("About 42%", "say", "the economy is improving")),
    ],
)  # fmt: skip
def test_quotes_source_subject_choice(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # The speaker may still follow the verb after a comma, with or without quotation marks.
        ("Talks will resume next week, said a spokesman for the ministry.",
         ("a spokesman for the ministry", "said", "Talks will resume next week")),
        ("\u201cWe will win,\u201d said Jane Roe, the party leader.",
         ("Jane Roe, the party leader", "said", "\u201cWe will win,\u201d")),
        # "promise" keeps its subject as the one who acts, object or not.
        ("Roe promised voters to argue that taxes must fall.",
         ("Roe", "to argue", "that taxes must fall")),
        # So does "use": its object is an instrument.
        ("Roe used the interview to argue that taxes must fall.",
         ("Roe", "to argue", "that taxes must fall")),
    ],
)  # fmt: skip
def test_quotes_source_subject_kept(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
def test_quotes_source_subject_not_across_paragraphs(base_nlp):
    from dossier.annotate.quotes import find_quotes

    doc = base_nlp("9:18 p.m.\n\nJane Roe is thanking her supporters for a commanding win.")
    sources = {quote.cue: quote.source for quote in find_quotes(doc, "d1") if quote.cue}
    assert sources.get("is thanking") == "Jane Roe"


def _run_on_paragraph(break_text: str):
    """A parse in which the paragraph's opening name hangs from the sentence before, as the
    parser does when it runs two paragraphs together: "... for Plan B.<break>Roe hasn't said
    whether ..."."""
    import spacy
    from spacy.tokens import Doc

    words = ["It", "is", "time", "for", "Plan", "B.", break_text, "Jane", "Roe", "has", "n't",
             "said", "whether", "she", "has", "a", "plan", "."]  # fmt: skip
    heads = [1, 1, 1, 2, 8, 8, 5, 8, 3, 11, 11, 1, 14, 14, 11, 16, 14, 11]
    deps = ["nsubj", "ROOT", "attr", "prep", "compound", "compound", "dep", "compound", "pobj",
            "aux", "neg", "conj", "mark", "nsubj", "ccomp", "det", "dobj", "punct"]  # fmt: skip
    pos = ["PRON", "AUX", "NOUN", "ADP", "PROPN", "PROPN", "SPACE", "PROPN", "PROPN", "AUX",
           "PART", "VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN", "PUNCT"]  # fmt: skip
    tags = ["PRP", "VBZ", "NN", "IN", "NNP", "NNP", "_SP", "NNP", "NNP", "VBZ", "RB", "VBN",
            "IN", "PRP", "VBZ", "DT", "NN", "."]  # fmt: skip
    spaces = [True] * len(words)
    spaces[5] = spaces[6] = False
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)


def test_quotes_source_name_opening_a_paragraph():
    from dossier.annotate.quotes_source import stranded_subject

    doc = _run_on_paragraph("\n\n")
    assert stranded_subject(doc[11]) == (7, 9)


def test_quotes_source_name_without_a_break_is_not_taken():
    from dossier.annotate.quotes_source import stranded_subject

    doc = _run_on_paragraph("and")
    doc[6].pos_ = "CCONJ"
    assert stranded_subject(doc[11]) is None
