"""ECB+ documents rebuilt as articles: the corpus tokens joined as a writer would, one paragraph per
corpus sentence, with each token's characters kept, read by the benchmarks that build ECB+ as
dossiers (``evaluate.stories``, ``evaluate.ecbplus_build``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import BenchmarkError

Span = tuple[int, int]
# Topics up to this number were looked at while tuning resolve.stories and resolve.events on ECB+
# built as dossiers; the rest are held out. Each range is reported with its key suffix.
LAST_DEV_TOPIC = 20
TOPIC_RANGES = (("_dev", lambda topic: int(topic) <= LAST_DEV_TOPIC),
                ("_heldout", lambda topic: int(topic) > LAST_DEV_TOPIC))
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|\.\.\.)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


@dataclass(frozen=True, slots=True, kw_only=True)
class BuiltDoc:
    """One ECB+ file rebuilt as an article, with each corpus token's characters in its text."""

    name: str  # file name without ".xml", e.g. "1_10ecbplus"
    text: str
    offsets: dict[int, Span]  # token id -> (start, end) in text


def detokenize(tokens: Sequence[str]) -> str:
    """Join corpus tokens as a writer would: no space before punctuation or a clitic.

    Args:
        tokens: the tokens of one sentence, in order.

    Returns:
        The sentence text.
    """
    out: list[str] = []
    for token in tokens:
        if out and not _NO_SPACE_BEFORE.match(token) and out[-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(token)
    return "".join(out).strip()


def read_built_doc(path: Path) -> BuiltDoc:
    """Rebuild one ECB+ file's text, one paragraph per corpus sentence, keeping token offsets.

    Raises:
        BenchmarkError: the file is not CAT XML with tokens.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise BenchmarkError(f"{path} is not ECB+ CAT XML ({error}); give the ECB+ topic folders") from error
    sentences: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[int(token.get("sentence", "0"))].append((int(token.get("t_id")), token.text or ""))
    if not sentences:
        raise BenchmarkError(f"{path} has no tokens; give the ECB+ topic folders")
    parts: list[str] = []
    offsets: dict[int, Span] = {}
    start = 0
    for number in sorted(sentences):
        tokens = sentences[number]
        line = detokenize([word for _, word in tokens])
        if not line:
            continue
        if parts:
            start += 2  # the blank line between paragraphs
        position = 0
        for t_id, word in tokens:  # detokenize only inserts spaces, so each token is found in order
            found = line.find(word, position) if word else -1
            if found >= 0:
                offsets[t_id] = (start + found, start + found + len(word))
                position = found + len(word)
        parts.append(line)
        start += len(line)
    return BuiltDoc(name=path.stem, text="\n\n".join(parts), offsets=offsets)


def topic_folders(root: Path, topics: Iterable[str] | None = None) -> list[Path]:
    """The numbered topic folders under an ECB+ root, in numeric order, only ``topics`` if given.

    Raises:
        BenchmarkError: no topic folder matches.
    """
    folders = [p for p in root.iterdir() if p.is_dir() and p.name.isdigit()]
    if topics is not None:
        wanted = {str(t) for t in topics}
        folders = [p for p in folders if p.name in wanted]
    if not folders:
        raise BenchmarkError(f"no ECB+ topic folders (1, 2, ...) under {root}")
    return sorted(folders, key=lambda p: int(p.name))


def summarize_by_range(scores: Sequence, summarize: Callable[..., dict[str, float]]) -> dict[str, float]:
    """``summarize(scores)`` over all topics, then again per ``TOPIC_RANGES`` part that has topics,
    its figures named with the part's suffix (each score has a ``topic``)."""
    metrics = summarize(scores)
    for suffix, inside in TOPIC_RANGES:
        part = [s for s in scores if inside(s.topic)]
        if part:
            metrics.update(summarize(part, suffix))
    return metrics
