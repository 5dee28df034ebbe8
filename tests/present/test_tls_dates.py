"""Dating sentences for timeline summarization: print-edition notes, and days given as bounds
(after "until", "as of", or as the closing day of a span), and days heading chronology lines."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from dossier.present.tls_dates import article_sentences, date_sentences

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
T17_GUARDIAN = SHARED / "benchmarks" / "t17" / "bpoil_guardian" / "articles.jsonl"


@dataclass(frozen=True)
class Article:
    id: str
    published: date
    text: str


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry services resumed after the storm. A version appeared on p12 of the Main section "
            "of the Herald on 22.15 GMT on Tuesday 9 March 2021 Read more of our coverage online.",
            ["Ferry services resumed after the storm.", "Read more of our coverage online."],
        ),
        (
            "A version of this article appears in print on March 9, 2021, on Page A14 of the "
            "national edition.",
            [],
        ),
        (
            "The council said a version of the plan appeared on its website on Monday.",
            ["The council said a version of the plan appeared on its website on Monday."],
        ),
    ],
)
def test_tls_dates_print_edition_notes_are_cut_out(text, expected):
    assert [text[s:e] for s, e in article_sentences(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "dates", "bound_dates"),
    [
        ("The fishing ban will stay in place until 17 May.", [date(2021, 5, 17)], [date(2021, 5, 17)]),
        ("As of 3 May, crews had pumped 4,000 tonnes of water out.", [date(2021, 5, 3)], [date(2021, 5, 3)]),
        ("The harbour wall collapsed on 3 May after a week of storms.", [date(2021, 5, 3)], []),
        (
            "The ban began on 2 May and will last until 17 May, officials said.",
            [date(2021, 5, 2), date(2021, 5, 17)], [date(2021, 5, 17)],
        ),
    ],
)
def test_tls_dates_marks_days_given_only_as_bounds(sentence, dates, bound_dates):
    (dated,) = date_sentences(Article("b1", date(2021, 5, 10), sentence))
    assert list(dated.dates) == dates
    assert list(dated.bound_dates) == bound_dates


@pytest.mark.parametrize(
    ("sentence", "dates", "bound_dates"),
    [
        # the closing day of a span bounds a period, like "until"
        ("Water samples were taken 4 March - 19 March along the coast.",
         [date(2021, 3, 4), date(2021, 3, 19)], [date(2021, 3, 19)]),
        ("The festival ran from 6 March to 9 March in the old town.",
         [date(2021, 3, 6), date(2021, 3, 9)], [date(2021, 3, 9)]),
        ("Average traffic between 2 March and 16 March fell by a third.",
         [date(2021, 3, 2), date(2021, 3, 16)], [date(2021, 3, 16)]),
        # two days joined by a plain "and" are two events, not a span
        ("The first ferry sailed on 2 March and the second on 16 March.",
         [date(2021, 3, 2), date(2021, 3, 16)], []),
        ("Strikes were held on 2 March and 16 March at both ports.",
         [date(2021, 3, 2), date(2021, 3, 16)], []),
    ],
)
def test_tls_dates_closing_day_of_a_span_is_a_bound(sentence, dates, bound_dates):
    (dated,) = date_sentences(Article("s1", date(2021, 3, 25), sentence))
    assert list(dated.dates) == dates
    assert list(dated.bound_dates) == bound_dates


def test_tls_dates_span_needs_both_ends_in_one_sentence():
    text = "The ferry sailed on 2 March. To 16 March, no other boat left the harbour."
    first, second = date_sentences(Article("s2", date(2021, 3, 25), text))
    assert list(first.bound_dates) == []
    assert list(second.dates) == [date(2021, 3, 16)]


@pytest.mark.parametrize(
    ("sentence", "entry_dates"),
    [
        # a chronology line or a dated caption opens with its day, then a colon or a dash
        ("14 March: Storm floods the harbour and sinks two ferries.", [date(2021, 3, 14)]),
        ("March 14 - Crews begin pumping water out of the tunnel.", [date(2021, 3, 14)]),
        # a day inside the sentence, a span, or a weekday heading is no entry
        ("The harbour flooded on 14 March: two ferries sank.", []),
        ("14 March - 19 March: water samples along the coast.", []),
        ("Sunday: the mayor opens the new bridge to traffic.", []),
    ],
)
def test_tls_dates_day_heading_a_chronology_line(sentence, entry_dates):
    (dated,) = date_sentences(Article("c1", date(2021, 3, 25), sentence))
    assert list(dated.entry_dates) == entry_dates


@pytest.mark.shared
def test_tls_dates_guardian_print_notes_give_no_day():
    if not T17_GUARDIAN.is_file():
        pytest.skip(f"Timeline17 data not found at {T17_GUARDIAN} (needs /work/shared)")
    lines = T17_GUARDIAN.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    with_note = [r for r in records if "A version appeared on p" in r["text"]][:3]
    assert len(with_note) == 3
    for record in with_note:
        article = Article(record["id"], date.fromisoformat(record["time"][:10]), record["text"])
        sentences = date_sentences(article)
        assert sentences, record["id"]
        assert not any("A version appeared on" in s.text for s in sentences)
