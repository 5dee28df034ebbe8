"""Actors named by noun phrases, with or without a proper name ("police", "rebels in the north").

Split out of ``arguments`` (which gives named parties their roles in one event) because this is a
job of its own, used by the event-type classifier and the PLOVER actor reader as well: find the
token that names the actor of a noun phrase (through partitives, authors and owners), and cut the
phrase into actor texts ("US and British forces" is two actors).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.frames import PRONOUNS
from dossier.extract.ontology import GROUP_NOUNS, PARTITIVES

ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
NOT_IN_PHRASE = frozenset({"relcl", "advcl", "ccomp", "npadvmod"})
NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def is_pronoun(token: Token) -> bool:
    """A pronoun ("it", "they") rather than a name that looks like one ("US")."""
    return token.pos_ == "PRON" or (token.lower_ in PRONOUNS and token.pos_ != "PROPN")


def actor_like(head: Token) -> bool:
    """A name, a nationality, or a noun for people, a group or an institution."""
    if is_pronoun(head) or head.ent_type_ in NON_ACTOR_ENTITIES:
        return False
    return head.pos_ == "PROPN" or head.ent_type_ in ACTOR_ENTITIES or head.lemma_.lower() in GROUP_NOUNS


def actor_head(head: Token, owner: bool = True) -> Token | None:
    """The token naming the actor of a noun phrase: the head itself, the "of" phrase of a
    partitive ("thousands of students"), the author of a thing ("calls by X", "a demand from X"), an
    owner or nationality ("Sweden's decision", "an Indian proposal") when ``owner`` is set, the "of"
    phrase of a thing ("positions of the army"), or None."""
    inner = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    partitive = head.lower_ in PARTITIVES or head.lemma_.lower() in PARTITIVES or head.pos_ == "NUM"
    if inner is not None and partitive:
        return actor_head(inner, owner)
    if actor_like(head):
        return head
    if inner is not None and inner.pos_ == "PROPN":
        return inner
    author = _author(head) if inner is None or not actor_like(inner) else None  # "withdrawal of X from Y": X
    if author is not None:
        return author
    named = next((c for c in head.children if c.dep_ == "poss" and actor_like(c) or c.dep_ in {"amod", "compound", "nmod"}
                  and c.ent_type_ in ACTOR_ENTITIES), None)
    if owner and named is not None:
        return named
    return inner if inner is not None and actor_like(inner) else None


def _author(head: Token) -> Token | None:
    """Who a thing comes from: "calls by X", "a demand from X", "a protest staged by X"."""
    agents = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"by", "from"} for p in c.children
              if p.dep_ == "pobj"]
    agents += [p for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for agent in agents:
        if actor_like(agent) or any(c.dep_ in {"poss", "amod", "compound"} and actor_like(c) for c in agent.children):
            return agent
    return None


def noun_phrases(head: Token) -> list[str]:
    """Texts of the actors a head names: its noun phrase without article, relative clause or time
    ("the rebels in the north who ..." -> "rebels in the north"), split at "and" into actors
    ("X and Y", "US and British forces"); a name after ", or" is another name of the same actor."""
    members = [head] + [c for c in head.conjuncts if c.i > head.i and actor_like(c) and not _alias(c)]
    split = {m.i for m in members}
    texts = []
    for member in members:
        texts += _split_modifiers(member, split)
    return list(dict.fromkeys(t for t in texts if t))


def _alias(conjunct: Token) -> bool:
    """"the Agency, or IAEA": a name joined by a comma and "or" renames the actor before it."""
    doc, start = conjunct.doc, conjunct.left_edge.i
    return start >= 2 and doc[start - 1].lower_ == "or" and doc[start - 2].text == ","


def _split_modifiers(head: Token, split: set[int]) -> list[str]:
    for modifier in (c for c in head.children if c.dep_ in {"amod", "compound", "nmod"}):
        others = [o for o in modifier.conjuncts if o.i > modifier.i]
        if others and all(o.pos_ in {"ADJ", "PROPN"} or o.ent_type_ in ACTOR_ENTITIES for o in others):
            split = split | {o.i for o in others}
            return [_phrase_text(head, split, (modifier, other)) for other in [modifier, *others]]
    return [_phrase_text(head, split, None)]


def _phrase_text(head: Token, split: set[int], swap: tuple[Token, Token] | None) -> str:
    kept = _phrase_tokens(head, split)
    if swap is not None and swap[0].i != swap[1].i:
        removed = {t.i for t in _phrase_tokens(swap[0], split)}
        at = next(n for n, t in enumerate(kept) if t.i in removed)
        kept = [t for t in kept if t.i not in removed]
        kept[at:at] = _phrase_tokens(swap[1], split)
    while kept and (kept[0].dep_ == "det" and kept[0].ent_iob_ == "O" or kept[0].is_punct):
        kept = kept[1:]
    while kept and (kept[-1].is_punct and kept[-1].text != ")" or kept[-1].dep_ in {"cc", "prep", "case"}):
        kept = kept[:-1]
    pieces = [t.text + (t.whitespace_ if n + 1 < len(kept) and kept[n + 1].i == t.i + 1 else " ")
              for n, t in enumerate(kept)]
    return "".join(pieces).strip()


def _phrase_tokens(head: Token, split: set[int]) -> list[Token]:
    kept, stack = {head.i}, [head]
    while stack:
        for child in stack.pop().children:
            if child.i in split and child.i != head.i or not _in_phrase(child):
                continue
            kept.add(child.i)
            stack.append(child)
    tokens = [head.doc[i] for i in sorted(kept)]
    appositive = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
    comma = next((t.i for t in tokens if t.i > head.i and t.text == "," and t.i + 1 not in appositive), None)
    return [t for t in tokens if comma is None or t.i < comma]


def _in_phrase(child: Token) -> bool:
    if child.dep_ in NOT_IN_PHRASE:
        return False
    if child.dep_ == "cc":  # "and" stays only inside one actor ("helicopters and tanks")
        return not any(c.dep_ == "conj" and actor_like(c) for c in child.head.children)
    if child.dep_ == "prep":  # "on Tuesday", "for three hours", "by dumping": time and means
        objects = [p for p in child.children if p.dep_ in {"pobj", "pcomp"}]
        return not any(p.ent_type_ in NON_ACTOR_ENTITIES or p.dep_ == "pcomp" for p in objects)
    return child.ent_type_ not in {"DATE", "TIME"}
