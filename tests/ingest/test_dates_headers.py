"""Publication stamps under a headline (``dates_infer``, ``dates_stamps``): a reference word must
stand on the stamp's own line, and a line of bar-joined stamps is read stamp by stamp. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.ingest.dates_infer import explain_published

TODAY = date(2040, 1, 1)
STANDFIRST = "A standfirst that runs on for a while and pushes the stamp further down the page. " * 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # should fire: "After" ends the headline line, the stamp below is the page's
        ("Town Tense After Boy Hurt By Falling Crane\n\nAPR. 3, 2031, 9:40 AM\n\nCrowds met on Monday.",
         date(2031, 4, 3)),
        # tokenized clocks ("9: 40 AM") read as clocks
        ("Town Tense After Boy Hurt By Falling Crane\n\nAPR. 3, 2031, 9: 40 AM\n\nCrowds met on Monday.",
         date(2031, 4, 3)),
        # should fire: two stamps on one line past the opening characters; the first posting wins
        ("Storm Hits Coast\n\n" + STANDFIRST + "\n\nPUBLISHED: 04:12 GMT, 5 May 2031 | UPDATED: 21:03 GMT, 6 May 2031"
         "\n\nWinds rose on Sunday.", date(2031, 5, 5)),
        ("Storm Hits Coast\n\n" + STANDFIRST + "\n\nPublished: 5 May 2031 | Updated: 6 May 2031\n\nWinds rose on Sunday.",
         date(2031, 5, 5)),
    ],
)
def test_dates_headers_stamp_under_headline_is_found(text: str, expected: date) -> None:
    assert explain_published(text, today=TODAY) == (expected, "head")


@pytest.mark.parametrize(
    "text",
    [
        # should not fire: a reference word on the date's own line still makes it a reference point
        "Ten years after the flood of 3 April 2021, the town rebuilt its bridge.",
        # a bar-joined line that is prose, not stamps, is no stamp line
        "Storm Hits Coast\n\n" + STANDFIRST + "\n\nThe storm that struck on 5 May 2031 | a year of rebuilding "
        "followed for the whole of the coast and its towns\n\nWinds rose.",
    ],
)
def test_dates_headers_reference_or_prose_is_no_stamp(text: str) -> None:
    assert explain_published(text, today=TODAY) == (None, "none")
