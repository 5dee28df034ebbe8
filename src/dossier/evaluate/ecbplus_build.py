"""`dossier eval ecbplus-build ECBPLUS_DIR`: the build's own event coreference, end to end, on ECB+.

``dossier eval ecbplus`` scores the pair model of ``resolve.coref`` on the gold mentions; this
module scores what a user gets: each topic's documents go into a fresh temporary dossier (text
rebuilt from the corpus tokens by ``evaluate.ecbplus_text``, one paragraph per sentence, no title;
no publication date is given: as ``dossier ingest`` does for a text without one, it is inferred
from the text's own date line, and the build dates the rest from their stories), are built, and the canonical events of
``resolve.events`` become clusters. Our event mentions are aligned to the gold event mentions
(``ACTION_*`` and ``NEG_ACTION_*`` markables in the sentences ``evaluate.ecbplus`` keeps) by the
overlap of trigger and markable characters; a gold mention no trigger overlaps is unaligned.

The key is the gold chains restricted to the aligned gold mentions and the response the events of
their aligned triggers, scored with MUC, B-cubed and CEAF-e (``coref_metrics``). Coverage (aligned
over gold mentions) must be read with them: a build that finds few mentions is scored on few. The
same-lemma baseline of ``evaluate.ecbplus`` is scored on the same aligned mentions. Topics 1-20
were used to develop ``resolve.events`` on this benchmark and 21 onwards are held out: every
figure is given for the whole run, and again with the suffix ``_dev`` and ``_heldout``.

Known limits: a document whose rebuilt text repeats another's is one article in the store and is
left out of the gold; our mentions outside every canonical event (negated ones) are unaligned.
All documents are used: a full run takes about five minutes on one core.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar
from pathlib import Path

from dossier import api, models
from dossier.errors import BenchmarkError
from dossier.evaluate.base import EvalResult
from dossier.evaluate.coref_metrics import score_clusters
from dossier.evaluate.ecbplus import EcbMention, read_selected_sentences, read_topic, same_lemma_cluster
from dossier.evaluate.ecbplus_text import BuiltDoc, Span, read_built_doc, summarize_by_range, topic_folders
from dossier.ingest import infer_published
from dossier.ingest.fingerprint import make_doc_id

Trigger = tuple[str, Span]  # (mention id, characters)
T = TypeVar("T")


@dataclass(slots=True)
class TopicScore:
    """The clusters of one topic over its aligned gold mentions, and its counts."""

    topic: str
    key: list[set[str]]
    response: list[set[str]]
    baseline: list[set[str]]
    gold: int
    aligned: int
    events: int


def gold_span(mention: EcbMention, doc: BuiltDoc) -> Span | None:
    """Characters from the first to the last token of a gold mention in the rebuilt text."""
    spans = [doc.offsets[t] for t in mention.token_ids if t in doc.offsets]
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def align(gold: Sequence[tuple[str, Span]], ours: Sequence[tuple[str, Span]]) -> dict[str, str]:
    """Each gold mention's best overlapping trigger of the same document.

    Args:
        gold: (gold mention id, span) pairs of one document.
        ours: (our mention id, trigger span) pairs of the same document.

    Returns:
        Gold mention id -> our mention id, for gold mentions some trigger overlaps: the largest
        overlap wins, then the shortest trigger (the tightest fit).
    """
    found = {}
    for gold_id, (start, end) in gold:
        best = None
        for our_id, (our_start, our_end) in ours:
            overlap = min(end, our_end) - max(start, our_start)
            if overlap > 0:
                rank = (overlap, -(our_end - our_start))
                if best is None or rank > best[0]:
                    best = (rank, our_id)
        if best is not None:
            found[gold_id] = best[1]
    return found


def build_topic(docs: Sequence[BuiltDoc], *, db: str, model: str | None = None,
                progress: Callable[[int], None] | None = None) -> tuple[dict[str, list[Trigger]], dict[str, str]]:
    """Add one topic's documents to a fresh dossier, build it and read back its events.

    Returns:
        Document name -> (mention id, trigger span) of the mentions in events, and mention id -> event id.
    """
    documents = [_document(d) for d in docs]
    api.add_documents(documents, db=db)
    api.build(db=db, model=model, progress=progress)
    event_of = {m: e.event_id for e in api.events(db=db, min_sources=0) for m in e.mention_ids}
    triggers: dict[str, list[tuple[str, Span]]] = {}
    for doc, document in zip(docs, documents):
        found = api.analysis(document.doc_id, db=db).events
        triggers[doc.name] = [(m.mention_id, (m.trigger_start, m.trigger_end)) for m in found
                              if m.mention_id in event_of]
    api.close_store(db)
    return triggers, event_of


def _document(doc: BuiltDoc) -> models.Document:
    """The article as ingesting the text without a date would store it: dated from its own lines."""
    published = infer_published(doc.text)
    return models.Document(doc_id=make_doc_id(doc.text), text=doc.text, source=doc.name + ".xml",
                           published=published, published_inferred=published is not None)


def score_topic(folder: Path, selected: dict[str, set[int]], *, model: str | None = None,
                progress: Callable[[int], None] | None = None, keep: str | Path | None = None) -> TopicScore:
    """Build one topic and cluster its aligned gold mentions by our events.

    Raises:
        BenchmarkError: a file of the topic is not CAT XML.
    """
    topic = read_topic(folder, selected, model=model)
    docs = list({make_doc_id(d.text): d for d in map(read_built_doc, sorted(folder.glob("*.xml")))}.values())
    by_name = {d.name: d for d in docs}
    if keep is not None:  # a kept dossier is built again: only what changed is redone
        Path(keep).mkdir(parents=True, exist_ok=True)
        triggers, event_of = build_topic(docs, db=str(Path(keep) / f"topic-{folder.name}.db"), model=model,
                                         progress=progress)
    else:
        with tempfile.TemporaryDirectory(prefix="dossier-eval-ecbbuild-") as tmp:
            triggers, event_of = build_topic(docs, db=str(Path(tmp) / "eval.db"), model=model, progress=progress)
    gold = [m for m in topic.mentions if m.doc in by_name]
    aligned: dict[str, str] = {}
    for name, doc in by_name.items():
        spans = [(m.mention_id, span) for m in gold if m.doc == name and (span := gold_span(m, doc))]
        aligned.update(align(spans, triggers.get(name, [])))
    kept = [m for m in gold if m.mention_id in aligned]
    chains = {m.mention_id: topic.chains.get(m.mention_id, "SINGLETON_" + m.mention_id) for m in kept}
    return TopicScore(topic=folder.name, key=_groups(chains), gold=len(gold), aligned=len(kept),
                      response=_groups({g: event_of[ours] for g, ours in aligned.items()}),
                      baseline=same_lemma_cluster(kept), events=len(set(event_of.values())))


def _groups(owner: dict[str, str]) -> list[set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for item, group in owner.items():
        groups[group].add(item)
    return list(groups.values())


def summarize(scores: Sequence[TopicScore], suffix: str = "") -> dict[str, float]:
    """Pooled figures of some topics, each key ending in ``suffix``."""
    key = [c for s in scores for c in s.key]
    response = [c for s in scores for c in s.response]
    system, baseline = score_clusters(key, response), score_clusters(key, [c for s in scores for c in s.baseline])
    gold, aligned = sum(s.gold for s in scores), sum(s.aligned for s in scores)
    return {f"{name}{suffix}": value for name, value in {
        "build_muc_f1": system.muc[2], "build_bcubed_f1": system.bcubed[2], "build_ceafe_f1": system.ceafe[2],
        # a wrong merge costs a reader more than a missed one: precision and recall apart
        "build_muc_precision": system.muc[0], "build_muc_recall": system.muc[1],
        "build_bcubed_precision": system.bcubed[0], "build_bcubed_recall": system.bcubed[1],
        "build_conll_f1": system.conll_f1, "build_baseline_conll_f1": baseline.conll_f1,
        "build_coverage": aligned / gold if gold else 0.0, "gold_mentions": float(gold),
        "aligned_mentions": float(aligned), "gold_chains": float(len(key)), "build_clusters": float(len(response)),
        "build_events": float(sum(s.events for s in scores)), "topics": float(len(scores)),
    }.items()}


def evaluate(path: str | Path, *, limit: int | None = None, topics: Iterable[str] | None = None,
             progress: Callable[[int], None] | None = None, model: str | None = None,
             keep: str | Path | None = None) -> EvalResult:
    """Score the build's canonical events as event coreference on ECB+, topic by topic.

    Args:
        path: the ECB+ folder (topic folders and ``ECBplus_coreference_sentences.csv``).
        limit: only the first ``limit`` topics (in numeric order).
        topics: topic folder names to keep (e.g. ``["1", "2"]``); default all.
        progress: called with 1 after each analysed document.
        model: spaCy pipeline; None uses the default.
        keep: a folder to keep each topic's dossier in (``topic-N.db``) instead of a temporary
            one; a second run on it analyses nothing again and only resolves afresh when the
            resolution code changed, so rules can be tried in seconds.

    Returns:
        EvalResult with build_conll_f1 (and MUC, B-cubed, CEAF-e F1; MUC and B-cubed precision
        and recall), build_coverage and
        build_baseline_conll_f1 over all topics, again with ``_dev`` (topics up to
        ``ecbplus_text.LAST_DEV_TOPIC``) and ``_heldout`` suffixes, and one detail line per topic.

    Raises:
        BenchmarkError: the folder or CSV is missing, or no topic folder matches.
        ModelNotAvailable: no spaCy pipeline is installed.
    """
    scores = score_topics(path, lambda folder, selected: score_topic(folder, selected, model=model, progress=progress,
                                                                     keep=keep), limit=limit, topics=topics)
    metrics = summarize_by_range(scores, summarize)
    return EvalResult(benchmark="ecbplus-build", metrics=metrics, details=tuple(_detail(s) for s in scores))


def score_topics(path: str | Path, score: Callable[[Path, dict[str, set[int]]], T], *, limit: int | None = None,
                 topics: Iterable[str] | None = None) -> list[T]:
    """``score(folder, selected sentences)`` for each topic folder of an ECB+ root, in numeric order.

    Raises:
        BenchmarkError: the folder or CSV is missing, or no topic folder matches.
    """
    root = Path(path)
    if not root.is_dir():
        raise BenchmarkError(f"ECB+ folder {root} not found; give the folder holding the topic folders")
    selected = read_selected_sentences(root)
    return [score(folder, selected) for folder in topic_folders(root, topics)[:limit]]


def _detail(score: TopicScore) -> str:
    one = summarize([score])
    return (f"topic {score.topic}: conll {one['build_conll_f1']:.3f} (lemma {one['build_baseline_conll_f1']:.3f}), "
            f"{score.aligned}/{score.gold} aligned, {len(score.key)} gold chains, {len(score.response)} events")
