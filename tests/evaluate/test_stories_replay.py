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


CASE = "A court in the capital heard the appeal of the detained aid worker, her lawyer said on day {}."
SHIP = "The seized tanker stayed at anchor off the port while the crew waited for fuel on day {}."
ROUNDUP = "A weekly roundup: the aid worker's appeal and the seized tanker, the two cases officials discuss."


def _dense_dossier() -> tuple[list[models.Document], list[models.Entity]]:
    """Four reports of a detainee's appeal, four of a seized ship, and a roundup naming both."""
    case_ids, ship_ids = [f"case{i}" for i in range(4)], [f"ship{i}" for i in range(4)]
    docs = ([models.Document(doc_id="roundup", text=ROUNDUP)]
            + [models.Document(doc_id=d, text=CASE.format(i)) for i, d in enumerate(case_ids)]
            + [models.Document(doc_id=d, text=SHIP.format(i)) for i, d in enumerate(ship_ids)])
    entities = [
        models.Entity(entity_id="worker", name="Amira Hassan", label="PERSON", doc_ids=("roundup", *case_ids)),
        models.Entity(entity_id="lawyer", name="Dana Odell", label="PERSON", doc_ids=("roundup", *case_ids)),
        models.Entity(entity_id="ship", name="Sea Lark", label="ORG", doc_ids=("roundup", *ship_ids)),
        models.Entity(entity_id="captain", name="Piet Brandt", label="PERSON", doc_ids=("roundup", *ship_ids)),
    ]
    return docs, entities


def test_stories_replay_splits_a_story_chained_through_a_roundup():
    # Fed one at a time, each ship report joins the story the roundup started: one story, unless
    # the grown story is clustered again.
    docs, entities = _dense_dossier()
    chained = replay_stories(docs, entities, [], batch=1, split=False)
    assert len(set(chained.values())) == 1
    found = replay_stories(docs, entities, [], batch=1, split=True)
    assert len({found[f"case{i}"] for i in range(4)}) == 1
    assert len({found[f"ship{i}"] for i in range(4)}) == 1
    assert found["case0"] != found["ship0"]
    assert found["roundup"] in {found["case0"], found["ship0"]}
