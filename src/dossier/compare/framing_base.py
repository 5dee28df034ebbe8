"""Records and helpers shared by the two framing signals (naming and place status).

The public records (``FramingTerm``, ``FramingGroup``) live here so that both signal modules can
build them; ``dossier.compare.framing`` re-exports them and is the module to import.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dossier import models


@dataclass(frozen=True, slots=True, kw_only=True)
class FramingTerm:
    """One way of naming the concept, the articles and outlets using it, and the sentences citing it."""

    term: str
    doc_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    evidence: tuple[models.Evidence, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class FramingGroup:
    """Terms that name one concept; ``kind`` is "naming" (noun phrases) or "status" (of places)."""

    concept: str
    terms: tuple[FramingTerm, ...]
    kind: str = "naming"
    score: float = 0.0


# Different terms a group may hold: a concept has a handful of names in one story (four in the
# Istanbul gold, three in our examples); more means the alignment caught unrelated things.
MAX_TERMS = 5
# Entity labels whose tokens are values, not names of a concept.
VALUE_LABELS = {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
# Parts of speech carrying no slot information.
SKIP_POS = {"DET", "PRON", "AUX", "PUNCT", "CCONJ", "PART", "SPACE", "SYM", "X"}


@dataclass(slots=True)
class Mention:
    """One candidate term in one sentence, with what the grouping needs to know about it."""

    doc_id: str
    outlet: str
    key: str  # head lemma (naming) or participle lemma (status)
    text: str
    loading: int  # number of evaluative modifiers
    evidence: models.Evidence
    features: frozenset[str]
    place: str = ""  # the described noun, for status mentions
    label: str = ""  # the wording whose use decides exclusivity: marked phrase, or the head alone
    frame: str = ""  # the nearest content word governing a naming mention (stemmed)
    role: str = ""  # the mention's relation on the way to its frame ("pobj", "nsubj")


def outlet_of(document: models.Document) -> str:
    """The outlet, or the article itself when the outlet is unknown."""
    return document.outlet or document.doc_id


def evidence_of(document: models.Document, sentence: Span) -> models.Evidence:
    """The sentence as cited evidence."""
    return models.Evidence(doc_id=document.doc_id, outlet=document.outlet, start=sentence.start_char,
                           end=sentence.end_char, sentence=sentence.text.strip(),
                           published=document.published)


def join_tokens(tokens: Sequence[Token]) -> str:
    """The tokens' text with their own spacing, without stray punctuation at the ends."""
    return "".join(t.text_with_ws for t in tokens).strip(" ,\u2014-")


def components(size: int, pairs: list[tuple[int, int]]) -> list[tuple[list[int], int]]:
    """Connected groups of mentions and the number of aligned pairs supporting each."""
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    members: dict[int, list[int]] = defaultdict(list)
    support: dict[int, int] = defaultdict(int)
    for i, j in pairs:
        support[root(i)] += 1
    for i in {k for pair in pairs for k in pair}:
        members[root(i)].append(i)
    return [(sorted(m), support[r]) for r, m in members.items()]


def exclusive(keys: set[str], usage: dict[str, set[str]]) -> bool:
    """True when some two terms are used by disjoint sets of outlets."""
    ordered = sorted(keys)
    return any(not usage[a] & usage[b] for i, a in enumerate(ordered) for b in ordered[i + 1:])


def build_group(members: list[Mention], corpus: list[Mention], usage: dict[str, set[str]], *,
                kind: str, support: int, concept: str | None = None) -> FramingGroup | None:
    """Turn aligned mentions into terms; drop the group unless two outlets choose differently.

    A group with more than ``MAX_TERMS`` different terms is dropped as a chance alignment.

    Terms are keyed by ``Mention.key``; exclusivity is judged on each mention's ``label`` (or its
    key when it has none) with ``usage`` mapping those to the outlets using them.
    """
    keys = {m.key for m in members}
    labels = {m.label or m.key for m in members}
    if not 2 <= len(keys) <= MAX_TERMS or not exclusive(labels, {k: usage[k] for k in labels}):
        return None
    terms = []
    for key in sorted(keys):
        aligned = [m for m in members if m.key == key]
        docs = {m.doc_id for m in aligned}
        variants = [m for m in corpus if m.key == key and m.doc_id in docs] or aligned
        shown = max(variants, key=lambda m: (m.loading, len(m.text)))
        evidence = {m.evidence: None for m in [*aligned, shown]}
        terms.append(FramingTerm(term=shown.text, doc_ids=tuple(sorted(docs)),
                                 outlets=tuple(sorted({m.outlet for m in aligned})), evidence=tuple(evidence)))
    terms.sort(key=lambda t: (-len(t.outlets), t.term))
    label = concept or min(keys, key=lambda k: (-len(usage.get(k, ())), len(k), k))
    return FramingGroup(concept=label, terms=tuple(terms), kind=kind, score=float(support * len(keys)))
