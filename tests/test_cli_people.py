"""A person described differently by two outlets, end to end: build, `dossier discrepancies`, `dossier report`.

The two articles are written for this test: on the same day one outlet gives a rescuer's age as
34 and two children, the other 36 and three children. The fire chief is 51 in the first article and
52 in a third, a year later: the year explains it, so he has no discrepancy.
"""

import json

import pytest
from typer.testing import CliRunner

from dossier import api
from dossier.cli import app

runner = CliRunner()

ARTICLES = {
    "a.txt": """date: 2025-03-10
outlet: Harbour Gazette
title: Firefighter pulls three children from burning flat in Malmo

Siobhán O'Neill, 34, a mother of two, carried three children out of a burning flat in Malmo on Monday, March 10. The firefighter said the smoke on the stairs was so thick she worked by touch. Lars Berg, 51, the fire chief, praised her courage.
""",
    "b.txt": """date: 2025-03-10
outlet: Coastal Times
title: Malmo fire: three children saved by off-duty firefighter

Siobhán O'Neill, 36, pulled three children from a flat on fire in Malmo on Monday. O'Neill, a mother of three, was treated for smoke at the scene, the fire service said.
""",
    "c.txt": """date: 2026-04-02
outlet: Valley Times
title: Malmo firefighter honoured for rescue

Siobhán O'Neill received a bravery award in Stockholm on Thursday for the rescue of three children last year. Lars Berg, 52, the fire chief, presented the award.
""",
}


@pytest.fixture(scope="module")
def people_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "people.db")
    assert runner.invoke(app, ["ingest", str(folder), "--db", db]).exit_code == 0
    build = runner.invoke(app, ["build", "--db", db])
    assert build.exit_code == 0, build.output
    return db


def _people(found):
    return {d["attribute"]: d for d in found if d["entity_id"]}


@pytest.mark.slow
def test_cli_people_discrepancies_json_sets_outlets_side_by_side_with_citations(people_db):
    result = runner.invoke(app, ["discrepancies", "--db", people_db, "--json"])
    people = _people(json.loads(result.stdout))
    assert set(people) == {"age", "children"}
    assert [(v["value"], v["outlets"]) for v in people["age"]["values"]] == [
        ("34", ["Harbour Gazette"]), ("36", ["Coastal Times"])]
    assert [v["value"] for v in people["children"]["values"]] == ["2", "3"]
    texts = {d.doc_id: d.text for d in api.docs(db=people_db)}
    for value in people["age"]["values"] + people["children"]["values"]:
        for cited in value["evidence"]:
            assert cited["sentence"] in texts[cited["doc_id"]]
            assert "O'Neill" in texts[cited["doc_id"]][cited["start"]:cited["end"]]
    assert api.entity(people["age"]["entity_id"], db=people_db).name == "Siobhán O'Neill"
    berg = [e for e in api.entities(db=people_db) if e.name == "Lars Berg"]
    assert len(berg) == 1 and all(d["entity_id"] != berg[0].entity_id for d in people.values())


@pytest.mark.slow
def test_cli_people_discrepancies_table_names_the_person(people_db):
    result = runner.invoke(app, ["discrepancies", "--db", people_db], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert "age of Siobhán O'Neill" in result.stdout


@pytest.mark.slow
def test_cli_people_report_shows_each_outlets_sentence(people_db, tmp_path):
    out = tmp_path / "report.md"
    result = runner.invoke(app, ["report", "--db", people_db, "--format", "markdown", "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "### age (person ent" in text
    assert "> Siobhán O'Neill, 36, pulled three children" in text and "Coastal Times, doc" in text


@pytest.mark.slow
def test_cli_people_html_report_escapes_the_cited_sentences(people_db, tmp_path):
    out = tmp_path / "report.html"
    assert runner.invoke(app, ["report", "--db", people_db, "--output", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "<blockquote>Siobhán O&#x27;Neill, 36, pulled three children" in text
