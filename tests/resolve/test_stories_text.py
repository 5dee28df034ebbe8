"""Text ties between articles: content-word profiles compared by cosine, only with name-tied articles."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve import stories
from dossier.resolve.stories import StoryNames, assign_stories, text_candidates
from dossier.resolve.stories_text import cosine, word_profile

CLIMB = ("A climber from Westford fell from the northern ridge of the peak and is presumed dead, "
         "rescuers searching the glacier said.")
CLIMB_AGAIN = ("Rescuers called off the glacier search for the Westford climber presumed dead after "
               "a fall from the ridge.")
BUDGET = "The council approved a budget that raises parking charges and trims library hours."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The ferry and the harbour", {"ferry", "harbour"}),
        ("It is on to us", set()),
        ("Storm, storm, STORM!", {"storm"}),
    ],
)
def test_stories_text_profile_keeps_content_words(text, words):
    assert set(word_profile(text)) == words


@pytest.mark.parametrize(
    ("first", "second", "low", "high"),
    [
        (CLIMB, CLIMB, 0.999, 1.001),
        (CLIMB, CLIMB_AGAIN, 0.4, 0.9),
        (CLIMB, BUDGET, -0.001, 0.05),
        ("", CLIMB, -0.001, 0.001),
    ],
)
def test_stories_text_cosine_of_profiles(first, second, low, high):
    assert low <= cosine(word_profile(first), word_profile(second)) <= high


def _doc(doc_id: str, text: str) -> models.Document:
    return models.Document(doc_id=doc_id, text=text)


@pytest.mark.parametrize(("second_text", "together"), [(CLIMB_AGAIN, True), (BUDGET, False)])
def test_stories_text_similarity_adds_to_a_weak_name_tie(second_text, together):
    # One name in both articles (too weak alone); similar wording makes the tie.
    names = StoryNames(doc_names={"a": {"westford"}, "b": {"westford"}}, name_docs={"westford": {"a", "b"}})
    docs = [_doc("a", CLIMB), _doc("b", second_text)]
    texts = {d.doc_id: d.text for d in docs}
    update = assign_stories(docs, [], names, {}, {}, total_docs=300, texts=texts)
    assert (update.assignments["a"] == update.assignments["b"]) is together


def test_stories_text_similarity_needs_a_shared_name():
    docs = [_doc("a", CLIMB), _doc("b", CLIMB_AGAIN)]
    update = assign_stories(docs, [], StoryNames(doc_names={}, name_docs={}), {}, {}, total_docs=300,
                            texts={d.doc_id: d.text for d in docs})
    assert update.assignments["a"] != update.assignments["b"]


def test_stories_text_candidates_are_the_best_name_tied_few(monkeypatch):
    monkeypatch.setattr(stories, "TEXT_CANDIDATES", 2)
    name_docs = {"rare": {"new", "old1"}, "mid": {"new", "old1", "old2", "old3"},
                 "wide": {"new", "old1", "old2", "old3", "old4"} | {f"x{i}" for i in range(20)}}
    names = StoryNames(doc_names={"new": set(name_docs)}, name_docs=name_docs)
    assert text_candidates({"new"}, [], names, total_docs=300) == {"old1", "old2"}


def test_stories_text_short_notes_do_not_tie_by_wording():
    # Two one-line notes with the same few words: their wording is no evidence of one story.
    names = StoryNames(doc_names={"a": {"westford"}, "b": {"westford"}}, name_docs={"westford": {"a", "b"}})
    docs = [_doc("a", "Climber missing on ridge."), _doc("b", "Climber missing on ridge.")]
    update = assign_stories(docs, [], names, {}, {}, total_docs=300, texts={d.doc_id: d.text for d in docs})
    assert update.assignments["a"] != update.assignments["b"]


TWO_NAMES = StoryNames(doc_names={"a": {"westford", "halloran"}, "b": {"westford", "halloran"}},
                       name_docs={"westford": {"a", "b"}, "halloran": {"a", "b"}})


@pytest.mark.parametrize(("second_text", "together"), [(CLIMB_AGAIN, True), (BUDGET * 3, False)])
def test_stories_text_dissimilar_wording_weakens_a_name_tie(second_text, together):
    # Two rare names would tie the articles alone; wording with nearly nothing in common halves that,
    # as when two stories both name the same minister.
    docs = [_doc("a", CLIMB), _doc("b", second_text)]
    update = assign_stories(docs, [], TWO_NAMES, {}, {}, total_docs=300, texts={d.doc_id: d.text for d in docs})
    assert (update.assignments["a"] == update.assignments["b"]) is together


def test_stories_text_names_alone_tie_when_the_texts_are_not_read():
    docs = [_doc("a", CLIMB), _doc("b", BUDGET * 3)]
    update = assign_stories(docs, [], TWO_NAMES, {}, {}, total_docs=300)
    assert update.assignments["a"] == update.assignments["b"]


def test_stories_text_short_notes_are_not_judged_dissimilar():
    # Too few words to tell: the name tie stands as it is.
    docs = [_doc("a", "Westford climber Halloran missing."), _doc("b", BUDGET * 3)]
    update = assign_stories(docs, [], TWO_NAMES, {}, {}, total_docs=300, texts={d.doc_id: d.text for d in docs})
    assert update.assignments["a"] == update.assignments["b"]
