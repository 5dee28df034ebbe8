"""An indefinite weekday ("on a Friday afternoon") names some such day, not the nearest one
(``timex_relative.resolve_weekday``). Sentences written for these tests."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

THURSDAY = date(2031, 5, 15)


def _values(text, dct):
    return {t.text: t.value for t in find_time_expressions(text, dct)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # should fire: an indefinite article or "one" before the weekday
        ("The thieves struck on a Friday afternoon, as shops were closing.", "Friday afternoon", "XXXX-WXX-5"),
        ("One Sunday the ferry did not sail at all.", "Sunday", "XXXX-WXX-7"),
        # should not fire: a bare weekday is the nearest one before publication
        ("The thieves struck on Friday afternoon, as shops were closing.", "Friday afternoon", "2031-05-09TAF"),
        ("The ferry did not sail on Sunday.", "Sunday", "2031-05-11"),
    ],
)
def test_timex_indefinite_weekday_names_no_day(text, span, value):
    assert _values(text, THURSDAY)[span] == value
