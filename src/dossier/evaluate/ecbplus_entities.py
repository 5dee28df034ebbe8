"""`dossier eval ecbplus-entities ECBPLUS_DIR`: the build's cross-document entity resolution on ECB+.

Issue #5 asks that spellings and partial names of one person, place or organisation meet across
articles without joining different people who share a name. ECB+ links its participant and
location markables (``HUMAN_PART*``, ``NON_HUMAN_PART*``, ``LOC_*``) into cross-document chains
as it does its event mentions, so each topic is built as a dossier exactly as ``dossier eval
ecbplus-build`` builds it (``ecbplus_build.build_topic``), and the entity mentions of the store,
with the entity each was resolved into, are compared with those chains.

Gold: only markables in the sentences ECB+ lists as reliably annotated (as ``evaluate.ecbplus``),
and only names, the mentions entity resolution is meant for. A markable is a name when its
syntactic head (the token whose head lies outside the markable, in a spaCy parse of the sentence
on the corpus tokens) is a proper noun (PROPN) not written in lower case (English capitalises
names; the small tagger now and then calls a lower-case noun such as "council" a PROPN):
"Lindsay Lohan", "the Betty Ford Center" and "Indonesia" are names; "the actress", "her",
"police", "the city council" and "Lohan's lawyer" (head "lawyer") are not. In a title-cased
headline every word has a capital, so there the head must also be a word the topic's articles
capitalise in running text (the tagger's part of speech is no help there): "Driver" in
"Driver Charged In Crash" is not a name. Chains come from
``CROSS_DOC_COREF``, else ``INTRA_DOC_COREF``. A name in neither relation was not annotated for
coreference (ECB+ links mainly the participants of its seminal events, and leaves, say,
"Palermo" in two articles of one topic unlinked): scoring it as a gold singleton would count
every right merge of it as wrong, so the scores count linked names only, and the ``all_``
figures count unlinked ones too, as singletons.

Alignment: one of our entity mentions aligns to a gold name when it overlaps the name's head
token (so a long markable such as "Shawn Holley, a lawyer for the actress" goes to "Shawn
Holley"); the largest overlap wins, then the shortest mention (``ecbplus_build.align``). A mention
the build left without an entity counts as an entity of its own.

The key is the gold chains of the aligned (linked) gold names; the response their mentions'
entities.
Two baselines cluster the same aligned names: by our mention's folded text (``baseline``: no
resolution at all, "Lohan" apart from "Lindsay Lohan") and by the folded in-document canonical
name the mention carries (``baseline_canonical``: exact full names across articles, what
resolution adds to within-article grouping). Coverage (aligned over gold names, also per gold
class) must be read with the scores. Topics 1-20 are reported with ``_dev``, 21 onwards with
``_heldout`` (``ecbplus_text.TOPIC_RANGES``), the split ``ecbplus-build`` uses.
"""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier import api
from dossier.annotate.model import load_base_model
from dossier.errors import BenchmarkError
from dossier.evaluate.base import EvalResult
from dossier.evaluate.coref_metrics import score_clusters
from dossier.evaluate.ecbplus import parse_doc
from dossier.evaluate.ecbplus_build import align, build_topic, score_topics
from dossier.evaluate.ecbplus_text import BuiltDoc, Span, read_built_doc, summarize_by_range
from dossier.evaluate.ecbplus_triggers import syntactic_head
from dossier.ingest.fingerprint import make_doc_id
from dossier.name_forms import fold

# Gold markable tags of entities, and the class each is reported under (ECB+ annotation guidelines).
ENTITY_CLASSES = (("NON_HUMAN_PART", "non_human"), ("HUMAN_PART", "human"), ("LOC_", "location"))
NAME_POS = "PROPN"
UNLINKED_PREFIX = "UNLINKED_"
# Shorter words (of, in, to, a, the, and) stay lower case in a title-cased headline (English
# headline style guides); every longer word is capitalised.
TITLE_WORD = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldName:
    """One gold entity markable whose head is a proper noun, with its chain."""

    mention_id: str  # "<doc>/<markable id>"
    doc: str  # file name without ".xml"
    kind: str  # markable tag, e.g. HUMAN_PART_PER
    text: str
    head: Span  # characters of the head token in the rebuilt text
    chain: str  # UNLINKED_PREFIX + mention id when ECB+ links the markable to no instance

    @property
    def linked(self) -> bool:
        return not self.chain.startswith(UNLINKED_PREFIX)


@dataclass(frozen=True, slots=True, kw_only=True)
class OurName:
    """One entity mention of the store, with the entity it was resolved into."""

    doc: str  # ECB+ file name without ".xml"
    span: Span
    text: str
    canonical: str  # fullest name of the referent within its article
    entity_id: str  # "unresolved:<doc>:<start>" when the build gave it none


@dataclass(frozen=True, slots=True, kw_only=True)
class AlignedName:
    """A gold name and the mention of ours that overlaps its head."""

    gold: GoldName
    ours: OurName


@dataclass(slots=True)
class TopicScore:
    """The gold names of one topic and the ones our mentions aligned to."""

    topic: str
    gold: list[GoldName]
    aligned: list[AlignedName]
    entities: int  # distinct entities among our mentions of the topic


def entity_class(tag: str) -> str | None:
    """The reported class of a markable tag, or None for a non-entity markable (events, times)."""
    return next((name for prefix, name in ENTITY_CLASSES if tag.startswith(prefix)), None)


def read_gold_names(folder: Path, selected: dict[str, set[int]], docs: Sequence[BuiltDoc], *,
                    model: str | None = None) -> list[GoldName]:
    """The name markables of one topic's documents in the selected sentences.

    Args:
        folder: the topic folder.
        selected: from ``read_selected_sentences``.
        docs: the rebuilt documents kept for the topic (a repeated text is left out).
        model: spaCy pipeline for the parse; None uses the default.

    Raises:
        BenchmarkError: a file of the topic is not CAT XML.
        ModelNotAvailable: no spaCy pipeline is installed.
    """
    found: list[tuple[BuiltDoc, str, str, tuple[int, ...], tuple[int, int], str]] = []
    words: dict[tuple[str, int], list[tuple[int, str]]] = {}
    capitalised: set[str] = set()  # words the topic capitalises inside running text
    for doc in docs:
        path = folder / f"{doc.name}.xml"
        try:
            parsed = parse_doc(path)
        except (ET.ParseError, OSError, ValueError, TypeError) as error:
            raise BenchmarkError(f"{path} is not ECB+ CAT XML ({error}); give the ECB+ topic folders") from error
        sentences = selected.get(doc.name, set())
        capitalised |= _capitalised_in_running_text(parsed.tokens)
        for m_id, (tag, ids) in parsed.markables.items():
            sentence = parsed.tokens.get(ids[0], (-1, ""))[0]
            if entity_class(tag) is None or sentence not in sentences:
                continue
            key = (doc.name, sentence)
            if key not in words:
                words[key] = [(t, w) for t, (s, w) in sorted(parsed.tokens.items()) if s == sentence]
            chain = parsed.chains.get(m_id, f"{UNLINKED_PREFIX}{doc.name}/{m_id}")
            found.append((doc, m_id, tag, ids, key, chain))
    heads = _name_heads([(key, ids) for _, _, _, ids, key, _ in found], words, capitalised, model)
    return [
        GoldName(mention_id=f"{doc.name}/{m_id}", doc=doc.name, kind=tag, head=doc.offsets[head], chain=chain,
                 text=" ".join(w for t, w in words[key] if t in ids))
        for (doc, m_id, tag, ids, key, chain), head in zip(found, heads)
        if head is not None and head in doc.offsets
    ]


def title_cased(words: Sequence[str]) -> bool:
    """A headline's capitals: every word of TITLE_WORD letters or more starts with one ("Driver
    Charged In Crash", "MAN ARRESTED"), so a capital there does not tell a name."""
    long = [w for w in words if w.isalpha() and len(w) >= TITLE_WORD]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def _capitalised_in_running_text(tokens: dict[int, tuple[int, str]]) -> set[str]:
    """Words written with a capital after the first word of a sentence that is not title-cased."""
    sentences: dict[int, list[str]] = defaultdict(list)
    for _, (sentence, word) in sorted(tokens.items()):
        sentences[sentence].append(word)
    return {w for ws in sentences.values() if not title_cased(ws) for w in ws[1:] if w[:1].isupper()}


def _name_heads(markables: Sequence[tuple[tuple[str, int], tuple[int, ...]]],
                words: dict[tuple[str, int], list[tuple[int, str]]], capitalised: set[str],
                model: str | None) -> list[int | None]:
    """Each markable's head token id when the head is a name, else None (one parse per sentence).

    A name's head is a proper noun not in lower case; in a title-cased sentence, where the tagger
    takes every capital for a name and may miss one, it is a word the topic capitalises in
    running text ("Lohan" is, "Driver" is not).
    """
    from spacy.tokens import Doc

    if not markables:
        return []
    nlp = load_base_model(model)
    keys = list(words)
    parsed = dict(zip(keys, nlp.pipe((Doc(nlp.vocab, words=[w for _, w in words[k]]) for k in keys),
                                     batch_size=64, disable=["ner"])))
    heads: list[int | None] = []
    for key, ids in markables:
        position = {t: i for i, (t, _) in enumerate(words[key])}
        span = [parsed[key][position[t]] for t in ids if t in position]
        head = syntactic_head(span) if span else None
        if head is None:
            named = False
        elif title_cased([w for _, w in words[key]]):  # the tagger guesses from capitals too
            named = head.text in capitalised
        else:
            named = head.pos_ == NAME_POS and not head.text.islower()
        heads.append(words[key][head.i][0] if named else None)
    return heads


def read_our_names(docs: Sequence[BuiltDoc], *, db: str) -> list[OurName]:
    """The entity mentions the build stored for these documents, with their entities."""
    found = {d.name: api.analysis(make_doc_id(d.text), db=db).entities for d in docs}
    entity_ids = [e.entity_id for e in api.entities(db=db)]
    evidence = api.entity_evidence(entity_ids, db=db, per_entity=1 + sum(map(len, found.values())))
    entity_of = {(m.doc_id, m.start, m.end): entity for entity, ms in evidence.items() for m in ms}
    return [OurName(doc=name, span=(m.start, m.end), text=m.text, canonical=m.canonical,
                    entity_id=entity_of.get((m.doc_id, m.start, m.end), f"unresolved:{name}:{m.start}"))
            for name, mentions in found.items() for m in mentions]


def align_names(gold: Sequence[GoldName], ours: Sequence[OurName]) -> list[AlignedName]:
    """Each gold name with the mention of its document that best overlaps its head, if any."""
    by_doc: dict[str, list[OurName]] = defaultdict(list)
    for name in ours:
        by_doc[name.doc].append(name)
    aligned = []
    for doc, names in by_doc.items():
        found = align([(g.mention_id, g.head) for g in gold if g.doc == doc],
                      [(str(i), n.span) for i, n in enumerate(names)])
        aligned += [AlignedName(gold=g, ours=names[int(found[g.mention_id])]) for g in gold
                    if g.doc == doc and g.mention_id in found]
    return sorted(aligned, key=lambda a: a.gold.mention_id)


def score_topic(folder: Path, selected: dict[str, set[int]], *, model: str | None = None,
                progress: Callable[[int], None] | None = None, keep: str | Path | None = None) -> TopicScore:
    """Build one topic as ``ecbplus-build`` does and align its gold names to our entity mentions.

    Raises:
        BenchmarkError: a file of the topic is not CAT XML.
    """
    docs = list({make_doc_id(d.text): d for d in map(read_built_doc, sorted(folder.glob("*.xml")))}.values())
    gold = read_gold_names(folder, selected, docs, model=model)
    if keep is not None:  # a kept dossier is built again: only what changed is redone
        Path(keep).mkdir(parents=True, exist_ok=True)
        ours = _built_names(docs, str(Path(keep) / f"topic-{folder.name}.db"), model, progress)
    else:
        with tempfile.TemporaryDirectory(prefix="dossier-eval-ecbentities-") as tmp:
            ours = _built_names(docs, str(Path(tmp) / "eval.db"), model, progress)
    return TopicScore(topic=folder.name, gold=gold, aligned=align_names(gold, ours),
                      entities=len({n.entity_id for n in ours}))


def _built_names(docs: Sequence[BuiltDoc], db: str, model: str | None,
                 progress: Callable[[int], None] | None) -> list[OurName]:
    build_topic(docs, db=db, model=model, progress=progress)
    try:
        return read_our_names(docs, db=db)
    finally:
        api.close_store(db)


def clusters(aligned: Sequence[AlignedName], owner: Callable[[AlignedName], str]) -> list[set[str]]:
    """The aligned gold names' ids grouped by ``owner`` (a gold chain, an entity, a folded text)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for name in aligned:
        groups[owner(name)].add(name.gold.mention_id)
    return list(groups.values())


def _pooled(scores: Sequence[TopicScore], owner: Callable[[AlignedName], str], *,
            linked_only: bool) -> list[set[str]]:
    return [c for s in scores
            for c in clusters([a for a in s.aligned if a.gold.linked or not linked_only], owner)]


def _coref(scores: Sequence[TopicScore], *, linked_only: bool) -> dict[str, float]:
    """The system's and the baselines' scores over the aligned names (only linked ones if asked)."""
    key = _pooled(scores, lambda a: a.gold.chain, linked_only=linked_only)
    system = score_clusters(key, _pooled(scores, lambda a: a.ours.entity_id, linked_only=linked_only))
    text = score_clusters(key, _pooled(scores, lambda a: fold(a.ours.text) or a.ours.text, linked_only=linked_only))
    canonical = score_clusters(key, _pooled(scores, lambda a: fold(a.ours.canonical) or a.ours.canonical,
                                            linked_only=linked_only))
    return {
        "muc_f1": system.muc[2], "bcubed_f1": system.bcubed[2], "ceafe_f1": system.ceafe[2],
        # a wrong merge costs a reader more than a missed one: precision and recall apart
        "muc_precision": system.muc[0], "muc_recall": system.muc[1],
        "bcubed_precision": system.bcubed[0], "bcubed_recall": system.bcubed[1],
        "conll_f1": system.conll_f1, "baseline_conll_f1": text.conll_f1,
        "baseline_canonical_conll_f1": canonical.conll_f1, "gold_chains": float(len(key)),
    }


def summarize(scores: Sequence[TopicScore], suffix: str = "") -> dict[str, float]:
    """Pooled figures of some topics (clusters never cross topics), each key ending in ``suffix``.

    The scores count linked names only; ``all_``-prefixed ones count unlinked names too, each as a
    gold singleton (a lower bound: a right merge of an unlinked name counts as wrong).
    """
    metrics = _coref(scores, linked_only=True)
    everything = _coref(scores, linked_only=False)
    metrics.update({f"all_{name}": everything[name] for name in
                    ("conll_f1", "baseline_conll_f1", "bcubed_precision", "bcubed_recall")})
    gold, aligned = sum(len(s.gold) for s in scores), sum(len(s.aligned) for s in scores)
    metrics.update({
        "coverage": aligned / gold if gold else 0.0, "gold_names": float(gold), "aligned_names": float(aligned),
        "unlinked_aligned_names": float(sum(1 for s in scores for a in s.aligned if not a.gold.linked)),
        "entities": float(sum(s.entities for s in scores)), "topics": float(len(scores)),
    })
    for _, name in ENTITY_CLASSES:
        inside = sum(1 for s in scores for g in s.gold if entity_class(g.kind) == name)
        hit = sum(1 for s in scores for a in s.aligned if entity_class(a.gold.kind) == name)
        metrics[f"coverage_{name}"] = hit / inside if inside else 0.0
    return {f"{name}{suffix}": value for name, value in metrics.items()}


def evaluate(path: str | Path, *, limit: int | None = None, topics: Iterable[str] | None = None,
             progress: Callable[[int], None] | None = None, model: str | None = None,
             keep: str | Path | None = None) -> EvalResult:
    """Score the build's entities as cross-document entity coreference of names on ECB+.

    Args:
        path: the ECB+ folder (topic folders and ``ECBplus_coreference_sentences.csv``).
        limit: only the first ``limit`` topics (in numeric order).
        topics: topic folder names to keep (e.g. ``["1", "2"]``); default all.
        progress: called with 1 after each analysed document.
        model: spaCy pipeline; None uses the default.
        keep: a folder to keep each topic's dossier in (``topic-N.db``, the names
            ``ecbplus-build`` uses, so one kept folder serves both); a second run analyses nothing again.

    Returns:
        EvalResult with conll_f1 (and MUC, B-cubed, CEAF-e F1; MUC and B-cubed precision and
        recall), baseline_conll_f1, baseline_canonical_conll_f1 and coverage (overall and per
        gold class) over all topics, again with ``_dev`` and ``_heldout`` suffixes, and one
        detail line per topic.

    Raises:
        BenchmarkError: the folder or CSV is missing, or no topic folder matches.
        ModelNotAvailable: no spaCy pipeline is installed.
    """
    scores = score_topics(path, lambda folder, selected: score_topic(folder, selected, model=model, progress=progress,
                                                                     keep=keep), limit=limit, topics=topics)
    metrics = summarize_by_range(scores, summarize)
    return EvalResult(benchmark="ecbplus-entities", metrics=metrics, details=tuple(_detail(s) for s in scores))


def _detail(score: TopicScore) -> str:
    one = summarize([score])
    ours = len({a.ours.entity_id for a in score.aligned if a.gold.linked})
    return (f"topic {score.topic}: conll {one['conll_f1']:.3f} (text {one['baseline_conll_f1']:.3f}, "
            f"canonical {one['baseline_canonical_conll_f1']:.3f}), {len(score.aligned)}/{len(score.gold)} names "
            f"aligned, {one['gold_chains']:.0f} gold chains in {ours} of our entities")
