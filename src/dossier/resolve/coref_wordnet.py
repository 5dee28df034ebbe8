"""WordNet evidence for event coreference: do two trigger lemmas name related happenings?

The hand-written synonym lists of dossier.resolve.coref_lexicon miss many pairs of lexically
unrelated triggers that still tell of one happening ("killed"/"died", "hit"/"struck",
"election"/"elected"). WordNet 3.0 (read through dossier.annotate.wordnet) links some of them:
a shared sense, or a derivation, cause or entailment pointer ("kill" causes "die"). Only the
commonest sense of a lemma counts, because rarer senses make almost any two news verbs related;
hypernyms, lexicographer files and path similarity were tried too and lowered the cross-validated
score (see dossier.resolve.coref).

A lemma's senses are looked up in the part of speech spaCy gave its trigger (a proper noun as a
noun, an adjective as an adjective or verb, an unknown tag as noun and verb), then widened by one
link so that a noun trigger meets the verb it comes from. Everything is cached per lemma and per
lemma pair. Without WordNet every value is 0 and the scorer falls back to its word lists.
"""

from __future__ import annotations

import functools

from dossier.annotate import wordnet

__all__ = ["WORDNET_FEATURES", "wordnet_evidence"]

# Senses looked at per lemma: the commonest only. Under the two-fold cross-validation that fits
# the weights (dossier.resolve.coref), 1 scored 0.8089 CoNLL F1, 2 scored 0.8051 and 3 0.8066:
# rarer senses link too many unrelated news verbs.
SENSES = 1
# Pointers read as "names the same happening from another side": derivation, cause, entailment,
# verb group and also-see (WordNet's documented pointer symbols).
_BRIDGES = frozenset({"+", ">", "*", "$", "^"})
_POS = {"VERB": ("v",), "AUX": ("v",), "NOUN": ("n",), "PROPN": ("n",), "ADJ": ("a", "v"),
        "NUM": ()}

WORDNET_FEATURES = ("wn_synonym", "wn_bridge")
_EMPTY = (0.0,) * len(WORDNET_FEATURES)

Node = tuple[int, str]  # (synset offset, part of speech)


def _parts_of_speech(pos: str) -> tuple[str, ...]:
    return _POS.get(pos, ("n", "v"))


@functools.lru_cache(maxsize=16384)
def _senses(lemma: str, pos: str) -> tuple[wordnet.Synset, ...]:
    """The commonest senses of a lemma in the parts of speech its spaCy tag allows."""
    found: list[wordnet.Synset] = []
    for part in _parts_of_speech(pos):
        found.extend(wordnet.synsets(lemma, part)[:SENSES])
    return tuple(found)


@functools.lru_cache(maxsize=16384)
def _own(lemma: str, pos: str) -> frozenset[Node]:
    return frozenset((s.offset, s.pos) for s in _senses(lemma, pos))


@functools.lru_cache(maxsize=16384)
def _bridged(lemma: str, pos: str) -> frozenset[Node]:
    """Own senses plus those one derivation, cause, entailment, verb-group or also-see link away."""
    nodes = set(_own(lemma, pos))
    for synset in _senses(lemma, pos):
        nodes.update(synset.targets(_BRIDGES))
    return frozenset(nodes)


@functools.lru_cache(maxsize=131072)
def wordnet_evidence(lemma_a: str, pos_a: str, lemma_b: str, pos_b: str) -> tuple[float, ...]:
    """WordNet relations of two different trigger lemmas, in the order of WORDNET_FEATURES.

    ``wn_synonym``: the lemmas share their commonest sense ("quake"/"temblor").
    ``wn_bridge``: otherwise, a sense of one is a derivation, cause, entailment, verb-group or
    also-see neighbour of a sense of the other, or both reach one sense that way ("kill"/"die",
    "death"/"kill", "hit"/"strike", "election"/"elect").

    Args:
        lemma_a: lower-cased lemma of one trigger.
        pos_a: spaCy coarse tag of that trigger ("VERB", "NOUN"; "" when unknown).
        lemma_b: the other lemma.
        pos_b: its tag.

    Returns:
        A tuple of 0.0/1.0 values; all 0 when WordNet is absent, knows either word not at all, or
        the lemmas are equal (the "same" feature covers that).

    Known limits: adjectives reach nouns only through WordNet's attribute links, so "dead" does
    not meet "kill"; "shoot" and "kill" are unrelated in WordNet's first senses; phrasal triggers
    ("check into") are looked up by their head verb alone.
    """
    if lemma_a == lemma_b or not wordnet.available():
        return _EMPTY
    own_a, own_b = _own(lemma_a, pos_a), _own(lemma_b, pos_b)
    if not own_a or not own_b:
        return _EMPTY
    if own_a & own_b:
        return (1.0, 0.0)
    return (0.0, float(bool(_bridged(lemma_a, pos_a) & _bridged(lemma_b, pos_b))))
