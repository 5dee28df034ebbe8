"""Crossed features of the cue model (quotes_evidence): a word's object, frame, quotation marks,
inversion, possessor, speaker and modality, each read from a sentence written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.annotate.quotes_evidence import doc_speakers, evidence_features
from dossier.annotate.quotes_learned import token_features
from dossier.annotate.quotes_marks import pair_quote_marks

needs_wordnet = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet files are not installed (wordnet-base)"
)


def _no_files(key, pos):
    return ()


def _features(nlp, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return set(dict(token_features(doc, pair_quote_marks(doc.text), [], []))[token.i])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, present",
    [
        ("The council released a statement on Tuesday.", "released",
         ["o=statement|VERB", "l|o=release|statement", "ocue=False|VERB"]),
        ("Roe made the claim that the dam leaked.", "claim", ["l|cm=claim|that"]),
        ("The budget is ready, the treasurer argued.", "argued",
         ["lc=ccomp|VERB", "l|lc=argue|ccomp", "end|VERB"]),
        ("The vote was delayed again, said a clerk.", "said", ["inv|VERB", "lc=ccomp|VERB"]),
        ("Mayor Jane Roe's promise to rebuild the pier was popular.", "promise",
         ["l|poss=promise|PERSON"]),
        ("The mayor has not endorsed the plan.", "endorsed",
         ["neg|VERB", "aux=has|VERB", "l|t=endorse|VBN"]),
        ('The chief warned: "Stay indoors tonight."', "warned",
         ["np=:|VERB", "npq|VERB", "qlr=False|True|VERB"]),
    ],
)
def test_quotes_evidence_reads_the_frame(base_nlp, text, word, present):
    assert set(present) <= _features(base_nlp, text, word)


@pytest.mark.slow
@needs_wordnet
def test_quotes_evidence_object_kind_from_wordnet(base_nlp):
    features = _features(base_nlp, "The council released a statement on Tuesday.", "released")
    assert "olex=noun.communication|VERB" in features


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, known",
    [
        ("Roe said the harbor was safe. Later Roe attacked the new budget.", "attacked", True),
        ("Roe said the harbor was safe. Later Doe attacked the new budget.", "attacked", False),
        ("Roe praised the fleet.", "praised", False),  # its own subject is not a speaker elsewhere
    ],
)
def test_quotes_evidence_subject_spoke_elsewhere(base_nlp, text, word, known):
    assert f"spk={known}|VERB" in _features(base_nlp, text, word)


@pytest.mark.slow
def test_quotes_evidence_speakers_of_a_document(base_nlp):
    doc = base_nlp("Roe said the harbor was safe. The storm said nothing. She said it again.")
    speakers = doc_speakers(doc)
    assert set(speakers) == {"roe", "she"}
    assert doc_speakers(doc) is speakers  # cached for the same document


@pytest.mark.slow
def test_quotes_evidence_works_without_wordnet_files(base_nlp):
    doc = base_nlp("The council released a statement.")
    released = next(t for t in doc if t.text == "released")
    features = evidence_features(released, [], "NOUN", _no_files)
    assert "o=statement|VERB" in features
    assert not any(f.startswith(("olex=", "wn|")) for f in features)
