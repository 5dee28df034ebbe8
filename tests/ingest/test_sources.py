from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dossier.ingest import IngestOptions, count_sources, iter_documents
from dossier.models import Document, Failure

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ISTANBUL = SHARED / "corpus" / "istanbul-2025"
ARTICLE = (
    "The regional airport will close its second runway for resurfacing from next month, the "
    "operator said, and some evening flights will move to the city's older terminal."
)


def _outcomes(sources: list[str], options: IngestOptions | None = None) -> list[tuple[str, str]]:
    return [
        (Path(r.source).name, "doc") if isinstance(r, Document) else (Path(r.item).name, r.reason)
        for r in iter_documents(sources, options or IngestOptions())
    ]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"outlet": "Airport Weekly"}', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE + " More to follow.", encoding="utf-8")
    (tmp_path / "sub" / ".draft.txt").write_text(ARTICLE + " Draft.", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "c.txt").write_text(ARTICLE + " Cached.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    return tmp_path


def test_sources_directory_is_read_recursively_without_hidden_files(tree: Path) -> None:
    assert _outcomes([str(tree)]) == [
        ("a.txt", "doc"),
        ("scan.pdf", "unsupported file type '.pdf'; dossier reads .atom, .csv, .htm, .html, "
         ".jsonl, .ndjson, .rss, .txt, .xml"),
        ("b.txt", "doc"),
    ]  # fmt: skip


def test_sources_sidecar_applies_when_read_from_a_directory(tree: Path) -> None:
    [doc] = [r for r in iter_documents([str(tree / "a.txt")], IngestOptions())]
    assert doc.outlet == "Airport Weekly"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("**/*.txt", [("a.txt", "doc"), ("b.txt", "doc")]),
        ("sub/*.txt", [("b.txt", "doc")]),
        ("*.md", [("*.md", "no file matches this pattern")]),
        ("missing.txt", [("missing.txt", "no such file or directory")]),
    ],
)
def test_sources_globs_and_missing_paths(tree: Path, pattern: str, expected: list) -> None:
    assert _outcomes([str(tree / pattern)]) == expected


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty; nothing to ingest"),
        (b"GIF89a\x01\x00\x01\x00\x00\xff\x00", "this is a binary file (it contains NUL bytes)"),
    ],
)
def test_sources_bad_files_become_failures(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    outcomes = _outcomes([str(tmp_path)])
    assert [o[0] for o in outcomes] == ["bad.txt", "good.txt"]
    assert outcomes[0][1].startswith(reason) and outcomes[1][1] == "doc"


def test_sources_latin1_file_is_decoded(tmp_path: Path) -> None:
    text = "À l'aéroport régional, la deuxième piste fermera pour des travaux dès le mois."
    (tmp_path / "fr.txt").write_bytes((text + " " + text).encode("latin-1"))
    [doc] = list(iter_documents([str(tmp_path / "fr.txt")], IngestOptions()))
    assert doc.text.startswith(text)


def test_sources_count_matches_files_and_failures(tree: Path) -> None:
    sources = [str(tree), str(tree / "*.md"), "https://news.example/a"]
    assert count_sources(sources, IngestOptions()) == 3 + 1 + 1


@pytest.mark.shared
def test_sources_istanbul_corpus_yields_five_documents() -> None:
    if not ISTANBUL.is_dir():
        pytest.skip(f"real data not available: {ISTANBUL} is absent")
    docs = list(iter_documents([str(ISTANBUL)], IngestOptions()))
    by_name = {Path(d.source).name[:3]: d for d in docs}
    assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)
    first = by_name["001"]
    assert (first.published, first.published_inferred) == (date(2025, 5, 16), False)
    assert by_name["001"].text.startswith("During the negotiations")
    assert not any(d.text.lstrip().startswith("date ") for d in docs)
    assert count_sources([str(ISTANBUL)], IngestOptions()) == 5
