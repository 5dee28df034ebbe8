"""Cross-document entity resolution scored on ECB+: name selection, alignment, a scorer worked by hand.

tests/data/ecbplus-entities holds one small topic written for these tests (our own sentences in the
ECB+ CAT XML format): a mayor, Maria Delgado, and her brother Tomas Delgado, who share a surname,
and their town, Riverton, across three articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.evaluate import BENCHMARKS
from dossier.evaluate.ecbplus import read_selected_sentences
from dossier.evaluate.ecbplus_entities import (
    AlignedName, GoldName, OurName, TopicScore, align_names, clusters, entity_class, evaluate, read_gold_names,
    summarize, title_cased,
)
from dossier.evaluate.ecbplus_text import read_built_doc

TOPIC = Path(__file__).resolve().parents[1] / "data" / "ecbplus-entities"


def _gold(mention_id: str, chain: str, head: tuple[int, int] = (0, 5), kind: str = "HUMAN_PART_PER") -> GoldName:
    return GoldName(mention_id=mention_id, doc=mention_id.split("/")[0], kind=kind, text=mention_id,
                    head=head, chain=chain)


def _ours(text: str, entity: str, canonical: str | None = None, doc: str = "d") -> OurName:
    return OurName(doc=doc, span=(0, len(text)), text=text, canonical=canonical or text, entity_id=entity)


def test_ecbplus_entities_is_registered():
    assert BENCHMARKS["ecbplus-entities"] == "ecbplus_entities"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("HUMAN_PART_PER", "human"), ("HUMAN_PART_ORG", "human"), ("NON_HUMAN_PART", "non_human"),
     ("NON_HUMAN_PART_GENERIC", "non_human"), ("LOC_GEO", "location"), ("LOC_FAC", "location"),
     ("ACTION_OCCURRENCE", None), ("TIME_DATE", None)],
)
def test_ecbplus_entities_class_of_a_markable_tag(tag, expected):
    assert entity_class(tag) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Driver Charged In Fatal Crash", True), ("FIRE DESTROYS OLD MILL", True),
     ("Senator Wins Seat of Ohio in a Close Race", True),  # short words stay lower case
     ("Driver charged in fatal crash", False), ("Anna Berg visited Paul Stone in Oslo", False),
     ("Oslo", False)],  # one word says nothing
)
def test_ecbplus_entities_title_cased_headline(sentence, expected):
    assert title_cased(sentence.split()) is expected


def test_ecbplus_entities_align_on_the_head_of_a_long_markable():
    # "Shawn Holley, a lawyer for the actress": the head is "Holley" (10-16), our mentions are
    # "Shawn Holley" (4-16) and "the actress" (36-47); only the first touches the head
    gold = [_gold("d/1", "HUM_A", head=(10, 16)), _gold("d/2", "HUM_B", head=(60, 65))]
    holley = OurName(doc="d", span=(4, 16), text="Shawn Holley", canonical="Shawn Holley", entity_id="e1")
    actress = OurName(doc="d", span=(36, 47), text="the actress", canonical="the actress", entity_id="e2")
    other_doc = OurName(doc="x", span=(58, 66), text="Lohan", canonical="Lohan", entity_id="e3")
    aligned = align_names(gold, [actress, holley, other_doc])
    assert [(a.gold.mention_id, a.ours.text) for a in aligned] == [("d/1", "Shawn Holley")]


def test_ecbplus_entities_scorer_agrees_with_a_case_worked_by_hand():
    # gold: A = {a1, a2, a3}, B = {b1, b2}; our entities: X = {a1, a2, b1}, Y = {a3}, Z = {b2}
    # MUC recall 1/3, precision 1/2, F1 0.4; B-cubed recall 8/15, precision 11/15, F1 176/285;
    # CEAF-e: best pairs A-X (2*2/6) and B-Z (2*1/3), 4/3 in all: recall 4/6, precision 4/9, F1 8/15
    names = [("a1", "A", "X"), ("a2", "A", "X"), ("a3", "A", "Y"), ("b1", "B", "X"), ("b2", "B", "Z")]
    aligned = [AlignedName(gold=_gold(f"d/{g}", chain), ours=_ours(g, entity)) for g, chain, entity in names]
    metrics = summarize([TopicScore(topic="30", gold=[a.gold for a in aligned], aligned=aligned, entities=3)])
    assert metrics["muc_recall"] == pytest.approx(1 / 3) and metrics["muc_precision"] == pytest.approx(1 / 2)
    assert metrics["muc_f1"] == pytest.approx(0.4)
    assert metrics["bcubed_recall"] == pytest.approx(8 / 15) and metrics["bcubed_precision"] == pytest.approx(11 / 15)
    assert metrics["bcubed_f1"] == pytest.approx(176 / 285)
    assert metrics["ceafe_f1"] == pytest.approx(8 / 15)
    assert metrics["conll_f1"] == pytest.approx((0.4 + 176 / 285 + 8 / 15) / 3)


def test_ecbplus_entities_baselines_group_by_folded_text_and_by_canonical_name():
    # "Delgado" in the second article stands for Maria Delgado there: the text baseline keeps it
    # apart, the canonical baseline joins it to the full name; neither joins Tomas
    names = [("m1", "MARIA", "Maria Delgado", "Maria Delgado"), ("m2", "MARIA", "DELGADO", "Maria Delgado"),
             ("m3", "MARIA", "María Delgado", "María Delgado"), ("t1", "TOMAS", "Tomas Delgado", "Tomas Delgado")]
    aligned = [AlignedName(gold=_gold(f"d/{g}", chain), ours=_ours(text, "e", canonical))
               for g, chain, text, canonical in names]
    score = TopicScore(topic="3", gold=[a.gold for a in aligned], aligned=aligned, entities=1)
    metrics = summarize([score])
    assert metrics["baseline_canonical_conll_f1"] == pytest.approx(1.0)
    assert 0 < metrics["baseline_conll_f1"] < 1 and metrics["bcubed_precision"] < 1  # one entity for all
    assert sorted(map(sorted, clusters(aligned, lambda a: a.gold.chain))) == [["d/m1", "d/m2", "d/m3"], ["d/t1"]]


def test_ecbplus_entities_unlinked_names_count_only_in_the_all_figures():
    # two unlinked "Palermo" markables merged by us: no error among linked names, a wrong merge in all_
    names = [("p1", "UNLINKED_d/p1", "e1"), ("p2", "UNLINKED_d/p2", "e1"), ("a1", "A", "e2"), ("a2", "A", "e2")]
    aligned = [AlignedName(gold=_gold(f"d/{g}", chain), ours=_ours("Palermo", entity)) for g, chain, entity in names]
    assert [a.gold.linked for a in aligned] == [False, False, True, True]
    metrics = summarize([TopicScore(topic="26", gold=[a.gold for a in aligned], aligned=aligned, entities=2)])
    assert metrics["conll_f1"] == pytest.approx(1.0) and metrics["gold_chains"] == 1
    assert metrics["all_bcubed_precision"] < 1 and metrics["unlinked_aligned_names"] == 2


def test_ecbplus_entities_coverage_is_given_per_gold_class():
    gold = [_gold("d/1", "P"), _gold("d/2", "P"), _gold("d/3", "L", kind="LOC_GEO")]
    aligned = [AlignedName(gold=gold[0], ours=_ours("Ann Lee", "e1")),
               AlignedName(gold=gold[2], ours=_ours("Oslo", "e2"))]
    metrics = summarize([TopicScore(topic="25", gold=gold, aligned=aligned, entities=2)], "_heldout")
    assert metrics["coverage_heldout"] == pytest.approx(2 / 3)
    assert (metrics["coverage_human_heldout"], metrics["coverage_location_heldout"]) == (pytest.approx(0.5), 1.0)
    assert metrics["coverage_non_human_heldout"] == 0.0


@pytest.mark.slow
def test_ecbplus_entities_gold_keeps_names_in_annotated_sentences_only():
    selected = read_selected_sentences(TOPIC)
    docs = [read_built_doc(p) for p in sorted((TOPIC / "3").glob("*.xml"))]
    gold = read_gold_names(TOPIC / "3", selected, docs)
    found = sorted((g.doc, g.text, g.chain) for g in gold)
    # no pronoun ("she"), no common noun ("the mayor", "The baker", "The council of Riverton"),
    # not "Baker", capitalised by a headline only, no event, and not Riverton in the sentence the
    # CSV leaves out
    assert found == sorted([
        ("3_1ecb", "Maria Delgado", "HUM_MARIA"), ("3_1ecb", "Riverton", "LOC_RIVERTON"),
        ("3_1ecb", "Delgado", "HUM_MARIA"), ("3_1ecb", "Tomas Delgado", "HUM_TOMAS"),
        ("3_1ecb", "Riverton", "LOC_RIVERTON"), ("3_2ecb", "Mayor Maria Delgado", "HUM_MARIA"),
        ("3_2ecb", "Riverton", "LOC_RIVERTON"), ("3_2ecb", "Delgado", "HUM_MARIA"),
        ("3_1ecbplus", "Tomas Delgado", "HUM_TOMAS"), ("3_1ecbplus", "Riverton", "LOC_RIVERTON"),
        ("3_1ecbplus", "Riverton", "LOC_RIVERTON"),  # in the headline, but capitalised in running text too
    ])
    doc = {d.name: d for d in docs}["3_2ecb"]
    mayor = next(g for g in gold if g.text == "Mayor Maria Delgado")
    assert doc.text[mayor.head[0]:mayor.head[1]] == "Delgado"


@pytest.mark.slow
def test_ecbplus_entities_scores_the_hand_made_topic_end_to_end():
    metrics = evaluate(TOPIC).metrics
    assert metrics["topics"] == 1 and metrics["gold_names"] == 11 and metrics["gold_chains"] <= 3
    assert metrics["coverage"] >= 0.8 and 0 < metrics["conll_f1"] <= 1
    assert metrics["conll_f1_dev"] == metrics["conll_f1"] and "conll_f1_heldout" not in metrics
    # the mayor and her brother share a surname: the build must keep them apart
    assert metrics["bcubed_precision"] == pytest.approx(1.0)
