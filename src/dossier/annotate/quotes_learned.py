"""A learned check on attribution cues: a logistic model says how likely a word heads a cue.

Part of quote finding (see ``quotes.py``). The hand rules find a cue by its lemma and frame; the
long tail of words PolNeAR counts as attribution in context ("defended", "questioned", "vow",
"refusal") and the speech words it does not count in others are a matter of degree that a fitted
model weighs better than another rule. Each verb, noun and adjective outside a quotation gets
sparse features read from the parse (lemma, tag, dependency label, head, children's labels and
prepositions, how a clause after it opens, a colon after it, what kind of subject it has,
quotation marks nearby, WordNet's lexicographer file, senses and hypernyms (``quotes_senses``),
whether it lies in another attribution's content, and whether the rules made it a cue), and
those crossed with the word's frame (``quotes_evidence``); a logistic model scores them. The score is used three times: a rule cue scoring below ``gate`` is
dropped, a word the rules passed over scoring above ``add`` becomes a cue when its content can
be read (``quotes_readings``: the rules' helpers, or for a verb an object the lexicon does not
know it takes; its source may be absent), and a quote whose cue lies inside the content of a
quote whose cue scores above ``add`` is dropped, as PolNeAR does not nest attributions (a rule
quote with a named source stays). Without the weights file the rules stand alone.

The weights (``quotes_cues.json.gz``) are fitted by ``scripts/fit-cues.py`` on PolNeAR's training
split only, with thresholds chosen by 5-fold cross-validation over it; how, and what each pass
tried and kept with its figures, is in docs/attribution-cue-model.md.

Word vectors (issue #3, seventh pass). When the sentence model's packages are installed, the
weights ``quotes_cues_vectors.npz`` (``VECTOR_WEIGHTS_PATH``) are used instead: the same sparse
weights, and for doubtful words a small second model over their sparse logit and their vector
in the sentence (``quotes_vectors``, whose docstring has the figures). Without the packages the
weights above score exactly as before.
"""

from __future__ import annotations

import gzip
import json
import math
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from dossier.annotate import quotes_vectors, wordnet
from dossier.annotate.quotes_evidence import evidence_features
from dossier.annotate.quotes_extracted import from_extracted
from dossier.annotate.quotes_found import Context, Found
from dossier.annotate.quotes_kept import gated, holds_a_cue, same_colon_reading, unnested
from dossier.annotate.quotes_lexicon import ALL_CUES, NAME_LABELS, lemma
from dossier.annotate.quotes_marks import inside, is_mark
from dossier.annotate.quotes_readings import read_added
from dossier.annotate.quotes_senses import sense_features
from dossier.annotate.quotes_sure import read_plainly

__all__ = [
    "VECTOR_WEIGHTS_PATH",
    "WEIGHTS_PATH",
    "CueModel",
    "active_model",
    "load_model",
    "load_vector_model",
    "model_in_use",
    "refine_cues",
    "score_tokens",
    "token_features",
    "using_model",
]

WEIGHTS_PATH = Path(__file__).with_name("quotes_cues.json.gz")
# Weights fitted with in-sentence word vectors (``quotes_vectors``), used when the sentence
# model's packages are installed; WEIGHTS_PATH's otherwise.
VECTOR_WEIGHTS_PATH = Path(__file__).with_name("quotes_cues_vectors.npz")
# Parts of speech a cue is headed by in PolNeAR ("said", "claim", "confident"); function words in
# a cue ("has", "according to") are drawn around its head by the rules.
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Clauses after a word that may be what it reports, and the words that open them.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "acl", "advcl", "csubj"})
CLAUSE_OPENERS = frozenset({"that", "to", "whether", "if", "as", "like", "because"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


@dataclass(frozen=True, slots=True)
class CueModel:
    """Fitted weights with the two thresholds they are used at (probabilities)."""

    weights: dict[str, float]
    bias: float
    gate: float  # rule cues scoring below this are dropped (0 keeps them all)
    add: float  # words scoring above this become cues (above 1 adds none)
    projection: quotes_vectors.Projection | None = None  # weighs in-sentence word vectors

    def probability(self, features: Sequence[str], vector: np.ndarray | None = None) -> float:
        """Logistic score of one word's features, and of its vector when :meth:`reads` says so;
        unknown features and a missing vector weigh nothing."""
        z = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        if self.projection is None or not self.projection.weighs(_sigmoid(z)):
            return _sigmoid(z)
        return _sigmoid(self.projection.logit(z, vector))

    def reads(self, features: Sequence[str]) -> bool:
        """Whether the word's vector is weighed: the model has a projection and the sparse
        features score the word between its floor and ceiling."""
        if self.projection is None:
            return False
        z = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        return self.projection.weighs(_sigmoid(z))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(path: Path = WEIGHTS_PATH) -> CueModel | None:
    """Read a weights file once.

    Args:
        path: a gzipped JSON object with ``weights``, ``bias``, ``gate`` and ``add``.

    Returns:
        The model, or None when the file is missing or unreadable, so that quote finding falls
        back to its rules alone.
    """
    try:
        data = json.loads(gzip.decompress(Path(path).read_bytes()))
        return CueModel(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]), gate=float(data["gate"]), add=float(data["add"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=4)
def load_vector_model(path: Path = VECTOR_WEIGHTS_PATH) -> CueModel | None:
    """Read a weights file fitted with word vectors once.

    Args:
        path: an ``.npz`` with ``names`` (the sparse features, UTF-8 bytes joined by newlines)
            and ``values`` (their weights), ``bias``,
            ``gate``, ``add``, and the projection's ``mean``, ``components``, ``dense``
            (weights), ``scale``, ``shift``, ``floor`` and ``ceiling``.

    Returns:
        The model, or None when the file is missing or unreadable.
    """
    try:
        with np.load(Path(path), allow_pickle=False) as data:
            names = data["names"].astype(np.uint8).tobytes().decode().split("\n")
            weights = dict(zip(names, data["values"].astype(float).tolist(), strict=True))
            projection = quotes_vectors.Projection(
                data["mean"].astype(np.float32), data["components"].astype(np.float32),
                data["dense"].astype(np.float32), float(data["scale"]), float(data["shift"]),
                float(data["floor"]), float(data["ceiling"]),
            )
            return CueModel(weights, float(data["bias"]), float(data["gate"]),
                            float(data["add"]), projection)
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
        return None


_OVERRIDE: list[CueModel | None] = []


@contextmanager
def using_model(model: CueModel | None) -> Iterator[None]:
    """Score with ``model`` (None: the rules alone) instead of the weights file inside the block;
    for fitting and tests, in this process only."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def active_model() -> CueModel | None:
    """The model in force: one set by :func:`using_model`, else the weights fitted with word
    vectors when the sentence model can run, else the weights fitted without them."""
    if _OVERRIDE:
        return _OVERRIDE[-1]
    return (load_vector_model() if quotes_vectors.available() else None) or load_model()


def model_in_use() -> str:
    """Which weights quote finding scores cues with, for evaluation reports.

    Returns:
        The weights file's name ("quotes_cues_vectors.npz" or "quotes_cues.json.gz"), "set by
        using_model" inside :func:`using_model`, or "none (rules alone)".
    """
    if _OVERRIDE:
        return "set by using_model" if _OVERRIDE[-1] is not None else "none (rules alone)"
    if quotes_vectors.available() and load_vector_model() is not None:
        return VECTOR_WEIGHTS_PATH.name
    return WEIGHTS_PATH.name if load_model() is not None else "none (rules alone)"


def token_features(
    doc: Doc,
    marks: list[tuple[int, int]],
    cues: Sequence[tuple[int, int]],
    contents: Sequence[tuple[int, int]],
) -> list[tuple[int, list[str]]]:
    """Features of every candidate word: verbs, nouns and adjectives outside quotations.

    Args:
        doc: a parsed ``Doc``.
        marks: paired quotation marks as character spans (``quotes_marks.pair_quote_marks``).
        cues: character spans of the rules' cues.
        contents: character spans of the rules' contents.

    Returns:
        (token index, feature strings) in text order.
    """
    quoted_sents = {doc[i].sent.start for a, _ in marks for i in _token_at(doc, a)}
    rows = []
    for token in doc:
        if token.pos_ not in CANDIDATE_POS or inside(token.idx, marks):
            continue
        rule = _within(token, cues)
        nested = any(a <= token.idx < b for a, b in contents)
        features = _word_features(token, rule) + _context_features(token, rule, nested)
        markers = [marker.split("|")[0] for marker in _complement_markers(token)]
        features += evidence_features(token, markers, _subject_kind(token), _any_lexnames)
        if not rule and (_within(token.head, cues) or _within(token.head.head, cues)):
            features.append(f"hr|{token.pos_}")  # "said in a statement": part of a rule cue
        if token.sent.start in quoted_sents:
            features.append("qs")
        if any(is_mark(doc[i]) for i in range(max(0, token.i - 3), min(len(doc), token.i + 4))):
            features.append("qa")
        rows.append((token.i, features))
    return rows


def _within(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= token.idx < b for a, b in spans)


def _token_at(doc: Doc, char: int) -> list[int]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return [span.start] if span is not None and len(span) else []


def _word_features(token: Token, rule: bool) -> list[str]:
    """The word itself: lemma, form, tag, label, entity, and WordNet's files for it."""
    key, pos = lemma(token), token.pos_
    features = [
        f"l={key}", f"w={token.lower_}", f"t={token.tag_}", f"d={token.dep_}",
        f"l|d={key}|{token.dep_}", f"l|p={key}|{pos}", f"e={token.ent_type_}", f"r={rule}|{pos}",
        f"l|r={key}|{rule}", f"lex={key in ALL_CUES}|{pos}",
    ]  # fmt: skip
    if token.is_title and not token.is_sent_start:
        features.append(f"cap|{pos}")
    for name in _lexnames(key, pos):
        features.append(f"wn={name}")
        features.append(f"wn|d={name}|{token.dep_}")
    features.extend(sense_features(key, pos))
    return features


def _context_features(token: Token, rule: bool, nested: bool) -> list[str]:
    """The word's place in the tree: head, children, subject, nesting."""
    key, head = lemma(token), token.head
    features = [f"h={lemma(head)}", f"hp={head.pos_}", f"hd={head.dep_}|{token.dep_}"]
    for child in token.children:
        features.append(f"c={child.dep_}|{token.pos_}")
        features.append(f"l|c={key}|{child.dep_}")
        if child.dep_ in ("prep", "agent", "prt", "mark"):
            features.append(f"cp={child.lower_}|{token.pos_}")
            features.append(f"l|cp={key}|{child.lower_}")
    features += [f"cm={marker}|{token.pos_}" for marker in _complement_markers(token)]
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is not None and after.text == ":":
        features.append(f"colon|{token.pos_}")  # "boomed: ...", "a simple message: ..."
    subject = _subject_kind(token)
    features += [f"s={subject}|{token.pos_}", f"l|s={key}|{subject}"]
    if nested:
        features += ["in", f"in|r={rule}"]
    return features


def _complement_markers(token: Token) -> list[str]:
    """How each clause after the word opens: "that", "to", "whether", a wh-word, or "bare"
    ("claim that ...", "plan to ...", "asked whether ...", "did not say when ...")."""
    markers = []
    for child in token.rights:
        if child.dep_ not in CLAUSE_DEPS:
            continue
        opener = next((
            left.lower_ for left in child.lefts
            if left.dep_ in ("mark", "aux") and left.lower_ in CLAUSE_OPENERS
            or left.tag_ in WH_TAGS
        ), "bare")
        markers.append(f"{opener}|{child.dep_}")
    return markers


def _subject_kind(token: Token) -> str:
    """PERSON, ORG (and other named groups), PRON, NOUN or none: who holds the attribution."""
    subjects = [child for child in token.children if child.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ == "acomp":
        subjects = [child for child in token.head.children if child.dep_ in SUBJECT_DEPS]
    if not subjects:
        possessors = [child for child in token.children if child.dep_ == "poss"]
        return f"poss-{possessors[0].pos_}" if possessors else "none"
    subject = subjects[0]
    if subject.ent_type_ in NAME_LABELS:
        return subject.ent_type_
    return subject.pos_


def _any_lexnames(key: str, pos: str) -> tuple[str, ...]:
    """Lexicographer files of a word of any part of speech (none but for the three scored)."""
    return _lexnames(key, pos) if pos in CANDIDATE_POS else ()


@lru_cache(maxsize=8192)
def _lexnames(key: str, pos: str) -> tuple[str, ...]:
    """Lexicographer files of a word's two commonest senses; empty without WordNet."""
    letter = {"VERB": "v", "NOUN": "n", "ADJ": "a"}[pos]
    return tuple(sorted({synset.lexname for synset in wordnet.synsets(key, letter)[:2]}))


def score_tokens(
    doc: Doc,
    marks: list[tuple[int, int]],
    cues: Sequence[tuple[int, int]],
    contents: Sequence[tuple[int, int]],
    model: CueModel,
) -> dict[int, float]:
    """Probability that each candidate word heads a cue, by token index.

    Args:
        doc, marks, cues, contents: as for :func:`token_features`.
        model: fitted weights; with a projection, each word's sentence is read by the sentence
            model (a word it cannot read weighs as the mean vector).

    Returns:
        token index -> probability, for verbs, nouns and adjectives outside quotations.
    """
    rows = token_features(doc, marks, cues, contents)
    vectors = quotes_vectors.word_vectors(doc, [i for i, f in rows if model.reads(f)])
    return {i: model.probability(f, vectors.get(i)) for i, f in rows}


def refine_cues(ctx: Context, found: list[Found]) -> list[Found]:
    """Drop rule quotes whose cue the model scores very low and add quotes around words it is
    confident about (in two pieces for a relative clause's moved-out pronoun,
    ``quotes_extracted``); the rules' list unchanged when no model is loaded.

    Args:
        ctx: the document's quote-finding context.
        found: the rules' quotes.

    Returns:
        The kept quotes followed by the added ones (unsorted), less those nested in a quote
        the model is sure of.
    """
    model = active_model()
    if model is None:
        return found
    cues = [item.cue for item in found if item.cue is not None]
    scores = score_tokens(ctx.doc, ctx.marks, cues, [item.content for item in found], model)
    kept = [item for item in found if not gated(ctx.doc, item, scores, model.gate)]
    taken = [item.cue for item in found if item.cue is not None]
    added = []
    for i, score in scores.items():
        token = ctx.doc[i]
        if score < model.add or any(a <= token.idx < b for a, b in taken):
            continue
        pieces = from_extracted(ctx, token) or [read_added(ctx, token) or read_plainly(ctx, token)]
        if any(item is None or item.cue is None for item in pieces):
            continue
        if holds_a_cue(pieces[0].source, taken):
            continue
        if not same_colon_reading(ctx.doc.text, pieces[-1], kept + added):
            added.extend(pieces)
            taken.append(pieces[0].cue)
    return unnested(ctx.doc, kept, added, scores, model.add, model.projection is not None)
