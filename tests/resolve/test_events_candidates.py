"""An undated election report joins the dated election whose reports give shares to its candidates."""

from __future__ import annotations

from dossier import models
from dossier.resolve.events_candidates import same_candidates


def _m(mid, names):
    return models.EventMention(
        mention_id=mid, doc_id=mid, event_type=models.EventType.ELECTION, trigger="vote", trigger_start=0,
        trigger_end=4, sentence_index=0, sentence_start=0, sentence_end=10, sentence="s", date_value=None,
        date_precision=models.Precision.DAY, date_source="publication", status=models.EventStatus.HAPPENED,
        confidence=0.9, quantities=tuple(models.EventQuantity(role=f"vote_share@{n}", text="x", low=1, high=1,
                                                              start=0, end=1) for n in names))


def test_events_candidates_same_candidates_named_more_or_less_fully():
    assert same_candidates(_m("a", ["piet vandam smit", "roe"]), [_m("b", ["ann roe", "piet vandam"])])


def test_events_candidates_another_candidate_is_another_election():
    assert not same_candidates(_m("a", ["roe", "karl falk"]), [_m("b", ["ann roe", "piet vandam"])])
    assert not same_candidates(_m("a", []), [_m("b", ["ann roe"])])
