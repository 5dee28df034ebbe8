"""A person's discrepancy through the Python API as articles arrive: none while one outlet tells of
him, found when the second outlet's article is built, and the same one after a full rebuild."""

import pytest

from dossier import api

FIRST = """date: 2025-09-15
outlet: Harbour Gazette
title: Climber rescued on Ben Nevis

Ewan McAllister, 47, was winched off Ben Nevis on Monday, September 15, after a fall. The mountain rescue team said he was conscious.
"""
SECOND = """date: 2025-09-15
outlet: Coastal Times
title: Ben Nevis fall: climber flown to hospital

Ewan McAllister, 44, was flown from Ben Nevis to hospital in Fort William on Monday after a fall.
"""


def _people(db):
    return [d for d in api.discrepancies(db=db) if d.entity_id]


@pytest.mark.slow
def test_api_people_discrepancy_appears_when_the_second_outlet_is_built(tmp_path):
    db = str(tmp_path / "people.db")
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    api.ingest([str(tmp_path / "a.txt")], db=db)
    api.build(db=db)
    assert _people(db) == []
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    api.ingest([str(tmp_path / "b.txt")], db=db)
    api.build(db=db)
    [found] = _people(db)
    assert [(v.value, v.outlets) for v in found.values] == [("44", ("Coastal Times",)), ("47", ("Harbour Gazette",))]
    assert api.entity(found.entity_id, db=db).name == "Ewan McAllister"
    api.build(db=db, full=True)  # rebuilding replaces the person's discrepancy by the same one
    assert [d.discrepancy_id for d in _people(db)] == [found.discrepancy_id]
    api.close_store(db)
