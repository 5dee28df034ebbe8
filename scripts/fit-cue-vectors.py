"""Fit the attribution-cue model with in-sentence word vectors (dossier.annotate.quotes_vectors).

Reuses ``scripts/fit-cues.py`` for PolNeAR's parsed documents, their sparse features and labels,
the sparse fit and the scoring. Each candidate word also gets its vector from the sentence model
(all-MiniLM-L6-v2, its sentence read whole), computed once per split and kept beside
``--vectors`` (outside the repository). Two ways to weigh them:

- ``--stack`` (kept): the sparse weights as fit-cues.py fits them, and a second logistic model
  (scikit-learn) over each word's out-of-fold sparse logit and its vector projected on its first
  ``--dims`` principal directions scaled to unit variance, fitted on the words whose sparse
  probability lies from ``--floor`` up to under ``--ceiling``; only those words' sentences are
  read when quote finding runs.
- otherwise: the sparse features and the projected vector fitted jointly by Newton's method on
  the mean log loss plus l2/2 * |w|^2 (every word's sentence read).

Everything is chosen by 5-fold cross-validation over the training documents (the folds of
fit-cues.py); dev is scored once at the end with weights fitted on all of train.

    python scripts/fit-cue-vectors.py --cache /tmp/p7/polnear.pkl --vectors /tmp/p7/vectors
        --stack --floor 0.2 --ceiling 0.6 --dims 64 --gate 0.28 --add 0.4 [--no-cv] [--write]

``--write`` writes src/dossier/annotate/quotes_cues_vectors.npz; the figures printed belong in
the docstring of quotes_vectors.
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from dossier.annotate.quotes_learned import CANDIDATE_POS, VECTOR_WEIGHTS_PATH, CueModel
from dossier.annotate.quotes_marks import inside, pair_quote_marks
from dossier.annotate.quotes_vectors import DIMS, Projection, using_vectors, word_vectors

_SPEC = importlib.util.spec_from_file_location("fit_cues", Path(__file__).with_name("fit-cues.py"))
fc = importlib.util.module_from_spec(_SPEC)
sys.modules["fit_cues"] = fc  # dataclasses look their module up while the class is built
_SPEC.loader.exec_module(fc)


def candidates(doc) -> list[int]:
    """Token indices of the candidate words, in the order token_features lists them."""
    marks = pair_quote_marks(doc.text)
    return [t.i for t in doc if t.pos_ in CANDIDATE_POS and not inside(t.idx, marks)]


def encode(items: Sequence, path: Path | None, split: str) -> list[np.ndarray]:
    """Each item's candidate vectors (rows in feature order; NaN rows for unread words)."""
    store = path.with_suffix(f".{split}.pkl") if path else None
    if store and store.is_file():
        return pickle.loads(store.read_bytes())
    start, result = time.perf_counter(), []
    for n, item in enumerate(items):
        indices = candidates(item.doc)
        if len(indices) != len(item.labels):
            raise ValueError(f"{item.name}: {len(indices)} candidates, {len(item.labels)} rows")
        found = word_vectors(item.doc, indices)
        rows = np.full((len(indices), DIMS), np.nan, dtype=np.float32)
        for row, i in enumerate(indices):
            if i in found:
                rows[row] = found[i]
        result.append(rows)
        if n % 100 == 99:
            took = time.perf_counter() - start
            print(f"  encoded {n + 1} {split} docs ({took:.0f}s)", flush=True)
    if store:
        store.write_bytes(pickle.dumps(result))
    return result


def projection(vectors: Sequence[np.ndarray], dims: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean and scaled principal directions (dims x DIMS) of the read vectors."""
    stacked = np.concatenate(vectors)
    stacked = stacked[~np.isnan(stacked[:, 0])].astype(np.float64)
    mean = stacked.mean(axis=0)
    values, directions = np.linalg.eigh(np.cov(stacked - mean, rowvar=False))
    top = np.argsort(values)[::-1][:dims]
    return mean.astype(np.float32), (directions[:, top] / np.sqrt(values[top])).T.astype(np.float32)


def dense(vectors: Sequence[np.ndarray], mean: np.ndarray, components: np.ndarray) -> np.ndarray:
    stacked = np.concatenate(vectors)
    out = (stacked - mean) @ components.T
    out[np.isnan(out)] = 0.0
    return out.astype(np.float64)


def fit_joint(x, d: np.ndarray, y: np.ndarray, l2: float, newton: int = 12, cg: int = 60):
    """Logistic weights over sparse rows ``x`` and dense columns ``d`` jointly (Newton-CG)."""
    n, k = len(y), d.shape[1]
    w, v = np.zeros(x.width), np.zeros(k)
    penalty = np.full(x.width, l2)
    penalty[0] = 0.0

    def hess(dw, dv, curvature):
        u = curvature * (x.dot(dw) + d @ dv)
        return x.tdot(u) / n + penalty * dw + 1e-10 * dw, d.T @ u / n + l2 * dv

    for _ in range(newton):
        p = 1.0 / (1.0 + np.exp(-(x.dot(w) + d @ v)))
        gw, gv = x.tdot(p - y) / n + penalty * w, d.T @ (p - y) / n + l2 * v
        curvature = p * (1 - p)
        sw, sv = np.zeros_like(w), np.zeros_like(v)
        rw, rv = gw.copy(), gv.copy()
        dw, dv = rw.copy(), rv.copy()
        rr = rw @ rw + rv @ rv
        for _ in range(cg):
            hw, hv = hess(dw, dv, curvature)
            alpha = rr / (dw @ hw + dv @ hv)
            sw += alpha * dw
            sv += alpha * dv
            rw -= alpha * hw
            rv -= alpha * hv
            new = rw @ rw + rv @ rv
            if new < 1e-12:
                break
            dw, dv, rr = rw + new / rr * dw, rv + new / rr * dv, new
        w, v = w - sw, v - sv
        if max(np.abs(sw).max(), np.abs(sv).max()) < 1e-6:
            break
    return w, v


def fitted(items, vectors, index, l2, dims) -> tuple[dict, float, Projection]:
    mean, components = projection(vectors, dims)
    x = fc.Sparse([row for item in items for row in item.features], index)
    y = np.concatenate([item.labels for item in items])
    w, v = fit_joint(x, dense(vectors, mean, components), y, l2)
    names = sorted(index, key=index.get)
    weights = {f: round(float(w[index[f]]), 2) for f in names if abs(w[index[f]]) >= 0.02}
    return weights, round(float(w[0]), 3), Projection(mean, components, v.astype(np.float32))


def log_loss(items, vectors, weights, bias, proj) -> float:
    model = CueModel(weights, bias, 0.0, 2.0, proj)
    p = np.array([model.probability(row, None if np.isnan(vec[0]) else vec)
                  for item, vecs in zip(items, vectors) for row, vec in zip(item.features, vecs)])
    y = np.concatenate([item.labels for item in items])
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def lookup_for(items, vectors):
    """A using_vectors lookup serving the stored vectors of these items' documents."""
    table = {}
    for item, vecs in zip(items, vectors):
        table[id(item.doc)] = {i: vec for i, vec in zip(candidates(item.doc), vecs)
                               if not np.isnan(vec[0])}
    return lambda doc: table[id(doc)]


def sparse_logits(items, weights: dict, bias: float) -> list[np.ndarray]:
    return [np.array([bias + sum(weights.get(f, 0.0) for f in row) for row in item.features])
            for item in items]


def fitted_stack(logits, vectors, labels, dims: int, floor: float, c: float,
                 ceiling: float = 1.01) -> Projection:
    """A small logistic model over the sparse logit and the projected vector, fitted on the
    words whose sparse probability is from ``floor`` up to under ``ceiling``."""
    from sklearn.linear_model import LogisticRegression

    def band(zs):
        p = 1.0 / (1.0 + np.exp(-zs))
        return (p >= floor) & (p < ceiling)

    z, y = np.concatenate(logits), np.concatenate(labels)
    keep = band(z)
    kept_vectors = [vecs[band(zs)] for zs, vecs in zip(logits, vectors)]
    mean, components = projection(kept_vectors, dims)
    x = np.column_stack([z[keep], dense(kept_vectors, mean, components)])
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y[keep])
    coef = model.coef_[0]
    return Projection(mean, components, coef[1:].astype(np.float32), float(coef[0]),
                      float(model.intercept_[0]), floor, ceiling)


def out_of_fold(train, args) -> tuple[list[tuple[dict, float]], list[np.ndarray]]:
    """Each fold's sparse fit (on the other folds, as fit-cues.py) and every training word's
    logit from the fit that did not see it; kept beside the vectors between runs."""
    store = args.vectors.with_suffix(f".oof-{args.l2:g}-{args.min_count}.pkl")
    if store.is_file():
        return pickle.loads(store.read_bytes())
    k = fc.FOLDS
    sparse, oof = [], [None] * len(train)
    for f in range(k):
        rest = [it for i, it in enumerate(train) if i % k != f]
        sparse.append(fc.fitted(rest, fc.vocabulary(rest, args.min_count), args.l2))
        fold = [i for i in range(len(train)) if i % k == f]
        for i, z in zip(fold, sparse_logits([train[i] for i in fold], *sparse[f])):
            oof[i] = z
    store.write_bytes(pickle.dumps((sparse, oof)))
    return sparse, oof


def cross_validate_stack(train, vectors, args) -> None:
    """Sparse fits per fold (as fit-cues.py), their out-of-fold logits, then per fold a stacker
    fitted on the other folds' out-of-fold logits and vectors, scored on the held-out fold."""
    k = fc.FOLDS
    folds = [[i for i in range(len(train)) if i % k == f] for f in range(k)]
    rests = [[i for i in range(len(train)) if i % k != f] for f in range(k)]
    held = [train[i] for fold in folds for i in fold]
    sparse, oof = out_of_fold(train, args)
    labels = [item.labels for item in train]
    for floor in args.floor:
        for dims in args.dims_grid or [args.dims]:
            stacks = [fitted_stack([oof[i] for i in rests[f]], [vectors[i] for i in rests[f]],
                                   [labels[i] for i in rests[f]], dims, floor, args.c,
                                   args.ceiling)
                      for f in range(k)]
            loss = np.mean([log_loss([train[i] for i in folds[f]], [vectors[i] for i in folds[f]],
                                     *sparse[f], stacks[f]) for f in range(k)])
            print(f"cv stack floor {floor} dims {dims}: held-out log loss {loss:.5f} "
                  f"(scale {np.mean([s.scale for s in stacks]):.3f})", flush=True)
            with using_vectors(lookup_for(train, vectors)):
                for add in args.add:
                    models = [CueModel(*sparse[f], args.gate, add, stacks[f])
                              for f in range(k) for _ in folds[f]]
                    scores = fc.overlap(fc.evaluate(held, models))
                    print(f"cv gate {args.gate:.2f} add {add:.2f}: source/cue/content "
                          f"{fc._fmt(scores)} (mean {np.mean(scores):.4f})", flush=True)


def cross_validate(train, vectors, args) -> None:
    k = fc.FOLDS
    folds = [[i for i in range(len(train)) if i % k == f] for f in range(k)]
    rests = [[i for i in range(len(train)) if i % k != f] for f in range(k)]
    held = [train[i] for fold in folds for i in fold]
    fits = []
    for f in range(k):
        rest = [train[i] for i in rests[f]]
        index = fc.vocabulary(rest, args.min_count)
        fits.append(fitted(rest, [vectors[i] for i in rests[f]], index, args.l2, args.dims))
    loss = np.mean([log_loss([train[i] for i in folds[f]], [vectors[i] for i in folds[f]], *fits[f])
                    for f in range(k)])
    print(f"cv dims {args.dims} l2 {args.l2:g}: held-out log loss {loss:.5f}", flush=True)
    with using_vectors(lookup_for(train, vectors)):
        for add in args.add:
            models = [CueModel(*fits[f][:2], args.gate, add, fits[f][2])
                      for f in range(k) for _ in folds[f]]
            scores = fc.overlap(fc.evaluate(held, models))
            print(f"cv gate {args.gate:.2f} add {add:.2f}: source/cue/content {fc._fmt(scores)} "
                  f"(mean {np.mean(scores):.4f})", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=fc.DEFAULT_POLNEAR)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--vectors", type=Path, required=True)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--l2", type=float, default=3e-5)
    parser.add_argument("--gate", type=float, default=0.28)
    parser.add_argument("--add", type=float, nargs="+", default=[0.4])
    parser.add_argument("--stack", action="store_true", help="a stacker over the sparse logit")
    parser.add_argument("--floor", type=float, nargs="+", default=[0.05])
    parser.add_argument("--ceiling", type=float, default=1.01)
    parser.add_argument("--dims-grid", type=int, nargs="*")
    parser.add_argument("--c", type=float, default=1.0, help="the stacker's inverse penalty")
    parser.add_argument("--no-cv", action="store_true")
    parser.add_argument("--no-dev", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    splits = fc.load(args.polnear, args.cache)
    train, dev = splits["train"], splits["dev"]
    vectors = {split: encode(splits[split], args.vectors, split) for split in ("train", "dev")}
    if not args.no_cv:
        (cross_validate_stack if args.stack else cross_validate)(train, vectors["train"], args)
    if args.no_dev:
        return 0
    if args.stack:
        weights, bias = fc.fitted(train, fc.vocabulary(train, args.min_count), args.l2)
        oof = out_of_fold(train, args)[1]
        proj = fitted_stack(oof, vectors["train"], [it.labels for it in train], args.dims,
                            args.floor[0], args.c, args.ceiling)
    else:
        weights, bias, proj = fitted(train, vectors["train"],
                                     fc.vocabulary(train, args.min_count), args.l2, args.dims)
    print(f"{len(weights)} sparse weights, {len(proj.weights)} dense", flush=True)
    add = args.add[0]
    with using_vectors(lookup_for(dev, vectors["dev"])):
        metrics = fc.evaluate(dev, [CueModel(weights, bias, args.gate, add, proj)] * len(dev))
    print("dev: " + " ".join(
        f"{t} P {metrics[f'{t}_precision_overlap']:.4f} R {metrics[f'{t}_recall_overlap']:.4f} "
        f"F1 {metrics[f'{t}_f1_overlap']:.4f} exact {metrics[f'{t}_f1_exact']:.4f};"
        for t in fc.TYPES))
    if args.write:
        names = "\n".join(weights).encode()
        np.savez_compressed(
            VECTOR_WEIGHTS_PATH, names=np.frombuffer(names, dtype=np.uint8),
            values=np.array(list(weights.values()), dtype=np.float32), bias=bias,
            gate=args.gate, add=add, l2=args.l2, mean=proj.mean,
            components=proj.components, dense=proj.weights, scale=proj.scale,
            shift=proj.shift, floor=proj.floor, ceiling=proj.ceiling,
        )
        print(f"wrote {VECTOR_WEIGHTS_PATH} ({VECTOR_WEIGHTS_PATH.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
