"""Regrouping the newer analyses for pages: source-by-source rows, story filters, framing views."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import api, models
from dossier.compare.attributes import AttributeValues
from dossier.compare.framing import FramingGroup, FramingTerm
from dossier.web import analyses

DOCS = {
    "d1": models.Document(doc_id="d1", text="x", outlet="Harbour Gazette", published=date(2025, 3, 10)),
    "d2": models.Document(doc_id="d2", text="x", outlet="Coastal Times", published=date(2025, 3, 11)),
    "d3": models.Document(doc_id="d3", text="x", outlet=None, published=None),
}


def _attribute(name, values, anonymous=()):
    sourced = tuple(models.SourcedValue(value=v, mention_ids=tuple(f"{d}:m" for d in docs), doc_ids=docs)
                    for v, docs in values.items())
    return AttributeValues(attribute=name, values=sourced, independent_sources={v: len(d) for v, d in values.items()},
                           first_reported={v: d[0] for v, d in values.items()}, anonymous_only=tuple(anonymous))


def _discrepancy(attribute, *values):
    sourced = tuple(models.SourcedValue(value=v, mention_ids=(), doc_ids=()) for v in values)
    return models.Discrepancy(discrepancy_id="dsc_1", attribute=attribute, values=sourced, severity=1.0, event_id="e")


@pytest.mark.parametrize(
    "attribute, label",
    [("date", "Date"), ("count:prisoners", "Count: prisoners"), ("count:each_side", "Count: each side"),
     ("reported_by", "Reported by"), ("mediator", "Mediator"), ("new_thing", "New thing")],
)
def test_analyses_attribute_label_reads_well(attribute, label):
    assert analyses.attribute_label(attribute) == label


@pytest.mark.parametrize(
    "attribute, values, discrepancies, disputed, varies",
    [
        ("count:prisoners", {"40": ("d1",), "65": ("d2",)}, [_discrepancy("count:prisoners", "40", "65")], True, False),
        ("place", {"Rotterdam": ("d1",), "the port": ("d2",)}, [], False, True),  # differs, no discrepancy
        ("actor", {"Anna Berg": ("d1",), "the union": ("d2",)}, [], False, False),  # actors add up
        ("date", {"2025-03-10": ("d1", "d2")}, [_discrepancy("date", "2025-03-10", "2025-03-12")], True, False),
    ],
)
def test_analyses_attribute_rows_flag_disputes(attribute, values, discrepancies, disputed, varies):
    [row] = analyses.attribute_rows([_attribute(attribute, values)], DOCS, discrepancies)
    assert (row.disputed, row.varies) == (disputed, varies)
    assert [v.disputed for v in row.values] == [disputed] * len(values)


def test_analyses_attribute_rows_mark_anonymous_only_values():
    item = _attribute("reported_by", {"officials": ("d2",), "Anna Berg": ("d1",)}, anonymous=["officials"])
    [row] = analyses.attribute_rows([item], DOCS, [])
    assert {v.value: v.anonymous_only for v in row.values} == {"Anna Berg": False, "officials": True}


def test_analyses_attribute_rows_link_sources_earliest_first():
    [row] = analyses.attribute_rows([_attribute("status", {"happened": ("d3", "d2", "d1")})], DOCS, [])
    [value] = row.values
    assert [(s.doc_id, s.label) for s in value.sources] == [("d1", "Harbour Gazette"), ("d2", "Coastal Times"), ("d3", "d3")]
    assert (value.independent, value.first.label) == (3, "d3")  # first_reported as the compare stage gave it


def _entry(event_id, doc_ids):
    event = models.Event(event_id=event_id, event_type=models.EventType.MEETING, date_value="2025-03-10",
                         date_precision=models.Precision.DAY, location=None, mention_ids=(), doc_ids=doc_ids)
    return models.TimelineEntry(event=event, evidence=())


@pytest.mark.parametrize("members, kept", [(("d1",), ["a", "c"]), (("d2",), ["b", "c"]), (("d9",), [])])
def test_analyses_story_entries_keep_events_of_member_articles(members, kept):
    entries = [_entry("a", ("d1",)), _entry("b", ("d2",)), _entry("c", ("d1", "d2"))]
    story = models.Story(story_id="s", label="s", doc_count=len(members), doc_ids=members)
    assert [e.event.event_id for e in analyses.story_entries(entries, story)] == kept


def test_analyses_framing_views_link_each_sentence_to_its_span():
    evidence = models.Evidence(doc_id="d1", outlet="Harbour Gazette", start=120, end=180,
                               sentence="Terminals seized by the <b>operators</b> reopened.")
    term = FramingTerm(term="seized by operators", doc_ids=("d1",), outlets=("Harbour Gazette",), evidence=(evidence,))
    other = FramingTerm(term="leased by operators", doc_ids=("d2",), outlets=("Coastal Times",), evidence=())
    [view] = analyses.framing_views([FramingGroup(concept="status of terminals", terms=(term, other), kind="status")])
    assert view.outlets == ["Coastal Times", "Harbour Gazette"]
    [shown] = view.terms[0].evidence
    assert shown.href == "/documents/d1?start=120&end=180#cited"
    assert '<mark class="ann ann-term">seized by</mark>' in shown.sentence
    assert '&lt;b&gt;<mark class="ann ann-term">operators</mark>&lt;/b&gt;' in shown.sentence


@pytest.mark.slow
def test_analyses_framing_cache_reuses_results(framing_db):
    cache = analyses.FramingCache()
    first = cache.get(framing_db)
    assert cache.get(framing_db) is first
    story = api.stories(db=framing_db)[0]
    assert cache.get(framing_db, story) is not first
    assert cache.get(framing_db, story) is cache.get(framing_db, story)


@pytest.mark.slow
def test_analyses_find_story_refuses_unknown_id(built_db):
    with pytest.raises(analyses.StoryNotFound, match="no story with id 'sty_nope'"):
        analyses.find_story("sty_nope", built_db)


def test_analyses_attribute_rows_date_an_outlets_several_articles():
    docs = DOCS | {"d4": models.Document(doc_id="d4", text="y", outlet="Harbour Gazette", published=date(2025, 3, 12))}
    [row] = analyses.attribute_rows([_attribute("place", {"Rotterdam": ("d4", "d1", "d2")})], docs, [])
    assert [s.label for s in row.values[0].sources] == [
        "Harbour Gazette (2025-03-10)", "Coastal Times", "Harbour Gazette (2025-03-12)"]
