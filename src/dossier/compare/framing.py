"""Framing: the same thing named differently by different outlets, found from the corpus itself.

No word list says which words are loaded. Two signals come from the articles:

- **Naming.** Noun phrases that fill the same slot in similar contexts in different articles
  ("the largest since the beginning of X", "since X began", "X in <year>") are candidates for one
  concept. The slot is the chain of words governing the phrase (prepositions, the governing noun or
  verb, a superlative or subordinator on the way) plus the phrase's own prepositional attachments,
  weighted by how rare each word is in the corpus. A pair counts only when the two outlets are
  *exclusive* in their choice: neither article ever uses the other's head noun. Plain synonyms used
  by every outlet alike ("talks", "negotiations") therefore never pair up.
- **Status descriptions.** Participles describing place-like nouns ("districts administered by X",
  "occupied valleys"), where a noun is place-like when the corpus attaches lists of proper names or
  a named place to it. Descriptions of the same places by different outlets, sharing a named
  neighbour, with different participles, form a group.

A group is kept when at least two outlets use different terms and the alignment is supported by
more than one pair of mentions (a single coincidental pair is common in a small corpus).

Known limits: English only; the slot signal needs the concept to recur in parallel sentences
across articles; a term only one outlet uses in an unparalleled sentence is not found.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

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


# Entity labels whose tokens are values, not names of a concept.
VALUE_LABELS = {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
# Parts of speech carrying no slot information.
SKIP_POS = {"DET", "PRON", "AUX", "PUNCT", "CCONJ", "PART", "SPACE", "SYM", "X"}
# "of" only links a noun to the noun it depends on: "the beginning of X" must match "X began".
LINKING_WORDS = {"of"}
# Content words governing a phrase that make up its slot; prepositions on the way come free, so 2
# reaches "the largest since the beginning of X" (beginning, largest) and "since X began".
SLOT_HOPS = 2
# A crude stem: the first five letters of the lemma join "beginning" and "begin", "withdrawal" and
# "withdraw"; collisions only add weak shared features.
STEM_LETTERS = 5
# Thresholds below were set by reading the aligned pairs on the Istanbul development corpus and our
# own test articles; the report of the framing task lists how the scores move when they change.
# Weighted cosine of two slots to align them (at 0.4 unrelated pairs such as "the presence of" and
# "under the chairmanship of" start founding groups).
MIN_SLOT_SIMILARITY = 0.5
# Words two slots must share: one shared word ("said") is chance, however rare.
MIN_SHARED_FEATURES = 2
# Cosine to a group's average slot for attaching one more outlet's term; lower than the founding
# threshold because the candidate must also share a word most members have.
ATTACH_SIMILARITY = 0.25
# Pairs of aligned mentions a naming group needs (one pair alone is often chance).
MIN_SUPPORT = 2
# Adjectives that locate or count rather than evaluate (language, not story).
NEUTRAL_MODIFIERS = {"first", "second", "third", "last", "next", "new", "other", "same", "such",
                     "many", "several", "few", "more", "most", "possible", "own", "previous"}
# Prepositions that put something in a place (language, not story); "between" is left out because
# it as often joins parties ("talks between the delegations of X and Y").
PLACE_PREPOSITIONS = {"in", "on", "from", "into", "across", "throughout", "within", "inside", "over"}
# Dependents that modify a head noun and may load it ("full-scale", "X's").
MODIFIER_DEPS = {"amod", "compound", "poss", "nummod", "advmod", "npadvmod"}


@dataclass(slots=True)
class _Mention:
    doc_id: str
    outlet: str
    key: str  # head lemma (naming) or participle lemma (status)
    text: str
    loading: int  # number of evaluative modifiers
    evidence: models.Evidence
    features: frozenset[str]
    place: str = ""  # the described noun, for status mentions


def find_framing(docs: Sequence[tuple[models.Document, Doc]]) -> list[FramingGroup]:
    """Group the different terms outlets use for one concept, with the articles using each.

    Args:
        docs: each article with its parsed spaCy ``Doc`` (needs a parser, tagger, lemmatizer and NER).

    Returns:
        Groups where at least two outlets use different terms, strongest first. An article without
        an outlet counts as its own outlet (its ``doc_id``).
    """
    naming = _naming_groups([m for d, doc in docs for m in _noun_mentions(d, doc)])
    places = _place_lemmas(doc for _, doc in docs)
    status = _status_groups([m for d, doc in docs for m in _status_mentions(d, doc, places)])
    return sorted(naming + status, key=lambda g: -g.score)


def _outlet(document: models.Document) -> str:
    return document.outlet or document.doc_id


def _evidence(document: models.Document, sentence: Span) -> models.Evidence:
    return models.Evidence(doc_id=document.doc_id, outlet=document.outlet, start=sentence.start_char,
                           end=sentence.end_char, sentence=sentence.text.strip(),
                           published=document.published)


def _stem(token: Token) -> str:
    return token.lemma_.lower()[:STEM_LETTERS]


def _noun_mentions(document: models.Document, doc: Doc) -> list[_Mention]:
    """Every noun chunk headed by a common noun that is not a date or amount."""
    found = []
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.pos_ != "NOUN" or head.ent_type_ in VALUE_LABELS or not head.is_alpha:
            continue
        text = _join([t for t in chunk if t.pos_ not in {"DET", "PRON"}]) or head.text
        found.append(_Mention(doc_id=document.doc_id, outlet=_outlet(document), key=head.lemma_.lower(),
                              text=text, loading=_loading(head), evidence=_evidence(document, head.sent),
                              features=_slot(head)))
    return found


def _join(tokens: Sequence[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip(" ,\u2014-")


def _loading(head: Token) -> int:
    """How many evaluative modifiers the head carries (counts and ordinals are not evaluative)."""
    return sum(1 for c in head.children if c.dep_ in MODIFIER_DEPS and c.ent_type_ not in VALUE_LABELS
               and c.lemma_.lower() not in NEUTRAL_MODIFIERS and c.pos_ not in SKIP_POS)


def _slot(head: Token) -> frozenset[str]:
    """The words that place a phrase in its sentence: its governors and its own attachments.

    Only content words (nouns, verbs, adjectives) use up a hop; prepositions and subordinators on
    the way are kept as features, and "of" is passed over, so "the largest since the beginning of
    X" and "the largest since X began" reach the same words.
    """
    features, path, token, hops = set(), [head], head, 0
    while hops < SLOT_HOPS and token.head.i != token.i:
        token = token.head
        path.append(token)
        if token.pos_ in SKIP_POS or token.lower_ in LINKING_WORDS:
            continue
        features.add(_stem(token))
        hops += token.pos_ not in {"ADP", "SCONJ"}
        features.update(_stem(c) for c in token.children
                        if c not in path and (c.dep_ == "mark" or c.tag_ in {"JJS", "RBS"}))
    for child in head.children:
        if child.dep_ == "prep":
            features.update(_stem(t) for t in child.subtree
                            if t.pos_ not in SKIP_POS and t.lower_ not in LINKING_WORDS)
    return frozenset(features)


def _naming_groups(mentions: list[_Mention]) -> list[FramingGroup]:
    """Align mentions across outlets by slot, join aligned pairs, keep well-supported groups."""
    usage: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        usage[mention.key].add(mention.outlet)
    weights = _idf(m.features for m in mentions)
    pairs = _aligned_pairs(mentions, weights, usage)
    groups = []
    for members, support in _components(len(mentions), pairs):
        if support < MIN_SUPPORT:
            continue
        members = members + _attach(members, mentions, weights, usage)
        group = _build_group([mentions[i] for i in members], mentions, usage, kind="naming", support=support)
        if group is not None:
            groups.append(group)
    return groups


def _attach(members: list[int], mentions: list[_Mention], weights: dict[str, float],
            usage: dict[str, set[str]]) -> list[int]:
    """For each outlet missing from a group, its mention closest to the group's shared slot.

    A single article's term often sits in a looser parallel ("since the invasion in <year>") than
    the pairs that founded the group; comparing it with the group's average slot, and requiring a
    word most members share, finds it without letting chance pairs found groups of their own.
    """
    group = [mentions[i] for i in members]
    centroid: dict[str, float] = defaultdict(float)
    for mention in group:
        for feature in mention.features:
            centroid[feature] += 1 / len(group)
    core = {f for f, share in centroid.items() if share >= 0.5}
    keys, outlets = {m.key for m in group}, {m.outlet for m in group}
    best: dict[str, tuple[float, int]] = {}
    for index, mention in enumerate(mentions):
        if mention.outlet in outlets or not mention.features & core \
                or any(usage[mention.key] & usage[k] for k in keys):
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


def _aligned_pairs(mentions: list[_Mention], weights: dict[str, float],
                   usage: dict[str, set[str]]) -> list[tuple[int, int]]:
    """Mutually best-matching mentions of two outlets whose head nouns the outlets never share."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, a in enumerate(mentions):
        for j, b in enumerate(mentions):
            if a.outlet == b.outlet or usage[a.key] & usage[b.key]:
                continue
            cosine, shared = _similarity(a.features, b.features, weights)
            if cosine >= MIN_SLOT_SIMILARITY and shared >= MIN_SHARED_FEATURES \
                    and cosine > best.get((i, b.outlet), (0.0, -1))[0]:
                best[(i, b.outlet)] = (cosine, j)
    return [(i, j) for (i, _), (_, j) in best.items()
            if i < j and best.get((j, mentions[i].outlet), (0.0, -1))[1] == i]


def _components(size: int, pairs: list[tuple[int, int]]) -> list[tuple[list[int], int]]:
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


def _build_group(members: list[_Mention], corpus: list[_Mention], usage: dict[str, set[str]], *,
                 kind: str, support: int, concept: str | None = None) -> FramingGroup | None:
    """Turn aligned mentions into terms; drop the group unless two outlets choose differently."""
    keys = {m.key for m in members}
    if len(keys) < 2 or not _exclusive(keys, {k: usage[k] for k in keys}):
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
    label = concept or min(keys, key=lambda k: (-len(usage[k]), len(k), k))
    return FramingGroup(concept=label, terms=tuple(terms), kind=kind, score=float(support * len(keys)))


def _exclusive(keys: set[str], usage: dict[str, set[str]]) -> bool:
    """True when some two terms are used by disjoint sets of outlets."""
    ordered = sorted(keys)
    return any(not usage[a] & usage[b] for i, a in enumerate(ordered) for b in ordered[i + 1:])


def _place_lemmas(docs: Iterable[Doc]) -> set[str]:
    """Common nouns the corpus attaches to named places: a list of names, or "of" a place."""
    places = set()
    for doc in docs:
        for token in doc:
            if token.pos_ == "NOUN" and (_names_list(token) or _of_place(token)):
                places.add(token.lemma_.lower())
    return places


def _names_list(noun: Token) -> bool:
    """"the A and B districts", "A, B and C districts": coordinated proper names on or with the noun."""
    names = [c for c in noun.children if c.dep_ in {"compound", "appos", "nmod"} and c.pos_ == "PROPN"]
    coordinated = [c for n in names for c in n.conjuncts if c.pos_ == "PROPN"]
    if noun.dep_ == "conj":
        coordinated += [c for c in noun.conjuncts if c.pos_ == "PROPN"]
    return bool(coordinated)


def _of_place(noun: Token) -> bool:
    """"on the territory of X": a noun of a named place, itself the object of a place preposition."""
    located = noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPOSITIONS
    return located and any(c.dep_ == "prep" and c.lower_ == "of" and any(_named_place(g) for g in c.children)
                           for c in noun.children)


def _named_place(token: Token) -> bool:
    """A place name, or a list of proper names ("of A and B")."""
    if token.dep_ != "pobj":
        return False
    if token.ent_type_ in {"GPE", "LOC"}:
        return True
    return token.pos_ == "PROPN" and any(c.pos_ == "PROPN" for c in token.conjuncts)


def _status_mentions(document: models.Document, doc: Doc, places: set[str]) -> list[_Mention]:
    """Participles describing a place-like noun: "X-ed districts", "districts X-ed by", "... were X-ed"."""
    found = []
    for token in doc:
        if token.tag_ != "VBN":
            continue
        described = _described(token)
        if described is None or described.lemma_.lower() not in places:
            continue
        text = _status_text(token, described)
        neighbours = frozenset(t.lemma_.lower() for t in token.sent
                               if t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC"})
        found.append(_Mention(doc_id=document.doc_id, outlet=_outlet(document), key=token.lemma_.lower(),
                              text=text, loading=1, evidence=_evidence(document, token.sent),
                              features=neighbours, place=described.lower_))
    return found


def _described(participle: Token) -> Token | None:
    """The noun a participle describes: its head (amod, acl) or its passive subject's conjuncts."""
    if participle.dep_ in {"amod", "acl"} and participle.head.pos_ == "NOUN":
        return participle.head
    for child in participle.children:
        if child.dep_ == "nsubjpass":
            candidates = [child, *child.conjuncts]
            return next((c for c in candidates if c.pos_ == "NOUN"), None)
    return None


def _status_text(participle: Token, described: Token) -> str:
    """The participle with its adverbs and short prepositional phrases (dates left out)."""
    words = [c for c in participle.children if c.dep_ == "advmod" and c.i < participle.i] + [participle]
    for child in participle.children:
        if child.dep_ in {"agent", "prep"} and child.i > participle.i:
            objects = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in VALUE_LABELS]
            for obj in objects:
                words += [child, *[t for t in obj.lefts if t.dep_ in {"compound", "amod"}], obj]
    if participle.dep_ == "amod":
        words.append(described)
    return _join(sorted(set(words), key=lambda t: t.i))


def _status_groups(mentions: list[_Mention]) -> list[FramingGroup]:
    """Descriptions sharing a named neighbour across outlets, kept when outlets choose differently."""
    usage: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        usage[mention.key].add(mention.outlet)
    pairs = [(i, j) for i, a in enumerate(mentions) for j, b in enumerate(mentions)
             if i < j and a.outlet != b.outlet and a.key != b.key and a.features & b.features]
    groups = []
    for members, support in _components(len(mentions), pairs):
        chosen = [mentions[i] for i in members]
        group = _build_group(chosen, chosen, usage, kind="status", support=support,
                             concept=f"status of {_common_place(chosen)}")
        if group is not None:
            groups.append(group)
    return groups


def _common_place(mentions: list[_Mention]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for mention in mentions:
        counts[mention.place] += 1
    return max(counts, key=lambda w: (counts[w], w))
