"""Story names: a news organisation's name ties its own articles, not a story, so it is left out."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.stories import StoryNames, assign_stories, distinctive_names
from dossier.resolve.stories_outlets import is_outlet_name


@pytest.mark.parametrize(
    ("name", "label", "outlet"),
    [
        ("Associated Press", "ORG", True),  # a wire agency credited in every dateline
        ("Reuters", "ORG", True),
        ("the Voice of America", "ORG", True),
        ("Evening Courier", "ORG", True),  # an organisation named like a masthead
        ("Lakeside Daily Herald", "ORG", True),
        ("Harbour Board", "ORG", False),
        ("Dockers Union", "ORG", False),
        ("Times Square", "FAC", False),  # a masthead word first, and not an organisation
        ("Maria Herald", "PERSON", False),  # a person whose surname is a masthead word
        ("Port Ellen", "GPE", False),
    ],
)
def test_stories_outlet_names_are_told_from_other_names(name, label, outlet):
    assert is_outlet_name(name, label) is outlet


def _entity(entity_id: str, name: str, label: str) -> models.Entity:
    return models.Entity(entity_id=entity_id, name=name, label=label, doc_ids=("a", "b"))


def test_stories_distinctive_names_leave_out_the_agency_and_keep_the_story_names():
    entities = [_entity("agency", "Associated Press", "ORG"), _entity("person", "Maria Okafor", "PERSON")]
    mentions = {("a", "1"): "agency", ("b", "1"): "agency", ("a", "2"): "person", ("b", "2"): "person"}
    names = distinctive_names(entities, mentions)
    assert names.doc_names == {"a": {"person"}, "b": {"person"}}
    assert "agency" not in names.name_docs


@pytest.mark.parametrize(("agency_is_outlet", "together"), [(True, False), (False, True)])
def test_stories_two_reports_of_one_agency_do_not_join_on_its_credit(agency_is_outlet, together):
    """Two wire reports sharing the agency's credit and one rare name stay apart; two names would join."""
    agency = "Associated Press" if agency_is_outlet else "Harbour Board"
    entities = [_entity("agency", agency, "ORG"), _entity("person", "Maria Okafor", "PERSON")]
    mentions = {("a", "1"): "agency", ("b", "1"): "agency", ("a", "2"): "person", ("b", "2"): "person"}
    docs = [models.Document(doc_id=d, text=f"Report {d} on the dock strike.", title=f"Report {d}") for d in "ab"]
    names: StoryNames = distinctive_names(entities, mentions)
    update = assign_stories(docs, [], names, {}, {}, total_docs=300)
    assert (update.assignments["a"] == update.assignments["b"]) is together
