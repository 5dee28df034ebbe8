"""Times of day of one happening: read from a mention's sentence, and compared across articles."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.compare.clock_times import clocks_clash, mention_clock_time
from dossier.compare.discrepancies import find_discrepancies


def _mention(sentence: str, trigger: str, doc_id: str = "a") -> models.EventMention:
    start = sentence.index(trigger)
    return models.EventMention(
        mention_id=f"{doc_id}:{start}", doc_id=doc_id, event_type=models.EventType.DISASTER, trigger=trigger,
        trigger_start=start, trigger_end=start + len(trigger), sentence_index=0, sentence_start=0,
        sentence_end=len(sentence), sentence=sentence, date_value=None, date_precision=models.Precision.UNKNOWN,
        date_source="publication", status=models.EventStatus.HAPPENED, confidence=1.0)


@pytest.mark.parametrize(
    ("sentence", "trigger", "text", "low", "high"),
    [
        ("The blaze in the warehouse started at 7.52pm on Sunday.", "blaze", "7.52pm", 1190, 1194),
        ("The blaze started about 7.50pm.", "blaze", "about 7.50pm", 1180, 1200),
        ("The blaze started at around 8pm.", "blaze", "around 8pm", 1170, 1230),
        ("The truck hit the wall shortly after 3 a.m. on the bridge.", "hit", "shortly after 3 a.m.", 180, 200),
        ("Guards detained the driver just before 11:15 p.m.", "detained", "just before 11:15 p.m.", 1375, 1395),
        ("The blaze started at 1952 GMT.", "blaze", "1952 GMT", 1190, 1194),
    ],
)
def test_clock_times_window(sentence, trigger, text, low, high):
    time = mention_clock_time(_mention(sentence, trigger))
    assert (time.text, time.low, time.high) == (text, low, high)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The bridge stayed closed after the crash until about 6am.", "crash"),  # an end, not the moment
        ("She scored the winner with 4:12 left in the game.", "scored"),  # a game clock
        ("Updated 12 May 2031 9:14 am\n\nThe blaze gutted the depot.", "blaze"),  # a dateline line
        ("The blaze started at 7pm and was out by 11pm.", "blaze"),  # two times: which one?
        ("The blaze gutted the depot on Sunday.", "blaze"),  # none
        ("The blaze started before 10 p.m. on Sunday.", "blaze"),  # a bound: any time of the evening
    ],
)
def test_clock_times_none(sentence, trigger):
    assert mention_clock_time(_mention(sentence, trigger)) is None


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        ("The blaze started about 7.50pm.", "The blaze started at 7.58pm.", False),  # within "about"
        ("The blaze started at around 8pm.", "The blaze started at 7.52pm.", False),
        ("The blaze started shortly after 3 a.m.", "The blaze started just after 3:30 a.m.", True),
        ("The blaze started at 7.52pm.", "The blaze started at 8.20pm.", True),
        ("The blaze started at 1952 GMT.", "The blaze started at 8.20pm.", False),  # another zone
        ("The blaze started at 7pm.", "The blaze started at 1am.", False),  # hours apart: another moment
    ],
)
def test_clock_times_clash(first, second, clash):
    a, b = (mention_clock_time(_mention(s, "blaze")) for s in (first, second))
    assert clocks_clash(a, b) is clash


def _event(mentions) -> models.Event:
    return models.Event(event_id="evt_1", event_type=models.EventType.DISASTER, date_value=None,
                        date_precision=models.Precision.UNKNOWN, location=None,
                        mention_ids=tuple(m.mention_id for m in mentions), doc_ids=tuple(m.doc_id for m in mentions))


@pytest.mark.parametrize(
    ("sentences", "values"),
    [
        (["The blaze started shortly after 3 a.m.", "The blaze started just after 3:30 a.m."],
         ["just after 3:30 a.m.", "shortly after 3 a.m."]),
        (["The blaze started about 7.50pm.", "The blaze started at 7.52pm."], []),
    ],
)
def test_clock_times_discrepancy_between_articles(sentences, values):
    mentions = [_mention(s, "blaze", doc_id=f"d{i}") for i, s in enumerate(sentences)]
    documents = {m.doc_id: models.Document(doc_id=m.doc_id, text=m.sentence, outlet=f"o{m.doc_id}") for m in mentions}
    found = find_discrepancies([_event(mentions)], {m.mention_id: m for m in mentions}, documents)
    assert [v.value for d in found if d.attribute == "time_of_day" for v in d.values] == values


def test_clock_times_one_article_never_clashes_with_itself():
    mentions = [_mention("The blaze started shortly after 3 a.m.", "blaze", doc_id="d0"),
                _mention("The blaze was at its height just after 3:30 a.m.", "blaze", doc_id="d0")]
    mentions[1] = models.EventMention(**{**{f: getattr(mentions[1], f) for f in mentions[1].__slots__},
                                         "mention_id": "d0:99"})
    documents = {"d0": models.Document(doc_id="d0", text="x", outlet="o")}
    found = find_discrepancies([_event(mentions)], {m.mention_id: m for m in mentions}, documents)
    assert [d for d in found if d.attribute == "time_of_day"] == []
