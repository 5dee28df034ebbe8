"""What earlier sentences give later ones: threads an anaphor continues, and stages of an event.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.extract.context import DocumentContext, Thread, part_reference

T = models.EventType
PUBLISHED = date(2030, 3, 10)








@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first stage on Friday, 120 prisoners crossed the border.", ("stage", None)),
        ("The second day of the exchange came hours after a storm.", ("day", "exchange")),
        ("A final phase of the withdrawal began at dawn.", ("phase", "withdrawal")),
        ("The second day was quiet in the capital.", None),  # a bare "day" is only a date
        ("The stage was set for a long winter.", None),  # no place in a sequence
    ],
)
def test_context_part_reference_finds_stages_in_a_framing_slot(nlp, text, expected):
    reference = part_reference(nlp(text))
    found = None if reference is None else (
        reference.part.lower_, reference.whole.lower_ if reference.whole is not None else None)
    assert found == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare stage continues the event the article reports in stages, with its own day and count
        ("Peru and Chile exchanged prisoners on Saturday, March 9. In the first stage on Friday, 120 prisoners "
         "from each side crossed the border into Ecuador.",
         (T.PRISONER_EXCHANGE, "stage", "2030-03-08", (("prisoners_each_side", 120.0),))),
        # "of the exchange" names the event itself
        ("Peru and Chile exchanged prisoners on Saturday, March 9. The second day of the exchange came hours "
         "after a storm hit the coast.",
         (T.PRISONER_EXCHANGE, "day", "2030-03-09", ())),
    ],
)
def test_context_stage_of_an_event_is_that_event(extract, text, expected):
    mentions = [m for m in extract(text) if m.sentence_index == 1 and m.event_type == expected[0]]
    assert [(m.event_type, m.trigger, m.date_value, tuple((q.role, q.low) for q in m.quantities))
            for m in mentions] == [expected]


@pytest.mark.slow
def test_context_numbers_of_the_whole_are_not_the_stages(extract):
    mentions = extract("Peru and Chile each released 150 people on Friday in the first stage of a 500-for-500 "
                       "prisoner exchange.")
    assert [(q.role, q.low) for m in mentions for q in m.quantities] == [("prisoners_each_side", 150.0)]


@pytest.mark.slow
def test_context_definite_talks_take_the_date_of_the_articles_meeting(extract):
    mentions = extract("The swap of 500 prisoners for 500 was the only deal to come out of the Geneva meeting of "
                       "the two delegations on March 3. The talks, hosted by Spain, were the first in a decade.")
    talks = [m for m in mentions if m.sentence_index == 1]
    assert [(m.event_type, m.date_value, m.date_source) for m in talks] == [
        (T.NEGOTIATION, "2030-03-03", "document")]


def _thread(ordinal: str | None, event_type: models.EventType, sentence: int) -> Thread:
    return Thread(family="talks", event_type=event_type, date=None, date_source="sentence", explicit=True,
                  ordinal=ordinal, last_sentence=sentence)


@pytest.mark.parametrize(
    ("ordinal", "expected"),
    [
        ("first", 0),  # "the first meeting" is the thread called first, though another meeting came later
        (None, 1),  # "the meeting" is the latest unnumbered one
    ],
)
def test_context_antecedent_prefers_the_same_ordinal(nlp, ordinal, expected):
    context = DocumentContext(nlp.make_doc("Text."), PUBLISHED, [])
    context.threads = [_thread("first", T.NEGOTIATION, 2), _thread(None, T.MEETING, 5)]
    assert context.threads.index(context.antecedent("talks", T.MEETING, ordinal, 9)) == expected
