"""Stories replayed from a built dossier's entities and events, one article (or batch) at a time."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.evaluate.stories_replay import replay_stories

CLIMB = ("A climber from Westford fell from the northern ridge of the peak and is presumed dead, "
         "rescuers searching the glacier said.")
CLIMB_AGAIN = ("Rescuers called off the glacier search for the Westford climber presumed dead after "
               "a fall from the ridge.")
BUDGET = ("The council approved a budget that raises parking charges and trims library hours, "
          "after a long debate over bus fares and school meals.")


def _docs(*ids: str) -> list[models.Document]:
    texts = {"a": CLIMB, "b": CLIMB_AGAIN, "c": BUDGET}
    return [models.Document(doc_id=doc_id, text=texts[doc_id]) for doc_id in ids]


ENTITIES = [
    models.Entity(entity_id="climber", name="Tom Halloran", label="PERSON", doc_ids=("a", "b")),
    models.Entity(entity_id="club", name="Westford Alpine Club", label="ORG", doc_ids=("a", "b")),
    models.Entity(entity_id="council", name="Westford Town Council", label="ORG", doc_ids=("c",)),
]


@pytest.mark.parametrize("batch", [1, 3])
def test_stories_replay_groups_the_articles_that_share_names(batch):
    found = replay_stories(_docs("a", "c", "b"), ENTITIES, [], batch=batch)
    assert found["a"] == found["b"]
    assert found["c"] != found["a"]


def test_stories_replay_sees_only_the_articles_that_have_arrived():
    # With only the first article in, its names are in no other article yet: a story of its own.
    found = replay_stories(_docs("a"), ENTITIES, [], batch=1)
    assert list(found) == ["a"]


def test_stories_replay_ties_through_a_dated_event_of_both_articles():
    # No name in common this time: the fall on one day, reported by both, ties them.
    event = models.Event(event_id="fall", event_type=models.EventType.OTHER, date_value="2024-03-02",
                         date_precision=models.Precision.DAY, location=None, mention_ids=("m1", "m2"),
                         doc_ids=("a", "b"))
    assert len(set(replay_stories(_docs("a", "b"), [], [event], batch=1).values())) == 1
    assert len(set(replay_stories(_docs("a", "b"), [], [], batch=1).values())) == 2
