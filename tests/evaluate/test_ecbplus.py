"""ECB+ reader and harness on a tiny hand-written CAT XML topic, plus one real topic."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from dossier.errors import BenchmarkError
from dossier.evaluate.ecbplus import (
    evaluate,
    lemma_similarity_cluster,
    read_selected_sentences,
    read_topic,
    same_lemma_cluster,
    same_lemma_subtopic_cluster,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ECBPLUS = SHARED / "benchmarks" / "ecbplus"


def _tokens(rows: list[tuple[int, str]]) -> str:
    out, position = [], {}
    for t_id, (sentence, word) in enumerate(rows, 1):
        number = position.get(sentence, 0)
        position[sentence] = number + 1
        out.append(f'<token t_id="{t_id}" sentence="{sentence}" number="{number}">{word}</token>')
    return "\n".join(out)


def _markable(tag: str, m_id: int, *t_ids: int) -> str:
    anchors = "".join(f'<token_anchor t_id="{t}"/>' for t in t_ids)
    return f'<{tag} m_id="{m_id}">{anchors}</{tag}>'


def _chain(note: str, *m_ids: int) -> str:
    sources = "".join(f'<source m_id="{m}"/>' for m in m_ids)
    return f'<CROSS_DOC_COREF r_id="1" note="{note}">{sources}<target m_id="99"/></CROSS_DOC_COREF>'


def _document(name: str, tokens: str, markables: list[str], relations: list[str]) -> str:
    return (
        f'<Document doc_name="{name}.xml">\n{tokens}\n<Markables>\n{chr(10).join(markables)}\n'
        '<ACTION_OCCURRENCE m_id="99" TAG_DESCRIPTOR="instance" instance_id="X"/>\n'
        f'</Markables>\n<Relations>\n{chr(10).join(relations)}\n</Relations>\n</Document>\n'
    )


@pytest.fixture()
def tiny_ecb(tmp_path: Path) -> Path:
    """Topic 7: two documents on one fire, written for this test; a third file is broken."""
    topic = tmp_path / "7"
    topic.mkdir()
    first = [(0, w) for w in "Firefighters battled a blaze near the river on Sunday .".split()]
    first += [(1, w) for w in "Nobody was hurt .".split()]
    (topic / "7_1ecb.xml").write_text(
        _document(
            "7_1ecb", _tokens(first),
            [_markable("ACTION_OCCURRENCE", 1, 2), _markable("ACTION_OCCURRENCE", 2, 4),
             _markable("HUMAN_PART_PER", 3, 1), _markable("TIME_DATE", 4, 9),
             _markable("LOC_GEO", 5, 7), _markable("ACTION_OCCURRENCE", 6, 13)],
            [_chain("ACT_FIGHT", 1), _chain("ACT_BLAZE", 2)],
        ), encoding="utf-8",
    )
    second = [(0, "Report")] + [(1, w) for w in "Crews fought the fire for hours .".split()]
    second += [(2, w) for w in "They did not leave .".split()]
    (topic / "7_1ecbplus.xml").write_text(
        _document(
            "7_1ecbplus", _tokens(second),
            [_markable("ACTION_OCCURRENCE", 1, 3), _markable("ACTION_OCCURRENCE", 2, 5),
             _markable("NEG_ACTION_OCCURRENCE", 4, 12)],
            [_chain("ACT_FIGHT", 1), _chain("ACT_BLAZE", 2)],
        ), encoding="utf-8",
    )
    (topic / "7_2ecb.xml").write_text("<Document><token", encoding="utf-8")
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n7,1ecb,0\n7,1ecbplus,1\n7,1ecbplus,2\n7,2ecb,0\n",
        encoding="utf-8",
    )
    return tmp_path


def test_ecbplus_reads_selected_sentences(tiny_ecb):
    assert read_selected_sentences(tiny_ecb) == {"7_1ecb": {0}, "7_1ecbplus": {1, 2}, "7_2ecb": {0}}


def test_ecbplus_missing_csv_is_an_error(tmp_path):
    with pytest.raises(BenchmarkError, match="ECBplus_coreference_sentences.csv"):
        read_selected_sentences(tmp_path)


@pytest.mark.slow
def test_ecbplus_keeps_only_event_mentions_in_listed_sentences(tiny_ecb, caplog):
    with caplog.at_level(logging.WARNING):
        topic = read_topic(tiny_ecb / "7", read_selected_sentences(tiny_ecb))
    assert [m.mention_id for m in topic.mentions] == [
        "7_1ecb/1", "7_1ecb/2", "7_1ecbplus/1", "7_1ecbplus/2", "7_1ecbplus/4",
    ]
    assert "7_2ecb.xml" in caplog.text


@pytest.mark.slow
def test_ecbplus_gold_clusters_follow_chain_notes(tiny_ecb):
    topic = read_topic(tiny_ecb / "7", read_selected_sentences(tiny_ecb))
    assert sorted(map(sorted, topic.gold_clusters())) == [
        ["7_1ecb/1", "7_1ecbplus/1"], ["7_1ecb/2", "7_1ecbplus/2"], ["7_1ecbplus/4"],
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("text", "battled"),
        ("subtopic", "7ecb"),
        ("sentence_index", 0),
        ("participants", ("Firefighters",)),
        ("times", ("Sunday",)),
        ("locations", ("river",)),
        ("sentence", "Firefighters battled a blaze near the river on Sunday ."),
    ],
)
def test_ecbplus_mention_record_fields(tiny_ecb, field, expected):
    topic = read_topic(tiny_ecb / "7", read_selected_sentences(tiny_ecb))
    assert getattr(topic.mentions[0], field) == expected


@pytest.mark.slow
def test_ecbplus_head_lemma_of_irregular_verb(tiny_ecb):
    topic = read_topic(tiny_ecb / "7", read_selected_sentences(tiny_ecb))
    assert {m.text: m.head_lemma for m in topic.mentions}["fought"] == "fight"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("cluster", "conll"),
    [
        # an oracle that knows the chains scores 1
        (lambda ms: [{m.mention_id for m in ms if m.text in ("battled", "fought")},
                     {m.mention_id for m in ms if m.text in ("blaze", "fire")}], 1.0),
        # five distinct lemmas: MUC 0, B-cubed 3/4, CEAF-e 7/12
        (None, (0 + 0.75 + 7 / 12) / 3),
    ],
)
def test_ecbplus_evaluate_scores_pooled_clusters(tiny_ecb, cluster, conll):
    result = evaluate(tiny_ecb, cluster=cluster)
    assert result.metrics["conll_f1"] == pytest.approx(conll)
    assert result.metrics["baseline_conll_f1"] == pytest.approx((0 + 0.75 + 7 / 12) / 3)
    assert result.metrics["baseline_subtopic_conll_f1"] == pytest.approx((0 + 0.75 + 7 / 12) / 3)
    assert (result.metrics["mentions"], result.metrics["topics"]) == (5.0, 1.0)


@pytest.mark.slow
@pytest.mark.shared
def test_ecbplus_real_topic_baselines():
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ data not found at {ECBPLUS} (needs /work/shared)")
    same = evaluate(ECBPLUS, topics=["1"], cluster=same_lemma_cluster)
    stronger = evaluate(ECBPLUS, topics=["1"], cluster=lemma_similarity_cluster)
    ours = evaluate(ECBPLUS, topics=["1"])
    assert same.metrics["mentions"] > 100
    assert same.metrics["conll_f1"] == same.metrics["baseline_conll_f1"] > 0.6
    assert stronger.metrics["conll_f1"] > same.metrics["conll_f1"]
    assert ours.metrics["conll_f1"] > ours.metrics["baseline_conll_f1"]


def test_ecbplus_same_lemma_baseline_groups_by_lemma():
    from dossier.evaluate.ecbplus import EcbMention

    def mention(mid: str, lemma: str) -> EcbMention:
        return EcbMention(mention_id=mid, topic="1", subtopic="1ecb", doc="1_1ecb", sentence_index=0,
                          token_ids=(1,), text=lemma, kind="ACTION_OCCURRENCE", head_lemma=lemma,
                          sentence=lemma)

    clusters = same_lemma_cluster([mention("a", "shoot"), mention("b", "shoot"), mention("c", "die")])
    assert sorted(map(sorted, clusters)) == [["a", "b"], ["c"]]


def _subtopic_records(mentions):
    """EcbMention records of topic 1 from (id, sub-topic, lemma) triples."""
    from dossier.evaluate.ecbplus import EcbMention

    return [
        EcbMention(mention_id=mid, topic="1", subtopic=sub, doc="d", sentence_index=0, token_ids=(1,),
                   text=lemma, kind="ACTION_OCCURRENCE", head_lemma=lemma, sentence=lemma)
        for mid, sub, lemma in mentions
    ]


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # same lemma, same half of the topic: one cluster
        ([("a", "1ecb", "shoot"), ("b", "1ecb", "shoot")], [["a", "b"]]),
        # same lemma in the two halves of a topic: kept apart, like the system's groups
        ([("a", "1ecb", "shoot"), ("b", "1ecbplus", "shoot")], [["a"], ["b"]]),
        # derivations are not the same lemma
        ([("a", "1ecb", "shoot"), ("b", "1ecb", "shooting")], [["a"], ["b"]]),
    ],
)
def test_ecbplus_same_lemma_subtopic_cluster(mentions, expected):
    assert sorted(map(sorted, same_lemma_subtopic_cluster(_subtopic_records(mentions)))) == expected


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # same stem, same half of the topic: one cluster
        ([("a", "1ecb", "shoot"), ("b", "1ecb", "shooting")], [["a", "b"]]),
        # same lemma in the two halves of a topic: kept apart
        ([("a", "1ecb", "shoot"), ("b", "1ecbplus", "shoot")], [["a"], ["b"]]),
        # short lemmas must match whole
        ([("a", "1ecb", "win"), ("b", "1ecb", "wing")], [["a"], ["b"]]),
    ],
)
def test_ecbplus_lemma_similarity_cluster(mentions, expected):
    assert sorted(map(sorted, lemma_similarity_cluster(_subtopic_records(mentions)))) == expected


@pytest.fixture(scope="module")
def parse():
    from spacy.tokens import Doc

    from dossier.annotate.model import load_base_model

    nlp = load_base_model(None)
    return lambda words: nlp(Doc(nlp.vocab, words=words))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "lemma", "arguments"),
    [
        # a light verb hands the lemma to its noun, the arguments stay those of the verb
        ("Guards opened fire on the convoy .", (1, 2), "fire", {"guard", "convoy"}),
        ("The vote took place in Drelby .", (2, 3), "place", {"vote", "drelby"}),
        # a preposition inside the trigger still reaches its object
        ("The singer checked into a clinic .", (2, 3), "check", {"singer", "clinic"}),
        # a conjoined verb inherits the subject of the first verb
        ("A gunman shot and killed two guards at the bank .", (4,), "kill", {"gunman", "two", "guard", "bank"}),
    ],
)
def test_ecbplus_trigger_head_and_arguments(parse, sentence, trigger, lemma, arguments):
    from dossier.evaluate.ecbplus_triggers import _arguments, _clean_lemma, _head_token

    doc = parse(sentence.split())
    span = [doc[i] for i in trigger]
    assert (_clean_lemma(_head_token(span)), set(_arguments(span))) == (lemma, arguments)
