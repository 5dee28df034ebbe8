from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.compare.attributes import compare_attributes, count_text, is_anonymous


def _doc(doc_id, outlet, day, duplicate_of=None):
    return models.Document(doc_id=doc_id, text="x", outlet=outlet, published=date(2025, 5, day),
                           near_duplicate_of=duplicate_of)


def _mention(mid, doc_id, *, count, reported_by=None, place="Grand Palace"):
    return models.EventMention(
        mention_id=mid, doc_id=doc_id, event_type=models.EventType.PRISONER_EXCHANGE, trigger="swap",
        trigger_start=0, trigger_end=4, sentence_index=0, sentence_start=0, sentence_end=10, sentence="s",
        date_value="2025-05-23", date_precision=models.Precision.DAY, date_source="sentence",
        status=models.EventStatus.HAPPENED, confidence=0.9, location=place, reported_by=reported_by,
        quantities=(models.EventQuantity(role="prisoners", text=str(count), low=count, high=count, start=0, end=1),),
    )


DOCS = {"a": _doc("a", "Wire", 23), "b": _doc("b", "Copy", 24, duplicate_of="a"), "c": _doc("c", "Daily", 22)}


def test_attributes_syndicated_copies_count_once_and_first_reporter_is_earliest():
    mentions = [_mention("m1", "a", count=390), _mention("m2", "b", count=390), _mention("m3", "c", count=307)]
    rows = {r.attribute: r for r in compare_attributes(mentions, DOCS)}
    counts = rows["count:prisoners"]
    assert [v.value for v in counts.values] == ["307", "390"]
    assert counts.independent_sources == {"390": 1, "307": 1}
    assert counts.first_reported == {"390": "a", "307": "c"}
    assert not counts.agreed and rows["place"].agreed


def test_attributes_two_articles_of_one_outlet_are_one_source():
    documents = DOCS | {"d": _doc("d", "Daily", 23)}
    mentions = [_mention("m3", "c", count=307), _mention("m4", "d", count=307)]
    counts = {r.attribute: r for r in compare_attributes(mentions, documents)}["count:prisoners"]
    assert counts.independent_sources == {"307": 1}


def test_attributes_value_resting_on_anonymous_sources_is_marked():
    mentions = [_mention("m1", "a", count=390, reported_by="a TASS source"),
                _mention("m2", "c", count=307, reported_by="Rustem Umerov")]
    counts = {r.attribute: r for r in compare_attributes(mentions, DOCS)}["count:prisoners"]
    assert counts.anonymous_only == ("390",)


@pytest.mark.parametrize(
    "source,anonymous",
    [("a TASS source", True), ("sources", True), ("a senior Ukrainian official", True), ("officials", True),
     ("Rustem Umerov", False), ("the Russian Ministry of Defense", False), (None, False)],
)
def test_attributes_is_anonymous(source, anonymous):
    assert is_anonymous(source) is anonymous


def test_attributes_what_an_agreement_is_about_is_shown_as_each_source_words_it():
    theme = models.Argument(role="theme", text="all wounded captives", canonical="people", start=0, end=20)
    agreed = replace(_mention("m1", "a", count=390), event_type=models.EventType.AGREEMENT, arguments=(theme,))
    rows = [r.attribute for r in compare_attributes([agreed, _mention("m3", "c", count=390)], DOCS)]
    assert rows[:3] == ["date", "place", "about"]
    about = {r.attribute: r for r in compare_attributes([agreed], DOCS)}["about"]
    assert [v.value for v in about.values] == ["all wounded captives"]


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [(390, 390, "390"), (3_000_000, 3_000_000, "3,000,000"), (1000, 1200, "1,000-1,200"), (2.5, 2.5, "2.5"),
     (1_350_000, 1_500_000 * 1.1, "1,350,000-1,650,000")],
)
def test_attributes_counts_are_written_as_readers_write_them(low, high, text):
    assert count_text(low, high) == text
