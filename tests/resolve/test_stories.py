"""Stories: which ties place a new article in a stored story, which merge stories, and how they are named."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.stories import StoryNames, _lead_words, assign_stories, distinctive_names, linked_documents


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("PORTVILLE, March 2 | Mon Mar 2, 2020 9:12 am EST PORTVILLE (Wire) - The mill closed on Monday.",
         "The mill closed on Monday."),
        ("\n\nFerry resumes Saturday 3 March 2018 14.05 GMT Boats left.", "Ferry resumes Boats left."),
        ("one two three four five six seven eight nine ten eleven twelve thirteen",
         "one two three four five six seven eight nine ten eleven twelve …"),
        ("", ""),
    ],
)
def test_stories_untitled_label_is_the_lead_without_furniture(text, label):
    assert _lead_words(text) == label


def _doc(doc_id: str) -> models.Document:
    return models.Document(doc_id=doc_id, text=f"The ferry strike went on, says report {doc_id}.",
                           title=f"Report {doc_id}")


def _story(story_id: str, size: int) -> models.Story:
    return models.Story(story_id=story_id, label=story_id, doc_count=size)


def _filler(name: str, count: int) -> set[str]:
    """A name's articles when it is common: many stored articles of no story read here."""
    return {f"{name}-{i}" for i in range(count)}


# Names of the tables below: rare ones are in two or three articles, "wire" in many.
NAME_DOCS = {
    "okafor": {"new", "old1"}, "dockers": {"new", "old1", "old2"}, "wire": {"new", "old3"} | _filler("wire", 60),
    "quay": {"new", "old3"}, "mayor": {"new", "old3"},
}


@pytest.mark.parametrize(
    ("names", "joins"),
    [
        ({"okafor", "dockers"}, "sty_a"),  # two rare names shared with a stored article
        ({"okafor"}, None),  # one rare name alone is not enough
        ({"wire", "okafor"}, None),  # a common name adds little to one rare name
    ],
)
def test_stories_new_article_joins_stored_story_by_rare_names(names, joins):
    name_docs = {name: NAME_DOCS[name] for name in names}
    update = assign_stories([_doc("new")], [], StoryNames(doc_names={"new": names}, name_docs=name_docs),
                            {"old1": "sty_a", "old2": "sty_a"},
                            {"sty_a": _story("sty_a", 2)}, total_docs=300)
    assert (update.assignments["new"] == "sty_a") is (joins == "sty_a")
    assert update.merged == {}


def test_stories_weak_second_tie_does_not_chain_two_stories():
    names = {"okafor", "dockers", "quay", "mayor"}
    name_docs = {n: NAME_DOCS[n] for n in names}
    name_docs["quay"] = {"new", "old3"}
    name_docs["mayor"] = {"new"} | _filler("mayor", 30) | {"old3"}
    story_of = {"old1": "sty_a", "old2": "sty_a", "old3": "sty_b"}
    existing = {"sty_a": _story("sty_a", 2), "sty_b": _story("sty_b", 1)}
    update = assign_stories([_doc("new")], [], StoryNames(doc_names={"new": names}, name_docs=name_docs), story_of,
                            existing, total_docs=300)
    assert update.assignments["new"] == "sty_a"
    assert update.merged == {}


def test_stories_strong_ties_to_two_stories_merge_them():
    names = {f"n{i}" for i in range(8)}
    name_docs = {f"n{i}": {"new", "old1" if i < 4 else "old3"} for i in range(8)}
    story_of = {"old1": "sty_a", "old3": "sty_b"}
    existing = {"sty_a": _story("sty_a", 5), "sty_b": _story("sty_b", 2)}
    update = assign_stories([_doc("new")], [], StoryNames(doc_names={"new": names}, name_docs=name_docs), story_of,
                            existing, total_docs=300)
    assert update.assignments["new"] == "sty_a"
    assert update.merged == {"sty_b": "sty_a"}
    assert [s.doc_count for s in update.stories] == [8]


@pytest.mark.parametrize(
    ("date_value", "location", "together"),
    [(None, None, False), ("2022-03-01", None, True), (None, "Port Ellen", True)],
)
def test_stories_shared_event_links_only_when_specific(date_value, location, together):
    event = models.Event(event_id="ev", event_type=models.EventType.MEETING, date_value=date_value,
                         date_precision=models.Precision.DAY, location=location, mention_ids=("m1", "m2"),
                         doc_ids=("new1", "new2"))
    update = assign_stories([_doc("new1"), _doc("new2")], [event], StoryNames(doc_names={}, name_docs={}), {}, {},
                            total_docs=2)
    assert (update.assignments["new1"] == update.assignments["new2"]) is together


def test_stories_linked_documents_are_the_strongly_tied_stored_ones():
    name_docs = {"okafor": {"new", "old1"}, "dockers": {"new", "old1", "old2"}}
    found = linked_documents({"new"}, [], StoryNames(doc_names={"new": {"okafor", "dockers"}}, name_docs=name_docs),
                             total_docs=300)
    assert found == {"old1"}


@pytest.mark.parametrize(
    ("label", "name", "kept", "place"),
    [("PERSON", "Maria Okafor", True, False), ("ORG", "html", False, False), ("GPE", "Port Ellen", True, True),
     ("FAC", "Pier Nine", True, False), ("DATE", "Tuesday", False, False), ("LOC", "Grey Bay", True, True)],
)
def test_stories_distinctive_names_keep_names_and_mark_places(label, name, kept, place):
    entity = models.Entity(entity_id="ent", name=name, label=label, doc_ids=("a", "b"))
    names = distinctive_names([entity], {("a", name): "ent", ("b", name): "ent"})
    assert (names.doc_names == {"a": {"ent"}, "b": {"ent"}}) is kept
    assert ("ent" in names.name_docs) is kept
    assert ("ent" in names.places) is place


@pytest.mark.parametrize(
    ("shared", "places", "joins"),
    [
        ({"okafor", "harbour"}, frozenset(), True),  # two names in six articles each
        ({"okafor", "harbour"}, frozenset({"harbour"}), False),  # a person and a place in six articles each
        ({"okafor", "vinar", "harbour"}, frozenset({"harbour"}), True),  # two people and a place
    ],
)
def test_stories_shared_places_count_for_less_than_people(shared, places, joins):
    six = {"new", "old1", "old2", "old3", "old4", "old5"}
    name_docs = {"okafor": six, "vinar": {"new", "old1"}, "harbour": six}
    names = StoryNames(doc_names={"new": shared}, name_docs={n: name_docs[n] for n in shared}, places=places)
    update = assign_stories([_doc("new")], [], names, {"old1": "sty_a"}, {"sty_a": _story("sty_a", 1)},
                            total_docs=300)
    assert (update.assignments["new"] == "sty_a") is joins

