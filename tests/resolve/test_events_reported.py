"""A report dated only by its publication day joins an event of a known day a few days before it
when the fitted pair scorer finds the two told alike (``events_reported``)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.resolve.events import Cluster
from dossier.resolve.events_reported import DAYS_APART_SCORE, LATER_REPORT_DAYS, retold_days_apart, retold_later
from .reports import groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2024, 3, 9)) for d in "abc"}
SUNDAY = "2024-03-03"
ARREST = report("a1", "a", "Police arrested a singer outside a nightclub on Sunday night.", "arrested",
                event_type=T.ARREST, day=SUNDAY, source="sentence")


def _later(mid, doc, sentence, trigger, published, *, event_type=T.ARREST):
    """A report its article tells with no day of its own: dated by the day it was published."""
    return report(mid, doc, sentence, trigger, event_type=event_type, day=published, source="publication")


@pytest.mark.parametrize(
    ("sentence", "trigger", "published", "merged"),
    [
        # two days on, in like words: the Sunday arrest retold
        ("Police arrested the singer outside the nightclub, his agent confirmed.", "arrested", "2024-03-05", True),
        # a day on
        ("The singer was arrested outside a nightclub, police said.", "arrested", "2024-03-04", True),
        # two weeks on, like words are as likely another arrest of the kind
        ("Police arrested the singer outside the nightclub, his agent confirmed.", "arrested", "2024-03-17", False),
        # "another arrest": the same words for one more happening
        ("Police made another arrest outside the nightclub.", "arrest", "2024-03-05", False),
        # "an arrest": an event noun with an indefinite article introduces a happening not yet told
        ("Police made an arrest outside the nightclub.", "arrest", "2024-03-05", False),
    ],
)
def test_events_reported_a_later_report_in_like_words_joins_the_dated_event(sentence, trigger, published, merged):
    later = _later("b1", "b", sentence, trigger, published)
    assert (groups([ARREST, later], DOCS) == [["a1", "b1"]]) is merged


def test_events_reported_asks_nothing_of_an_event_known_only_by_a_month():
    cluster = Cluster()
    cluster.add(report("a1", "a", "Police arrested a singer outside a nightclub in February.", "arrested",
                       event_type=T.ARREST, day="2024-02", source="sentence"))
    later = _later("b1", "b", "Police arrested the singer outside the nightclub, his agent confirmed.", "arrested",
                   "2024-03-05")
    assert not retold_later(later, cluster)


def test_events_reported_asks_nothing_of_a_report_with_a_day_of_its_own():
    cluster = Cluster()
    cluster.add(ARREST)
    dated = report("b1", "b", "Police arrested the singer outside the nightclub on Tuesday.", "arrested",
                   event_type=T.ARREST, day="2024-03-05", source="sentence")
    assert not retold_later(dated, cluster)


def test_events_reported_the_window_is_a_week():
    cluster = Cluster()
    cluster.add(ARREST)
    sentence = "Police arrested the singer outside the nightclub, his agent confirmed."
    inside = _later("b1", "b", sentence, "arrested", f"2024-03-{3 + LATER_REPORT_DAYS:02d}")
    outside = _later("c1", "c", sentence, "arrested", f"2024-03-{4 + LATER_REPORT_DAYS:02d}")
    assert retold_later(inside, cluster) and not retold_later(outside, cluster)


@pytest.mark.parametrize(
    ("sentence", "trigger", "merged"),
    [
        # the article dates the arrest in its lead, then retells it without a day
        ("The singer was arrested after a brawl, his agent said.", "arrested", True),
        # the same article's report of another detention, in other words
        ("Officers also held a photographer for questioning.", "held", False),
    ],
)
def test_events_reported_an_article_s_undated_retelling_joins_its_own_dated_event(sentence, trigger, merged):
    elsewhere = report("b1", "b", "A singer was arrested outside a nightclub on Sunday.", "arrested",
                       event_type=T.ARREST, day=SUNDAY, source="sentence")
    later = _later("a2", "a", sentence, trigger, "2024-03-06")
    found = groups([ARREST, elsewhere, later], DOCS)
    assert (found == [["a1", "a2", "b1"]]) is merged
    assert merged or found == [["a1", "b1"], ["a2"]]


@pytest.mark.parametrize(
    ("sentence", "trigger", "published", "merged"),
    [
        # a day on, neither giving a day of its own, in like words: one arrest
        ("The singer was arrested outside the nightclub, police confirmed.", "arrested", "2024-03-05", True),
        # in either order of the days: the earlier report placed after the later one
        ("The singer was arrested outside the nightclub, police confirmed.", "arrested", "2024-03-03", True),
        # two weeks on, like words are as likely another arrest of the kind
        ("The singer was arrested outside the nightclub, police confirmed.", "arrested", "2024-03-20", False),
        # "an arrest" introduces a happening the reader has not met; "another" one more of them
        ("Police made an arrest outside the nightclub.", "arrest", "2024-03-05", False),
        ("Police made another arrest outside the nightclub.", "arrest", "2024-03-05", False),
    ],
)
def test_events_reported_two_reports_without_a_day_published_days_apart(sentence, trigger, published, merged):
    first = _later("a1", "a", "Police arrested the singer outside a nightclub, his agent said.", "arrested",
                   "2024-03-04")
    assert (groups([first, _later("b1", "b", sentence, trigger, published)], DOCS) == [["a1", "b1"]]) is merged


def test_events_reported_days_apart_leaves_an_event_with_a_day_to_retold_later():
    cluster = Cluster()
    cluster.add(ARREST)
    later = _later("b1", "b", "Police arrested the singer outside the nightclub, his agent confirmed.", "arrested",
                   "2024-03-05")
    assert retold_days_apart(later, cluster) == 0.0 and retold_later(later, cluster)
    undated = Cluster()
    undated.add(_later("a2", "a", "Police arrested the singer outside a nightclub, his agent said.", "arrested",
                       "2024-03-04"))
    assert retold_days_apart(later, undated) == DAYS_APART_SCORE
