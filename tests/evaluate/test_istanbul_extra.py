import pytest

from dossier import models
from dossier.evaluate.istanbul_extra import bcubed, roles_match, score_entities


@pytest.mark.parametrize(
    "gold,ours,ok",
    [
        ("Defence Minister of Ukraine", "Defense Minister of Ukraine", True),
        ("head of the Russian delegation", "the head of Russia’s delegation", True),
        ("President of Turkey", "Foreign Minister of Turkey", False),
        ("Kremlin spokesperson", "Kremlin spokesperson", True),
    ],
)
def test_istanbul_extra_roles_match(gold, ours, ok):
    assert roles_match(gold, ours) is ok


def test_istanbul_extra_bcubed_by_hand():
    # key {a,b},{c}; response {a},{b,c}: P = (1 + 1/2 + 1/2)/3, R = (1/2 + 1/2 + 1)/3
    precision, recall, f1 = bcubed({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"})
    assert precision == pytest.approx(2 / 3) and recall == pytest.approx(2 / 3) and f1 == pytest.approx(2 / 3)


def test_istanbul_extra_entities_count_only_spellings_in_the_corpus():
    gold = [{"name": "Anna Kovac", "type": "PERSON", "aliases": ["Kovac", "Kovach"]}]
    ours = [models.Entity(entity_id="e1", name="Anna Kovac", label="PERSON", aliases=("Kovac",))]
    details = []
    scores = score_entities(gold, ours, ["Anna Kovac met Kovac's aides."], details)
    assert scores["entity_bcubed_f1"] == 1.0 and details == []
