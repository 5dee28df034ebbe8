"""Fit the event coreference pair weights (dossier.resolve.coref.WEIGHTS) on ECB+ topics 1-20.

Reads the ECB+ folder in place, builds the evidence vector of every mention pair within each
clustering group (an ECB+ sub-topic, as the evaluation does), and fits a logistic model by Newton's
method with an L2 penalty. It then reports CoNLL F1 of the clustering under two-fold
cross-validation inside topics 1-20 (odd against even topics) for a range of merge thresholds, and
with the weights fitted on all of 1-20: topics 1-20, the held-out topics 21-35, and all topics.
Topics 21-35 never take part in fitting or in choosing the threshold. With the sentence model it
then fits the second clustering pass (dossier.resolve.coref_merge: MERGE_WEIGHTS), chooses its
first-pass and merge thresholds under the same cross-validation, and reports the same figures.

    python scripts/fit-coref.py [--ecbplus ../shared/benchmarks/ecbplus] [--l2 1e-4]
        [--cache /tmp/ecbplus-topics.pkl] [--no-embed] [--signals status,tense] [--signals-on all]

``--cache`` keeps the parsed topics in a pickle between runs (outside the repository). The
weights are printed as a Python mapping to paste into dossier/resolve/coref.py: WEIGHTS when the
sentence model (dossier.resolve.coref_embed) is installed, PLAIN_WEIGHTS when it is not or with
``--no-embed``.

``--signals`` appends the pair evidence of dossier.resolve.coref_status (how each mention's sentence
frames its event: status, genericity, tense, which instance, count) for the named groups of
SIGNAL_GROUPS, on lexically related pairs only or, with ``--signals-on all``, on every pair. The
scorer does not read these features (measured and not kept); the option reproduces that measurement.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dossier.evaluate.coref_metrics import score_clusters
from dossier.evaluate.ecbplus_text import topic_folders
from dossier.evaluate.ecbplus import (
    EcbTopic,
    _complete,
    read_selected_sentences,
    read_topic,
    to_coref_mention,
)
from dossier.resolve.coref import FEATURES, THRESHOLD, average_link, build_context, pair_features
from dossier.resolve.coref_embed import EMBED_FEATURES, available
from dossier.resolve.coref_merge import (
    FIRST_THRESHOLD, MERGE_FEATURES, MERGE_THRESHOLD, GroupView, candidate_pairs, cluster_evidence,
    group_view, merge_clusters,
)
from dossier.resolve.coref_status import SIGNAL_GROUPS, read_signals, signal_evidence

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ECBPLUS = REPO.parent / "shared" / "benchmarks" / "ecbplus"
TRAIN = frozenset(str(n) for n in range(1, 21))  # the only topics weights are fitted on
THRESHOLDS = np.round(np.arange(0.250, 0.551, 0.025), 3)
# Grids of the two-pass clustering (dossier.resolve.coref_merge): first-pass and merge thresholds.
FIRST_THRESHOLDS = (0.4, 0.5, 0.6)
MERGE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
MERGE_L2 = 1e-3  # the second pass has few rows (about 700 cluster pairs on ten topics)
_LEXICAL_COLUMNS = [FEATURES.index(name) for name in ("same", "family", "synonym")]


@dataclass(slots=True)
class Group:
    """The pairs of one clustering group: features, gold labels and mention ids."""

    topic: str
    ids: list[str]
    features: np.ndarray  # (pairs, len(FEATURES))
    labels: np.ndarray  # 1.0 where both mentions are in one gold chain
    pairs: list[tuple[int, int]]
    view: GroupView | None = None  # what the second pass reads; None without the sentence model
    chains: list[str] | None = None  # gold chain of each mention (a singleton's own id)


def load_topics(path: Path, cache: Path | None) -> list[EcbTopic]:
    """Every ECB+ topic, parsed once (and pickled to ``cache`` when given)."""
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    selected = read_selected_sentences(path)
    topics = [read_topic(folder, selected) for folder in topic_folders(path, None)]
    if cache:
        cache.write_bytes(pickle.dumps(topics))
    return topics


def signal_names(signals: Sequence[str]) -> list[str]:
    """Names of the coref_status columns build_groups appends for these signal groups."""
    return [f"signal_{n}" for group in SIGNAL_GROUPS if group in signals for n in SIGNAL_GROUPS[group]]


def _with_signals(rows: list[np.ndarray], mentions: Sequence, pairs: Sequence[tuple[int, int]],
                  signals: Sequence[str], lexical_only: bool) -> list[np.ndarray]:
    """The feature rows with coref_status evidence appended (zeros on unrelated pairs if lexical_only)."""
    read = read_signals(mentions)
    width = len(signal_names(signals))
    extended = []
    for row, (i, j) in zip(rows, pairs):
        values = signal_evidence(read.get(mentions[i].mention_id), read.get(mentions[j].mention_id), signals)
        if lexical_only and not row[_LEXICAL_COLUMNS].any():
            values = [0.0] * width
        extended.append(np.concatenate([row, values]))
    return extended


def build_groups(topics: Sequence[EcbTopic], embed: bool = True, signals: Sequence[str] = (),
                 signals_on: str = "lexical") -> list[Group]:
    """Pair features and labels within each group of each topic, as the scorer would see them,
    plus coref_status evidence for the named signal groups (on lexically related pairs only
    unless ``signals_on`` is "all")."""
    groups = []
    width = len(FEATURES) + len(signal_names(signals))
    for topic in topics:
        members: dict[str | None, list] = defaultdict(list)
        for mention in topic.mentions:
            coref = to_coref_mention(mention)
            members[coref.group].append(coref)
        for mentions in members.values():
            context = build_context(mentions, embed=embed)
            pairs = [(i, j) for i in range(len(mentions)) for j in range(i + 1, len(mentions))]
            rows = [pair_features(mentions[i], mentions[j], context) for i, j in pairs]
            if signals:
                rows = _with_signals(rows, mentions, pairs, signals, signals_on == "lexical")
            chain = [topic.chains.get(m.mention_id) for m in mentions]
            labels = [float(chain[i] is not None and chain[i] == chain[j]) for i, j in pairs]
            groups.append(Group(
                topic=topic.topic, ids=[m.mention_id for m in mentions],
                features=np.array(rows).reshape(len(pairs), width),
                labels=np.array(labels), pairs=pairs,
                view=group_view(mentions, context.embeddings) if context.embeddings else None,
                chains=[c or "SINGLETON_" + m.mention_id for c, m in zip(chain, mentions)],
            ))
    return groups


def fit(groups: Sequence[Group], l2: float, iterations: int = 50) -> np.ndarray:
    """Logistic weights by Newton's method on the mean log loss plus l2/2 * |w|^2 (bias included)."""
    x = np.vstack([g.features for g in groups])
    y = np.concatenate([g.labels for g in groups])
    return fit_rows(x, y, l2, iterations)


def fit_rows(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50) -> np.ndarray:
    """fit's Newton's method on given rows and labels."""
    weights = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ weights)))
        gradient = x.T @ (p - y) / len(y) + l2 * weights
        hessian = (x.T * (p * (1 - p))) @ x / len(y) + l2 * np.eye(len(weights))
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def _scores(group: Group, weights: np.ndarray) -> np.ndarray:
    scores = np.eye(len(group.ids))
    if group.pairs:
        probabilities = 1.0 / (1.0 + np.exp(-(group.features @ weights)))
        rows, cols = zip(*group.pairs)
        scores[rows, cols] = scores[cols, rows] = probabilities
    return scores


def cluster(group: Group, weights: np.ndarray, threshold: float,
            merge: tuple[np.ndarray, float] | None = None) -> list[set[str]]:
    """Average-link clusters of one group under the given weights, then, given ``merge`` (second
    pass weights and threshold) and the group's view, whole clusters merged (coref_merge)."""
    scores = _scores(group, weights)
    found = average_link(scores, threshold)
    if merge is not None and group.view is not None:
        found = merge_clusters(found, scores, group.view, weights=merge[0], threshold=merge[1])
    return [{group.ids[i] for i in rows} for rows in found]


def fit_merge(groups: Sequence[Group], weights: np.ndarray, threshold: float,
              l2: float = MERGE_L2) -> np.ndarray:
    """Second-pass weights on the candidate cluster pairs of the first pass (pair weights fitted on
    the same groups): a pair is positive when both clusters' majority gold chains are one."""
    rows, labels = [], []
    for group in groups:
        if group.view is None or group.chains is None:
            continue
        scores = _scores(group, weights)
        found = average_link(scores, threshold)
        majority = [Counter(group.chains[i] for i in rows_).most_common(1)[0][0] for rows_ in found]
        for x, y in candidate_pairs(found, scores):
            rows.append(cluster_evidence(found[x], found[y], scores, group.view))
            labels.append(float(majority[x] == majority[y]))
    if not rows:
        return np.zeros(len(MERGE_FEATURES))
    return fit_rows(np.array(rows), np.array(labels), l2)


def conll(topics: Sequence[EcbTopic], groups: Sequence[Group], weights: np.ndarray,
          threshold: float, merge: tuple[np.ndarray, float] | None = None) -> float:
    """Pooled CoNLL F1 over ``topics``, clustering each of their groups."""
    wanted = {t.topic for t in topics}
    response: list[set[str]] = []
    for group in groups:
        if group.topic in wanted:
            response.extend(cluster(group, weights, threshold, merge))
    ids = {m.mention_id for t in topics for m in t.mentions}
    key = [c for t in topics for c in t.gold_clusters()]
    return score_clusters(key, _complete(response, ids)).conll_f1


def cross_validate(topics: Sequence[EcbTopic], groups: Sequence[Group], l2: float) -> dict[float, float]:
    """Two-fold (odd/even topic) CoNLL F1 inside topics 1-20, pooled over both held-out halves."""
    train = [t for t in topics if t.topic in TRAIN]
    folds = [[t for t in train if int(t.topic) % 2 == parity] for parity in (0, 1)]
    result = {}
    fitted = []
    for held, other in ((folds[0], folds[1]), (folds[1], folds[0])):
        names = {t.topic for t in other}
        fitted.append((held, fit([g for g in groups if g.topic in names], l2)))
    for threshold in THRESHOLDS:
        response, key, ids = [], [], set()
        for held, weights in fitted:
            names = {t.topic for t in held}
            for group in groups:
                if group.topic in names:
                    response.extend(cluster(group, weights, threshold))
            key += [c for t in held for c in t.gold_clusters()]
            ids |= {m.mention_id for t in held for m in t.mentions}
        result[float(threshold)] = score_clusters(key, _complete(response, ids)).conll_f1
    return result


def cross_validate_merge(topics: Sequence[EcbTopic], groups: Sequence[Group],
                         l2: float) -> dict[tuple[float, float], float]:
    """Two-fold CoNLL F1 inside topics 1-20 of the two-pass clustering, for each first-pass and
    merge threshold: pair and merge weights are fitted on one half, scored on the other."""
    train = [t for t in topics if t.topic in TRAIN]
    folds = [[t for t in train if int(t.topic) % 2 == parity] for parity in (0, 1)]
    result = {}
    for first in FIRST_THRESHOLDS:
        fitted = []
        for held, other in ((folds[0], folds[1]), (folds[1], folds[0])):
            names = {t.topic for t in other}
            weights = fit([g for g in groups if g.topic in names], l2)
            fitted.append((held, weights, fit_merge([g for g in groups if g.topic in names], weights, first)))
        for second in MERGE_THRESHOLDS:
            response, key, ids = [], [], set()
            for held, weights, merge in fitted:
                names = {t.topic for t in held}
                for group in groups:
                    if group.topic in names:
                        response.extend(cluster(group, weights, first, (merge, second)))
                key += [c for t in held for c in t.gold_clusters()]
                ids |= {m.mention_id for t in held for m in t.mentions}
            result[(first, second)] = score_clusters(key, _complete(response, ids)).conll_f1
    return result


def report_merge(topics: Sequence[EcbTopic], groups: Sequence[Group], weights: np.ndarray, l2: float) -> None:
    """Print the two-pass figures (CV grid, then 1-20 / 21-35 / all) and MERGE_WEIGHTS."""
    curve = cross_validate_merge(topics, groups, l2)
    for (first, second), value in curve.items():
        print(f"cv two-pass first {first:.2f} merge {second:.2f}: conll {value:.4f}")
    first, second = max(curve, key=curve.get)
    merge = fit_merge([g for g in groups if g.topic in TRAIN], weights, first)
    for name, subset in (("1-20", [t for t in topics if t.topic in TRAIN]),
                         ("21-35", [t for t in topics if t.topic not in TRAIN]), ("all", topics)):
        score = conll(subset, groups, weights, first, (merge, second))
        print(f"two-pass first {first:.2f} merge {second:.2f} topics {name}: conll {score:.4f}")
    print(f"(current FIRST_THRESHOLD {FIRST_THRESHOLD}, MERGE_THRESHOLD {MERGE_THRESHOLD})")
    print("MERGE_WEIGHTS = {" + ", ".join(f'"{n}": {w:.2f}' for n, w in zip(MERGE_FEATURES, merge)) + "}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecbplus", type=Path, default=DEFAULT_ECBPLUS)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--threshold", type=float, default=None,
                        help="merge threshold for the final figures; default the best under CV")
    parser.add_argument("--no-embed", action="store_true", help="leave the sentence model out")
    parser.add_argument("--signals", default="", help="coref_status signal groups to add, comma-separated: "
                        + ",".join(SIGNAL_GROUPS))
    parser.add_argument("--signals-on", choices=("lexical", "all"), default="lexical",
                        help="pairs the signal features apply to")
    args = parser.parse_args(argv)
    signals = [name for name in args.signals.split(",") if name]
    if set(signals) - set(SIGNAL_GROUPS):
        parser.error(f"--signals takes names among {', '.join(SIGNAL_GROUPS)}")
    embed = available() and not args.no_embed
    start = time.perf_counter()
    topics = load_topics(args.ecbplus, args.cache)
    groups = build_groups(topics, embed, signals, args.signals_on)
    print(f"{len(groups)} groups, {sum(len(g.labels) for g in groups)} pairs "
          f"({time.perf_counter() - start:.1f}s)")
    curve = cross_validate(topics, groups, args.l2)
    for threshold, value in curve.items():
        print(f"cv threshold {threshold:.3f}: conll {value:.4f}")
    threshold = args.threshold or max(curve, key=curve.get)
    weights = fit([g for g in groups if g.topic in TRAIN], args.l2)
    held = [t for t in topics if t.topic not in TRAIN]
    for name, subset in (("1-20", [t for t in topics if t.topic in TRAIN]), ("21-35", held),
                         ("all", topics)):
        score = conll(subset, groups, weights, threshold)
        print(f"threshold {threshold:.3f} topics {name}: conll {score:.4f}")
    print(f"(current THRESHOLD is {THRESHOLD})")
    names = [*FEATURES, *signal_names(signals)]
    fitted = [(n, w) for n, w in zip(names, weights) if embed or n not in EMBED_FEATURES]
    name = "WEIGHTS" if embed else "PLAIN_WEIGHTS"
    print(f"{name} = {{" + ", ".join(f'"{n}": {w:.2f}' for n, w in fitted) + "}")
    if embed and not signals:
        report_merge(topics, groups, weights, args.l2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
