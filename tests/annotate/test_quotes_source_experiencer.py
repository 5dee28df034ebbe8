"""Who feels what an emotion verb says (quotes_source_experiencer, quotes_source.source_of); on
sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_speakers import source_text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # Active: the object feels, the subject is the cause.
        ("The court ruling has angered many farmers.", "angered", "many farmers"),
        ("His remarks have frustrated party leaders.", "frustrated", "party leaders"),
        ("The verdict shocked the victim's family.", "shocked", "the victim's family"),
        # Passive: the subject feels, the "by" agent is the cause.
        ("The mayor was troubled by the latest crime figures.", "troubled", "The mayor"),
    ],
)  # fmt: skip
def test_emotion_verb_source_is_who_feels(base_nlp, text, verb, expected):
    assert source_text(base_nlp, text, verb) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # Verbs that report speech keep their subject as the speaker.
        ("The senator reminded voters that the vote was close.", "reminded", "The senator"),
        ("The governor convinced lawmakers that the budget was sound.", "convinced",
         "The governor"),
        # An emotion verb with no person as object keeps the plain subject.
        ("The news angered it.", "angered", "The news"),
    ],
)  # fmt: skip
def test_other_verbs_keep_their_subject(base_nlp, text, verb, expected):
    assert source_text(base_nlp, text, verb) == expected
