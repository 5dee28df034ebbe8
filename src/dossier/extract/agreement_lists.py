"""Agreements listed after a verb of outcome: one report per item.

"The talks resulted in several agreements: a swap of captives, plans to draft truce terms, and a
second meeting" reports three agreements, each about something else, and each may be told alone by
another outlet ("agreed to draft truce terms"). Read as one agreement, the sentence could join only
one of them. So a colon or "including" list after a plural agreement noun ("agreements", "deals")
that is what a verb of outcome gave ("resulted in", "reached", "produced", "agreed on"), or after a
plural "decisions"/"results"/"points" that talks gave or the sides agreed on, is split into items;
each item is an agreement on what its own words name (an exchange in such a list is an agreement to
exchange, not the exchange happening).

Not lists of agreements: a singular noun ("reached an agreement: both sides withdraw" is one
agreement with its content), a list of names ("agreements with three states: A, B and C"), a noun no
outcome verb governs ("the agreements cover three areas: ..."), a list of one item (the "including"
item then is the theme of the one agreement, see ``themes``).

Known limits: the list is split on commas, semicolons and a coordinating "and"/"or" between item
heads, so an item holding its own comma ("an exchange of the wounded, sick and young") is cut there.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

# Nouns whose plural names several agreements ("several agreements", "two deals").
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "understanding", "arrangement"})
# Nouns whose plural names several agreements only when talks gave them or the sides agreed on them.
OUTCOME_NOUNS = frozenset({"decision", "result", "outcome", "point", "step", "measure"})
# Verbs of which such a noun is what came out ("resulted in agreements", "reached agreements").
OUTCOME_VERBS = frozenset({"result", "produce", "yield", "reach", "bring", "lead", "end", "conclude", "sign",
                           "strike", "secure", "achieve", "seal", "agree", "adopt"})
# Nouns that say how many of the next ("a number of agreements", "a series of deals").
AMOUNT_NOUNS = frozenset({"number", "series", "set", "range", "couple", "host", "package", "raft"})
# Talks and meetings, whose results are what their sides agreed.
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "meeting", "summit", "round", "discussion", "consultation",
                        "conference", "session"})
# Words that open a list after the noun.
LIST_OPENERS = frozenset({":", "including"})
# Longest run of words between the noun and the list opener ("agreements on humanitarian issues:").
MAX_NOUN_TAIL = 6
# Words before an item's head that only qualify it.
ITEM_PREFIX_TAGS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "HYPH", "RB", "``", "''", "-LRB-"})
# Tags an item's head may carry: a noun, or a plural noun or gerund the parser read as a verb.
ITEM_HEAD_TAGS = frozenset({"NN", "NNS", "VBZ", "VBG"})
NAME_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART"})


@dataclass(frozen=True, slots=True)
class ListedItem:
    """One listed agreement: its head word (the trigger) and its tokens."""

    head: Token
    tokens: tuple[Token, ...]

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx

    @property
    def end_char(self) -> int:
        return self.tokens[-1].idx + len(self.tokens[-1].text)


@dataclass(frozen=True, slots=True)
class AgreementList:
    """A list of agreements: the noun that announces them, the verb of outcome, and the items."""

    noun: Token
    verb: Token
    items: tuple[ListedItem, ...]

    def covers(self, token: Token) -> bool:
        """Whether a word is the list's noun, its verb, or inside an item."""
        return token.i in {self.noun.i, self.verb.i} or any(token.i in {t.i for t in i.tokens} for i in self.items)


def find_agreement_list(sent: Span) -> AgreementList | None:
    """The first list of two or more agreements in a sentence, else None."""
    for token in sent:
        if token.tag_ != "NNS":
            continue
        verb = _outcome_verb(token)
        if verb is None:
            continue
        start = _list_start(token, sent)
        if start is None:
            continue
        items = _items(sent, start)
        if len(items) >= 2:
            return AgreementList(noun=token, verb=verb, items=tuple(items))
    return None


def _outcome_verb(noun: Token) -> Token | None:
    """The verb of outcome that gave the noun's agreements, if the noun names agreements."""
    lemma = noun.lemma_.lower()
    if lemma not in AGREEMENT_NOUNS | OUTCOME_NOUNS:
        return None
    slot = noun
    if slot.head.lower_ == "of" and slot.head.head.lemma_.lower() in AMOUNT_NOUNS:
        slot = slot.head.head  # "a number of agreements"
    if slot.dep_ == "pobj" and slot.head.dep_ == "prep":
        verb = slot.head.head
    elif slot.dep_ in {"dobj", "nsubjpass"}:
        verb = slot.head
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in OUTCOME_VERBS:
        return None
    if lemma in AGREEMENT_NOUNS or verb.lemma_.lower() == "agree" or _said_of_talks(verb):
        return verb
    return None


def _said_of_talks(verb: Token) -> bool:
    """"The talks produced three results": the subject (or the subject of the verb it is joined
    to) is a talk or meeting."""
    for carrier in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in TALK_NOUNS for c in carrier.children):
            return True
    return False


def _list_start(noun: Token, sent: Span) -> int | None:
    """Index of the first word of the list that follows the noun, or None when none follows."""
    subtree = {t.i for t in noun.subtree}
    doc = noun.doc
    for i in range(noun.i + 1, min(noun.i + 2 + MAX_NOUN_TAIL, sent.end)):
        word = doc[i]
        if word.lower_ in LIST_OPENERS:
            return i + 1 if i + 1 < sent.end else None
        if word.text == "," and i + 1 < sent.end and doc[i + 1].lower_ == "including":
            return i + 2 if i + 2 < sent.end else None
        if i not in subtree or word.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _items(sent: Span, start: int) -> list[ListedItem]:
    """The items from ``start`` to the end of the list: chunks between commas or semicolons, a
    chunk split again at an "and"/"or" that joins two item heads. The list ends before a chunk
    that is a clause of its own ("..., the minister said") or names no agreement."""
    items: list[ListedItem] = []
    for chunk in _chunks(sent, start):
        parts = _split_coordination(chunk)
        if parts is None:
            break
        items.extend(parts)
    if any(_is_name(item.head) for item in items):
        return []
    return items


def _chunks(sent: Span, start: int) -> list[list[Token]]:
    chunks, current = [], []
    for token in sent.doc[start:sent.end]:
        if token.text in {",", ";"}:
            chunks.append(current)
            current = []
        elif token.text in {".", "!", "?"} or token.is_space:
            continue
        else:
            current.append(token)
    chunks.append(current)
    return [c for c in (_strip(c) for c in chunks) if c]


def _strip(chunk: list[Token]) -> list[Token]:
    while chunk and (chunk[0].dep_ == "cc" or chunk[0].lower_ in {"and", "or"} or chunk[0].is_punct):
        chunk = chunk[1:]
    while chunk and chunk[-1].is_punct and chunk[-1].tag_ not in {"''"}:
        chunk = chunk[:-1]
    return chunk


def _split_coordination(chunk: list[Token]) -> list[ListedItem] | None:
    """One or two items of a chunk ("a truce and a swap"), or None when the chunk is no item."""
    if _is_clause(chunk):
        return None
    head = _item_head(chunk)
    if head is None:
        return None
    for position, token in enumerate(chunk):
        if token.lower_ not in {"and", "or"} or token.i <= head.i:
            continue
        partner = next((t for t in chunk[position + 1:] if t.dep_ == "conj" and t.head.i == head.i), None)
        second = _item_head(chunk[position + 1:])
        if partner is not None and second is not None:
            return [ListedItem(head=head, tokens=tuple(chunk[:position])),
                    ListedItem(head=second, tokens=tuple(chunk[position + 1:]))]
    return [ListedItem(head=head, tokens=tuple(chunk))]


def _item_head(chunk: list[Token]) -> Token | None:
    """The noun an item is about: the word the parse hangs the item on, or when the parse hangs it
    on none that can be, the first word after its determiners and adjectives carried to the last
    noun of its compound ("a prisoner exchange" -> "exchange")."""
    inside = {t.i for t in chunk}
    roots = [t for t in chunk if t.head.i not in inside or t.head.i == t.i]
    if roots and roots[0].tag_ in ITEM_HEAD_TAGS | {"NNP", "NNPS"}:
        return roots[0]
    position = 0
    while position < len(chunk) and chunk[position].tag_ in ITEM_PREFIX_TAGS:
        position += 1
    if position == len(chunk) or chunk[position].tag_ not in ITEM_HEAD_TAGS | {"NNP", "NNPS"}:
        return None
    head = chunk[position]
    while position + 1 < len(chunk) and head.tag_ in {"NN", "NNS"} and chunk[position + 1].tag_ in {"NN", "NNS"}:
        position += 1
        head = chunk[position]
    return head


def _is_clause(chunk: list[Token]) -> bool:
    """A chunk with a subject and its verb ("the minister said") ends the list."""
    inside = {t.i for t in chunk}
    return any(t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.head.i in inside for t in chunk)


def _is_name(head: Token) -> bool:
    return head.tag_ in {"NNP", "NNPS"} or head.ent_type_ in NAME_ENTITIES
