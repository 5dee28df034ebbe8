"""Framing: the same thing named differently by different outlets, found from the corpus itself.

No word list says which words are loaded. Two signals come from the articles:

- **Naming** (this module). Noun phrases that fill the same slot in similar contexts in different
  articles ("the largest since the beginning of X", "since X began", "X in <year>") are candidates
  for one concept. The slot is the chain of words governing the phrase (prepositions, the governing
  noun or verb, a superlative or subordinator on the way) plus the phrase's own prepositional
  attachments, weighted by how rare each word is in the corpus. A pair counts only when the two
  outlets are *exclusive* in their choice: neither uses the other's wording, where the wording of a
  marked phrase ("special military operation") is the phrase and that of a plain noun is the noun
  in any form. Plain synonyms used by every outlet alike ("talks", "negotiations") never pair up.
- **Status descriptions** (``framing_status``): participles describing the same places.

Precision comes from asking more than a similar slot of a naming group, all from the corpus:

- **a specific frame.** Both phrases stand in the same relation (object of "of", subject) to the
  same nearest content word ("the beginning of X" / "of Y"), and that word is not a generic
  governor: reporting and light verbs ("said in a statement" / "said in his address") govern
  nouns of every kind, so a frame word governing many different nouns does not count;
- **a marked term.** Some founding pair holds a term with an evaluative modifier: an adjective or
  participle before the noun that does not rank, count or give an origin, a possessor, or a
  hyphenated compound ("full-scale"). Two plain nouns in one slot are usually two different things;
- **recurring names.** A head noun written once in the corpus is a passing description, not a name;
- **support.** Two aligned pairs at least; a group with more than a handful of terms is dropped.

Terms join a founded group when they repeat a member's marked wording word for word (every outlet
writing "full-scale invasion" makes the same choice), or when they are marked or share the
group's frame and sit close to its average slot.

Known limits: English only; the slot signal needs the concept to recur in parallel sentences
across articles; a term only one outlet uses in an unparalleled sentence is not found. spaCy's
context vectors of the small model were measured as a relatedness test for the heads and rejected:
they rate "war" and "hostilities" below unrelated pairs such as "address" and "statement".
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from dossier import models
from dossier.compare.framing_base import (MAX_TERMS, SKIP_POS, VALUE_LABELS, FramingGroup, FramingTerm, Mention,
                                          build_group, components, evidence_of, join_tokens,
                                          outlet_of)
from dossier.compare.framing_status import find_status_groups

__all__ = ["FramingGroup", "FramingTerm", "find_framing"]

# "of" only links a noun to the noun it depends on: "the beginning of X" must match "X began".
LINKING_WORDS = {"of"}
# Parts of speech of slot words that only relate (prepositions, subordinators); they count towards
# similarity but a slot made of them alone is not a parallel.
FUNCTION_POS = {"ADP", "SCONJ"}
# Content words governing a phrase that make up its slot; prepositions on the way come free, so 2
# reaches "the largest since the beginning of X" (beginning, largest) and "since X began".
SLOT_HOPS = 2
# A crude stem: the first five letters of the lemma join "beginning" and "begin", "withdrawal" and
# "withdraw"; collisions only add weak shared features.
STEM_LETTERS = 5
# Weighted cosine of two slots to align them (at 0.4 unrelated pairs such as "the presence of" and
# "under the chairmanship of" start founding groups).
MIN_SLOT_SIMILARITY = 0.5
# Words two slots must share: one shared word ("said") is chance, however rare.
MIN_SHARED_FEATURES = 2
# A frame word governing more than this share of the corpus's different head nouns is generic.
# Measured on the Istanbul / example corpora: "say" 5.7% / 9.4%, "hold" 5.7% / 3.4%, "take" 4.6% /
# 8.4%, against at most 2.5% for the frames of real parallels ("begin", "start"). On a 40-article
# held-out slice "say" reaches 9.7% while light verbs stay under it ("have" 4.9%, "show" 2.1%).
MAX_FRAME_SPREAD = 0.05
# Cosine to a group's average slot for attaching one more outlet's term; lower than the founding
# threshold because the candidate must also be marked or share the frame, and share a word most
# members have.
ATTACH_SIMILARITY = 0.25
# Pairs of aligned mentions a naming group needs (one pair alone is often chance). Articles
# repeating a member's marked wording word for word join the group and add to its score.
MIN_SUPPORT = 2
# Uses in the corpus a head noun needs to found a group: a name for a recurring referent recurs,
# while a noun written once ("the aftermath", "a spot") is a passing description.
MIN_TERM_USES = 2
# Adjectives that locate or count rather than evaluate (language, not story).
NEUTRAL_MODIFIERS = {"first", "second", "third", "last", "next", "new", "other", "same", "such",
                     "many", "several", "few", "more", "most", "possible", "own", "previous"}
# Comparatives and superlatives rank on a scale ("wider", "largest") rather than evaluate.
RANKING_TAGS = {"JJR", "JJS", "RBR", "RBS"}
# Entity labels of modifiers that classify by origin ("Ukrainian", "Turkish"), not evaluate.
ORIGIN_LABELS = {"NORP", "GPE", "LANGUAGE"}


def find_framing(docs: Sequence[tuple[models.Document, Doc]]) -> list[FramingGroup]:
    """Group the different terms outlets use for one concept, with the articles using each.

    Args:
        docs: each article with its parsed spaCy ``Doc`` (needs a parser, tagger, lemmatizer and NER).

    Returns:
        Groups where at least two outlets use different terms, strongest first. An article without
        an outlet counts as its own outlet (its ``doc_id``).
    """
    naming = _naming_groups([m for d, doc in docs for m in _noun_mentions(d, doc)])
    return sorted(naming + find_status_groups(docs), key=lambda g: -g.score)


def _stem(token: Token) -> str:
    return token.lemma_.lower()[:STEM_LETTERS]


def _noun_mentions(document: models.Document, doc: Doc) -> list[Mention]:
    """Every noun chunk headed by a common noun that is not a date or amount."""
    found = []
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.pos_ != "NOUN" or head.ent_type_ in VALUE_LABELS or not head.is_alpha:
            continue
        text = join_tokens([t for t in chunk if t.pos_ not in {"DET", "PRON"}]) or head.text
        marks = _marks(head)
        features, frame = _slot(head)
        found.append(Mention(doc_id=document.doc_id, outlet=outlet_of(document), key=head.lemma_.lower(),
                             text=text, loading=len(marks), evidence=evidence_of(document, head.sent),
                             features=features, label=_label(head, marks), frame=frame, role=head.dep_))
    return found


def _marks(head: Token) -> list[Token]:
    """The modifiers that make a noun phrase a choice of words rather than a plain name.

    Adjectives and participles count unless they rank, count or give an origin; a possessor counts
    ("the Kremlin's war" assigns the act), and so does a hyphenated compound ("full-scale"). Only
    modifiers before the noun: one after it ("the people present") locates rather than evaluates.
    """
    marks = []
    for child in head.lefts:
        if child.ent_type_ in VALUE_LABELS or child.pos_ in SKIP_POS:
            continue
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            marks.append(child)
        elif child.dep_ in {"amod", "compound"} and any(c.tag_ == "HYPH" for c in child.children):
            marks.append(child)
        elif child.dep_ == "amod" and child.pos_ in {"ADJ", "VERB"} and child.tag_ not in RANKING_TAGS \
                and child.ent_type_ not in ORIGIN_LABELS and child.lemma_.lower() not in NEUTRAL_MODIFIERS:
            marks.append(child)
    return marks


def _label(head: Token, marks: list[Token]) -> str:
    """The wording judged for exclusivity: the evaluative modifiers and the head, or the head alone.

    Possessors are left out: "Russia's war" and "the Kremlin's war" are one wording of "war".
    """
    words = sorted((t for m in marks if m.dep_ != "poss" for t in m.subtree if t.is_alpha), key=lambda t: t.i)
    return " ".join([*(t.lemma_.lower() for t in words), head.lemma_.lower()])


def _slot(head: Token) -> tuple[frozenset[str], str]:
    """The words that place a phrase in its sentence, and the nearest content word among them.

    The slot holds the phrase's governors and its own attachments. Only content words use up a
    hop; prepositions and subordinators on the way are kept as features, and "of" is passed over,
    so "the largest since the beginning of X" and "the largest since X began" reach the same words.
    The frame is the first content governor ("beginning" in both).
    """
    features: set[str] = set()
    path, token, hops, frame = [head], head, 0, ""
    while hops < SLOT_HOPS and token.head.i != token.i:
        token = token.head
        path.append(token)
        if token.pos_ in SKIP_POS or token.lower_ in LINKING_WORDS:
            continue
        features.add(_stem(token))
        if token.pos_ not in FUNCTION_POS:
            hops += 1
            frame = frame or _stem(token)
        features.update(_stem(c) for c in token.children
                        if c not in path and (c.dep_ == "mark" or c.tag_ in {"JJS", "RBS"}))
    for child in head.children:
        if child.dep_ == "prep":
            features.update(_stem(t) for t in child.subtree
                            if t.pos_ not in SKIP_POS and t.lower_ not in LINKING_WORDS)
    return frozenset(features), frame


def _naming_groups(mentions: list[Mention]) -> list[FramingGroup]:
    """Align mentions across outlets by slot, join aligned pairs, keep well-supported marked groups."""
    usage = _usage(mentions)
    weights = _idf(m.features for m in mentions)
    pairs = _aligned_pairs(mentions, _recurring(mentions), weights, usage, _generic_frames(mentions))
    groups = []
    for members, _ in components(len(mentions), pairs + _wording_links(pairs, mentions)):
        inside = set(members)
        founding = [(i, j) for i, j in pairs if i in inside]
        if not any(mentions[i].loading or mentions[j].loading for i, j in founding):
            continue
        if len(founding) < MIN_SUPPORT:
            continue
        repeated = _same_wording(members, mentions)
        members = members + repeated + _attach(members, mentions, weights, usage)
        group = build_group([mentions[i] for i in members], mentions, usage, kind="naming",
                            support=len(founding) + len(repeated))
        if group is not None:
            groups.append(group)
    return groups


def _recurring(mentions: list[Mention]) -> list[int]:
    """Indexes of the mentions whose head noun is used at least ``MIN_TERM_USES`` times."""
    uses: dict[str, int] = defaultdict(int)
    for mention in mentions:
        uses[mention.key] += 1
    return [i for i, m in enumerate(mentions) if uses[m.key] >= MIN_TERM_USES]


def _wording_links(pairs: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Join aligned mentions that are one term: an outlet's same wording, or a marked wording anywhere."""
    first: dict[tuple[str, str], int] = {}
    links = []
    for index in sorted({k for pair in pairs for k in pair}):
        mention = mentions[index]
        links.append((first.setdefault((mention.outlet, mention.label), index), index))
        if mention.label != mention.key:
            links.append((first.setdefault(("", mention.label), index), index))
    return [(i, j) for i, j in links if i != j]


def _usage(mentions: list[Mention]) -> dict[str, set[str]]:
    """Outlets using each head noun (in any form) and each marked wording."""
    usage: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        usage[mention.key].add(mention.outlet)
        usage[mention.label].add(mention.outlet)
    return usage


def _same_wording(members: list[int], mentions: list[Mention]) -> list[int]:
    """One mention per further article using a member's marked wording word for word.

    The exclusive choice is the wording, so every outlet writing "full-scale invasion" makes it,
    even where its sentence has no parallel in the outlet that founded the group.
    """
    wordings = {mentions[i].label for i in members if mentions[i].label != mentions[i].key}
    seen = {mentions[i].doc_id for i in members}
    found = []
    for index, mention in enumerate(mentions):
        if mention.label in wordings and mention.doc_id not in seen:
            seen.add(mention.doc_id)
            found.append(index)
    return found


def _generic_frames(mentions: list[Mention]) -> set[str]:
    """Frame words that govern too many different head nouns to tell a concept apart.

    In a small corpus the share is not measurable, and a concept's own names may all hang on its
    frame, so a frame governing no more heads than a group may hold is never generic.
    """
    heads: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        heads[mention.frame].add(mention.key)
    limit = max(MAX_TERMS, MAX_FRAME_SPREAD * len({m.key for m in mentions}))
    return {f for f, keys in heads.items() if len(keys) > limit} | {""}


def _exclusive_pair(a: Mention, b: Mention, usage: dict[str, set[str]]) -> bool:
    """Different heads, and no outlet uses both wordings."""
    return a.key != b.key and not usage[a.label] & usage[b.label]


def _parallel(a: Mention, b: Mention, generic: set[str]) -> bool:
    """Both phrases stand in the same relation to the same specific word ("the beginning of X")."""
    return a.frame == b.frame and a.role == b.role and a.frame not in generic


def _attach(members: list[int], mentions: list[Mention], weights: dict[str, float],
            usage: dict[str, set[str]]) -> list[int]:
    """For each outlet missing from a group, its marked mention closest to the group's shared slot.

    A single article's term often sits in a looser parallel ("since the invasion in <year>") than
    the pairs that founded the group; comparing it with the group's average slot, and requiring a
    word most members share and an evaluative modifier, finds it without letting chance pairs found
    groups of their own.
    """
    group = [mentions[i] for i in members]
    centroid: dict[str, float] = defaultdict(float)
    for mention in group:
        for feature in mention.features:
            centroid[feature] += 1 / len(group)
    core = {f for f, share in centroid.items() if share >= 0.5}
    outlets, frames = {m.outlet for m in group}, {m.frame for m in group}
    best: dict[str, tuple[float, int]] = {}
    for index, mention in enumerate(mentions):
        framed = mention.loading or mention.frame in frames
        if mention.outlet in outlets or not framed or not mention.features & core \
                or not all(_exclusive_pair(mention, m, usage) for m in group):
            continue
        score = _centroid_similarity(mention.features, centroid, weights)
        if score >= ATTACH_SIMILARITY and score > best.get(mention.outlet, (0.0, -1))[0]:
            best[mention.outlet] = (score, index)
    return [index for _, index in best.values()]


def _centroid_similarity(features: frozenset[str], centroid: dict[str, float],
                         weights: dict[str, float]) -> float:
    norm = math.sqrt(sum(weights[f] ** 2 for f in features)
                     * sum((weights[f] * share) ** 2 for f, share in centroid.items()))
    return sum(weights[f] ** 2 * centroid[f] for f in features if f in centroid) / norm if norm else 0.0


def _idf(bags: Iterable[frozenset[str]]) -> dict[str, float]:
    bags = list(bags)
    counts: dict[str, int] = defaultdict(int)
    for bag in bags:
        for feature in bag:
            counts[feature] += 1
    return {f: math.log(len(bags) / c) for f, c in counts.items()}


def _similarity(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> tuple[float, int]:
    """Weighted cosine of two slots and the number of words they share."""
    shared = a & b
    if not shared:
        return 0.0, 0
    norm = math.sqrt(sum(weights[f] ** 2 for f in a) * sum(weights[f] ** 2 for f in b))
    cosine = sum(weights[f] ** 2 for f in shared) / norm if norm else 0.0
    return cosine, len(shared)


def _aligned_pairs(mentions: list[Mention], candidates: list[int], weights: dict[str, float],
                   usage: dict[str, set[str]], generic: set[str]) -> list[tuple[int, int]]:
    """Mutually best-matching mentions of two outlets with exclusive wordings and a specific slot."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i in candidates:
        a = mentions[i]
        for j in candidates:
            b = mentions[j]
            if a.outlet == b.outlet or not _exclusive_pair(a, b, usage):
                continue
            cosine, shared = _similarity(a.features, b.features, weights)
            if cosine >= MIN_SLOT_SIMILARITY and shared >= MIN_SHARED_FEATURES \
                    and cosine > best.get((i, b.outlet), (0.0, -1))[0] and _parallel(a, b, generic):
                best[(i, b.outlet)] = (cosine, j)
    return [(i, j) for (i, _), (_, j) in best.items()
            if i < j and best.get((j, mentions[i].outlet), (0.0, -1))[1] == i]
