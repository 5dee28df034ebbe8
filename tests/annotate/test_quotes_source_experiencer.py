"""Who feels what an emotion verb says (quotes_source_experiencer, quotes_source.source_of); on
sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes_source import source_of


def _source_text(base_nlp, text: str, verb: str) -> str | None:
    doc = base_nlp(text)
    cue = next(token for token in doc if token.text == verb)
    span = source_of(cue)
    return None if span is None else doc[span[0] : span[1]].text


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
    assert _source_text(base_nlp, text, verb) == expected


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
    assert _source_text(base_nlp, text, verb) == expected
