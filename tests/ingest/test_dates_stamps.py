"""Dates a page writes that are not its publication (``dates_stamps``), and what inference makes
of them. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.ingest.dates_infer import explain_published
from dossier.ingest.dates_stamps import is_saved_stamp, is_stamp_line, is_update_stamp, looks_ahead_after

TODAY = date(2040, 1, 1)


@pytest.mark.parametrize(
    ("text", "date_text", "ahead"),
    [
        # should fire: a forward noun after the date, or "release date of" before it
        ("The studio must meet its March 2032 release date for the film.", "March 2032", True),
        ("They hold the first pick in the 2032 Rugby Draft.", "2032", True),
        ("The comedy has a release date of 8 May 2032 in most countries.", "8 May 2032", True),
        # should not fire: a date told as the day something happened
        ("The studio released the film in March 2032 to good reviews.", "March 2032", False),
        ("The team lost its last game in 2031, a club record.", "2031", False),
    ],
)
def test_dates_stamps_looks_ahead_after(text, date_text, ahead):
    start = text.index(date_text)
    assert looks_ahead_after(text, start, start + len(date_text)) is ahead


@pytest.mark.parametrize(
    ("text", "date_text", "saved"),
    [
        ("Posted 2 years ago [downloaded on 3 June 2033]", "3 June 2033", True),  # should fire
        ("Page retrieved 4 July 2033 from the archive", "4 July 2033", True),  # should fire
        ("The council met on 3 June 2033 to vote.", "3 June 2033", False),  # should not fire
    ],
)
def test_dates_stamps_saved_stamp(text, date_text, saved):
    assert is_saved_stamp(text, text.index(date_text)) is saved


@pytest.mark.parametrize(
    ("text", "date_text", "updated"),
    [
        ("First Posted: May 2, 2033 | Updated: May 9, 2033", "May 9, 2033", True),  # should fire
        ("First Posted: May 2, 2033 | Updated: May 9, 2033", "May 2, 2033", False),  # should not fire
    ],
)
def test_dates_stamps_update_stamp(text, date_text, updated):
    assert is_update_stamp(text, text.index(date_text)) is updated


@pytest.mark.parametrize(
    ("text", "date_text", "stamp"),
    [
        ("Rain closes the bridge\n\nLAST UPDATED: 08:15 BST, 6 March 2033\n\nThe bridge shut.", "6 March 2033", True),
        ("Rain closes the bridge\n\nThe bridge shut on 6 March 2033 after a storm.", "6 March 2033", False),
    ],
)
def test_dates_stamps_stamp_line(text, date_text, stamp):
    start = text.index(date_text)
    assert is_stamp_line(text, start, start + len(date_text)) is stamp


BULLETS = "".join(f"A standfirst bullet number {n} that runs on for a while about the case\n\n" for n in range(6))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # should fire: a later year that looks ahead no longer vetoes the dateline
        ("Director returns to the sequel\n\nMay 7,2031\n\nThe studio still aims for a November 2032 "
         "release date, an insider said on Monday.", date(2031, 5, 7)),
        ("Hawks lose again\n\nOctober 5,2031\n\nThe loss kept them in line for the top pick in the "
         "2032 Rugby Draft.", date(2031, 10, 5)),
        # should fire: a download stamp is no publication date
        ("Review of the sequel\n\nPosted 1 year, 20 days ago [downloaded on 2 October 2033]\n\n"
         "The studio talks went on.", None),
        # should fire: spaced slashes of tokenized text read like plain ones
        ("Storm hits the coast\n\nUpdated 09 / 21 / 2031 01:03 PM\n\nThe storm hit.", date(2031, 9, 21)),
        # should fire: the first posting wins over a later update on the same line
        ("Teen charged\n\nFirst Posted: 10 / 25 / 31 06:44 PM ET Updated: 12 / 25 / 31 05:12 AM ET\n\n"
         "A teen was charged.", date(2031, 10, 25)),
        # should fire: a stamp line below long standfirst bullets still dates the page
        ("Jury sees the video\n\n" + BULLETS + "UPDATED: 19:14 GMT, 12 April 2033\n\nJurors watched it.",
         date(2033, 4, 12)),
        # should not fire: a later year told as past still vetoes an old dateline
        ("Obituary\n\nMay 7,2031\n\nShe retired in 2034 after a long career.", None),
        # should not fire: a date inside a body sentence far down is no stamp line
        ("Jury sees the video\n\n" + BULLETS + "The trial opened on 12 April 2033 in the city court.", None),
    ],
)
def test_dates_stamps_inference(text, expected):
    assert explain_published(text, today=TODAY)[0] == expected
