"""A measured "a day after" clause counted from the day its main clause states, even when the main
clause tells no event or the parser split the clause; a tally "by" a day is that day's. The
publication date is a Sunday, 10 March 2030 (see conftest). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # should fire: the parser hangs "after" on "day" and makes "were released" a second verb of
        # the main clause; the release is still a day before the stated Sunday
        ("The army kept the road to the valley closed on Sunday, a day after three hostages, Ann Lee, "
         "Bo Park and Cy Dunn, were released by the rebels.", "released", "2030-03-09"),
        # should fire: two days after the stated Friday's opening
        ("The fair opened on Friday, two days after rebels attacked the border post.", "attacked", "2030-03-06"),
        # should fire: the sentence's day belongs to no event of it (a proclamation is none), and the
        # vote, a point of reference, does not take it itself
        ("The electoral board on Friday proclaimed Ann Lee mayor-elect, a day after the vote.", "vote",
         "2030-03-07"),
        # should fire: "a day" in apposition to the stated day
        ("The board proclaimed the result on Friday, a day after the vote.", "vote", "2030-03-07"),
        # should not fire: no day is stated, so the distance counts from nothing the text dates
        ("This was the street outside the depot a day after his death.", "death", None),
    ],
)
def test_date_shifts_distance_counts_from_a_stated_day(extract, text, trigger, day):
    assert [m.date_value for m in extract(text) if m.trigger == trigger] == [day]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # should fire: a perfect "by" a day tells the tally on that day
        ("By Friday night, the authorities had counted 412 deaths after the floods, the minister said.",
         "floods", "2030-03-08"),
    ],
)
def test_date_shifts_tally_by_a_day_is_that_day(extract, text, trigger, day):
    assert [m.date_value for m in extract(text) if m.trigger == trigger] == [day]


def test_date_shifts_split_clause_keeps_a_true_second_verb(nlp):
    """"closed the road and released the miners": a coordinated verb is no clause of "after"."""
    from dossier.extract.date_shifts import relative_days

    doc = nlp("The army closed the road a day after the vote and released the miners.")
    assert relative_days(next(t for t in doc if t.text == "released")) is None
