"""More evidence for the cue model: what a word's object is, how it is built, who holds it.

Part of quote finding (see ``quotes.py`` and ``quotes_learned``). The model's first features
weigh a word and its construction apart, so "support" weighs the same whatever it takes; most
cues it missed on PolNeAR's training split were such common verbs and nouns, which are cues
only in some frames ("released a statement", "his claim that ...", "X, he argued"). These
features cross the word (its lemma or WordNet lexicographer file) with its frame: the head of
its object and that head's lexicographer file ("made the claim": noun.communication), how a
clause after it opens, what kind of subject it has, quotation marks before and after it in its
sentence, a subject after the verb or a clause before it (inverted reporting), a possessor of a
noun ("Trump's promise"), negation and auxiliaries, and whether its subject is the subject of a
lexicon cue elsewhere in the document (a speaker of the story).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from dossier.annotate.quotes_lexicon import ALL_CUES, lemma
from dossier.annotate.quotes_marks import is_mark

__all__ = ["doc_speakers", "evidence_features"]

Lexnames = Callable[[str, str], Sequence[str]]
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
# Clauses before a verb that it may report ("It is over, she said"; "which he opposed").
LEFT_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "dobj"})
# Pronouns that name a speaker (an "it" subject is not one).
PERSONAL = frozenset({"he", "she", "they", "we", "i"})
# Distances in tokens to the nearest quotation mark are capped here: farther is all one.
MAX_DISTANCE = 6


def evidence_features(
    token: Token, markers: Sequence[str], subject: str, lexnames: Lexnames
) -> list[str]:
    """Crossed features of one candidate word.

    Args:
        token: a verb, noun or adjective outside a quotation.
        markers: how each clause after it opens ("that", "to", "bare"; ``quotes_learned``).
        subject: the kind of its subject ("PERSON", "PRON", "none", ...).
        lexnames: WordNet lexicographer files of a (lemma, spaCy POS); empty without WordNet.

    Returns:
        Feature strings; words of other parts of speech get the same kinds of features.
    """
    key, pos = lemma(token), token.pos_
    files = tuple(lexnames(key, pos))
    features = _object_features(token, files, lexnames)
    for marker in markers or ["none"]:
        features.append(f"l|cm={key}|{marker}")
        features += [f"wn|cm={name}|{marker}" for name in files]
    features += [f"wn|s={name}|{subject}" for name in files]
    features.append(f"t|s={token.tag_}|{subject}")
    features += _quotation_features(token)
    features += _inversion_features(token, lexnames)
    features += _speaker_features(token, files)
    if pos == "NOUN":
        features += _noun_features(token)
    features += _modal_features(token)
    return features


def _object_features(token: Token, files: Sequence[str], lexnames: Lexnames) -> list[str]:
    """Its direct object's head ("released a statement"), and prepositional objects' kinds."""
    key, pos, features = lemma(token), token.pos_, []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            head = lemma(child)
            features += [f"o={head}|{pos}", f"l|o={key}|{head}", f"ocue={head in ALL_CUES}|{pos}"]
            for name in lexnames(head, child.pos_):
                features.append(f"olex={name}|{pos}")
                features += [f"wn|olex={own}|{name}" for own in files]
            if child.ent_type_:
                features.append(f"oent={child.ent_type_}|{pos}")
        if child.dep_ in ("prep", "agent"):
            for grandchild in child.children:
                if grandchild.dep_ != "pobj":
                    continue
                kinds = lexnames(lemma(grandchild), grandchild.pos_)
                features += [f"polex={child.lower_}|{name}|{pos}" for name in kinds]
                if grandchild.ent_type_:
                    features.append(f"pent={child.lower_}|{grandchild.ent_type_}|{pos}")
    return features


def _quotation_features(token: Token) -> list[str]:
    """Quotation marks before and after it in its sentence and how far, and what follows it
    ("said: “...", "argued, “...")."""
    doc, pos = token.doc, token.pos_
    left = [t.i for t in token.sent if t.i < token.i and is_mark(t)]
    right = [t.i for t in token.sent if t.i > token.i and is_mark(t)]
    features = [f"qlr={bool(left)}|{bool(right)}|{pos}"]
    if right:
        features.append(f"qr={min(right[0] - token.i, MAX_DISTANCE)}|{pos}")
    if left:
        features.append(f"ql={min(token.i - left[-1], MAX_DISTANCE)}|{pos}")
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text in (",", ":"):
        features.append(f"np={after.text}|{pos}")
        if after.i + 1 < len(doc) and is_mark(doc[after.i + 1]):
            features.append(f"npq|{pos}")
    end = next((t for t in doc[token.i + 1 : min(len(doc), token.i + 3)] if not t.is_space), None)
    if end is not None and (end.is_sent_end or end.text in (".", "!", "?")):
        features.append(f"end|{pos}")
    return features


def _inversion_features(token: Token, lexnames: Lexnames) -> list[str]:
    """Reporting after its content: a subject after the verb ("..., said Roe"), a clause
    before it ("It is over, she said"), a relative clause ("the plan Roe opposed")."""
    key, pos, features = lemma(token), token.pos_, []
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].i > token.i:
        features.append(f"inv|{pos}")
    before = [c for c in token.lefts if c.dep_ in LEFT_CLAUSE_DEPS]
    if before:
        features += [f"lc={before[0].dep_}|{pos}", f"l|lc={key}|{before[0].dep_}"]
    if token.dep_ in ("relcl", "acl"):
        # the tuple's text (first file of the modified noun) is the feature, as fitted
        features.append(f"rel|h={tuple(lexnames(lemma(token.head), token.head.pos_))[:1]}|{pos}")
        features.append(f"l|rel={key}|{token.dep_}")
    if token.dep_ == "parataxis" or token.head.dep_ == "parataxis":
        features.append(f"para|{pos}")
    return features


def _speaker_features(token: Token, files: Sequence[str]) -> list[str]:
    """Whether who holds it (subject or possessor) is the subject of a lexicon cue elsewhere
    in the document: a speaker of the story attacking or backing something reports."""
    holders = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
    if not holders and token.dep_ in ("acomp", "xcomp"):
        holders = [c for c in token.head.children if c.dep_ == "nsubj"]
    if not holders:
        return []
    cues = doc_speakers(token.doc).get(_speaker_key(holders[0]) or "", frozenset())
    known = bool(set(cues) - {token.i})
    return [f"spk={known}|{token.pos_}"] + [f"spk|wn={known}|{name}" for name in files]


def _noun_features(token: Token) -> list[str]:
    """A noun's possessor ("his claim", "Roe's promise"), prepositions and its role."""
    key, features = lemma(token), []
    for child in token.children:
        if child.dep_ == "poss":
            kind = child.ent_type_ or child.pos_
            features += [f"poss={kind}", f"l|poss={key}|{kind}"]
        if child.dep_ == "prep":
            features.append(f"l|np={key}|{child.lower_}")
    features.append(f"hd|l={token.dep_}|{lemma(token.head)}")
    return features


def _modal_features(token: Token) -> list[str]:
    """Negation, auxiliaries and the word's tag with its lemma ("has not said", "supporting")."""
    pos = token.pos_
    features = [f"neg|{pos}"] if any(c.dep_ == "neg" for c in token.children) else []
    features += [f"aux={c.lower_}|{pos}" for c in token.children if c.dep_ in ("aux", "auxpass")]
    features.append(f"l|t={lemma(token)}|{token.tag_}")
    return features


def _speaker_key(token: Token) -> str | None:
    if token.pos_ == "PRON":
        return token.lower_ if token.lower_ in PERSONAL else None
    return token.lower_ if token.pos_ == "PROPN" or token.ent_type_ else None


_SPEAKERS: dict[int, tuple[Doc, dict[str, frozenset[int]]]] = {}


def doc_speakers(doc: Doc) -> dict[str, frozenset[int]]:
    """Subjects of lexicon verbs in a document (a name's word or a personal pronoun, lower
    case), each with the indices of the verbs it is the subject of; cached for the last few
    documents, as every candidate word asks.

    Args:
        doc: a parsed ``Doc``.

    Returns:
        subject word -> indices of the cue verbs it is the subject of.
    """
    hit = _SPEAKERS.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    found: dict[str, set[int]] = {}
    for token in doc:
        if token.pos_ != "VERB" or lemma(token) not in ALL_CUES:
            continue
        for child in token.children:
            key = _speaker_key(child) if child.dep_ == "nsubj" else None
            if key:
                found.setdefault(key, set()).add(token.i)
    speakers = {key: frozenset(indices) for key, indices in found.items()}
    if len(_SPEAKERS) > 16:
        _SPEAKERS.clear()
    _SPEAKERS[id(doc)] = (doc, speakers)
    return speakers
