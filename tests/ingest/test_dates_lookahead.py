"""A future auxiliary puts the rest of its clause ahead of the report (``looks_ahead``).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.ingest.dates_infer import explain_published, looks_ahead

LEAD = "The gala has a new host, the board said today.\n\n"


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # should fire: "will" governs the clause, however long the phrase before the date
        ("She will be the host of the gala, broadcast live on Sunday, March 9, 2031", True),
        ("The striker will be 30 on June 2, in the first week of the 2032 season", True),
        # should not fire: told as done, or the auxiliary ends its sentence before the date
        ("She was the host of the gala, broadcast live on Sunday, March 9, 2031", False),
        ("She will host it. The gala was broadcast live on Sunday, March 9, 2031", False),
    ],
)
def test_dates_lookahead_future_clause(text, ahead):
    where = text.rindex("March 9") if "March 9" in text else text.rindex("2032")
    assert looks_ahead(text, where) is ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # should fire: the only full date is a coming broadcast, so the page stays undated
        (LEAD + "She will be the host of the gala, broadcast live on Sunday, March 9, 2031, from the city.",
         None),
        # a dateline is kept though the body names a later season it looks ahead to
        ("Thursday, December 4,2031\n\nThe club made an offer. The striker will be 30 on June 2, "
         "in the first week of the 2032 season.", date(2031, 12, 4)),
        # should not fire: a past broadcast with its weekday still dates the page
        (LEAD + "The gala was broadcast live on Sunday, March 9, 2031, from the city.", date(2031, 3, 9)),
    ],
)
def test_dates_lookahead_dates_no_page(text, expected):
    assert explain_published(text, today=date(2035, 1, 1))[0] == expected
