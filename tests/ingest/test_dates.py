from __future__ import annotations

from datetime import date

import pytest

from dossier.errors import IngestError
from dossier.ingest import infer_published
from dossier.ingest.dates import explain_published, parse_date

# Long enough to push what follows out of the opening lines, where a dateline would stand.
_FILLER = "Officials gave no further details about the talks that afternoon. " * 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on 14 February 2024 and again on 2 March 2024.", date(2024, 3, 2)),
        ("Talks resumed on March 2nd, 2023, after a pause since Jan. 9, 2023.", date(2023, 3, 2)),
        ("The report, dated 2022-11-30, was leaked a week later.", date(2022, 11, 30)),
        ("Signed in the capital on 05.06.2021 by both ministers.", date(2021, 6, 5)),
        ("Tokenized text : on May 12 , 2009 officials said", date(2009, 5, 12)),
        ("On the 3rd of August 2020 the bridge reopened.", date(2020, 8, 3)),
    ],
)
def test_dates_infer_published_takes_latest_full_date(text: str, expected: date) -> None:
    assert infer_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting took place on Monday in the afternoon.",
        "Numbers such as 03/04/2025 are ambiguous and are not used.",
        "It happened in May 2024, weeks before the vote.",  # no day
        "An impossible 31 February 2024 is ignored.",
        "A plan for 1 January 2999 cannot date an article already published.",
    ],
)
def test_dates_infer_published_returns_none_without_usable_date(text: str) -> None:
    assert infer_published(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A header date wins over later dates in the body (reader comments, follow-ups).
        (
            "Harbour plan approved | Tuesday 3 June 2014 | " + _FILLER
            + "A reader wrote on 9 June 2014 that the plan was too costly.",
            date(2014, 6, 3),
        ),
        # Of several dates in the header, the latest one (the page stamp after a photo caption).
        (
            "Crowds gather in the square on 1 June 2014 . \nCITY | Tue Jun 3 , 2014 4:10 pm "
            + _FILLER,
            date(2014, 6, 3),
        ),
        # In the body, the latest date counts when its weekday is named too.
        (
            _FILLER + "The ministers met on 2 March 2015. On Monday they agreed on a text.",
            date(2015, 3, 2),
        ),
        # A date that looks ahead (a deadline, a plan) does not win.
        (
            _FILLER + "The accord was signed on Monday, 2 March 2015, and talks will resume "
            "by 30 April 2015.",
            date(2015, 3, 2),
        ),
        # A yearless date takes the year of the nearest full date when its weekday agrees.
        (
            _FILLER + "Turnout was low on 4 May 2021. Counting ended on Friday, May 7, "
            "when the board said so.",
            date(2021, 5, 7),
        ),
        # ... or the year written alone nearby, again checked by the weekday.
        (
            _FILLER + "The 2019 strike ended on Thursday, October 17, after a week.",
            date(2019, 10, 17),
        ),
    ],
)
def test_dates_infer_published_weighs_evidence(text: str, expected: date) -> None:
    assert infer_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Body dates without a named weekday are history or commentary as often as news.
        _FILLER + "The treaty was first signed on 12 April 1997 in a small town.",
        # A yearless date without a weekday to confirm its year is not used.
        _FILLER + "In 2019 the strike ended on October 17 after a week.",
        # A weekday that disagrees with every nearby year rules the yearless date out.
        _FILLER + "The 2019 strike ended on Monday, October 17, after a week.",
        # A weekday alone, with no date at all, says nothing about the year.
        "Ministers met on Thursday and said talks went well.",
        # Opening dates of a picture or of a past event do not date the page.
        "In this June 1, 2011 file photo, workers clear a beach. Crews left on Tuesday.",
        "Dockers rest in Port Vale on 3 May 2012. Photograph: Anna Sill. The strike went on.",
        "Prices have doubled since the flood on 20 April 2010. Farmers met on Tuesday.",
    ],
)
def test_dates_infer_published_declines_weak_evidence(text: str) -> None:
    assert infer_published(text) is None


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("Filed on 3 June 2014 and updated on 5 June 2014.", date(2014, 6, 4), date(2014, 6, 3)),
        ("Filed on 3 June 2014 and updated on 5 June 2014.", date(2014, 6, 6), date(2014, 6, 5)),
        ("Filed on 3 June 2014.", date(2014, 6, 2), None),
    ],
)
def test_dates_infer_published_ignores_dates_after_today(
    text: str, today: date, expected: date | None
) -> None:
    assert infer_published(text, today=today) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Filed on 3 June 2014.", "head"),
        (_FILLER + "On Monday, 2 March 2015, they met.", "latest"),
        (_FILLER + "They met on 2 March 2015.", "none"),
    ],
)
def test_dates_explain_published_names_the_evidence(text: str, kind: str) -> None:
    assert explain_published(text)[1] == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-16", date(2025, 5, 16)),
        ("2025-05-16T23:30:00Z", date(2025, 5, 16)),
        ("2025-05-16 08:00:00+03:00", date(2025, 5, 16)),
        ("Fri, 16 May 2025 10:00:00 GMT", date(2025, 5, 16)),
        ("Friday, May 16, 2025", date(2025, 5, 16)),
        ("16 May 2025", date(2025, 5, 16)),
    ],
)
def test_dates_parse_date_reads_metadata_formats(value: str, expected: date) -> None:
    assert parse_date(value, item="row") == expected


@pytest.mark.parametrize("value", ["yesterday", "2025-13-40", "05/06/2025", "May 2025"])
def test_dates_parse_date_refuses_unclear_values(value: str) -> None:
    with pytest.raises(IngestError, match="not a recognisable date"):
        parse_date(value, item="row")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one reading only: there is no 30th month
        ("Last updated 11/30/09 08:15 PM ET\n\nThe dam held through the night.", date(2009, 11, 30)),
        # both readings possible; the article names April and never September
        ("Updated 4/9/2007 6:04 PM\n\nThe plant reopened on Monday, its first day back since April began.",
         date(2007, 4, 9)),
        # a day and month that read the same either way
        ("First posted 21:12:00 05/05/2010\n\nThe strike closed the port.", date(2010, 5, 5)),
        # no space after the comma of a written-out date
        ("Published June 11,2007\n\nThe council voted on the plan.", date(2007, 6, 11)),
    ],
)
def test_dates_infer_published_reads_slash_stamps_and_tight_commas(text: str, expected: date) -> None:
    assert infer_published(text, today=date(2026, 1, 1)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Updated 4/9/2007\n\nThe plant reopened after a long closure.",  # April 9 or 4 September: no evidence
        "The minutes of the 3/4/2019 meeting are attached further down this long page of notes, which runs on "
        "and on about the budget, the roads, the library and the park, well past the opening lines of the page "
        "that carry a page's stamp, and only now, deep in the text, gives 3/5/2019 as the next date to keep.",
    ],
)
def test_dates_infer_published_declines_unclear_slash_dates(text: str) -> None:
    assert infer_published(text, today=date(2026, 1, 1)) is None


def test_dates_infer_published_is_no_older_than_a_year_the_text_looks_back_on() -> None:
    text = ("The former director, who died on Thursday, had led the agency for a decade. On Monday, "
            "March 6, 1978, he ordered the first inquiry. He retired in 1989 and wrote a memoir in 2004.")
    assert infer_published(text, today=date(2026, 1, 1)) is None
