"""Government bodies weigh little as story evidence: they recur across a country's unrelated stories."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.stories import StoryNames, assign_stories, distinctive_names
from dossier.resolve.stories_offices import is_institution


@pytest.mark.parametrize(
    ("name", "label", "body"),
    [
        ("Ministry of Fisheries", "ORG", True),
        ("the Transport Department", "ORG", True),
        ("Federal Bureau of Prisons", "ORG", True),
        ("Congress", "ORG", True),
        ("the White House", "ORG", True),
        ("Harbour Rowing Club", "ORG", False),  # a club is a story's own name
        ("Coastal Navy", "ORG", False),  # a navy that acts in the story is no commentator
        ("Department Street", "GPE", False),  # only organisations
        ("Marta Okafor", "PERSON", False),
    ],
)
def test_stories_offices_government_bodies_by_name(name, label, body):
    assert is_institution(name, label) is body


def test_stories_offices_marked_by_distinctive_names():
    entities = [models.Entity(entity_id="min", name="Ministry of Fisheries", label="ORG", doc_ids=("a", "b")),
                models.Entity(entity_id="club", name="Harbour Rowing Club", label="ORG", doc_ids=("a", "b"))]
    names = distinctive_names(entities, {("a", "1"): "min", ("b", "1"): "min", ("a", "2"): "club"})
    assert names.offices == frozenset({"min"})


def _doc(doc_id: str) -> models.Document:
    return models.Document(doc_id=doc_id, text=f"The inquiry went on, says report {doc_id}.", title=doc_id)


@pytest.mark.parametrize(
    ("offices", "joins"),
    [
        (frozenset(), True),  # two rare organisations shared: one story
        (frozenset({"ministry", "bureau"}), False),  # two ministries that speak on every story: no tie
    ],
)
def test_stories_offices_shared_ministries_do_not_tie_stories(offices, joins):
    four = {"new", "old1", "old2", "old3"}
    names = StoryNames(doc_names={"new": {"ministry", "bureau"}}, name_docs={"ministry": four, "bureau": four},
                       offices=offices)
    update = assign_stories([_doc("new")], [], names, {"old1": "sty_a"},
                            {"sty_a": models.Story(story_id="sty_a", label="a", doc_count=1)}, total_docs=300)
    assert (update.assignments["new"] == "sty_a") is joins
