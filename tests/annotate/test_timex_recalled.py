"""Month-days of recalled happenings whose year the text leaves out. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions
from dossier.models import Anchor

SUMMER = date(2030, 6, 5)


def _expression(text: str, phrase: str, dct: date | None):
    found = [e for e in find_time_expressions(text, dct) if e.text == phrase]
    assert len(found) == 1, [e.text for e in find_time_expressions(text, dct)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "dct", "value"),
    [
        # Past tense, the nearest year after publication: some earlier year.
        ("Airport security was tightened after the Sept. 11 attacks.", "Sept. 11", SUMMER, "XXXX-09-11"),
        ("Victims of the Aug. 4 blast were buried in the hills.", "Aug. 4", SUMMER, "XXXX-08-04"),
        ("The Oct. 2 landslide buried three villages.", "Oct. 2", SUMMER, "XXXX-10-02"),
        # "since" cannot look forward.
        ("Dozens have been charged since the Jan. 9 riot.", "Jan. 9", date(2030, 1, 3), "XXXX-01-09"),
        # An anniversary is of an earlier year, even when the day itself has passed this year.
        ("Relatives gathered on the anniversary of the July 7 bombings.", "July 7", date(2030, 7, 8), "XXXX-07-07"),
    ],
)
def test_timex_recalled_day_keeps_its_year_unknown(text, phrase, dct, value):
    expression = _expression(text, phrase, dct)
    assert (expression.value, expression.anchor) == (value, Anchor.NONE)


@pytest.mark.parametrize(
    ("text", "phrase", "dct", "value"),
    [
        # A day after a preposition, or in a sentence that looks forward, is unchanged.
        ("The leaders will meet on Sept. 11 in the capital.", "Sept. 11", SUMMER, "2030-09-11"),
        ("The leaders will attend the Sept. 11 ceremony.", "Sept. 11", SUMMER, "2030-09-11"),
        ("After the June 12 election, the new parliament will convene.", "June 12", SUMMER, "2030-06-12"),
        ("Officials said the Sept. 12 vote would go ahead.", "Sept. 12", SUMMER, "2030-09-12"),
        # A past tense about a happening still ahead: postponing, setting a date.
        ("The Sept. 12 election was postponed.", "Sept. 12", SUMMER, "2030-09-12"),
        ("The court followed its rules by setting a Sept. 14 hearing date.", "Sept. 14", SUMMER, "2030-09-14"),
        # A present tense may be the noun's own.
        ("The Sept. 20 summit is important, he said.", "Sept. 20", SUMMER, "2030-09-20"),
        # The nearest year already lies before publication: nothing tells the readings apart.
        ("The April 20 explosion killed 11 workers.", "April 20", SUMMER, "2030-04-20"),
    ],
)
def test_timex_recalled_leaves_other_days_to_the_nearest_year(text, phrase, dct, value):
    expression = _expression(text, phrase, dct)
    assert (expression.value, expression.anchor) == (value, Anchor.PUBLICATION)


def test_timex_recalled_day_is_no_reference_for_later_anaphors():
    text = "The talks opened on May 2. Security was tightened after the Sept. 11 attacks. The next day the talks closed."
    assert _expression(text, "The next day", SUMMER).value == "2030-05-03"


def test_timex_recalled_day_takes_the_year_the_text_gives_it_elsewhere():
    text = ("The April 20, 2029, blast was the worst on record. "
            "Investigators said the April 20 blast was caused by a faulty valve.")
    found = [e for e in find_time_expressions(text, date(2030, 1, 5)) if e.text == "April 20"]
    assert [(e.value, e.anchor) for e in found] == [("2029-04-20", Anchor.TEXT)]
