"""Dates in a trigger's own clause, chronology headings, years inside names and clock times
without a day (dating). Sentences written for these tests; the publication date is a Sunday,
10 March 2030 (see conftest)."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow

LEAD = "The inquiry opened on Friday. "


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the day sits in the "when" clause with the participle trigger: it is the killing's day
        # (triggers chosen by word: the dates are tested here, the types in test_classify)
        (LEAD + "The company was operating the ferry when it capsized March 2, killing 40 people and "
         "spilling fuel.", "killing", ("2030-03-02", "sentence")),
        # a participle adjunct is in the clause of the verb it hangs on
        ("Speaking on Friday, the minister said the border would reopen.", "said", ("2030-03-08", "sentence")),
        # a "Month Day:" heading yields to the day written in the clause
        ("March 6: A dam burst on March 1 near the town, killing 12 villagers.", "killing", ("2030-03-01", "sentence")),
    ],
)
def test_dating_day_in_the_triggers_own_clause_dates_it(extract, text, trigger, expected):
    assert [(m.date_value, m.date_source) for m in extract(text) if m.trigger == trigger] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Lawmakers asked the governor to amend the Water Safety Act of 1998.",  # "Act of YEAR"
        LEAD + "Lawmakers asked the governor to amend the 1998 Water Safety Act.",  # "the YEAR Act"
    ],
)
def test_dating_year_inside_a_name_dates_nothing(extract, text):
    assert [(m.event_type, m.date_value) for m in extract(text) if m.sentence_index == 1] == \
        [(T.REQUEST, "2030-03-08")]


def test_dating_year_premodifying_the_trigger_still_dates_it(extract):
    mentions = extract(LEAD + "After the 1998 attack on the embassy, the senate passed a new law.")
    assert [m.date_value for m in mentions if m.event_type == T.ATTACK] == ["1998"]


def test_dating_bare_clock_time_on_the_publication_day_does_not_date_a_strong_event(extract):
    mentions = extract("The dam burst at 11pm, killing 12 villagers.")
    assert [(m.trigger, m.date_source) for m in mentions] == [("killing", "document")]
