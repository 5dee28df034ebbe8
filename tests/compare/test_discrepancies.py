from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.compare.discrepancies import find_discrepancies


def _doc(doc_id, outlet):
    return models.Document(doc_id=doc_id, text="x", outlet=outlet, published=date(2025, 5, 26))


def _mention(mid, doc_id, date_value, *, stated=None, count=None, source="sentence"):
    quantities = ()
    if count:
        quantities = (models.EventQuantity(role="prisoners", text=str(count), low=count[0], high=count[1], start=0, end=1),)
    return models.EventMention(
        mention_id=mid, doc_id=doc_id, event_type=models.EventType.PRISONER_EXCHANGE, trigger="exchange",
        trigger_start=0, trigger_end=8, sentence_index=0, sentence_start=0, sentence_end=10, sentence="s",
        date_value=date_value, date_precision=models.Precision.DAY, date_source=source,
        status=models.EventStatus.HAPPENED, confidence=0.9, quantities=quantities, date_stated=stated,
    )


def _event(*mentions):
    return models.Event(event_id="e1", event_type=models.EventType.PRISONER_EXCHANGE, date_value="2025-05-23",
                        date_precision=models.Precision.DAY, location=None,
                        mention_ids=tuple(m.mention_id for m in mentions),
                        doc_ids=tuple(sorted({m.doc_id for m in mentions})))


DOCS = {"a": _doc("a", "Alpha"), "b": _doc("b", "Beta"), "c": _doc("c", "Gamma")}


def test_discrepancies_stated_date_that_clashes_is_reported_per_source():
    mentions = [_mention("m1", "a", "2025-05-23/2025-05-25"), _mention("m2", "b", "2025-05-23", stated="2025-03-23")]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    assert [d.attribute for d in found] == ["date"]
    assert {v.value: v.outlets for v in found[0].values} == {"2025-05-23/2025-05-25": ("Alpha",), "2025-03-23": ("Beta",)}


def test_discrepancies_each_side_cites_the_sentences_stating_it():
    """Every value of a disagreement carries the sentences its articles state it in, once each."""
    first = replace(_mention("m1", "a", "2025-05-16"), sentence="The talks opened on May 16.", sentence_start=40,
                    sentence_end=67)
    again = replace(first, mention_id="m1b")  # a second report in the same sentence
    other = replace(_mention("m2", "b", "2025-05-15"), sentence="The talks opened on May 15.", sentence_end=27)
    mentions = [first, again, other]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    cited = {v.value: [(e.doc_id, e.start, e.end, e.sentence, e.outlet) for e in v.evidence] for v in found[0].values}
    assert cited == {"2025-05-16": [("a", 40, 67, "The talks opened on May 16.", "Alpha")],
                     "2025-05-15": [("b", 0, 27, "The talks opened on May 15.", "Beta")]}


def test_discrepancies_dates_within_precision_agree():
    mentions = [_mention("m1", "a", "2025-05-23/2025-05-25"), _mention("m2", "b", "2025-05-24"), _mention("m3", "c", "2025-05")]
    assert find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS) == []


def test_discrepancies_counts_that_overlap_agree_and_disjoint_ones_clash():
    agree = [_mention("m1", "a", "2025-05-23", count=(1000, 1000)), _mention("m2", "b", "2025-05-23", count=(1000, 1200))]
    assert find_discrepancies([_event(*agree)], {m.mention_id: m for m in agree}, DOCS) == []
    clash = [_mention("m1", "a", "2025-05-23", count=(390, 390)), _mention("m2", "b", "2025-05-23", count=(307, 307))]
    found = find_discrepancies([_event(*clash)], {m.mention_id: m for m in clash}, DOCS)
    assert [d.attribute for d in found] == ["count:prisoners"]


def test_discrepancies_publication_dated_mentions_are_not_a_side():
    mentions = [_mention("m1", "a", "2025-05-23"), _mention("m2", "b", "2025-05-26", source="publication")]
    assert find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS) == []


def test_discrepancies_weekday_flag_inside_one_article():
    timex = models.TimeExpression(doc_id="a", start=3, end=19, text="Friday, March 23", timex_type=models.TimexType.DATE,
                                  value="2025-03-23", precision=models.Precision.DAY, anchor=models.Anchor.ABSOLUTE,
                                  sentence_index=0, flag="23 March 2025 was a Sunday", suggested_value="2025-05-23")
    found = find_discrepancies([], {}, DOCS, [timex])
    assert found[0].attribute == "date_in_text" and found[0].doc_id == "a"
    assert [v.value for v in found[0].values] == ["2025-03-23", "2025-05-23"]


def test_discrepancies_two_counts_in_one_article_count_two_things():
    # "194 were freed ... 61 of them women": one article's numbers are parts, not a contradiction.
    mentions = [_mention("m1", "a", "2025-05-23", count=(390, 390)), _mention("m2", "a", "2025-05-23", count=(307, 307))]
    assert find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS) == []


def test_discrepancies_counts_of_two_articles_clash():
    mentions = [_mention("m1", "a", "2025-05-23", count=(390, 390)), _mention("m2", "b", "2025-05-23", count=(307, 307))]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    assert [(d.attribute, [v.doc_ids for v in d.values]) for d in found] == [("count:prisoners", [("b",), ("a",)])]


def test_discrepancies_open_ended_count_agrees_with_a_number_inside_it():
    # "more than 40 aircraft" (40-60) and "41 aircraft" can both be true.
    mentions = [_mention("m1", "a", "2025-06-01", count=(40, 60)), _mention("m2", "b", "2025-06-01", count=(41, 41))]
    assert find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS) == []


def test_discrepancies_two_dates_in_one_article_tell_two_moments():
    # One article dates the start of an offensive and its third day; a second article agrees on
    # the start. Nothing clashes between articles.
    mentions = [_mention("m1", "a", "2025-05-20"), _mention("m2", "a", "2025-05-23"), _mention("m3", "b", "2025-05-20")]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    assert [d.attribute for d in found] == []


def test_discrepancies_a_date_of_another_article_still_clashes():
    mentions = [_mention("m1", "a", "2025-05-20"), _mention("m2", "a", "2025-05-23"), _mention("m3", "b", "2025-05-21")]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    assert [sorted(v.value for v in d.values) for d in found] == [["2025-05-20", "2025-05-21", "2025-05-23"]]


def _sentenced(mention, sentence):
    return replace(mention, sentence=sentence)


def test_discrepancies_a_running_total_is_not_compared_with_a_day_s_toll():
    day = _sentenced(_mention("m1", "a", "2025-05-23", count=(61, 61)), "61 people were killed on Tuesday alone.")
    total = _sentenced(_mention("m2", "b", "2025-05-23", count=(500, 500)), "500 people were killed in eight days.")
    other_total = _sentenced(_mention("m3", "c", "2025-05-23", count=(300, 300)), "300 have died since Sunday.")
    mentions = [day, total, other_total]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    assert [sorted(v.value for v in d.values) for d in found] == [["300", "500"]]


def _counted(mid, doc_id, text, low, high):
    mention = _mention(mid, doc_id, "2025-05-23")
    return replace(mention, quantities=(models.EventQuantity(role="barrels_per_day", text=text, low=low, high=high,
                                                             start=0, end=len(text)),))


def test_discrepancies_an_article_stating_both_counts_contradicts_neither():
    # Alpha gives both sums ("$360m on top of the $990m spent"); Beta gives one of them.
    mentions = [_counted("m1", "a", "360", 360, 360), _counted("m2", "a", "990", 990, 990),
                _counted("m3", "b", "360", 360, 360)]
    assert find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS) == []


@pytest.mark.parametrize(
    ("vague", "figure", "clash"),
    [
        (("thousands", 2000, 9999), ("15,000", 15000, 15000), False),  # "thousands" can be 15,000
        (("thousands", 2000, 9999), ("500", 500, 500), True),  # but not 500
        (("3,000 to 4,000", 3000, 4000), ("15,000", 15000, 15000), True),  # figures bound both ways
    ],
)
def test_discrepancies_an_amount_in_words_is_a_floor(vague, figure, clash):
    mentions = [_counted("m1", "a", *vague), _counted("m2", "b", *figure)]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    assert [d.attribute for d in found] == (["count:barrels_per_day"] if clash else [])


def test_discrepancies_an_article_giving_a_close_count_and_another_contradicts_neither():
    # Alpha: "officials say 5,000 barrels a day, scientists as much as 100,000"; Beta: "some 5,000".
    mentions = [_counted("m1", "a", "5,000", 5000, 5000), _counted("m2", "a", "100,000", 100000, 100000),
                _counted("m3", "b", "some 5,000", 4500, 5500)]
    assert find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS) == []


def _toll(mid, doc_id, low, high=None, *, role="people", event_type=models.EventType.DISASTER):
    mention = replace(_mention(mid, doc_id, "2030-01-12"), event_type=event_type,
                      sentence="The death toll from the earthquake has risen.")
    return replace(mention, quantities=(models.EventQuantity(role=role, text=str(low), low=low,
                                                             high=high if high is not None else low, start=0, end=1),))


def _toll_event(event_type, *mentions):
    return replace(_event(*mentions), event_type=event_type)


TOLL_DOCS = {
    "jan13": models.Document(doc_id="jan13", text="x", outlet="Alpha", published=date(2030, 1, 13)),
    "jan14": models.Document(doc_id="jan14", text="x", outlet="Beta", published=date(2030, 1, 14)),
    "jan24": models.Document(doc_id="jan24", text="x", outlet="Gamma", published=date(2030, 1, 24)),
    "undated": models.Document(doc_id="undated", text="x", outlet="Delta"),
}


@pytest.mark.parametrize(
    ("event_type", "role", "first", "second", "clash"),
    [
        (models.EventType.DISASTER, "people", "jan14", "jan24", False),  # the toll as it grew
        (models.EventType.DISASTER, "people", "jan13", "jan14", True),  # the same days: a clash
        (models.EventType.DISASTER, "cases", "jan14", "jan24", False),  # confirmed infections grow too
        (models.EventType.ATTACK, "civilians_wounded", "jan14", "jan24", False),
        (models.EventType.DISASTER, "people", "jan24", "undated", True),  # no date: may be the same day
        (models.EventType.PRISONER_EXCHANGE, "prisoners", "jan14", "jan24", True),  # a done count stays fixed
        (models.EventType.DISASTER, "barrels_per_day", "jan14", "jan24", True),  # not people harmed
    ],
)
def test_discrepancies_running_counts_clash_only_between_articles_published_close_together(
        event_type, role, first, second, clash):
    mentions = [replace(_toll("m1", first, 50000, role=role), event_type=event_type),
                replace(_toll("m2", second, 150000, role=role), event_type=event_type)]
    found = find_discrepancies([_toll_event(event_type, *mentions)], {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert [d.attribute for d in found] == ([f"count:{role}"] if clash else [])


def test_discrepancies_a_running_count_clashes_with_its_near_article_not_its_far_one():
    # Alpha (13th) says 50,000, Beta (14th) 60,000, Gamma (24th) 150,000: only the first two clash.
    mentions = [_toll("m1", "jan13", 50000), _toll("m2", "jan14", 60000), _toll("m3", "jan24", 150000)]
    found = find_discrepancies([_toll_event(models.EventType.DISASTER, *mentions)],
                               {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert [sorted(v.doc_ids for v in d.values) for d in found] == [[("jan13",), ("jan14",)]]


@pytest.mark.parametrize(
    ("part", "whole", "clashing"),
    [
        ("people@capital", "people", []),  # "80,000 in the capital alone" beside the quake's 150,000
        ("people@un staff", "people", []),  # a group's dead are a part of the toll
        ("cases@mexico", "cases", []),  # one country's cases beside the world's
        ("people_wounded@capital", "people_wounded", []),
        ("people@capital", "people@capital", ["count:people@capital"]),  # the same part: compared
    ],
)
def test_discrepancies_a_scoped_count_is_compared_only_with_its_own_scope(part, whole, clashing):
    mentions = [_toll("m1", "jan13", 50000, role=part), _toll("m2", "jan14", 150000, role=whole)]
    found = find_discrepancies([_toll_event(models.EventType.DISASTER, *mentions)],
                               {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert [d.attribute for d in found] == clashing


@pytest.mark.parametrize(
    ("role", "clash"),
    [
        ("people@capital", False),  # a part's count grows with the whole's: a running count
        ("people_wounded@aid workers", False),
        ("barrels_per_day@gulf", True),  # a scope does not make a flow a harm
    ],
)
def test_discrepancies_a_scoped_count_of_people_harmed_is_still_a_running_count(role, clash):
    mentions = [_toll("m1", "jan14", 50000, role=role), _toll("m2", "jan24", 150000, role=role)]
    found = find_discrepancies([_toll_event(models.EventType.DISASTER, *mentions)],
                               {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert [d.attribute for d in found] == ([f"count:{role}"] if clash else [])


@pytest.mark.parametrize(
    ("role", "earlier", "later", "clash"),
    [
        ("people", 150000, 140000, True),  # a death toll lowered ten days on: a correction to show
        ("civilians", 90, 70, True),
        ("people@capital", 80000, 75000, True),  # one part's toll lowered, compared with that part
        ("people", 140000, 150000, False),  # a toll that rises is the count as it grew
        ("people_wounded", 5000, 4000, False),  # the wounded leave hospital: counts with a fate may fall
        ("people_displaced", 90000, 30000, False),  # the displaced go home
        ("cases", 400, 350, False),  # active infections fall as people recover
        ("people", 150000, 20000, False),  # far under the toll: a part the article counted, not a revision
    ],
)
def test_discrepancies_a_death_toll_a_later_article_lowers_clashes(role, earlier, later, clash):
    mentions = [_toll("m1", "jan14", earlier, role=role), _toll("m2", "jan24", later, role=role)]
    found = find_discrepancies([_toll_event(models.EventType.DISASTER, *mentions)],
                               {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert [d.attribute for d in found] == ([f"count:{role}"] if clash else [])


def test_discrepancies_a_later_article_s_part_does_not_lower_the_toll():
    # Gamma (24th): "the bombing killed 212 people, 190 of them in the city": its toll is 212, which
    # is above Beta's 200; the 190 is a part, not a revision of the whole.
    mentions = [_toll("m1", "jan14", 200), _toll("m2", "jan24", 212), _toll("m3", "jan24", 190)]
    found = find_discrepancies([_toll_event(models.EventType.ATTACK, *mentions)],
                               {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert found == []


def test_discrepancies_a_lower_toll_in_an_earlier_article_is_the_count_growing():
    # Only the later article can lower a toll: 190 on the 14th and 212 on the 24th rose.
    mentions = [_toll("m1", "jan14", 190), _toll("m2", "jan24", 212)]
    found = find_discrepancies([_toll_event(models.EventType.ATTACK, *mentions)],
                               {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert found == []


def test_discrepancies_a_floor_in_words_does_not_lower_a_toll():
    # "hundreds were killed" ten days after "212 were killed" can still be 212.
    later = replace(_toll("m2", "jan24", 200, 999), quantities=(models.EventQuantity(
        role="people", text="hundreds", low=200, high=999, start=0, end=8),))
    mentions = [_toll("m1", "jan14", 212), later]
    found = find_discrepancies([_toll_event(models.EventType.ATTACK, *mentions)],
                               {m.mention_id: m for m in mentions}, TOLL_DOCS)
    assert found == []


def test_discrepancies_a_year_given_wrong_in_one_article_clashes():
    # One article dates a killing to the same day a year later than the others do.
    mentions = [_mention("m1", "a", "2024-03-14"), _mention("m2", "b", "2024-03-14"), _mention("m3", "c", "2025-03-14")]
    found = find_discrepancies([_event(*mentions)], {m.mention_id: m for m in mentions}, DOCS)
    assert [(d.attribute, sorted(v.value for v in d.values)) for d in found] == [("date", ["2024-03-14", "2025-03-14"])]
