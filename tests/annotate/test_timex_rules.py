"""Rules added after the first tagger: holiday eves, recent bare months, and trusted near dates."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions


def _values(text, dct):
    return {t.text: (t.value, t.suggested_value, t.flag) for t in find_time_expressions(text, dct)}


def test_timex_rules_eve_of_a_holiday_is_the_day_before_and_anchors_what_follows():
    text = "The ceremony took place on the eve of Christmas. The day before, the guests arrived."
    values = _values(text, date(2024, 12, 30))
    assert values["the eve of Christmas"][0] == "2024-12-24"
    assert values["The day before"][0] == "2024-12-23"


@pytest.mark.parametrize(
    "text,dct,expected",
    [
        ("He said the mayor would resign after the vote in May.", date(2025, 6, 10), "2025-05"),
        ("The council will vote in March.", date(2025, 11, 20), "2026-03"),
    ],
)
def test_timex_rules_bare_month_leans_forward_only_past_recent_months(text, dct, expected):
    found = find_time_expressions(text, dct)
    assert [t.value for t in found if "M" in t.text or "m" in t.text][-1] == expected


def test_timex_rules_contradicting_weekday_near_publication_trusts_the_date():
    values = _values("The handover happened on Tuesday, June 12.", date(2025, 6, 12))
    value, suggestion, flag = values["Tuesday, June 12"]
    assert value == "2025-06-12" and suggestion is None
    assert "Tuesday" in flag and "Thursday" in flag


def test_timex_rules_contradicting_weekday_far_from_publication_suggests_the_likely_month():
    values = _values("On Monday, August 9, the convoy left.", date(2025, 6, 12))
    value, suggestion, flag = values["Monday, August 9"]
    assert value == "2025-08-09" and suggestion == "2025-06-09"
