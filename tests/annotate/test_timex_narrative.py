"""A clock time takes the day the narrative is on, unless that day was itself a guess.
Sentences written for these tests; published on Wednesday 13 March 2030."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

WEDNESDAY = date(2030, 3, 13)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # should fire: "about 6.15am on Saturday" names its day, so a later bare clock time is on it
        ("The boat was found at about 6.15am on Saturday. The crew was safe. "
         "The skipper was questioned at around 7.50am.", "2030-03-09T07:50"),
        # should not fire: a bare clock time put on the publication day lends no day
        ("The boat was found at about 6.15am. The crew was safe. The skipper was questioned at around 7.50am.",
         "2030-03-13T07:50"),
    ],
)
def test_timex_narrative_clock_borrows_only_a_named_day(text, value):
    found = [e.value for e in find_time_expressions(text, WEDNESDAY) if e.text.startswith("around 7.50am")]
    assert found == [value]
