"""Percentages and magnitudes the quantity finder must read whole: "93.87 percent" is no clock time,
"per cent" is a percentage, "magnitude-5.2" is a number. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.quantities import find_quantities

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base_nlp():
    from dossier.annotate.model import load_base_model

    return load_base_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said turnout reached 71.46 percent.", [("71.46 percent", 71.46, "percent")]),
        ("The board said 64 per cent of members agreed.", [("64 per cent", 64.0, "percent")]),
        ("A magnitude-5.8 quake hit the valley.", [("magnitude-5.8", 5.8, "magnitude")]),
    ],
)
def test_quantities_units_read_whole(base_nlp, text, expected):
    assert [(q.text, q.low, q.counted) for q in find_quantities(base_nlp(text), "d1")] == expected


@pytest.mark.parametrize("text", ["The train left at 9.45 in the morning.", "The meeting began at 13:30."])
def test_quantities_units_clock_times_stay_out(base_nlp, text):
    assert find_quantities(base_nlp(text), "d1") == []
