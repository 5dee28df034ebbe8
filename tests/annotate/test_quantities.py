"""Quantity finding on sentences written for these tests: counts, ranges, vague amounts, refusals."""

from __future__ import annotations

import pytest

from dossier.annotate.quantities import find_quantities


@pytest.fixture(scope="module")
def base_nlp():
    from dossier.annotate.model import load_base_model

    return load_base_model()


def _found(base_nlp, text):
    return [(q.text, q.low, q.high, q.counted, q.vague) for q in find_quantities(base_nlp(text), "d1")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The strikes killed 270 military personnel and 120 civilians.",
         [("270", 270, 270, "personnel", False), ("120", 120, 120, "civilians", False)]),
        ("Between 1,000 to 1,200 prisoners will be freed.",
         [("1,000 to 1,200", 1000, 1200, "prisoners", False)]),
        # a short first number shares the second's thousands
        ("Aid groups say 45-50,000 people died.", [("45-50,000", 45_000, 50_000, "people", False)]),
        ("Both sides handed over 909 bodies.", [("909", 909, 909, "bodies", False)]),
        ("They launched 472 unmanned aerial vehicles overnight.",
         [("472", 472, 472, "vehicles", False)]),
        ("A 12-member delegation arrived in the capital.", [("12-member", 12, 12, "member", False)]),
        ("She made three key points.", [("three", 3, 3, "points", False)]),
        ("The talks lasted two hours.", [("two", 2, 2, "hours", False)]),
        ("Turnout reached 99% in the district.", [("99%", 99, 99, "percent", False)]),
        ("The repairs cost $40 million.", [("$40 million", 40_000_000, 40_000_000, "dollars", False)]),
        # scale letters glued to money, split off by the tokenizer or not
        ("The repairs cost $40m in all.", [("$40m", 40_000_000, 40_000_000, "dollars", False)]),
        ("The repairs cost $40m.", [("$40m.", 40_000_000, 40_000_000, "dollars", False)]),
        ("The fund holds £2.5bn.", [("£2.5bn", 2_500_000_000, 2_500_000_000, "pounds", False)]),
        ("Claims reached US$3bn.", [("US$3bn", 3_000_000_000, 3_000_000_000, "dollars", False)]),
        # a scale of two letters means money after a space too, and "trillion" is a scale word
        ("The plan costs $2.5 bn a year.", [("$2.5 bn", 2_500_000_000, 2_500_000_000, "dollars", False)]),
        # a scale joined by a hyphen, as some papers print it
        ("The museum paid $4.2-million for it.", [("$4.2-million", 4_200_000, 4_200_000, "dollars", False)]),
        # a glued scale before a currency's name
        ("The gang took 3m euros in cash.", [("3m", 3_000_000, 3_000_000, "euros", False)]),
        ("The state lent 4bn dollars.", [("4bn", 4_000_000_000, 4_000_000_000, "dollars", False)]),
        ("Losses could reach $2 trillion.", [("$2 trillion", 2e12, 2e12, "dollars", False)]),
        # without a currency sign a letter is no scale: a 4m wall is metres
        ("They built a 4m wall.", [("4", 4, 4, "wall", False)]),
        ("Twenty-five delegates signed.", [("Twenty-five", 25, 25, "delegates", False)]),
        ("About 300 soldiers were moved.", [("300", 270, 330, "soldiers", True)]),
        ("Drones destroyed more than 40 aircraft.", [("40", 40, 60, "aircraft", True)]),
        ("Under 50 observers stayed.", [("50", 25, 50, "observers", True)]),
        # "dozen" after a number word multiplies it; alone it is twelve
        ("Four dozen sheep were sold.", [("Four dozen", 48, 48, "sheep", False)]),
        ("A dozen sheep were sold.", [("dozen", 12, 12, "sheep", False)]),
    ],
)
def test_quantities_counts(base_nlp, text, expected):
    assert _found(base_nlp, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dozens of aircraft were grounded.", [("Dozens", 24, 96, "aircraft", True)]),
        ("They evacuated several hundred children.", [("several hundred", 200, 900, "children", True)]),
        ("Hundreds of families waited at the border.", [("Hundreds", 200, 999, "families", True)]),
        ("Thousands of soldiers crossed the river.", [("Thousands", 2000, 9999, "soldiers", True)]),
        ("Tens of thousands of people marched.",
         [("Tens of thousands", 20_000, 99_999, "people", True)]),
    ],
)
def test_quantities_vague_ranges(base_nlp, text, expected):
    assert _found(base_nlp, text) == expected


@pytest.mark.slow
def test_quantities_one_for_one_formula_is_two_quantities(base_nlp):
    found = _found(base_nlp, "The sides swapped 1,000 for 1,000 people.")
    assert found == [("1,000", 1000, 1000, "people", False), ("1,000", 1000, 1000, "people", False)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The meeting took place on May 23.",
        "The war began in 2022.",
        "The talks resumed at 13:30 local time.",
    ],
)
def test_quantities_skip_dates_years_and_times(base_nlp, text):
    assert _found(base_nlp, text) == []


@pytest.mark.slow
def test_quantities_offsets_point_into_text(base_nlp):
    text = "On May 23 the sides exchanged 390 prisoners each."
    (quantity,) = find_quantities(base_nlp(text), "d1")
    assert text[quantity.start : quantity.end] == "390"
    assert (quantity.doc_id, quantity.sentence_index) == ("d1", 0)
