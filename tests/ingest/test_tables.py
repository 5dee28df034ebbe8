from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from dossier.ingest import IngestOptions, count_sources, iter_documents
from dossier.models import Document, Failure

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
FIRST = "The harbour master closed the port at dawn as the storm approached the coast."
SECOND = "Fishing crews returned to sea two days later, once the wind had dropped."


def _write_csv(tmp_path: Path, header: str, rows: list[str]) -> str:
    path = tmp_path / "articles.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return str(path)


def test_tables_csv_guesses_common_column_names(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path,
        '"",date,text,source',
        [f'"7",2024-01-05,"{FIRST}",Coast Courier', f'"8",2024-01-07,"{SECOND}",Bay Times'],
    )
    docs = list(iter_documents([path], IngestOptions()))
    assert [(d.text, d.published, d.outlet, d.source) for d in docs] == [
        (FIRST, date(2024, 1, 5), "Coast Courier", f"{path}#row1"),
        (SECOND, date(2024, 1, 7), "Bay Times", f"{path}#row2"),
    ]


def test_tables_csv_explicit_mapping(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path,
        "ref,headline,story_text,paper,link",
        [f'a1,Storm shuts port,"{FIRST}",Coast Courier,https://cc.example/a1'],
    )
    options = IngestOptions(
        text_field="story_text", title_field="headline", outlet_field="paper", id_field="ref",
        url_field="link",
    )  # fmt: skip
    [doc] = list(iter_documents([path], options))
    assert (doc.title, doc.outlet, doc.url, doc.source, doc.published) == (
        "Storm shuts port", "Coast Courier", "https://cc.example/a1", f"{path}#a1", None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        (IngestOptions(text_field="body"), "there is no column 'body'"),
        (IngestOptions(date_field="day"), "there is no column 'day'"),
    ],
)
def test_tables_csv_missing_named_column_fails_whole_file(
    tmp_path: Path, options: IngestOptions, reason: str
) -> None:
    path = _write_csv(tmp_path, "text,date", [f'"{FIRST}",2024-01-05'])
    [failure] = list(iter_documents([path], options))
    assert isinstance(failure, Failure) and reason in failure.reason


def test_tables_csv_without_text_column_names_the_option(tmp_path: Path) -> None:
    path = _write_csv(tmp_path, "words,day", [f'"{FIRST}",2024-01-05'])
    [failure] = list(iter_documents([path], IngestOptions()))
    assert "--text-field" in failure.reason and "'words'" in failure.reason


def test_tables_jsonl_rows_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "n1", "time": "2010-04-22", "text": FIRST}),
        "",
        "{broken json",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "n4", "time": "someday", "text": SECOND}),
        json.dumps({"id": "n5", "time": "2010-04-23", "text": ""}),
        json.dumps({"id": "n6", "published": "2010-04-24", "body": SECOND, "site": "Bay Times"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = [
        (r.source, r.published)
        if isinstance(r, Document)
        else (r.item, re.split(r" \(|;", r.reason)[0])
        for r in iter_documents([str(path)], IngestOptions())
    ]
    assert results == [
        (f"{path}#n1", date(2010, 4, 22)),
        (f"{path}#line3", "not valid JSON"),
        (f"{path}#line4", "each line must be a JSON object"),
        (f"{path}#n4", "date 'someday' is not a recognisable date"),
        (f"{path}#n5", "column 'text' holds no article text"),
        (f"{path}#n6", date(2010, 4, 24)),
    ]


def test_tables_count_sources_counts_rows(tmp_path: Path) -> None:
    csv_path = _write_csv(tmp_path, "text", [f'"{FIRST}"', f'"multi\nline {SECOND}"', ""])
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"text": FIRST}) + "\n\n" + json.dumps({"text": SECOND}) + "\n")
    assert count_sources([csv_path, str(jsonl)], IngestOptions()) == 4


@pytest.mark.shared
def test_tables_guardian_csv_loads_without_conversion() -> None:
    path = SHARED / "benchmarks" / "guardian-sdf" / "articles.csv"
    if not path.is_file():
        pytest.skip(f"real data not available: {path} is absent")
    results = list(iter_documents([str(path)], IngestOptions()))
    docs = [r for r in results if isinstance(r, Document)]
    counted = count_sources([str(path)], IngestOptions())
    assert (len(results), len(docs), counted) == (249, 249, 249)
    assert {d.outlet for d in docs} == {"Guardian"}
    assert all(d.published is not None and not d.published_inferred for d in docs)


@pytest.mark.shared
def test_tables_timeline17_jsonl_loads_without_conversion() -> None:
    path = SHARED / "benchmarks" / "t17" / "H1N1_bbc" / "articles.jsonl"
    if not path.is_file():
        pytest.skip(f"real data not available: {path} is absent")
    options = IngestOptions(default_outlet="BBC")
    docs = [r for r in iter_documents([str(path)], options) if isinstance(r, Document)]
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert (docs[0].source, docs[0].published.isoformat(), docs[0].outlet) == (
        f"{path}#{first['id']}", first["time"], "BBC",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("Rates rose at Smith &amp; Sons, the bank&#8217;s rival.", "Rates rose at Smith & Sons, the bank’s rival."),
        ("The &#x201C;quiet&#x201D; week ended.", "The “quiet” week ended."),
        ("Costs of R&D rose; Q&A sessions were cut.", "Costs of R&D rose; Q&A sessions were cut."),
    ],
)
def test_tables_character_references_in_text_cells_are_decoded(tmp_path: Path, cell: str, text: str) -> None:
    path = _write_csv(tmp_path, "date,text", [f'2024-01-05,"{cell}"'])
    (doc,) = list(iter_documents([path], IngestOptions()))
    assert doc.text == text
