"""A merged firm's part before the seam of its run-together name joins it across articles
(resolve.entity_merges.join_seam_parts). Names written for these tests."""

from dossier.resolve.entities import resolve_entities

from .reports import entity_of, name_mention


def test_entities_seams_part_before_the_seam_joins_the_firm():
    mentions = [name_mention("d1", "Vostel", "ORG"), name_mention("d2", "VostelHarbin", "ORG"),
                name_mention("d3", "VostelHarbin", "ORG")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "Vostel").entity_id == entity_of(result, "d2", "VostelHarbin").entity_id


def test_entities_seams_two_firms_with_the_part_or_a_person_stay_apart():
    mentions = [name_mention("d1", "Vostel", "ORG"), name_mention("d2", "VostelHarbin", "ORG"),
                name_mention("d3", "VostelKrane", "ORG"), name_mention("d4", "Metamorph", "ORG"),
                name_mention("d5", "Meta", "ORG"), name_mention("d6", "Harlan", "PERSON"),
                name_mention("d7", "HarlanTech", "ORG")]
    result = resolve_entities(mentions)
    assert entity_of(result, "d1", "Vostel").entity_id != entity_of(result, "d2", "VostelHarbin").entity_id
    assert entity_of(result, "d1", "Vostel").entity_id != entity_of(result, "d3", "VostelKrane").entity_id
    assert entity_of(result, "d4", "Metamorph").entity_id != entity_of(result, "d5", "Meta").entity_id
    assert entity_of(result, "d6", "Harlan").entity_id != entity_of(result, "d7", "HarlanTech").entity_id
