"""Ages and children of one person that outlets give differently, judged at publication dates."""

from datetime import date

import pytest

from dossier import models
from dossier.compare.entity_attributes import ages_clash, children_clash, find_entity_discrepancies


def _doc(doc_id: str, outlet: str, published: date | None) -> models.Document:
    return models.Document(doc_id=doc_id, text="...", outlet=outlet, published=published)


def _fact(doc_id: str, attribute: str, value: int, start: int = 0) -> models.PersonAttribute:
    text = f"Ann Pike, {value},"
    return models.PersonAttribute(doc_id=doc_id, start=start, end=start + len(text), text=text, person="Ann Pike",
                                  attribute=attribute, value=value, sentence_index=0, sentence=f"{text} spoke.")


@pytest.mark.parametrize("first,first_day,second,second_day,clash", [
    (34, date(2024, 5, 1), 35, date(2024, 5, 1), True),  # the same day: one of them is wrong
    (34, date(2024, 5, 1), 34, date(2024, 5, 3), False),
    (34, date(2024, 12, 30), 35, date(2025, 1, 2), False),  # a birthday may fall between
    (35, date(2024, 12, 30), 34, date(2025, 1, 2), True),  # nobody gets younger
    (34, date(2020, 6, 1), 38, date(2024, 6, 15), False),  # four years on: 38 or 39
    (34, date(2020, 6, 1), 36, date(2024, 6, 15), True),
    (34, None, 40, date(2024, 6, 15), False),  # an undated age cannot be placed
])
def test_entity_attributes_ages_clash_by_publication_date(first, first_day, second, second_day, clash):
    assert ages_clash(first, first_day, second, second_day) is clash
    assert ages_clash(second, second_day, first, first_day) is clash  # order of arguments does not matter


@pytest.mark.parametrize("first,first_day,second,second_day,clash", [
    (11, date(2024, 5, 1), 12, date(2024, 5, 4), True),  # days apart: one count is wrong
    (2, date(2022, 5, 1), 3, date(2024, 5, 1), False),  # two years: a birth in between
    (3, date(2022, 5, 1), 2, date(2024, 5, 1), True),  # a family does not shrink in the news
    (3, None, 4, None, True),  # undated counts compared as of one day
])
def test_entity_attributes_children_clash_by_publication_date(first, first_day, second, second_day, clash):
    assert children_clash(first, first_day, second, second_day) is clash


def test_entity_attributes_reports_outlets_side_by_side_with_citations():
    documents = {"a": _doc("a", "Harbour Post", date(2024, 5, 1)), "b": _doc("b", "Valley Times", date(2024, 5, 2)),
                 "c": _doc("c", "Coast Radio", date(2024, 5, 2))}
    claims = [("ent_1", _fact("a", "age", 41, 10)), ("ent_1", _fact("b", "age", 44, 20)),
              ("ent_1", _fact("c", "age", 41, 30))]
    [found] = find_entity_discrepancies(claims, documents, {"ent_1": "Ann Pike"})
    assert (found.entity_id, found.event_id, found.attribute) == ("ent_1", None, "age")
    assert [(v.value, v.outlets) for v in found.values] == [("41", ("Coast Radio", "Harbour Post")),
                                                          ("44", ("Valley Times",))]
    cited = found.values[1].evidence[0]
    assert (cited.doc_id, cited.start, cited.end, cited.published) == ("b", 20, 33, date(2024, 5, 2))
    assert cited.sentence == "Ann Pike, 44, spoke." and "Ann Pike" in found.note


def test_entity_attributes_finds_nothing_when_the_years_explain_the_ages():
    documents = {"a": _doc("a", "Harbour Post", date(2019, 3, 1)), "b": _doc("b", "Valley Times", date(2024, 3, 5))}
    claims = [("ent_1", _fact("a", "age", 41)), ("ent_1", _fact("b", "age", 46))]
    assert find_entity_discrepancies(claims, documents) == []


def test_entity_attributes_keeps_people_apart():
    documents = {"a": _doc("a", "Harbour Post", date(2024, 5, 1)), "b": _doc("b", "Valley Times", date(2024, 5, 1))}
    claims = [("ent_1", _fact("a", "age", 41)), ("ent_2", _fact("b", "age", 29))]
    assert find_entity_discrepancies(claims, documents) == []


def test_entity_attributes_leaves_out_an_article_giving_two_values():
    # "Ann Pike, 41" and "Ann Pike, 17" in one article are most likely a mother and a daughter.
    documents = {"a": _doc("a", "Harbour Post", date(2024, 5, 1)), "b": _doc("b", "Valley Times", date(2024, 5, 1))}
    claims = [("ent_1", _fact("a", "age", 41, 0)), ("ent_1", _fact("a", "age", 17, 50)),
              ("ent_1", _fact("b", "age", 17))]
    assert find_entity_discrepancies(claims, documents) == []
