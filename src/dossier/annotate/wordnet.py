"""Princeton WordNet 3.0, read straight from its database files.

Two stages need a lexical resource that no hand-written list covers: attribution (is this verb a
verb of saying?) and event coreference (do "shot" and "killed", "arrest" and "detention" name
related happenings?). WordNet answers both, and Debian ships it as the package ``wordnet-base``
(``/usr/share/wordnet``), which ``scripts/system-deps.sh`` installs. nltk's reader refuses that
folder (it looks for an nltk data layout with a ``lexnames`` file), so this module reads the
documented format itself: an ``index.POS`` line gives a lemma's synset offsets, and each offset is
the byte position of that synset's line in ``data.POS``, so a lookup is one seek, nothing is
parsed up front, and memory stays small.

When the files are absent, :func:`available` is False and every query answers as if the word were
unknown, so callers degrade to their rules instead of failing. ``DOSSIER_WORDNET`` names another
folder with the same files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Synset", "available", "hypernym_closure", "synsets", "wordnet_dir"]

DEFAULT_DIR = Path("/usr/share/wordnet")
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

# The lexicographer file numbers of WordNet 3.0, in order (the documented lexnames table).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()

HYPERNYM = frozenset({"@", "@i"})


@dataclass(frozen=True)
class Synset:
    """One WordNet sense: its words, its lexicographer file and its links to other synsets."""

    offset: int
    pos: str
    lexname: str
    words: tuple[str, ...]
    pointers: tuple[tuple[str, int, str], ...]  # (symbol, target offset, target pos)

    def targets(self, symbols: Iterable[str]) -> list[tuple[int, str]]:
        """Offsets and parts of speech this synset points to with any of ``symbols``."""
        wanted = set(symbols)
        return [(offset, pos) for symbol, offset, pos in self.pointers if symbol in wanted]


def wordnet_dir() -> Path:
    """The folder the database is read from (``DOSSIER_WORDNET`` or Debian's default)."""
    return Path(os.environ.get("DOSSIER_WORDNET") or DEFAULT_DIR)


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether the WordNet files are installed; False makes every query answer empty."""
    folder = wordnet_dir()
    return all((folder / f"{kind}.{name}").is_file()
               for name in POS_FILES.values() for kind in ("index", "data"))


@lru_cache(maxsize=8)
def _index(pos: str) -> dict[str, tuple[int, ...]]:
    """lemma -> synset offsets for one part of speech, most frequent sense first."""
    table: dict[str, tuple[int, ...]] = {}
    if not available():
        return table
    with open(wordnet_dir() / f"index.{POS_FILES[pos]}", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # licence header
            fields = line.split()
            synset_count = int(fields[2])
            table[fields[0]] = tuple(int(offset) for offset in fields[-synset_count:])
    return table


# About 1 kB a parsed synset: 32k of them hold every sense a news corpus keeps coming back to in
# about 35 MB, where the whole of WordNet (117k) would take over 100 MB of a long run's memory.
@lru_cache(maxsize=32_768)
def synset_at(pos: str, offset: int) -> Synset:
    """The synset whose data line starts at byte ``offset`` of ``data.POS`` (a pointer's target).

    Args:
        pos: "n", "v", "a" or "r".
        offset: the byte offset a pointer or an index line gives.

    Returns:
        The parsed synset (cached).
    """
    with open(wordnet_dir() / f"data.{POS_FILES[pos]}", "rb") as data:
        data.seek(offset)
        line = data.readline().decode("utf-8")
    fields = line.split(" | ", 1)[0].split()
    word_count = int(fields[3], 16)
    words = tuple(fields[4 + 2 * i].lower().rsplit("(", 1)[0] for i in range(word_count))
    at = 4 + 2 * word_count
    pointer_count = int(fields[at])
    pointers = tuple(
        (fields[at + 1 + 4 * i], int(fields[at + 2 + 4 * i]), _simple_pos(fields[at + 3 + 4 * i]))
        for i in range(pointer_count)
    )
    return Synset(offset, _simple_pos(fields[2]), LEXNAMES[int(fields[1])], words, pointers)


def _simple_pos(tag: str) -> str:
    """WordNet's satellite adjectives ('s') are adjectives for our purposes."""
    return "a" if tag == "s" else tag


def _key(lemma: str) -> str:
    return lemma.strip().lower().replace(" ", "_")


def synsets(lemma: str, pos: str) -> list[Synset]:
    """The senses of ``lemma`` as part of speech ``pos`` ('n', 'v', 'a', 'r'), commonest first.

    Args:
        lemma: a dictionary form ("say", "peace talks"); spaCy's lemma is the right input.
        pos: one of 'n', 'v', 'a', 'r'.

    Returns:
        An empty list when WordNet is absent or does not know the word.
    """
    if pos not in POS_FILES or not available():
        return []
    key = _key(lemma)
    offsets = _index(pos).get(key) or _squashed_index(pos).get(_squash(key), ())
    return [synset_at(pos, offset) for offset in offsets]


def _squash(key: str) -> str:
    return key.replace("-", "").replace("_", "")


@lru_cache(maxsize=8)
def _squashed_index(pos: str) -> dict[str, tuple[int, ...]]:
    """Lookup without hyphens and spaces: news writes 'ceasefire' where WordNet has 'cease-fire'."""
    table: dict[str, tuple[int, ...]] = {}
    for key, offsets in _index(pos).items():
        table.setdefault(_squash(key), offsets)
    return table


def hypernym_closure(synset: Synset, depth: int) -> set[tuple[int, str]]:
    """(offset, pos) of ``synset`` and its hypernyms up to ``depth`` steps up."""
    seen = {(synset.offset, synset.pos)}
    frontier = [synset]
    for _ in range(depth):
        parents = [synset_at(pos, offset) for item in frontier
                   for offset, pos in item.targets(HYPERNYM) if (offset, pos) not in seen]
        seen.update((parent.offset, parent.pos) for parent in parents)
        frontier = parents
    return seen
