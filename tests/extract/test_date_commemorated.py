"""A happening named by an act of remembering does not take that act's date
(date_commemorated). Sentences written for these tests; publication on Sunday 10 March 2030."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The city marked on Friday the anniversary of the attack that killed 80 people.",
        "The nation observed a minute of silence on Friday for the victims of the attack that killed 80 people.",
    ],
)
def test_date_commemorated_happening_remembered_keeps_no_day(extract, text):
    assert [m.date_value for m in extract(text) if m.trigger == "killed"] == [None]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a clause of its own beside the mourning happens on its day
        ("Crowds mourned on Friday as police arrested two suspects.", "arrested"),
        # no act of remembering: the reported killing takes the day
        ("Police said on Friday that gunmen killed 12 people at the market.", "killed"),
    ],
)
def test_date_commemorated_other_happenings_keep_the_day(extract, text, trigger):
    assert [m.date_value for m in extract(text) if m.trigger == trigger] == ["2030-03-08"]
