"""Try learned heads over the sentence model's trigger vectors for ECB+ event coreference.

The pair score of dossier.resolve.coref reads the sentence model (dossier.resolve.coref_embed)
only through two cosines. This script lets fitted models read the vectors themselves and judges
each variant as scripts/fit-coref.py judges weights: CoNLL F1 of the clustering under two-fold
(odd/even topic) cross-validation inside ECB+ topics 1-20 over a range of merge thresholds, then,
fitted on all of 1-20 at the best threshold, the held-out topics 21-35 and all topics.

Variants (``--variants``, comma-separated; all by default):

- ``base``: the existing logistic model over FEATURES (the reference).
- ``elem:*``: a logistic model over FEATURES plus v1*v2 and |v1-v2| of the in-sentence
  (``sent``), phrase (``word``) or both (``both``) vectors, fitted jointly (``joint``) or stacked
  on the fixed base logit (``stack``), optionally with balanced positive weight (``bal``).
- ``bilin:*``: the base logit plus a low-rank bilinear form v1' U U' v2 (rank k).
- ``mlp:*``: a scikit-learn MLP over [v1*v2, |v1-v2|, FEATURES] with early stopping, negatives
  subsampled when balanced.

    python scripts/fit-coref-vectors.py [--ecbplus ../shared/benchmarks/ecbplus]
        [--cache /tmp/ecbplus-topics.pkl] [--variants base,elem:sent:joint:d1e-3] [--save out.npz]

Needs torch and the packaged model (dossier.resolve.coref_embed.available()); scikit-learn for
the MLP variants. Nothing here is imported by the package.
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dossier.evaluate.coref_metrics import score_clusters
from dossier.evaluate.ecbplus import EcbTopic, _complete, to_coref_mention
from dossier.resolve.coref import FEATURES, average_link, build_context, pair_features

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("fit_coref", REPO / "scripts" / "fit-coref.py")
fit_coref = importlib.util.module_from_spec(_spec)
sys.modules["fit_coref"] = fit_coref  # dataclasses look their module up while it loads
_spec.loader.exec_module(fit_coref)

TRAIN = fit_coref.TRAIN
THRESHOLDS = np.round(np.arange(0.200, 0.901, 0.025), 3)
DIM = 384


@dataclass(slots=True)
class VGroup:
    """One clustering group: pair features, labels, and each mention's two trigger vectors."""

    topic: str
    ids: list[str]
    features: np.ndarray  # (pairs, len(FEATURES))
    labels: np.ndarray
    pairs: np.ndarray  # (pairs, 2) row indices into vectors
    vectors: np.ndarray  # (mentions, 2, DIM): in-sentence, phrase; zeros when absent


def build_groups(topics: Sequence[EcbTopic]) -> list[VGroup]:
    """Features, labels and trigger vectors of every group, as the scorer would see them."""
    groups = []
    for topic in topics:
        members: dict[str | None, list] = defaultdict(list)
        for mention in topic.mentions:
            coref = to_coref_mention(mention)
            members[coref.group].append(coref)
        for mentions in members.values():
            context = build_context(mentions)
            n = len(mentions)
            pairs = np.array([(i, j) for i in range(n) for j in range(i + 1, n)], dtype=int).reshape(-1, 2)
            rows = [pair_features(mentions[i], mentions[j], context) for i, j in pairs]
            chain = [topic.chains.get(m.mention_id) for m in mentions]
            labels = [float(chain[i] is not None and chain[i] == chain[j]) for i, j in pairs]
            vectors = np.zeros((n, 2, DIM), dtype=np.float32)
            for k, m in enumerate(mentions):
                if m.mention_id in context.embeddings:
                    vectors[k] = context.embeddings[m.mention_id]
            groups.append(VGroup(topic=topic.topic, ids=[m.mention_id for m in mentions],
                                 features=np.array(rows).reshape(len(pairs), len(FEATURES)),
                                 labels=np.array(labels), pairs=pairs, vectors=vectors))
    return groups


def pair_vectors(groups: Sequence[VGroup], which: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The two mentions' vectors of every pair: arrays (pairs, len(which), DIM) for a and b."""
    a = np.concatenate([g.vectors[g.pairs[:, 0]][:, which] for g in groups])
    b = np.concatenate([g.vectors[g.pairs[:, 1]][:, which] for g in groups])
    return a, b


def elementwise(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """[a*b, |a-b|] flattened per pair."""
    return np.concatenate([(a * b).reshape(len(a), -1), np.abs(a - b).reshape(len(a), -1)], axis=1)


Predictor = Callable[[VGroup], np.ndarray]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def train_base(groups: Sequence[VGroup], l2: float = 1e-4) -> Predictor:
    """The existing logistic model over FEATURES (scripts/fit-coref.py's fit), the reference."""
    weights = fit_coref.fit(groups, l2)
    return lambda g: _sigmoid(g.features @ weights)


def train_torch(groups: Sequence[VGroup], *, head: str, which: tuple[int, ...], stack: bool,
                balance: bool, decay: float, rank: int = 8, l2: float = 1e-4) -> Predictor:
    """Base logit (fixed when stacked, else fitted jointly) plus a vector head, by full-batch L-BFGS."""
    import torch

    torch.manual_seed(0)
    base = fit_coref.fit(groups, l2)
    x = torch.tensor(np.vstack([g.features for g in groups]), dtype=torch.float32)
    y = torch.tensor(np.concatenate([g.labels for g in groups]), dtype=torch.float32)
    a, b = (torch.tensor(v) for v in pair_vectors(groups, which))
    w = torch.tensor(base, dtype=torch.float32, requires_grad=not stack)
    if head == "elem":
        params = [torch.zeros(2 * len(which) * DIM, requires_grad=True)]
    else:
        params = [(0.01 * torch.randn(len(which), DIM, rank)).requires_grad_()]

    def vector_logit(va: torch.Tensor, vb: torch.Tensor) -> torch.Tensor:
        if head == "elem":
            flat = torch.cat([(va * vb).flatten(1), (va - vb).abs().flatten(1)], dim=1)
            return flat @ params[0]
        u = params[0]
        pa = torch.einsum("pwd,wdk->pwk", va, u)
        pb = torch.einsum("pwd,wdk->pwk", vb, u)
        return (pa * pb).sum(dim=(1, 2))

    positive = float(((1 - y).sum() / y.sum()).item()) if balance else 1.0
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(positive))
    trainable = params + ([] if stack else [w])
    optimiser = torch.optim.LBFGS(trainable, max_iter=300, history_size=20, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimiser.zero_grad()
        loss = loss_fn(x @ w + vector_logit(a, b), y)
        loss = loss + decay / 2 * (params[0] ** 2).sum() + (0 if stack else l2 / 2 * (w ** 2).sum())
        loss.backward()
        return loss

    optimiser.step(closure)
    w_np = w.detach().numpy().astype(float)

    def predict(g: VGroup) -> np.ndarray:
        if not len(g.pairs):
            return np.zeros(0)
        va, vb = (torch.tensor(v) for v in pair_vectors([g], which))
        with torch.no_grad():
            extra = vector_logit(va, vb).numpy().astype(float)
        return _sigmoid(g.features @ w_np + extra)

    predict.state = {"weights": w_np, "head": params[0].detach().numpy()}  # type: ignore[attr-defined]
    return predict


def train_mlp(groups: Sequence[VGroup], *, which: tuple[int, ...], balance: bool, alpha: float,
              hidden: int = 64) -> Predictor:
    """A one-hidden-layer MLP over [v1*v2, |v1-v2|, FEATURES], early stopping on 10% of pairs."""
    from sklearn.neural_network import MLPClassifier

    x = np.hstack([elementwise(*pair_vectors(groups, which)), np.vstack([g.features for g in groups])])
    y = np.concatenate([g.labels for g in groups])
    if balance:
        rng = np.random.default_rng(0)
        negatives = np.flatnonzero(y == 0)
        kept = rng.choice(negatives, size=min(len(negatives), 3 * int(y.sum())), replace=False)
        keep = np.concatenate([np.flatnonzero(y == 1), kept])
        x, y = x[keep], y[keep]
    model = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, early_stopping=True,
                          validation_fraction=0.1, max_iter=200, random_state=0)
    model.fit(x, y)

    def predict(g: VGroup) -> np.ndarray:
        if not len(g.pairs):
            return np.zeros(0)
        row = np.hstack([elementwise(*pair_vectors([g], which)), g.features])
        return model.predict_proba(row)[:, 1]

    return predict


def clusters(group: VGroup, probabilities: np.ndarray, threshold: float) -> list[set[str]]:
    """Average-link clusters of one group from its pair probabilities."""
    scores = np.eye(len(group.ids))
    if len(group.pairs):
        rows, cols = group.pairs[:, 0], group.pairs[:, 1]
        scores[rows, cols] = scores[cols, rows] = probabilities
    return [{group.ids[i] for i in found} for found in average_link(scores, threshold)]


def score(topics: Sequence[EcbTopic], groups: Sequence[VGroup], predicted: dict[int, np.ndarray],
          threshold: float) -> float:
    """Pooled CoNLL F1 over ``topics`` from per-group pair probabilities (keyed by group index)."""
    wanted = {t.topic for t in topics}
    response: list[set[str]] = []
    for index, group in enumerate(groups):
        if group.topic in wanted:
            response.extend(clusters(group, predicted[index], threshold))
    ids = {m.mention_id for t in topics for m in t.mentions}
    key = [c for t in topics for c in t.gold_clusters()]
    return score_clusters(key, _complete(response, ids)).conll_f1


def evaluate(topics: Sequence[EcbTopic], groups: Sequence[VGroup],
             train: Callable[[Sequence[VGroup]], Predictor]) -> dict[str, float]:
    """CV (best threshold) inside 1-20, then held-out 21-35 and all topics fitted on 1-20."""
    inside = [t for t in topics if t.topic in TRAIN]
    predicted: dict[int, np.ndarray] = {}
    for parity in (0, 1):
        fold = {t.topic for t in inside if int(t.topic) % 2 == parity}
        predictor = train([g for g in groups if g.topic in TRAIN and g.topic not in fold])
        predicted |= {i: predictor(g) for i, g in enumerate(groups) if g.topic in fold}
    curve = {float(t): score(inside, groups, predicted, t) for t in THRESHOLDS}
    best = max(curve, key=curve.get)
    predictor = train([g for g in groups if g.topic in TRAIN])
    final = {i: predictor(g) for i, g in enumerate(groups)}
    held = [t for t in topics if t.topic not in TRAIN]
    return {"threshold": best, "cv": curve[best], "held": score(held, groups, final, best),
            "all": score(topics, groups, final, best), "predictor": predictor}


WHICH = {"sent": (0,), "word": (1,), "both": (0, 1)}


def variant(name: str) -> Callable[[Sequence[VGroup]], Predictor]:
    """Parse a variant name such as elem:sent:stack:bal:d1e-2, bilin:both:joint:k8:d1e-3, mlp:sent:a1e-3."""
    parts = name.split(":")
    if parts[0] == "base":
        return train_base
    options = {p[0]: float(p[1:]) for p in parts[2:] if p[0] in "dka" and p[1:2].isdigit()}
    which = WHICH[parts[1]]
    balance = "bal" in parts
    if parts[0] == "mlp":
        return lambda gs: train_mlp(gs, which=which, balance=balance, alpha=options.get("a", 1e-3),
                                    hidden=int(options.get("k", 64)))
    return lambda gs: train_torch(gs, head=parts[0], which=which, stack="stack" in parts,
                                  balance=balance, decay=options.get("d", 1e-3),
                                  rank=int(options.get("k", 8)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecbplus", type=Path, default=fit_coref.DEFAULT_ECBPLUS)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--variants",
                        default="base,elem:sent:joint,elem:both:stack,bilin:both:stack:k8,mlp:sent")
    parser.add_argument("--groups-cache", type=Path, help="pickle of the built groups (outside the repo)")
    parser.add_argument("--save", type=Path, help="write the last variant's fitted state (torch heads) here")
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(1)
    start = time.perf_counter()
    topics = fit_coref.load_topics(args.ecbplus, args.cache)
    if args.groups_cache and args.groups_cache.is_file():
        groups = pickle.loads(args.groups_cache.read_bytes())
    else:
        groups = build_groups(topics)
        if args.groups_cache:
            args.groups_cache.write_bytes(pickle.dumps(groups))
    print(f"{len(groups)} groups, {sum(len(g.labels) for g in groups)} pairs "
          f"({time.perf_counter() - start:.1f}s)", flush=True)
    for name in args.variants.split(","):
        start = time.perf_counter()
        result = evaluate(topics, groups, variant(name))
        print(f"{name}: threshold {result['threshold']:.3f} cv {result['cv']:.4f} "
              f"held-out {result['held']:.4f} all {result['all']:.4f} "
              f"({time.perf_counter() - start:.0f}s)", flush=True)
        state = getattr(result["predictor"], "state", None)
        if args.save and state is not None:
            np.savez_compressed(args.save, threshold=result["threshold"], **state)
    return 0


if __name__ == "__main__":
    sys.exit(main())
