"""Story ties: which events and names count as evidence that two articles tell one story, and how much."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.stories_links import PLACE_SHARE, event_pairs, is_name_like, is_specific, name_scores, name_weight


def _event(date_value=None, precision=models.Precision.DAY, location=None, doc_ids=("a", "b")):
    return models.Event(event_id="ev", event_type=models.EventType.ATTACK, date_value=date_value,
                        date_precision=precision, location=location, mention_ids=("m1", "m2"), doc_ids=doc_ids)


@pytest.mark.parametrize(
    ("event", "specific"),
    [
        (_event(), False),
        (_event(date_value="2021-05-04"), True),
        (_event(date_value="2021-05", precision=models.Precision.MONTH), False),
        (_event(location="Harbour Town"), True),
        (_event(date_value="2021", precision=models.Precision.YEAR, location="Harbour Town"), True),
    ],
)
def test_stories_links_event_is_specific_only_with_a_day_or_place(event, specific):
    assert is_specific(event) is specific


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("Maria Okafor", True),
        ("Harbour Workers Union", True),
        ("Smith Brothers Co", True),
        ("G7", True),
        ("html", False),
        ("x. htm", False),
        ("weeklyherald", False),
        ("news / 2019", False),
        ("www. harbourgazette", False),
        ("Gazette.com", False),
    ],
)
def test_stories_links_web_pieces_are_not_names(name, usable):
    assert is_name_like(name) is usable


@pytest.mark.parametrize(
    ("rare", "common", "total"),
    [(1, 2, 10), (2, 30, 500), (5, 150, 1000), (1, 199, 200)],
)
def test_stories_links_rarer_names_weigh_more(rare, common, total):
    assert name_weight(rare, total) > name_weight(common, total) > 0


@pytest.mark.parametrize(("doc_count", "total"), [(201, 1000), (0, 10), (200, 200)])
def test_stories_links_names_in_too_many_articles_weigh_nothing(doc_count, total):
    assert name_weight(doc_count, total) == 0.0


def test_stories_links_name_scores_sum_shared_weights():
    doc_names = {"new": {"rare", "common"}}
    name_docs = {"rare": {"new", "old"}, "common": {"new", "old", *(f"d{i}" for i in range(40))}}
    scores = name_scores("new", doc_names, name_docs, total_docs=400)
    assert scores["old"] == pytest.approx(name_weight(2, 400) + name_weight(42, 400))
    assert scores["d3"] == pytest.approx(name_weight(42, 400))
    assert "new" not in scores


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_event(doc_ids=("new", "old")), {}),
        (_event(date_value="2021-05-04", doc_ids=("new", "old")), {"new": {"old": 1.0}}),
        (_event(location="Harbour Town", doc_ids=("old", "older")), {}),
    ],
)
def test_stories_links_event_pairs_tie_new_articles_through_specific_events(event, expected):
    assert event_pairs([event], {"new"}) == expected


@pytest.mark.parametrize(("places", "share"), [(frozenset(), 1.0), (frozenset({"port"}), PLACE_SHARE)])
def test_stories_links_place_names_count_for_a_share(places, share):
    scores = name_scores("new", {"new": {"port"}}, {"port": {"new", "old"}}, total_docs=300, places=places)
    assert scores["old"] == pytest.approx(share * name_weight(2, 300))
