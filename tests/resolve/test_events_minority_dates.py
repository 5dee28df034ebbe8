"""An event's date and moves when most of its articles give no day: our own sentences."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve import events
from dossier.resolve.events import Cluster, _second_chance
from .reports import event, report

T = models.EventType
BACKGROUND = "On Nov. 17 the guards moved in with tanks, killing a student at the gate."
RETOLD = "The killing of the boy by a guard set off the clashes."
AGAIN = "Students marched again after the killing of the boy."


def _undated(mid: str, doc: str, sentence: str = RETOLD) -> models.EventMention:
    return report(mid, doc, sentence, "killing", event_type=T.ATTACK, day=None, source="publication")


def test_one_article_does_not_date_an_event_most_articles_tell_undated():
    background = report("m1", "a", BACKGROUND, "killing", event_type=T.ATTACK, day="1973-11-17", source="sentence")
    cluster = event(background, _undated("m2", "b"), _undated("m3", "c", AGAIN))
    assert cluster.date_value is None
    assert cluster.dated_by == {"1973-11-17": {"a"}}  # the date is still known to the event


def test_one_article_dates_an_event_told_undated_by_one_other():
    background = report("m1", "a", BACKGROUND, "killing", event_type=T.ATTACK, day="1973-11-17", source="sentence")
    assert event(background, _undated("m2", "b")).date_value == "1973-11-17"


def test_two_articles_date_an_event_whatever_the_undated_ones():
    first = report("m1", "a", BACKGROUND, "killing", event_type=T.ATTACK, day="1973-11-17", source="sentence")
    second = report("m2", "b", BACKGROUND, "killing", event_type=T.ATTACK, day="1973-11-17", source="sentence")
    cluster = event(first, second, _undated("m3", "c"), _undated("m4", "d"), _undated("m5", "e", AGAIN))
    assert cluster.date_value == "1973-11-17"


def _dated_event() -> Cluster:
    return event(*(report(f"d{i}", f"x{i}", "A gunman killed a clerk at the firm on Monday.", "killed",
                          event_type=T.ATTACK, day="2007-04-09", source="sentence") for i in range(4)))


@pytest.mark.parametrize("fitting, moves", [({"u1"}, False), ({"u1", "u2"}, True)])
def test_an_undated_event_of_three_articles_moves_only_when_two_articles_fit(monkeypatch, fitting, moves):
    monkeypatch.setattr(events, "_compatibility", lambda m, c, *a, **k: 1.0 if m.mention_id in fitting else 0.0)
    dated, undated = _dated_event(), event(_undated("u1", "p"), _undated("u2", "q"), _undated("u3", "r"))
    _second_chance([undated, dated], {})
    assert (len(dated.mentions) == 7) is moves


def test_one_articles_undated_account_moves_on_its_best_tied_report(monkeypatch):
    monkeypatch.setattr(events, "_compatibility", lambda m, c, *a, **k: 1.0 if m.mention_id == "u1" else 0.0)
    dated, undated = _dated_event(), event(_undated("u1", "p"), _undated("u2", "p", AGAIN))
    _second_chance([undated, dated], {})
    assert len(dated.mentions) == 6 and not undated.mentions


def test_an_event_counts_the_undated_articles_of_one_it_absorbs():
    background = report("m1", "a", BACKGROUND, "killing", event_type=T.ATTACK, day="1973-11-17", source="sentence")
    dated, undated = event(background), event(_undated("m2", "b"), _undated("m3", "c", AGAIN))
    assert dated.date_value == "1973-11-17"
    dated.absorb(undated)
    assert dated.date_value is None and dated.articles == {"a", "b", "c"}
    assert not undated.mentions and not undated.articles and not undated.articles_with_day


def test_an_article_giving_its_day_once_is_not_counted_undated_for_its_other_reports():
    background = report("m1", "a", BACKGROUND, "killing", event_type=T.ATTACK, day="1973-11-17", source="sentence")
    cluster = event(background, _undated("m2", "a", AGAIN), _undated("m3", "b"))
    assert cluster.date_value == "1973-11-17"  # one undated article against one dating article
