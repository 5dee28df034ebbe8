"""The long tail of reporting verbs, from WordNet: "bemoaned", "proclaimed", "scolded".

Part of quote finding (see ``quotes.py``). The hand lexicon in ``quotes_lexicon`` names the common
cues; WordNet adds verbs of saying it does not list. Such a verb is a cue only in a frame that
makes it an attribution: a "that" clause, or a quotation in or right after its object. WordNet
files many verbs of obligation and permission under communication too ("allow", "ensure",
"require"), so a verb counts only when one of its commonest senses sits below the sense of a hand
listed speech verb ("bemoan" below "complain", "proclaim" below "declare"). Without WordNet
nothing is added, and quote finding works from the hand lexicon alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.annotate.quotes_lexicon import ALL_CUES, CUE_LEMMAS, NAME_LABELS, lemma

# How many senses of a word count, and how far up its hypernyms may reach a hand-listed speech
# verb's sense: deeper chains and rarer senses reach "say" from almost any verb of doing.
SENSES = 2
DEPTH = 3
SPEECH_LEXNAMES = frozenset({"verb.communication"})
# Verbs of knowing and perceiving: attributions of belief when they take a "that" clause.
THOUGHT_LEXNAMES = frozenset({"verb.cognition", "verb.perception"})
# Subjects that hold no belief: "it shows that", "this means that", "which proves that".
NON_HOLDERS = frozenset({"it", "this", "that", "which", "what", "there"})
# Verbs of making sure, requiring, permitting and wagering that WordNet files next to speech verbs
# ("ensure" shares a sense with "assure"): with a "that" clause they bring about, not report.
NOT_SPEECH = frozenset(
    "ensure insure guarantee require bet allow permit let mean enable oblige entitle".split()
)


@lru_cache(maxsize=1)
def _anchors() -> frozenset[int]:
    """Offsets of the commonest communication sense of every hand-listed speech verb."""
    offsets = set()
    for word in CUE_LEMMAS:
        for synset in wordnet.synsets(word, "v")[:1]:
            if synset.lexname in SPEECH_LEXNAMES:
                offsets.add(synset.offset)
    return frozenset(offsets)


@lru_cache(maxsize=4096)
def is_speech_lemma(key: str) -> bool:
    """Whether a verb lemma outside the hand lexicon is a verb of saying by WordNet.

    Args:
        key: a lower-cased verb lemma.

    Returns:
        True when one of its commonest communication senses lies within a few hypernym steps of
        a hand-listed speech verb's sense; False when WordNet is absent or the lemma is listed.
    """
    if key in ALL_CUES or key in NOT_SPEECH or not wordnet.available():
        return False
    anchors = _anchors()
    for synset in wordnet.synsets(key, "v")[:SENSES]:
        if synset.lexname not in SPEECH_LEXNAMES:
            continue
        if any(offset in anchors for offset, _ in wordnet.hypernym_closure(synset, DEPTH)):
            return True
    return False


def is_wordnet_cue(token: Token, marks: list[tuple[int, int]]) -> bool:
    """A WordNet verb of saying in a frame that makes it an attribution: it governs a "that"
    clause, or a quotation opens inside or right after its object ("proclaimed a goal of “...”").

    Args:
        token: a token of a parsed ``Doc``.
        marks: paired quotation spans (character offsets) of the document.

    Returns:
        False when WordNet is absent, so callers keep the hand lexicon's behaviour.
    """
    if token.pos_ != "VERB":
        return False
    if not is_speech_lemma(lemma(token)):
        return is_thought_lemma(lemma(token)) and _that_clause(token) and _has_holder(token)
    return _that_clause(token) or any(
        child.dep_ in ("dobj", "prep") and _quotes_in(child, marks) for child in token.rights
    )


@lru_cache(maxsize=4096)
def is_thought_lemma(key: str) -> bool:
    """Whether a verb lemma outside the hand lexicon is, in its commonest sense, a verb of
    knowing, judging or perceiving ("notice", "figure", "anticipate"), which PolNeAR counts as
    attribution when it takes a "that" clause; False when WordNet is absent."""
    if key in ALL_CUES or key in NOT_SPEECH or not wordnet.available():
        return False
    synsets = wordnet.synsets(key, "v")
    return bool(synsets) and synsets[0].lexname in THOUGHT_LEXNAMES


def _that_clause(token: Token) -> bool:
    return any(
        child.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.lefts)
        for child in token.rights
    )


def _has_holder(token: Token) -> bool:
    """A subject that can hold a belief: not an expletive or a pronoun for a thing or a fact."""
    subjects = [child for child in token.lefts if child.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ not in NON_HOLDERS


def _quotes_in(child: Token, marks: list[tuple[int, int]]) -> bool:
    """Whether a quotation opens within the object's words (or right after them)."""
    doc = child.doc
    start = child.left_edge.idx
    end_token = min(child.right_edge.i + 1, len(doc) - 1)
    end = doc[end_token].idx + len(doc[end_token].text)
    return any(start <= mark_start < end for mark_start, _ in marks)


# Senses under which a group noun names people ("the crowd", "the public", "the committee").
PEOPLE_GROUPS = ("people", "social_group")
# How far up a group noun's hypernyms "people" or "social group" may lie ("crowd" is three steps
# below "social group").
GROUP_DEPTH = 8


def names_people(token: Token) -> bool:
    """Whether a common noun names a person or a group of people by its commonest WordNet sense
    ("the contractors", "the crowd", "her staff"): as the object of a verb of saying it is the
    addressee, not what was said.

    Args:
        token: the head of a noun phrase.

    Returns:
        False for names (their entity label decides elsewhere), pronouns, and when WordNet is
        absent.
    """
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    senses = wordnet.synsets(token.lemma_.lower(), "n")[:1]
    if not senses:
        return False
    if senses[0].lexname == "noun.person":
        return True
    return senses[0].lexname == "noun.group" and bool(
        _people_offsets() & wordnet.hypernym_closure(senses[0], GROUP_DEPTH)
    )


@lru_cache(maxsize=1)
def _people_offsets() -> frozenset[tuple[int, str]]:
    return frozenset(
        (synset.offset, synset.pos)
        for word in PEOPLE_GROUPS for synset in wordnet.synsets(word, "n")[:1]
    )


# What "citing" may take as where a report's words come from, besides names and people: a
# record or a person named by role ("citing a report", "citing figures", "citing officials").
CITED_SOURCES = frozenset({
    "report", "study", "survey", "poll", "document", "statement", "data", "figure", "source", "record",
    "filing", "memo", "letter", "analysis", "estimate", "transcript", "interview", "email", "research",
    "assessment", "tally", "census", "briefing", "testimony", "official", "expert", "analyst", "witness",
    "diplomat", "person", "people", "resident", "spokesman", "spokeswoman", "spokesperson",
})


def names_a_source(token: Token) -> bool:
    """Whether what "citing" takes names where the words come from ("citing sources", "citing a
    ministry report", "citing TASS"), not a reason given for an act ("citing rising costs",
    "citing health reasons"), whose cue keeps its own subject as the source.

    Args:
        token: the head of the object of "citing".

    Returns:
        True for a name, a pronoun, a person or group of people, or a record (``CITED_SOURCES``).
    """
    if token.ent_type_ in NAME_LABELS or token.pos_ in ("PROPN", "PRON"):
        return True
    return token.lemma_.lower() in CITED_SOURCES or names_people(token)
