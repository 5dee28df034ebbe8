"""A near-duplicate article's report joins its original's report of the same sentence."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.resolve.events import resolve_events

from .reports import report

T = models.EventType
SENTENCE = "Rebels shelled the border post on Sunday, witnesses said."


def _documents(copy_of: str | None) -> dict[str, models.Document]:
    return {
        "a": models.Document(doc_id="a", text="", outlet="Wire", published=date(2030, 1, 3)),
        "b": models.Document(doc_id="b", text="", outlet="Herald", published=date(2030, 1, 3), near_duplicate_of=copy_of),
        "c": models.Document(doc_id="c", text="", outlet="Courier", published=date(2030, 1, 3)),
    }


def _reports(sentence_b: str = SENTENCE) -> list[models.EventMention]:
    return [report("m1", "a", SENTENCE, "shelled", event_type=T.ATTACK, day=None, source="publication"),
            report("m2", "b", sentence_b, "shelled", event_type=T.ATTACK, day=None, source="publication"),
            report("m3", "c", SENTENCE, "shelled", event_type=T.ATTACK, day=None, source="publication")]


@pytest.mark.parametrize(
    ("copy_of", "sentence_b", "expected"),
    [
        # the copy's report of the same sentence is the original's happening
        ("a", SENTENCE, [["m1", "m2"], ["m3"]]),
        # an article that is no copy stays on its own, however alike its sentence
        (None, SENTENCE, [["m1"], ["m2"], ["m3"]]),
        # a copy whose sentence was rewritten is left to the usual rules
        ("a", "Rebels shelled a second post near the river on Sunday.", [["m1"], ["m2"], ["m3"]]),
    ],
)
def test_events_copies_follow_their_original(copy_of, sentence_b, expected):
    events = resolve_events(_reports(sentence_b), _documents(copy_of))
    assert sorted(sorted(e.mention_ids) for e in events) == expected


def test_events_copies_an_event_left_empty_by_its_copy_is_dropped_not_weighed():
    # The copy's report, dated only by its own later publication day, first founds an event of its
    # own; once it follows its original, that event is empty and must not be weighed again.
    original = report("m1", "a", SENTENCE, "shelled", event_type=T.ATTACK, day="2030-01-02", source="sentence")
    copy = report("m2", "b", SENTENCE, "shelled", event_type=T.ATTACK, day="2030-05-20", source="publication")
    events = resolve_events([original, copy], _documents("a"))
    assert sorted(sorted(e.mention_ids) for e in events) == [["m1", "m2"]]
