"""Deictic words in an article with no publication date (``Context._anchors_news``), and
title-case headlines. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions


def _values(text: str, dct: date | None = None) -> dict[str, str | None]:
    return {e.text: e.value for e in find_time_expressions(text, dct)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # should fire: a year named alone after the lead is background, so the news stays unanchored
        ("Hosting the gala is hard. Nobody agrees on it. Hosts come and go. The crowd roared when it went well in 1994. "
         "On Friday, the board named a new host.", "Friday", "XXXX-WXX-5"),
        ("Hosting the gala is hard. Nobody agrees on it. Hosts come and go. The last foreign host was in 1985. "
         "Her film has sold poorly since its Oct. 12 opening.", "Oct. 12", "XXXX-10-12"),
        # should not fire: a year the lead gives, and a month the narrative fixed just before, anchor
        ("The strike began in 2019. On June 9, the union met.", "June 9", "2019-06-09"),
        ("A. B. C. D. In March 1981 the miners walked out. On March 20 the pits closed.", "March 20", "1981-03-20"),
        # anaphoric words still count from any earlier date
        ("A. B. C. D. The miners walked out in 1981. A year later the pits closed.", "A year later", "1982"),
        # with a publication date nothing changes
        ("A. B. C. D. The crowd roared in 1994. On Friday, the board named a host.", "Friday", "2030-03-08"),
    ],
)
def test_timex_undated_background_year_anchors_no_news(text, phrase, value):
    found = _values(text, date(2030, 3, 10) if "A. B. C. D. The crowd" in text else None)
    assert found.get(phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # should fire: a bound is not the time the text is at
        ("A. B. C. In May 1970 students rose against a council in power since 1962. On May 4 troops came.",
         "May 4", "1970-05-04"),
        ("A. B. C. The party ruled until its leader's death in 1999. In the spring a vote was held.",
         "the spring", None),
        # should not fire: a year the narrative is in, not bounded
        ("A. B. C. In May 1970 students rose. On May 4 troops came.", "May 4", "1970-05-04"),
    ],
)
def test_timex_undated_bounds_are_not_remembered(text, phrase, value):
    assert _values(text).get(phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "season"),
    [
        # should fire: a capitalised preposition marks a title-case headline; "Fall" is the noun
        ("Hiker Killed In Fall From Ridge", "Fall", False),
        ("Markets Tumble In Spring Sell-Off", "Spring", False),
        ("Skier Dies in Fall on Glacier", "Fall", False),
        # should not fire: sentence case, a year, or an unambiguous season word
        ("The vote is due in fall.", "fall", True),
        ("Talks Resume In Spring 2031", "Spring 2031", True),
        ("Talks Resume In Summer", "Summer", True),
    ],
)
def test_timex_undated_title_case_fall_is_no_season(text, phrase, season):
    assert (phrase in _values(text, date(2030, 3, 10))) is season


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # guards the lead rule: years naming prizes in the lead are no now for "last year" three sentences on
        ("He hosted the 2011 and 2012 galas, earning a prize. It was a hit. Fans loved it. "
         "The host last year was a comic.", "last year", None),
        # should not fire: a month the lead gives anchors a bare day further on
        ("In March 1981 the miners walked out. The pits were idle. Talks failed. On March 20 the pits closed.",
         "March 20", "1981-03-20"),
    ],
)
def test_timex_undated_lead_years_anchor_only_the_next_sentence(text, phrase, value):
    assert _values(text).get(phrase) == value
