"""The evidence vector of an event mention pair, and the group-level context it is read against.

Each pair of mentions becomes a fixed-length vector (FEATURES): how the trigger lemmas relate,
then context evidence (shared rare words in the sentences and documents, agreeing participants,
arguments, times and places) kept in two copies, one used when the triggers are lexically related
and one when they are not, so a linear model can weigh them differently, and last the sentence
model's trigger similarities (dossier.resolve.coref_embed; 0 when its packages are absent).
dossier.resolve.coref turns the vector into a score and clusters.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from dossier.resolve.coref_embed import EMBED_FEATURES, embed_evidence, encode_mentions
from dossier.resolve.coref_lexicon import REPORTING, STOPWORDS, content_words, lemma_relation, stem
from dossier.resolve.coref_wordnet import WORDNET_FEATURES, wordnet_evidence


@dataclass(frozen=True, slots=True, kw_only=True)
class CorefMention:
    """One event mention, reduced to what the coreference scorer looks at.

    ``date_value`` (a TIMEX3 value) and ``location`` (a resolved place name) are hard evidence:
    when two mentions both have one and the values cannot match, they are never merged.
    ``times``, ``places`` and ``participants`` are phrases as written in the mention's sentence,
    soft evidence only; ``arguments`` are the lemmas of nouns and names syntactically attached to
    the trigger (its subject, object, prepositional objects), a tighter version of participants.
    ``head_pos`` is the spaCy coarse tag of the head ("VERB", "NOUN"), which picks the WordNet
    senses looked at; "" tries nouns and verbs alike. ``trigger_span`` gives the trigger's
    character offsets in ``sentence`` for the sentence model; None looks for its first whole-word
    occurrence there.
    ``event_type`` is hard evidence too: two known, different types never merge. ``group`` is a
    blocking key known to the caller (a story, an ECB+ sub-topic): mentions in different groups
    are never merged. ``None`` puts a mention in the one default group.
    """

    mention_id: str
    doc_id: str
    trigger: str
    head_lemma: str
    sentence: str = ""
    event_type: str | None = None
    date_value: str | None = None
    location: str | None = None
    times: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    group: str | None = None
    arguments: tuple[str, ...] = ()
    head_pos: str = ""
    trigger_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class PairContext:
    """What the scorer knows beyond two mentions, computed over the group they come from.

    ``idf`` maps a content word to its inverse frequency among the group's sentences;
    ``doc_similarity`` maps a sorted pair of document ids to their TF-IDF cosine; ``spread`` maps
    a lemma's stem to the share of the group's documents whose mentions use it (the event every
    article reports is named in most of them, side events in few). ``embeddings`` maps a
    mention id to its sentence-model trigger vectors (dossier.resolve.coref_embed.encode_mentions),
    empty when that model is not installed.
    """

    idf: Mapping[str, float]
    doc_similarity: Mapping[tuple[str, str], float]
    spread: Mapping[str, float]
    embeddings: Mapping[str, np.ndarray] = field(default_factory=dict)


EMPTY_CONTEXT = PairContext(idf={}, doc_similarity={}, spread={})

# Evidence that only means something when the triggers are lexically related ("lex_" features)
# is kept apart from the same evidence for unrelated triggers ("other_").
_CONTEXT_FEATURES = (
    "sentence_cos", "doc_cos", "same_doc", "same_sentence", "participants", "participants_differ",
    "names", "time", "place", "spread", "reporting", "arguments", "arguments_differ",
)
FEATURES = (
    "bias", "same", "family", "synonym", "prefix", "same_trigger", *WORDNET_FEATURES,
    *(f"lex_{name}" for name in _CONTEXT_FEATURES),
    *(f"other_{name}" for name in _CONTEXT_FEATURES),
    *EMBED_FEATURES,
)
_LEXICAL = frozenset(("same", "family", "synonym"))
_YEAR = re.compile(r"(1[89]|20)\d\d")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _cosine(a: frozenset[str], b: frozenset[str], idf: Mapping[str, float]) -> float:
    shared = a & b
    if not shared:
        return 0.0
    norm_a = math.sqrt(sum(idf.get(w, 1.0) ** 2 for w in a))
    norm_b = math.sqrt(sum(idf.get(w, 1.0) ** 2 for w in b))
    return sum(idf.get(w, 1.0) ** 2 for w in shared) / (norm_a * norm_b)


def _phrase_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return content_words(" ".join(phrases))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the smaller side's count; 0 when either side is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _differ(a: frozenset[str], b: frozenset[str]) -> float:
    """1 when both sides have words and share none."""
    return float(bool(a and b and not a & b))


@functools.lru_cache(maxsize=65536)
def _names(sentence: str) -> frozenset[str]:
    """Capitalised words not opening the sentence: a cheap stand-in for named entities."""
    words = sentence.split()[1:]
    return frozenset(w.lower() for w in words if w[:1].isupper() and w.lower() not in STOPWORDS)


def _time_agreement(a: CorefMention, b: CorefMention) -> float:
    """+1 when time phrases share a word, -1 when they name different weekdays, months or years."""
    wa, wb = _phrase_words(a.times), _phrase_words(b.times)
    if not wa or not wb:
        return 0.0
    if wa & wb:
        return 1.0
    for kind in (_WEEKDAYS, _MONTHS):
        if wa & kind and wb & kind:
            return -1.0
    years_a = {w for w in wa if _YEAR.fullmatch(w)}
    years_b = {w for w in wb if _YEAR.fullmatch(w)}
    return -1.0 if years_a and years_b else 0.0


def _context_evidence(a: CorefMention, b: CorefMention, context: PairContext) -> list[float]:
    """Values of _CONTEXT_FEATURES for one pair."""
    same_doc = a.doc_id == b.doc_id
    key = (a.doc_id, b.doc_id) if a.doc_id < b.doc_id else (b.doc_id, a.doc_id)
    pa, pb = _phrase_words(a.participants), _phrase_words(b.participants)
    aa, ab = frozenset(w.lower() for w in a.arguments), frozenset(w.lower() for w in b.arguments)
    lemmas = (a.head_lemma.lower(), b.head_lemma.lower())
    return [
        _cosine(content_words(a.sentence), content_words(b.sentence), context.idf),
        1.0 if same_doc else context.doc_similarity.get(key, 0.0),
        float(same_doc),
        float(same_doc and a.sentence == b.sentence),
        _overlap(pa, pb),
        _differ(pa, pb),
        float(bool(_names(a.sentence) & _names(b.sentence))),
        _time_agreement(a, b),
        _overlap(_phrase_words(a.places), _phrase_words(b.places)),
        min(context.spread.get(stem(w), 0.0) for w in lemmas),
        float(all(w in REPORTING for w in lemmas)),
        _overlap(aa, ab),
        _differ(aa, ab),
    ]


def pair_features(a: CorefMention, b: CorefMention, context: PairContext = EMPTY_CONTEXT) -> np.ndarray:
    """The evidence vector of a mention pair, in the order of FEATURES.

    Args:
        a: one mention.
        b: another mention.
        context: from build_context over the mentions' group.

    Returns:
        A float vector of len(FEATURES).
    """
    lemma_a, lemma_b = a.head_lemma.lower(), b.head_lemma.lower()
    relation = lemma_relation(lemma_a, lemma_b)
    senses = wordnet_evidence(lemma_a, a.head_pos, lemma_b, b.head_pos)
    evidence = _context_evidence(a, b, context)
    blank = [0.0] * len(evidence)
    lexical = relation in _LEXICAL
    return np.array([
        1.0, relation == "same", relation == "family", relation == "synonym", relation == "prefix",
        a.trigger.lower() == b.trigger.lower(), *senses,
        *(evidence if lexical else blank), *(blank if lexical else evidence),
        *embed_evidence(a.mention_id, b.mention_id, context.embeddings),
    ], dtype=float)


def _document_cosines(
    sentences: Mapping[tuple[str, str], frozenset[str]], idf: Mapping[str, float]
) -> dict[tuple[str, str], float]:
    """TF-IDF cosine of every pair of documents, each the bag of its sentences' words."""
    docs: dict[str, Counter] = defaultdict(Counter)
    for (doc_id, _), words in sentences.items():
        docs[doc_id].update(words)
    ids = sorted(docs)
    vocabulary = {w: i for i, w in enumerate(sorted(idf))}
    matrix = np.zeros((len(ids), len(vocabulary)))
    for row, doc_id in enumerate(ids):
        for word, count in docs[doc_id].items():
            matrix[row, vocabulary[word]] = count * idf[word]
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    cosines = matrix @ matrix.T
    return {(ids[i], ids[j]): float(cosines[i, j]) for i in range(len(ids)) for j in range(i + 1, len(ids))}


def build_context(mentions: Sequence[CorefMention], *, embed: bool = True) -> PairContext:
    """Word rarity over the distinct sentences, TF-IDF cosine between whole documents, and trigger
    vectors from the sentence model when it is installed.

    Args:
        mentions: the mentions of one group.
        embed: False leaves the sentence model out even when it is installed.

    Returns:
        The PairContext to score pairs of these mentions with.
    """
    sentences = {(m.doc_id, m.sentence): content_words(m.sentence) for m in mentions}
    frequency = Counter(w for words in sentences.values() for w in words)
    total = len(sentences)
    idf = {w: math.log((1 + total) / (1 + n)) + 1.0 for w, n in frequency.items()}
    similarity = _document_cosines(sentences, idf)
    documents: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        documents[stem(m.head_lemma.lower())].add(m.doc_id)
    total_docs = len({m.doc_id for m in mentions})
    spread = {key: len(found) / total_docs for key, found in documents.items()}
    embeddings = encode_mentions(mentions) if embed else {}
    return PairContext(idf=idf, doc_similarity=similarity, spread=spread, embeddings=embeddings)
