"""The ECB+ pair scorer as same-day evidence where the event rules find none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.resolve.events import Cluster, resolve_events
from dossier.resolve.events_pairs import as_coref_mention, pair_model_agrees

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper()) for d in "abc"}


def _undated(mid, doc, sentence, trigger, event_type=T.ATTACK):
    """A report of an article without a date: dated by nothing, as ECB+'s older articles are."""
    start = sentence.index(trigger)
    return models.EventMention(
        mention_id=mid, doc_id=doc, event_type=event_type, trigger=trigger, trigger_start=start,
        trigger_end=start + len(trigger), sentence_index=0, sentence_start=0, sentence_end=len(sentence),
        sentence=sentence, date_value=None, date_precision=models.Precision.DAY, date_source="publication",
        status=models.EventStatus.HAPPENED, confidence=0.9,
    )


def _cluster(*mentions):
    cluster = Cluster()
    for mention in mentions:
        cluster.add(mention)
    return cluster


KILLED = _undated("a1", "a", "A gunman killed a night guard at the bottling plant.", "killed")


@pytest.mark.parametrize(
    ("sentence", "trigger", "agrees"),
    [
        ("The killing of the guard shocked the town.", "killing", True),  # one word family, one guard
        ("Another killing was reported at a farm nearby.", "killing", False),  # one more happening
        ("Pickets blocked the gate of the plant.", "blocked", False),  # unrelated words
    ],
)
def test_events_pairs_the_scorer_agrees_on_one_happening_told_twice(sentence, trigger, agrees):
    assert pair_model_agrees(_undated("b1", "b", sentence, trigger), _cluster(KILLED)) is agrees


def _dated(mention):
    return replace(mention, date_value="2030-03-04")


def test_events_pairs_two_articles_reports_of_one_killing_of_a_day_merge():
    other = _undated("b1", "b", "The killing of the guard shocked the town.", "killing")
    unrelated = _undated("c1", "c", "Rioters set fire to cars on the ring road.", "set")
    mentions = [_dated(m) for m in (KILLED, other, unrelated)]
    docs = {d: replace(doc, published=date(2030, 3, 4)) for d, doc in DOCS.items()}
    assert sorted(sorted(e.mention_ids) for e in resolve_events(mentions, docs)) == [["a1", "b1"], ["c1"]]


def test_events_pairs_undated_reports_get_no_word_from_the_scorer():
    # undated, "killed" and "the killing" may be two shootings of two cities: no day, no merge
    other = _undated("b1", "b", "The killing of the guard shocked the town.", "killing")
    assert sorted(sorted(e.mention_ids) for e in resolve_events([KILLED, other], DOCS)) == [["a1"], ["b1"]]


def test_events_pairs_coref_view_keeps_the_trigger_inside_its_sentence():
    view = as_coref_mention(KILLED)
    assert view.sentence[view.trigger_span[0]:view.trigger_span[1]] == "killed" and view.event_type == "attack"


def test_events_pairs_an_empty_event_gets_no_agreement():
    assert pair_model_agrees(KILLED, Cluster()) is False


def test_events_pairs_a_report_is_asked_against_the_events_reports_most_like_it():
    # An event told in many words: two reports of the killing, three of what followed at the plant.
    told = [KILLED, _undated("c1", "c", "The guard was killed at the bottling plant overnight.", "killed")]
    after = [_undated(f"c{i}", "c", sentence, trigger) for i, (sentence, trigger) in enumerate(
        [("Workers marched to the town hall on Friday.", "marched"),
         ("Pickets blocked the gate of the plant.", "blocked"),
         ("Unions staged a strike across the region.", "strike")], start=2)]
    report = _undated("b1", "b", "The killing of the guard shocked the town.", "killing")
    assert pair_model_agrees(report, _cluster(*told, *after))  # the mean over all five would not pass
    assert not pair_model_agrees(report, _cluster(*after))  # none of them tells the killing


def test_events_pairs_one_alike_report_among_many_is_not_enough():
    after = [_undated(f"c{i}", "c", sentence, trigger) for i, (sentence, trigger) in enumerate(
        [("Workers marched to the town hall on Friday.", "marched"),
         ("Pickets blocked the gate of the plant.", "blocked")])]
    report = _undated("b1", "b", "The killing of the guard shocked the town.", "killing")
    scores_alone = pair_model_agrees(report, _cluster(KILLED))
    assert scores_alone and not pair_model_agrees(report, _cluster(KILLED, *after))


@pytest.mark.parametrize(
    ("others", "agrees"),
    [
        # one report of the event marks one more killing: it is left out, the others still decide
        (("Another killing was reported at a farm nearby.",), True),
        ((), True),
    ],
)
def test_events_pairs_an_events_report_marking_another_vetoes_nothing(others, agrees):
    marked = [_undated(f"c{i}", "c", sentence, "killing") for i, sentence in enumerate(others)]
    report = _undated("b1", "b", "The killing of the guard shocked the town.", "killing")
    assert pair_model_agrees(report, _cluster(KILLED, *marked)) is agrees


def test_events_pairs_an_event_of_marked_reports_only_agrees_with_nothing():
    marked = _undated("c1", "c", "Another killing was reported at the bottling plant.", "killing")
    report = _undated("b1", "b", "The killing of the guard shocked the town.", "killing")
    assert pair_model_agrees(report, _cluster(marked)) is False
