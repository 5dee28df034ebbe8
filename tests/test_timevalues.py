from datetime import date

import pytest

from dossier.timevalues import compatible, days_apart, interval, precision_of, width


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2025-05-16", (date(2025, 5, 16), date(2025, 5, 16))),
        ("2025-05", (date(2025, 5, 1), date(2025, 5, 31))),
        ("2022", (date(2022, 1, 1), date(2022, 12, 31))),
        ("2022-FA", (date(2022, 9, 1), date(2022, 11, 30))),
        ("2025-05-23/2025-05-25", (date(2025, 5, 23), date(2025, 5, 25))),
        ("2025-05-16T13:30+03:00", (date(2025, 5, 16), date(2025, 5, 16))),
        ("2025-W21", (date(2025, 5, 19), date(2025, 5, 25))),
        ("PRESENT_REF", None),
        (None, None),
    ],
)
def test_timevalues_interval(value, expected):
    assert interval(value) == expected


@pytest.mark.parametrize(
    "a,b,ok",
    [
        ("2025-05-16", "2025-05", True),
        ("2025-05-16", "2025-05-15", False),
        ("2025-05-24", "2025-05-23/2025-05-25", True),
        ("2025-03-23", "2025-05-23/2025-05-25", False),
        # A day of unknown year fits the same month and day of any year, and nothing else.
        ("XXXX-05-16", "2025-05-16", True),
        ("2025-05", "XXXX-05-16", True),
        ("XXXX-05-16", "2025-06-02", False),
        ("XXXX-05-23/XXXX-05-25", "2025-05-24", True),
        ("XXXX-05-23/XXXX-05-25", "2025-05-26", False),
        ("XXXX-12-30/XXXX-01-02", "2025-01-01", True),
        ("XXXX-WXX-1", "2025-05-16", True),
    ],
)
def test_timevalues_compatible(a, b, ok):
    assert compatible(a, b) is ok


def test_timevalues_days_apart_and_width():
    assert days_apart("2025-05-15", "2025-05-16") == 1
    assert days_apart("2025-05-16", "2025-05") == 0
    assert width("2025-05-16") < width("2025-05") < width("2025")


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2025", "year"), ("2025-05", "month"), ("2025-05-16", "day"), ("2025-05-16T13:30", "day"),
     ("2025-W20", "week"), ("2025-SU", "season"), ("2025-05-23/2025-05-25", "range"), ("PAST_REF", "unknown"),
     (None, "unknown")],
)
def test_timevalues_precision_follows_the_shape_of_the_value(value, precision):
    assert precision_of(value) == precision
