"""The CLI end to end on the example corpus, checked through the Python API."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier import api
from dossier.cli import app
from dossier.errors import DossierError

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"

runner = CliRunner()


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("cli") / "demo.db")
    ingest = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    assert ingest.exit_code == 0, ingest.output
    build = runner.invoke(app, ["build", "--db", db])
    assert build.exit_code == 0, build.output
    return db


@pytest.mark.slow
def test_cli_ingest_stores_every_example_article_once(built_db):
    documents = api.docs(db=built_db)
    assert len(documents) == 14
    assert sum(1 for d in documents if d.near_duplicate_of) == 1
    again = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", built_db, "--json"])
    assert again.exit_code == 0
    assert json.loads(again.stdout)["added"] == []


@pytest.mark.slow
def test_cli_timeline_json_cites_document_and_span(built_db):
    result = runner.invoke(app, ["timeline", "--db", built_db, "--json"])
    assert result.exit_code == 0
    entries = json.loads(result.stdout)
    assert entries, "the example corpus yields a timeline"
    texts = {d.doc_id: d.text for d in api.docs(db=built_db)}
    for entry in entries:
        for evidence in entry["evidence"]:
            assert texts[evidence["doc_id"]][evidence["start"]:evidence["end"]] == evidence["sentence"]


@pytest.mark.slow
def test_cli_timeline_csv_has_header_and_rows(built_db):
    result = runner.invoke(app, ["timeline", "--db", built_db, "--csv"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("date,precision,type,status")
    assert len(lines) > 3


@pytest.mark.slow
def test_cli_entities_merge_spelling_variants(built_db):
    result = runner.invoke(app, ["entities", "--db", built_db, "--json", "--label", "PERSON"])
    people = json.loads(result.stdout)
    umerov = [p for p in people if "Umerov" in p["name"] or "Umerov" in " ".join(p["aliases"])]
    assert len(umerov) == 1
    assert any("Umierov" in alias for alias in umerov[0]["aliases"])
    texts = {d.doc_id: d.text for d in api.docs(db=built_db)}
    assert umerov[0]["evidence"]
    assert all(texts[m["doc_id"]][m["start"]:m["end"]] == m["text"] for m in umerov[0]["evidence"])


@pytest.mark.slow
def test_cli_discrepancies_report_the_weekday_that_contradicts_its_date(built_db):
    result = runner.invoke(app, ["discrepancies", "--db", built_db, "--json"])
    found = json.loads(result.stdout)
    in_text = [d for d in found if d["attribute"] == "date_in_text"]
    assert any("Thursday" in d["note"] for d in in_text)


@pytest.mark.slow
def test_cli_quotes_json_cites_document_and_spans(built_db):
    result = runner.invoke(app, ["quotes", "--db", built_db, "--json"])
    assert result.exit_code == 0, result.output
    quotes = json.loads(result.stdout)
    assert quotes, "the example corpus has quotes"
    texts = {d.doc_id: d.text for d in api.docs(db=built_db)}
    for quote in quotes:
        text = texts[quote["doc_id"]]
        assert text[quote["content_start"]:quote["content_end"]] == quote["content"]
        if quote["source_start"] is not None:
            assert text[quote["source_start"]:quote["source_end"]] == quote["source"]


@pytest.mark.slow
def test_cli_quotes_speaker_filter_finds_every_spelling_of_the_entity(built_db):
    result = runner.invoke(app, ["quotes", "--db", built_db, "--json", "--speaker", "Zelensky"])
    quotes = json.loads(result.stdout)
    spellings = {q["speaker"] or q["source"] for q in quotes}
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy"} <= spellings
    assert all("elensk" in (q["speaker"] or q["source"]) for q in quotes)


@pytest.mark.slow
def test_cli_quotes_of_an_entity_id_are_its_quotes_under_every_spelling(built_db):
    zelensky = next(e for e in api.entities(db=built_db, label="PERSON") if "Zelenskyy" in {e.name, *e.aliases})
    by_entity = api.quotes(db=built_db, entity_id=zelensky.entity_id)
    by_name = api.quotes(db=built_db, speaker="Zelensky")
    assert by_entity and [q for _, q in by_entity] == [q for _, q in by_name]
    assert {doc.doc_id for doc, _ in by_entity} <= set(zelensky.doc_ids)
    with pytest.raises(DossierError, match="no entity with id"):
        api.quotes(db=built_db, entity_id="no-such-entity")


@pytest.mark.slow
def test_cli_quotes_csv_has_header_and_spans(built_db):
    result = runner.invoke(app, ["quotes", "--db", built_db, "--csv", "--speaker", "Lavrov"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc_id,outlet,published,speaker,source,via,kind,cue,content,content_start")
    assert len(lines) >= 3 and all("Lavrov" in line for line in lines[1:])


@pytest.mark.slow
def test_cli_search_finds_folded_spelling(built_db):
    result = runner.invoke(app, ["search", "Ciragan", "--db", built_db, "--json"])
    assert json.loads(result.stdout)


def test_cli_bad_path_fails_with_message(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    # Rich wraps the message at the console width, which depends on the length of pytest's tmp path.
    assert "no such file or directory" in " ".join(result.output.split())


def test_cli_unknown_benchmark_lists_the_valid_ones(tmp_path):
    result = runner.invoke(app, ["eval", "nope", str(tmp_path)])
    assert result.exit_code == 1
    assert "istanbul" in result.output


def test_cli_every_command_is_documented_in_readme_with_example():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"dossier {name}" in readme, f"`dossier {name}` is missing from the README"
        assert "Example:" in (command.callback.__doc__ or ""), f"`dossier {name}` help has no example"


@pytest.mark.slow
@pytest.mark.parametrize("fmt,marker", [("html", "<!DOCTYPE html"), ("markdown", "# ")])
def test_cli_timeline_report_is_written_to_a_file(built_db, tmp_path, fmt, marker):
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["timeline", "--db", built_db, "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith(marker)
    assert "<script" not in text.lower() or fmt == "markdown"


@pytest.mark.slow
def test_cli_report_writes_the_mailable_html_with_the_timelines_filters(built_db, tmp_path):
    out = tmp_path / "story.html"
    result = runner.invoke(app, ["report", "--db", built_db, "--dates", "2", "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<!DOCTYPE html")
    assert "<script" not in text.lower() and "http://" not in text and "https://" not in text
    timeline = runner.invoke(app, ["timeline", "--db", built_db, "--dates", "2", "--format", "html"])
    assert timeline.stdout.strip() == text.strip()


@pytest.mark.parametrize("args,message", [
    (["--format", "pdf"], "unknown report format"),
    (["--from", "23 May"], "dates must be YYYY-MM-DD"),
])
def test_cli_report_refuses_bad_options_with_a_clear_error(tmp_path, args, message):
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "none.db"), "--output", str(tmp_path / "r.html"), *args])
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / "r.html").exists()


@pytest.mark.slow
def test_cli_timeline_digest_keeps_the_requested_number_of_dates(built_db):
    result = runner.invoke(app, ["timeline", "--db", built_db, "--dates", "3", "--sentences-per-date", "1", "--json"])
    days = json.loads(result.stdout)
    assert len(days) == 3
    assert all(len(day["evidence"]) <= 1 for day in days)


@pytest.mark.slow
def test_cli_timeline_markdown_digest_cites_the_requested_sentences(built_db):
    def citations(per_date):
        result = runner.invoke(app, ["timeline", "--db", built_db, "--dates", "2", "--sentences-per-date",
                                     str(per_date), "--format", "markdown"])
        assert result.exit_code == 0, result.output
        timeline_part = result.stdout.split("## Discrepancies")[0]
        return [line for line in timeline_part.splitlines() if line.startswith("> — ")]

    one, two = citations(1), citations(2)
    # two dates, one or two sentences each (a sentence backing two events is cited under both)
    assert 1 <= len(one) <= 4 and len(one) < len(two) <= 8


@pytest.mark.slow
def test_cli_timeline_story_filter_keeps_only_that_storys_events(built_db):
    story = api.stories(db=built_db)[0]
    result = runner.invoke(app, ["timeline", "--db", built_db, "--story", story.story_id, "--json"])
    entries = json.loads(result.stdout)
    assert entries and all(set(e["event"]["doc_ids"]) & set(story.doc_ids) for e in entries)
    missing = runner.invoke(app, ["timeline", "--db", built_db, "--story", "sty_nope"])
    assert missing.exit_code == 1 and "dossier stories" in missing.output


@pytest.mark.slow
def test_cli_entity_filter_keeps_events_the_entity_takes_part_in(built_db):
    everything = api.events(db=built_db)
    chosen = api.events(db=built_db, entity="Medinsky")
    assert 0 < len(chosen) < len(everything)
    for found in chosen:
        _, _, mentions = api.event(found.event_id, db=built_db)
        named = [a for m in mentions for a in m.arguments if "medinsk" in a.canonical.lower() + a.text.lower()]
        assert named, found.event_id
    result = runner.invoke(app, ["timeline", "--db", built_db, "--entity", "Medinsky", "--json"])
    assert result.exit_code == 0, result.output
    assert {row["event"]["event_id"] for row in json.loads(result.stdout)} == {e.event_id for e in chosen}


@pytest.mark.slow
def test_cli_article_text_is_printed_as_written_not_as_markup(tmp_path):
    article = tmp_path / "markup.txt"
    article.write_text("On March 2, 2030, Armenia swapped 30 prisoners with Azerbaijan [red]at the border[/red].\n")
    db = str(tmp_path / "markup.db")
    assert runner.invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["build", "--db", db]).exit_code == 0
    found = runner.invoke(app, ["search", "Armenia", "--db", db])
    assert found.exit_code == 0, found.output
    assert "[red]at the border[/red]" in " ".join(found.output.split())
    event_id = api.events(db=db)[0].event_id
    shown = runner.invoke(app, ["event", event_id, "--db", db])
    assert shown.exit_code == 0, shown.output
    flat = " ".join(shown.output.split())
    assert "[red]at the border[/red]" in flat
    assert "[bold]" not in flat


def test_cli_commands_without_db_use_the_dossier_db_variable(tmp_path, monkeypatch):
    chosen = tmp_path / "chosen.db"
    monkeypatch.setenv("DOSSIER_DB", str(chosen))
    monkeypatch.chdir(tmp_path)
    article = sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".json"})[0]
    try:
        ingest = runner.invoke(app, ["ingest", str(article), "--json"])
        assert ingest.exit_code == 0, ingest.output
        listed = runner.invoke(app, ["docs", "--json"])
        assert listed.exit_code == 0, listed.output
        assert len(json.loads(listed.stdout)) == 1
        assert chosen.exists() and not (tmp_path / "dossier.db").exists()
    finally:
        api.close_store(str(chosen))
