"""Dating an undated article from its story: the lead, the floor of written days, one fitting event."""

from dataclasses import replace
from datetime import date

import pytest

from dossier import api, models
from dossier.resolve.published import lead_mention, stated_floor, story_date

T = models.EventType
UNDATED = models.Document(
    doc_id="u", outlet="Harbour Gazette",
    text=("The talks between the two delegations in Vienna have ended. "
          "They lasted about an hour. On March 28, the envoys exchanged draft texts."),
)


def _mention(mid, event_type, sentence_index, *, date_value=None, place=None, start=0,
             status=models.EventStatus.HAPPENED, sentence=(0, 5), actors=()):
    return models.EventMention(
        mention_id=mid, doc_id="u", event_type=event_type, trigger="t", trigger_start=start, trigger_end=start + 1,
        sentence_index=sentence_index, sentence_start=sentence[0], sentence_end=sentence[1], sentence="s",
        date_value=date_value,
        date_precision=models.Precision.DAY, date_source="sentence" if date_value else "publication",
        status=status, confidence=0.9, location=place,
        arguments=tuple(models.Argument(role="actor", text=a, canonical=a, start=0, end=1) for a in actors),
    )


def _event(eid, event_type, date_value, place=None, actors=()):
    return models.Event(event_id=eid, event_type=event_type, date_value=date_value,
                        date_precision=models.Precision.DAY, location=place, mention_ids=(), doc_ids=(),
                        actors=actors)


def _lookup(events, mentions=()):
    def events_between(_family, start, end):
        return [(e, mentions) for e in events
                if e.date_value and start.isoformat() <= e.date_value[:10] <= end.isoformat()]
    return events_between


LEAD = _mention("lead", T.NEGOTIATION, 0, place="Vienna", actors=("Elbonia",))
AT = "Hofburg Palace, Vienna"
SENT = _mention("sent", T.PROPOSAL, 2, sentence=(UNDATED.text.index("On March"), len(UNDATED.text)))


@pytest.mark.parametrize(("mentions", "expected"), [
    ([_mention("later", T.MEETING, 3), LEAD], "lead"),
    ([_mention("dated", T.NEGOTIATION, 0, date_value="2025-03-28"), _mention("next", T.MEETING, 1, start=40)],
     "next"),
    ([_mention("plan", T.NEGOTIATION, 0, status=models.EventStatus.PLANNED)], None),
    ([_mention("said", T.STATEMENT, 0)], None),
    ([_mention("deep", T.NEGOTIATION, 2)], None),
])
def test_published_lead_is_the_first_undated_happening_of_the_opening(mentions, expected):
    found = lead_mention(mentions)
    assert (found.mention_id if found else None) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("On March 28, the envoys met. On March 2 they had spoken.", date(2025, 4, 1), date(2025, 3, 28)),
    ("The envoys met on 28 December.", date(2026, 1, 5), date(2025, 12, 28)),
    ("They met on 3 March 2019 and again on 4 March.", date(2025, 4, 1), date(2025, 3, 4)),
    ("They met on March 3 and will meet again by April 20.", date(2025, 4, 1), date(2025, 3, 3)),
    ("The envoys met again after a long pause.", date(2025, 4, 1), None),
    # a day in a sentence that reports no happening is no floor
    ("They met on March 3. Coverage starts on Thursday 10 April.", date(2025, 4, 1), date(2025, 3, 3)),
])
def test_published_floor_is_the_latest_past_day_written(text, reference, expected):
    past = [(0, text.index(".") + 1)]
    assert stated_floor(text, reference, past) == expected


@pytest.mark.parametrize(("events", "expected"), [
    # one event of the lead's family at the lead's place within the window: that day
    ([_event("e1", T.NEGOTIATION, "2025-04-02", AT)], date(2025, 4, 2)),
    # where the event names no place, a party of the lead's must take part
    ([_event("e1", T.MEETING, "2025-04-02", actors=("Ruritania", "Elbonia"))], date(2025, 4, 2)),
    ([_event("e1", T.MEETING, "2025-04-02", actors=("Ruritania",))], None),
    # an undated or ranged event places nothing
    ([_event("e1", T.NEGOTIATION, None, AT), _event("e2", T.NEGOTIATION, "2025-04-01/2025-04-03", AT)], None),
    # two fitting days: the story cannot say which one
    ([_event("e1", T.NEGOTIATION, "2025-04-02", AT), _event("e2", T.MEETING, "2025-04-05", AT)], None),
    # talks elsewhere do not fit, whoever takes part
    ([_event("e1", T.NEGOTIATION, "2025-04-02", "Geneva", actors=("Elbonia",))], None),
    # before the latest day the article writes, or long after it
    ([_event("e1", T.NEGOTIATION, "2025-03-20", AT), _event("e2", T.NEGOTIATION, "2025-05-20", AT)], None),
])
def test_published_story_date_needs_one_fitting_day(events, expected):
    found = story_date(UNDATED, [LEAD, SENT], [date(2025, 3, 16), date(2025, 4, 2)], _lookup(events))
    assert (found.published if found else None) == expected


def test_published_story_date_takes_a_shared_count_as_evidence():
    counted = (models.EventQuantity(role="prisoners", text="84", low=84, high=84, start=0, end=1),)
    lead = replace(_mention("lead", T.PRISONER_EXCHANGE, 0), quantities=counted)
    swap = _event("e1", T.PRISONER_EXCHANGE, "2025-04-02")
    other = _mention("other", T.PRISONER_EXCHANGE, 0, date_value="2025-04-02")
    stated = replace(other, quantities=counted)
    assert story_date(UNDATED, [lead, SENT], [date(2025, 4, 2)], _lookup([swap], [stated])).published == date(2025, 4, 2)
    assert story_date(UNDATED, [lead, SENT], [date(2025, 4, 2)], _lookup([swap], [other])) is None


def test_published_story_date_counts_each_side_as_the_same_people():
    # "swapped 84 for 84" in the lead; "84 prisoners were exchanged" in the story's dated report.
    each_side = (models.EventQuantity(role="prisoners_each_side", text="84", low=84, high=84, start=0, end=1),)
    counted = (models.EventQuantity(role="prisoners", text="84", low=84, high=84, start=0, end=1),)
    lead = replace(_mention("lead", T.PRISONER_EXCHANGE, 0), quantities=each_side)
    swap = _event("e1", T.PRISONER_EXCHANGE, "2025-04-02")
    stated = replace(_mention("other", T.PRISONER_EXCHANGE, 0, date_value="2025-04-02"), quantities=counted)
    assert story_date(UNDATED, [lead, SENT], [date(2025, 4, 2)], _lookup([swap], [stated])).published == date(2025, 4, 2)


def test_published_story_date_names_its_evidence():
    found = story_date(UNDATED, [LEAD, SENT], [date(2025, 4, 2)], _lookup([_event("e1", T.NEGOTIATION, "2025-04-02", AT)]))
    assert (found.doc_id, found.lead_mention_id, found.event_id) == ("u", "lead", "e1")


def test_published_story_date_needs_dated_story_mates():
    assert story_date(UNDATED, [LEAD, SENT], [], _lookup([_event("e1", T.NEGOTIATION, "2025-04-02", AT)])) is None


def test_published_story_date_needs_a_past_day_written():
    assert story_date(UNDATED, [LEAD], [date(2025, 4, 2)], _lookup([_event("e1", T.NEGOTIATION, "2025-04-02", AT)])) is None


DATED = [
    models.Document(
        doc_id="d1", outlet="Lake Courier", published=date(2025, 3, 18),
        text=("Delegations of Ruritania and Elbonia met for talks at the Hofburg Palace in Vienna on Tuesday. "
              "The talks lasted three hours, and the sides agreed to meet again."),
    ),
    models.Document(
        doc_id="d2", outlet="Lake Courier", published=date(2025, 4, 2),
        text=("Delegations of Ruritania and Elbonia held a second round of talks at the Hofburg Palace in Vienna "
              "on Wednesday. The talks, led by foreign minister Anna Kovac, lasted about an hour."),
    ),
]
STORY_UNDATED = models.Document(
    doc_id="u1", outlet="Harbour Gazette",
    text=("The talks between the delegations of Ruritania and Elbonia at the Hofburg Palace in Vienna have ended. "
          "The meeting, led by foreign minister Anna Kovac, lasted about an hour and was held behind closed doors.\n\n"
          "On March 28, Elbonia proposed a ceasefire to Ruritania. "
          "Today the delegations will fly home."),
)


@pytest.mark.slow
def test_published_build_dates_an_undated_report_from_its_story(tmp_path):
    db = str(tmp_path / "d.db")
    api.add_documents([*DATED, STORY_UNDATED], db=db)
    report = api.build(db=db)
    assert report.resolved == 4  # the three articles, then the dated one alone: the others stay resolved
    stored = api.document("u1", db=db)
    assert (stored.published, stored.published_inferred) == (date(2025, 4, 2), True)
    lead_event = next(e for e in api.events(db=db) if "u1" in e.doc_ids and e.event_type is T.NEGOTIATION)
    assert lead_event.date_value == "2025-04-02" and "d2" in lead_event.doc_ids
    again = api.build(db=db)
    assert again.analysed == 0 and api.document("u1", db=db) == stored
