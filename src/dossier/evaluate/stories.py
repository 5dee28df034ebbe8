"""`dossier eval stories ECBPLUS_DIR`: how well articles group into stories, measured on ECB+.

Each ECB+ topic holds two sub-topics (the ``ecb`` and ``ecbplus`` halves), each about ONE
real-world happening (two different people entering rehab, two different earthquakes), so the
sub-topic is the gold story and sub-topics of one topic must stay apart. Each document's text is
rebuilt from its tokens (sentences as paragraphs, no space before punctuation), without a title or
publication date (the pipeline infers one from the text).

The documents are added in batches in a fixed shuffled order, with one build per batch, so what is
measured is the incremental path a growing dossier takes, not one build of everything. Stories are
scored with B-cubed against sub-topics; two references come with them: every document its own story
(``singletons_bcubed_*``) and the number of gold stories. Topics 1-20 were used to develop the
story rules and 21 onwards are held out: every figure is given for the whole run, and again for
each range with the suffix ``_dev`` and ``_heldout``. The same articles are then placed again one
at a time, as a live feed adds them, by replaying the story assignment over the built dossier
(``stories_replay``; figures with the suffix ``_one_at_a_time``): an article arriving alone has no
sibling to join, which batches hide. The replay clusters grown stories again (``stories_split``)
as the build does.

All 772 documents of topics 1-35 take about 3.5 minutes on one core; ``per_subtopic`` keeps only
the first documents of each sub-topic (in file order) for a quicker look. Known limit: ECB+ documents
are short and come without dates, so this measures grouping by names, events and wording, not the
publication-date evidence a real feed gives.
"""

from __future__ import annotations

import random
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier import api, models
from dossier.errors import BenchmarkError
from dossier.evaluate.base import EvalResult
from dossier.evaluate.coref_metrics import bcubed
from dossier.evaluate.ecbplus_text import TOPIC_RANGES, read_built_doc, topic_folders
from dossier.evaluate.stories_replay import replay_stories
from dossier.ingest.fingerprint import make_doc_id

BATCH_DOCS = 40  # documents added per build: several builds, so stored stories must be joined
SHUFFLE_SEED = 13  # any fixed seed: the order must be the same from run to run
PER_SUBTOPIC: int | None = None  # all documents (see the module docstring)
ONE_AT_A_TIME = "_one_at_a_time"  # suffix of the figures of the same articles fed one by one


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryDoc:
    """One ECB+ document rebuilt as an article, with its gold story (topic + "ecb"/"ecbplus")."""

    name: str  # file name without ".xml", e.g. "1_10ecbplus"
    topic: str
    subtopic: str
    text: str


def read_story_doc(path: Path) -> StoryDoc:
    """Rebuild one ECB+ file's text (``ecbplus_text.read_built_doc``) with its gold story.

    Raises:
        BenchmarkError: the file is not CAT XML with tokens.
    """
    topic, rest = path.stem.split("_", 1)
    kind = "ecbplus" if rest.endswith("ecbplus") else "ecb"
    return StoryDoc(name=path.stem, topic=topic, subtopic=topic + kind, text=read_built_doc(path).text)


def read_corpus(root: Path, *, limit: int | None = None, per_subtopic: int | None = PER_SUBTOPIC) -> list[StoryDoc]:
    """The documents of the first ``limit`` topics, ``per_subtopic`` of each sub-topic at most.

    Raises:
        BenchmarkError: no topic folders under ``root``.
    """
    folders = topic_folders(root)
    docs: list[StoryDoc] = []
    for folder in folders[:limit]:
        files = sorted(folder.glob("*.xml"), key=lambda p: (not p.stem.endswith("ecbplus"), _number(p.stem)))
        taken: dict[bool, int] = {}
        for path in files:
            plus = path.stem.endswith("ecbplus")
            if per_subtopic is None or taken.get(plus, 0) < per_subtopic:
                taken[plus] = taken.get(plus, 0) + 1
                docs.append(read_story_doc(path))
    return docs


def _number(stem: str) -> int:
    digits = re.search(r"_(\d+)", stem)
    return int(digits.group(1)) if digits else 0


def score_stories(gold: dict[str, str], found: dict[str, str], suffix: str = "") -> dict[str, float]:
    """B-cubed of found stories against gold ones, over the documents ``gold`` names.

    Args:
        gold: document -> gold story.
        found: document -> found story; a document missing here is its own story.
        suffix: appended to every key (``"_heldout"``).

    Returns:
        story_bcubed_precision/recall/f1, stories, gold_stories and singletons_bcubed_f1.
    """
    key = _clusters({d: gold[d] for d in gold})
    response = _clusters({d: found.get(d, "alone:" + d) for d in gold})
    precision, recall, f1 = bcubed(key, response)
    single = bcubed(key, [{d} for d in gold])
    return {f"{name}{suffix}": value for name, value in {
        "story_bcubed_precision": precision, "story_bcubed_recall": recall, "story_bcubed_f1": f1,
        "stories": float(len(response)), "gold_stories": float(len(key)),
        "singletons_bcubed_precision": single[0], "singletons_bcubed_recall": single[1],
        "singletons_bcubed_f1": single[2], "documents": float(len(gold)),
    }.items()}


def _clusters(owner: dict[str, str]) -> list[set[str]]:
    groups: dict[str, set[str]] = {}
    for item, group in owner.items():
        groups.setdefault(group, set()).add(item)
    return list(groups.values())


def build_stories(docs: Sequence[StoryDoc], *, db: str, model: str | None = None, batch: int = BATCH_DOCS,
                  seed: int = SHUFFLE_SEED, progress: Callable[[int], None] | None = None) -> dict[str, str]:
    """Add the documents in shuffled batches, building after each, and read every document's story.

    Returns:
        Document name -> story id.
    """
    order = _shuffled(docs, seed)
    name_of: dict[str, str] = {}
    for start in range(0, len(order), batch):
        documents = [_document(d) for d in order[start:start + batch]]
        name_of.update({d.doc_id: Path(d.source).stem for d in documents})
        api.add_documents(documents, db=db)
        api.build(db=db, model=model, progress=progress)
    found = {name_of[d]: story.story_id for story in api.stories(db=db) for d in story.doc_ids if d in name_of}
    return found


def replay_one_at_a_time(docs: Sequence[StoryDoc], *, db: str, seed: int = SHUFFLE_SEED,
                         batch: int = 1, split: bool = False) -> dict[str, str]:
    """The stories of the built dossier ``db`` had its articles arrived one at a time (or ``batch``
    at a time), in the same shuffled order (``stories_replay``: the final entities and events, cut
    to the articles seen), with grown stories clustered again when ``split``.

    Returns:
        Document name -> story id.
    """
    store = api.open_store(db)
    stored = {d.doc_id: d for d in store.documents()}
    order = [stored[d.doc_id] for d in map(_document, _shuffled(docs, seed)) if d.doc_id in stored]
    found = replay_stories(order, store.entities(), store.events(), batch=batch, split=split)
    return {Path(stored[d].source).stem: story for d, story in found.items()}


def _shuffled(docs: Sequence[StoryDoc], seed: int) -> list[StoryDoc]:
    order = list(docs)
    random.Random(seed).shuffle(order)
    return order


def _document(doc: StoryDoc) -> models.Document:
    return models.Document(doc_id=make_doc_id(doc.text), text=doc.text, source=doc.name + ".xml")


def evaluate(path: str | Path, *, limit: int | None = None, progress: Callable[[int], None] | None = None,
             model: str | None = None, per_subtopic: int | None = PER_SUBTOPIC,
             topics: Iterable[str] | None = None) -> EvalResult:
    """Score story clustering on ECB+ sub-topics, built incrementally into a temporary dossier.

    Args:
        path: the ECB+ folder holding the topic folders.
        limit: only the first ``limit`` topics (in numeric order).
        progress: called with 1 after each analysed document.
        model: spaCy pipeline; None uses the default.
        per_subtopic: documents kept per sub-topic; None keeps all (slow: about 1000 documents).
        topics: topic folder names to keep (e.g. ``["1", "2"]``); default all.

    Returns:
        EvalResult with the figures of ``score_stories`` for all topics, and with ``_dev``
        (topics up to ``ecbplus_text.LAST_DEV_TOPIC``) and ``_heldout`` (the later ones) suffixes.

    Raises:
        BenchmarkError: no ECB+ topic folders under ``path``.
    """
    root = Path(path)
    if not root.is_dir():
        raise BenchmarkError(f"ECB+ folder {root} not found; give the folder holding the topic folders")
    docs = read_corpus(root, limit=limit, per_subtopic=per_subtopic)
    if topics is not None:
        wanted = {str(t) for t in topics}
        docs = [d for d in docs if d.topic in wanted]
    docs = list({make_doc_id(d.text): d for d in docs}.values())  # a repeated text is one article
    with tempfile.TemporaryDirectory(prefix="dossier-eval-stories-") as tmp:
        db = str(Path(tmp) / "eval.db")
        found = build_stories(docs, db=db, model=model, progress=progress)
        alone = replay_one_at_a_time(docs, db=db, split=True)
        api.close_store(db)
    gold = {d.name: d.subtopic for d in docs}
    metrics = score_stories(gold, found)
    metrics.update(score_stories(gold, alone, ONE_AT_A_TIME))
    for suffix, keep in TOPIC_RANGES:
        part = {d.name: d.subtopic for d in docs if keep(d.topic)}
        if part:
            metrics.update(score_stories(part, found, suffix))
            metrics.update(score_stories(part, alone, ONE_AT_A_TIME + suffix))
    return EvalResult(benchmark="stories", metrics=metrics, details=_story_details(gold, found))


def _story_details(gold: dict[str, str], found: dict[str, str]) -> tuple[str, ...]:
    """One line per found story that mixes gold stories, biggest first: where chaining happened."""
    mixes: dict[str, dict[str, int]] = {}
    for doc, story in found.items():
        counts = mixes.setdefault(story, {})
        counts[gold.get(doc, "?")] = counts.get(gold.get(doc, "?"), 0) + 1
    lines = [(sum(c.values()), story, c) for story, c in mixes.items() if len(c) > 1]
    return tuple(f"story {story} mixes " + ", ".join(f"{g}:{n}" for g, n in sorted(c.items()))
                 for _, story, c in sorted(lines, key=lambda x: -x[0]))
