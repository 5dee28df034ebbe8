"""How a sentence's dates pass between its events (sentence_dates). The publication date is a
Sunday, 10 March 2030 (see conftest)."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow

LEAD = "Peru and Chile held talks in Lima on Friday. "


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        # a relative clause's date stays in the clause: the signing takes the article's Friday
        (LEAD + "The envoy, who attacked the convoy on 3 March, signed the agreement.", T.AGREEMENT, "2030-03-08"),
        # the clause's own event keeps its day
        (LEAD + "The envoy, who attacked the convoy on 3 March, signed the agreement.", T.ATTACK, "2030-03-03"),
    ],
)
def test_sentence_dates_relative_clause_date_does_not_pass_to_the_main_clause(extract, text, event_type, day):
    assert [m.date_value for m in extract(text) if m.event_type == event_type] == [day]


STORY = ("A dismissed cook opened fire at a hotel kitchen on Wednesday, police said.\n\nThe hotel was busy with guests."
         "\n\nIts owners run two other hotels.\n\nThe kitchen stays closed.\n\n")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # told in the simple past, undated, in a later paragraph: the day the article stated for its shooting
        (STORY + "A waiter was shot in the leg.", "2030-03-06"),
        (STORY + "The cook fired twice at the manager, hitting him in the arm.", "2030-03-06"),
        # a pluperfect tells of a time before the story's: no day passes to it, nor the publication
        # day (``date_backstory``)
        (STORY + "Years before, he had shot at a neighbour's dog.", None),
    ],
)
def test_sentence_dates_an_undated_past_report_narrates_the_stated_happening(extract, text, day):
    last = [m for m in extract(text) if m.event_type == T.ATTACK][-1]
    assert last.date_value == day


def test_sentence_dates_a_report_of_another_type_takes_no_narrated_day(extract):
    mentions = extract(STORY + "Months later the cook was arrested in a motel.")
    assert all(m.date_value != "2030-03-06" for m in mentions if m.event_type == T.ARREST)
