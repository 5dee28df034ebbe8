"""Event coreference scorer and clustering on small mention lists written for these tests."""

from __future__ import annotations

import pickle

import pytest

from dossier.errors import DossierError
from dossier.resolve.coref import (
    THRESHOLD,
    CorefMention,
    build_context,
    cluster_mentions,
    lemma_relation,
    score_pair,
)


def _m(mention_id: str, doc_id: str, trigger: str, lemma: str, sentence: str, **extra) -> CorefMention:
    return CorefMention(mention_id=mention_id, doc_id=doc_id, trigger=trigger, head_lemma=lemma,
                        sentence=sentence, **extra)


# Two invented articles on one earthquake in the invented town of Varnholm, one on another quake.
QUAKE_A = _m("a1", "docA", "earthquake", "earthquake",
             "A strong earthquake shook Varnholm on Tuesday morning , toppling the old clock tower .",
             date_value="2031-04-08", location="Varnholm", participants=("clock tower",))
QUAKE_B = _m("b1", "docB", "quake", "quake",
             "The quake that hit Varnholm on Tuesday brought down the clock tower and cut power .",
             date_value="2031-04-08", location="Varnholm", participants=("clock tower",))
DEATH_A = _m("a2", "docA", "died", "die",
             "Two fishermen died when their boat capsized in the harbour of Varnholm .",
             date_value="2031-04-08", location="Varnholm", participants=("fishermen",))
DEATH_B = _m("b2", "docB", "deaths", "death",
             "Rescuers confirmed the deaths of two fishermen in the Varnholm harbour .",
             date_value="2031-04-08", location="Varnholm", participants=("fishermen",))
QUAKE_C = _m("c1", "docC", "earthquake", "earthquake",
             "A strong earthquake shook Ostrava Bay on Friday , toppling a church tower .",
             date_value="2031-09-19", location="Ostrava Bay", participants=("church tower",))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("arrest", "arrest", "same"),
        ("arrest", "arrests", "family"),
        ("shoot", "shooting", "family"),
        ("quake", "earthquake", "family"),
        ("die", "death", "synonym"),
        ("kill", "murder", "synonym"),
        ("flood", "floodplain", "prefix"),
        ("kill", "meet", "none"),
    ],
)
def test_coref_lemma_relation(a, b, expected):
    assert lemma_relation(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [(QUAKE_A, QUAKE_B), (DEATH_A, DEATH_B)],
)
def test_coref_same_happening_across_articles_scores_above_threshold(a, b):
    context = build_context([QUAKE_A, QUAKE_B, DEATH_A, DEATH_B, QUAKE_C])
    assert score_pair(a, b, context) > THRESHOLD


def _with(mention: CorefMention, **change) -> CorefMention:
    return CorefMention(**({f: getattr(mention, f) for f in CorefMention.__slots__} | change))


@pytest.mark.parametrize(
    ("a_change", "b_change", "why"),
    [
        ({}, {"date_value": "2031-09-19"}, "dates cannot overlap"),
        ({}, {"location": "Ostrava Bay"}, "places differ"),
        ({"event_type": "earthquake"}, {"event_type": "flood"}, "event types differ"),
    ],
)
def test_coref_conflicting_hard_evidence_vetoes_a_pair(a_change, b_change, why):
    a, b = _with(QUAKE_A, **a_change), _with(QUAKE_B, **b_change)
    assert score_pair(a, b, build_context([a, b])) == 0.0, why


@pytest.mark.parametrize(
    ("a_location", "b_location"),
    [("Varnholm", "varnholm"), ("Varnholm", "Varnholm harbour"), ("Varnholm", None)],
)
def test_coref_compatible_places_do_not_veto(a_location, b_location):
    a, b = _with(QUAKE_A, location=a_location), _with(QUAKE_B, location=b_location)
    assert score_pair(a, b, build_context([a, b])) > THRESHOLD


@pytest.mark.parametrize(
    ("a_date", "b_date"),
    [("2031-04", "2031-04-08"), ("2031-04-08", None), ("2031", "2031-04-08")],
)
def test_coref_dates_of_different_precision_do_not_conflict(a_date, b_date):
    a = _m("x", "d1", "earthquake", "earthquake", "An earthquake shook Varnholm .", date_value=a_date)
    b = _m("y", "d2", "quake", "quake", "The quake shook Varnholm .", date_value=b_date)
    assert score_pair(a, b, build_context([a, b])) > THRESHOLD


def test_coref_clusters_two_articles_apart_from_a_different_quake():
    clusters = cluster_mentions([QUAKE_A, DEATH_A, QUAKE_B, DEATH_B, QUAKE_C])
    assert clusters == [{"a1", "b1"}, {"a2", "b2"}, {"c1"}]


def test_coref_same_words_without_dates_or_places_do_merge():
    # the control for the test above: without the conflicting date and place, the wording wins
    bare = CorefMention(mention_id="c1", doc_id="docC", trigger="earthquake", head_lemma="earthquake",
                        sentence=QUAKE_A.sentence)
    assert {"a1", "b1", "c1"} in cluster_mentions([QUAKE_A, QUAKE_B, bare])


def test_coref_groups_never_merge():
    a = _m("x", "d1", "earthquake", "earthquake", "An earthquake shook Varnholm .", group="story-1")
    b = _m("y", "d2", "earthquake", "earthquake", "An earthquake shook Varnholm .", group="story-2")
    assert cluster_mentions([a, b]) == [{"x"}, {"y"}]


def test_coref_reports_of_speech_in_different_articles_stay_apart():
    a = _m("x", "d1", "said", "say", "The mayor of Varnholm said the bridge would reopen soon .")
    b = _m("y", "d2", "said", "say", "A harbour official said the ferries were running late .")
    assert cluster_mentions([a, b]) == [{"x"}, {"y"}]


def test_coref_unrelated_triggers_stay_apart():
    a = _m("x", "d1", "flooded", "flood", "The river flooded the lower town of Varnholm .")
    b = _m("y", "d2", "elected", "elect", "Varnholm elected a new council in the spring .")
    assert cluster_mentions([a, b]) == [{"x"}, {"y"}]


@pytest.mark.parametrize(
    ("mentions", "threshold", "message"),
    [
        ([QUAKE_A, QUAKE_A], THRESHOLD, "appears twice"),
        ([QUAKE_A], 1.5, "outside"),
    ],
)
def test_coref_bad_input_is_an_error(mentions, threshold, message):
    with pytest.raises(DossierError, match=message):
        cluster_mentions(mentions, threshold=threshold)


def test_coref_functions_and_records_pickle():
    restored = pickle.loads(pickle.dumps((cluster_mentions, score_pair, QUAKE_A)))
    assert restored[0]([restored[2], QUAKE_B]) == [{"a1", "b1"}]
