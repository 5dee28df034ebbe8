from __future__ import annotations

from datetime import date

import pytest

from dossier.errors import IngestError
from dossier.ingest import infer_published
from dossier.ingest.dates import parse_date


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
