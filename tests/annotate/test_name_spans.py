"""Organisation names the tagger ran into their neighbours, cut back to the name the article
tags on its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.names import find_names

pytestmark = pytest.mark.slow


def _names(nlp, text: str) -> list[tuple[str, str]]:
    return [(n.text, n.canonical) for n in find_names(nlp(text), "t")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nationality before a group the article names alone is no part of its name.
        ("The Kurdish YPG said it would hold the line. The YPG has thousands of fighters.",
         [("YPG", "YPG"), ("YPG", "YPG")]),
        ("The Kurdish Syrian Democratic Forces took the town. The Syrian Democratic Forces said so.",
         [("Syrian Democratic Forces", "Syrian Democratic Forces"),
          ("The Syrian Democratic Forces", "Syrian Democratic Forces")]),
    ],
)
def test_name_spans_extra_words_around_a_known_name_are_dropped(nlp, text, expected):
    assert _names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A country's ministry keeps its country: without it, it would name every country's.
        ("The Russian Foreign Ministry said talks would resume. The Foreign Ministry added nothing.",
         "Russian Foreign Ministry"),
        # Names whose parts the article never tags alone stay whole.
        ("The European Union met in the capital on Friday.", "European Union"),
        ("The Bank of England raised rates again.", "Bank of England"),
    ],
)
def test_name_spans_real_names_stay_whole(nlp, text, kept):
    assert kept in {canonical for _, canonical in _names(nlp, text)}


def test_name_spans_no_name_holds_an_unclosed_bracket(nlp):
    names = _names(nlp, "The Islamic State (Isis militants fled. The Islamic State lost ground.")
    assert all("(" not in canonical for _, canonical in names)
    assert "Islamic State" in {canonical for _, canonical in names}
