"""Reported speech: who said what, through which verb or phrase, as direct, indirect or mixed quotes.

A pure function of a parsed spaCy ``Doc`` (tagger, parser, lemmatizer and NER are needed). The
rules work on the dependency tree: a reporting verb (the cue) takes its subject or ``by`` agent as
the source and its clausal complement as the content; quotation marks then decide whether the
content is direct, mixed or indirect, and stray quotes are attached to the nearest cue outside
them. Phrases ("according to X, ...", "citing X") are handled alongside.

Known limits: one cue per content, no attribution across paragraphs (a quote standing alone in a
paragraph after "He said:" is not attributed), nouns as cues ("in a statement") are not read, and
only "he"/"she" pronouns are resolved (to the last named person speaker before them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dossier import models

# Reporting verbs (lemmas), collected from PARC/PolNeAR-style attribution guidelines: speech acts,
# statements of position, and belief verbs that take a clausal complement.
CUE_LEMMAS = frozenset(
    """say tell note add state announce confirm claim stress accuse deny report insist warn
    suggest argue explain write ask reply respond declare emphasize emphasise acknowledge admit
    assert allege predict promise vow threaten urge demand propose reveal disclose mention comment
    tweet post recall underline clarify indicate signal concede contend maintain observe remark
    reiterate repeat complain criticize criticise charge tout boast estimate believe think expect
    hope fear worry conclude agree disagree point caution counter quip joke lament testify inform
    assure pledge call recount describe dismiss question wonder speculate forecast project show
    find reckon""".split()
)
# Belief and finding verbs count only with a clausal complement, never alone with a quote.
CLAUSE_ONLY_CUES = frozenset(
    "believe think expect hope fear worry conclude show find reckon wonder agree".split()
)
# Cues whose direct object is what was said ("denied the report", "called the charges false").
OBJECT_CUES = frozenset(
    """deny announce confirm reject criticize criticise question call describe promise propose
    offer endorse attack blast condemn denounce praise defend oppose cite mention reveal
    dismiss demand echo reference promote decline refuse""".split()
)
# Cues whose content follows a preposition ("called for talks", "warned of escalation").
PREPOSITION_CUES = {
    "call": ("for",), "ask": ("about", "for"), "speak": ("of", "about"), "talk": ("about",),
    "point": ("to",), "warn": ("of", "about", "against"), "accuse": ("of",), "insist": ("on",),
    "complain": ("about", "of"), "agree": ("on", "to"), "comment": ("on",),
}  # fmt: skip
ALL_CUES = CUE_LEMMAS | OBJECT_CUES | frozenset(PREPOSITION_CUES)
# How far (in tokens) a cue may sit from a quotation it introduces or closes; news style puts
# "she said" right after the closing mark and "X told reporters:" within a few words before.
ADJACENT_AFTER = 8
ADJACENT_BEFORE = 12
# "PENCE: Well, ..." or "Poll: Voters ..." at the start of a line; at most five capitalised words.
LABEL_RE = re.compile(
    r"^[\"“]?(?P<source>[^\W\d][^:\n]{0,50}?)(?P<cue>:)[ \t]+(?P<content>[^\n]+)", re.MULTILINE
)
# A dash and a name right after a closing quotation mark, to the end of the line.
SIGNATURE_RE = re.compile(
    r"[ \t\xa0]*(?P<cue>[―—–]|--)[ \t\xa0]*(?P<source>[A-Z][^\n]{0,48}[^\s.])\.?[ \t\xa0]*$",
    re.MULTILINE,
)
# Heads of "according to X" that make X an information source rather than a rule or plan.
SOURCE_NOUNS = frozenset(
    """source official report statement data estimate poll survey study analysis ministry
    spokesman spokeswoman spokesperson agency media outlet document transcript witness expert
    analyst investigator prosecutor police people resident aide diplomat observer account
    record figure count tally newspaper memo letter filing complaint lawsuit""".split()
)
# Subjects that never name who is speaking: expletives and relative pronouns.
NON_SOURCES = frozenset({"there", "that", "which"})
CUE_PREFIX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
PRONOUN_SOURCES = frozenset({"he", "she"})
OPEN_MARKS = "“"
CLOSE_MARKS = "”"
STRAIGHT_MARK = '"'
# Straight double quotes, and the doubled apostrophes some archives use in their place.
STRAIGHT_RE = re.compile(r"''|\"")
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(slots=True)
class _Found:
    """A quote under construction, in token and character terms, before speakers are resolved."""

    kind: models.QuoteKind
    content: tuple[int, int]
    sentence_index: int
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    source_tokens: tuple[int, int] | None = None  # token span of the source, for speaker lookup
    via_tokens: tuple[int, int] | None = None


def find_quotes(
    doc: Doc, doc_id: str, *, names: Mapping[str, str] | None = None
) -> list[models.Quote]:
    """Find direct, indirect and mixed quotes with their source, cue and content spans.

    Args:
        doc: a ``Doc`` parsed by a pipeline with tagger, parser, lemmatizer and NER.
        doc_id: id of the document, copied into every quote.
        names: surface name -> fullest in-document name; built from PERSON entities when absent.

    Returns:
        Quotes in text order; offsets are character offsets into ``doc.text``. Where quotation
        marks in a paragraph do not pair up, no direct quote is guessed for the unpaired marks.
    """
    names = dict(names) if names is not None else build_name_map(doc)
    marks = pair_quote_marks(doc.text)
    sent_starts = [sent.start for sent in doc.sents]
    found: list[_Found] = []
    for token in doc:
        if _is_cue(token) and not _inside(token.idx, marks):
            item = _from_cue(doc, token, marks, sent_starts)
            if item is not None:
                found.append(item)
    found.extend(_from_according_to(doc, marks, sent_starts))
    found.extend(_from_labels(doc, marks, sent_starts))
    found.extend(_unclaimed_quotes(doc, marks, found, sent_starts))
    found.sort(key=lambda item: item.content[0])
    return _resolve_speakers(doc, doc_id, found, names)


def build_name_map(doc: Doc) -> dict[str, str]:
    """Map each PERSON name to the longest PERSON name in the doc that ends with it.

    Why: "Umerov" later in an article means the "Rustem Umerov" named first; the longest name
    ending with the same token(s) is the cheapest safe guess.
    """
    people = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    # NER often tags a lone surname as ORG or GPE; it is still a short form of a person's name.
    surnames = {ent.text for ent in doc.ents if ent.label_ in NAME_LABELS}
    mapping: dict[str, str] = {}
    for name in people | surnames:
        words = name.split()
        longer = [
            other
            for other in people
            if len(other.split()) > len(words) and other.split()[-len(words) :] == words
        ]
        if longer or name in people:
            mapping[name] = max(longer, key=len) if longer else name
    return mapping


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """Pair quotation marks paragraph by paragraph; return (start, end) spans including the marks.

    A paragraph (text between line breaks) whose curly marks nest wrongly, or whose straight
    marks are odd in number, yields no spans from the offending kind of mark: we refuse to guess
    which mark is missing. Single quotes are ignored because they double as apostrophes.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend((offset + a, offset + b) for a, b in _pair_in_paragraph(paragraph))
        offset += len(paragraph) + 1
    return sorted(spans)


def _pair_in_paragraph(paragraph: str) -> list[tuple[int, int]]:
    curly: list[tuple[int, int]] = []
    opened: int | None = None
    balanced = True
    for i, char in enumerate(paragraph):
        if char in OPEN_MARKS:
            balanced = balanced and opened is None
            opened = i
        elif char in CLOSE_MARKS:
            if opened is None:
                balanced = False
                continue
            curly.append((opened, i + 1))
            opened = None
    if opened is not None or not balanced:
        curly = []
    straight_at = [(m.start(), m.end()) for m in STRAIGHT_RE.finditer(paragraph)]
    straight: list[tuple[int, int]] = []
    if len(straight_at) % 2 == 0:
        pairs = zip(straight_at[::2], straight_at[1::2])
        straight = [(first[0], second[1]) for first, second in pairs]
    return curly + straight


def _inside(char: int, marks: list[tuple[int, int]]) -> bool:
    return any(start < char < end - 1 for start, end in marks)


def _is_cue(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lemma_.lower() not in ALL_CUES:
        return False
    if token.lower_ == "citing" and _citing_child(token.head) is not None:
        return False  # part of the "X reports, citing Y" chain read from its head verb
    if token.lemma_ == "point":
        return any(child.lower_ in ("out", "to") for child in token.children)
    return True


def _from_cue(
    doc: Doc, cue: Token, marks: list[tuple[int, int]], sent_starts: list[int]
) -> _Found | None:
    """Build a quote around a reporting verb, or None when it has no content or no source."""
    source = _source_of(cue)
    via = None
    citing = _citing_child(cue)
    if citing is not None:
        via, source = source, citing
    content = _content_of(doc, cue, marks)
    if content is None or source is None:
        return None
    if cue.lemma_.lower() in CLAUSE_ONLY_CUES and not _has_clause(cue):
        return None
    start, end = content
    kind = _kind_of(doc, start, end, marks)
    source_chars = (doc[source[0]].idx, _end_char(doc[source[1] - 1]))
    speaker_tokens = _antecedent_of_who(doc, source) or source
    return _Found(
        kind=kind,
        content=content,
        sentence_index=_sentence_index(sent_starts, cue.i),
        cue=_cue_chars(cue),
        source=source_chars,
        source_tokens=speaker_tokens,
        via_tokens=via,
    )


def _antecedent_of_who(doc: Doc, source: tuple[int, int]) -> tuple[int, int] | None:
    """"Jane Roe, who said ...": the source span stays "who" (as annotators mark it), but the
    speaker is the noun phrase the relative clause hangs from."""
    who = doc[source[0]]
    if source[1] - source[0] != 1 or who.lower_ != "who" or who.head.dep_ != "relcl":
        return None
    return _np_span(who.head.head)


def _has_clause(cue: Token) -> bool:
    return any(child.dep_ in ("ccomp", "xcomp") for child in cue.children) or cue.dep_ in (
        "parataxis",
        "ccomp",
    )


def _source_of(cue: Token) -> tuple[int, int] | None:
    """The subject, or the ``by`` agent of a passive; a participle or conjunct ("..., saying
    that ...") borrows the subject of the verb it hangs from, and an ``acl`` its noun."""
    verb = cue
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ not in NON_SOURCES:
                return _np_span(child)
            if child.dep_ == "agent":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return _with_loose_apposition(verb, _np_span(objects[0]))
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return _np_span(verb.head, stop=verb.i)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head  # "by saying": climb over the preposition too
        elif verb.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _with_loose_apposition(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """"stated by the head of the delegation, aide Jane Roe": the parser often hangs the name on
    the verb instead of the noun; take it back into the source."""
    doc = verb.doc
    left, right = span
    if right >= len(doc) or doc[right].text != ",":
        return span
    for child in verb.rights:
        if child.dep_ in ("npadvmod", "appos", "dep") and child.left_edge.i == right + 1:
            if child.pos_ == "PROPN":
                return left, child.right_edge.i + 1
    return span


def _citing_child(cue: Token) -> tuple[int, int] | None:
    """"X reports, citing sources" relays what the sources said through X."""
    for child in cue.children:
        if child.lower_ == "citing" and child.dep_ in ("advcl", "xcomp", "prep", "acl", "dep"):
            objects = [grand for grand in child.children if grand.dep_ in ("dobj", "pobj")]
            if objects:
                return _np_span(objects[0])
    return None


def _np_span(head: Token, stop: int | None = None) -> tuple[int, int]:
    """Token span of a noun phrase without relative clauses, leading dateline residue or edge
    punctuation; a closing bracket stays, and so does the comma closing an apposition
    ("Jane Roe, the spokeswoman, said"), as annotators of attribution mark it."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    if stop is not None:
        right = min(right, stop)
    for child in head.rights:
        if child.dep_ in ("relcl", "acl") and child.left_edge.i > head.i:
            right = min(right, child.left_edge.i)
    for token in doc[left:head.i]:
        if "\n" in token.text or "\n" in token.whitespace_:
            left = token.i + 1
    while right - 1 > left and _trimmable(doc[right - 1]):
        right -= 1
    while left < right - 1 and (doc[left].is_punct or doc[left].is_space):
        left += 1
    has_appos = any(token.dep_ == "appos" for token in doc[left:right])
    if has_appos and right < len(doc) and doc[right].text == "," and right < head.sent.end - 1:
        right += 1
    return left, right


def _trimmable(token: Token) -> bool:
    if token.is_space:
        return True
    return token.is_punct and token.text not in (")", "]")


def _content_of(
    doc: Doc, cue: Token, marks: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Character span of what was said: a complement of the cue, or the clause it interrupts."""
    span = _complement_tokens(cue) or _antecedent_sentence(cue)
    if span is None and cue.dep_ in ("parataxis", "ccomp") and cue.head.pos_ in ("VERB", "AUX"):
        head = cue.head  # "X, she said, Y" or "X Y, she said": the clause around the cue
        if head.right_edge.i < cue.left_edge.i or head.i > cue.right_edge.i:
            span = (head.left_edge.i, head.right_edge.i + 1)
        else:
            span = (head.left_edge.i, cue.left_edge.i)
    if span is None:
        return None
    return _trim_and_snap(doc, span, marks)


def _antecedent_sentence(cue: Token) -> tuple[int, int] | None:
    """"This was stated by X": the passive's demonstrative subject stands for the sentence before."""
    subjects = [child for child in cue.children if child.dep_ == "nsubjpass"]
    has_agent = any(child.dep_ == "agent" for child in cue.children)
    if not (has_agent and subjects and subjects[0].lower_ in ("this", "that", "it")):
        return None
    sent = cue.sent
    if sent.start == 0:
        return None
    previous = cue.doc[sent.start - 1].sent
    return previous.start, previous.end


def _complement_tokens(cue: Token) -> tuple[int, int] | None:
    """Token span of the cue's clausal, infinitival, object or prepositional complement."""
    lemma = cue.lemma_.lower()
    children = list(cue.rights)
    for child in cue.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma not in CLAUSE_ONLY_CUES):
            return child.left_edge.i, child.right_edge.i + 1
    if lemma in OBJECT_CUES or lemma == "say":
        objects = [child for child in children if child.dep_ in ("dobj", "oprd", "xcomp")]
        if objects:
            return objects[0].left_edge.i, objects[-1].right_edge.i + 1
    for child in children:
        if child.dep_ == "prep" and child.lower_ in PREPOSITION_CUES.get(lemma, ()):
            objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i + 1
    return None


def _trim_and_snap(
    doc: Doc, span: tuple[int, int], marks: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Drop edge punctuation, then widen to any quotation marks the content starts or ends in."""
    left, right = span
    while left < right and (doc[left].is_punct or doc[left].is_space) and not _is_mark(doc[left]):
        left += 1
    while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space) and not _is_mark(
        doc[right - 1]
    ):
        right -= 1
    if right <= left:
        return None
    start, end = doc[left].idx, _end_char(doc[right - 1])
    for mark_start, mark_end in marks:
        if mark_start <= start < mark_end and end > mark_start:
            start = mark_start
        if mark_start < end <= mark_end and start < mark_end:
            end = mark_end
    return start, end


def _is_mark(token: Token) -> bool:
    return token.text in (OPEN_MARKS, CLOSE_MARKS, STRAIGHT_MARK, "''")


def _kind_of(doc: Doc, start: int, end: int, marks: list[tuple[int, int]]) -> models.QuoteKind:
    inner = [(a, b) for a, b in marks if a >= start and b <= end]
    if not inner:
        return models.QuoteKind.INDIRECT
    outside = doc.text[start:end]
    for a, b in sorted(inner, reverse=True):
        outside = outside[: a - start] + outside[b - start :]
    if outside.strip(" ,.;:\n"):
        return models.QuoteKind.MIXED
    return models.QuoteKind.DIRECT


def _from_according_to(
    doc: Doc, marks: list[tuple[int, int]], sent_starts: list[int]
) -> Iterable[_Found]:
    """"According to X, CONTENT" and "CONTENT, according to X": the rest of the sentence."""
    for token in doc[:-1]:
        if token.lower_ != "according" or doc[token.i + 1].lower_ != "to":
            continue
        objects = [child for child in doc[token.i + 1].children if child.dep_ == "pobj"]
        if not objects or not _is_information_source(objects[0]):
            continue  # "according to the formula/plan" is not attribution
        source = _np_span(objects[0])
        sent = token.sent
        phrase_end = max(source[1], objects[0].right_edge.i + 1)
        before = (sent.start, token.i)
        after = (phrase_end, sent.end)
        longer = before if before[1] - before[0] >= after[1] - after[0] else after
        content = _trim_and_snap(doc, longer, marks) if longer[1] > longer[0] else None
        if content is None:
            continue
        yield _Found(
            kind=_kind_of(doc, *content, marks),
            content=content,
            sentence_index=_sentence_index(sent_starts, token.i),
            cue=(token.idx, _end_char(doc[token.i + 1])),
            source=(doc[source[0]].idx, _end_char(doc[source[1] - 1])),
            source_tokens=source,
        )


def _from_labels(
    doc: Doc, marks: list[tuple[int, int]], sent_starts: list[int]
) -> Iterable[_Found]:
    """Speaker labels: "Name: what they said" opening a line (transcripts, headlines), and a
    quotation signed off with a dash ("“...” ― Name")."""
    for match in LABEL_RE.finditer(doc.text):
        words = match.group("source").split()
        if len(words) > 5 or not all(word[:1].isupper() for word in words):
            continue
        spans = match.span("source"), match.span("cue"), match.span("content")
        yield from _labelled(doc, *spans, marks, sent_starts)
    for start, end in marks:
        match = SIGNATURE_RE.match(doc.text, end)
        if match is not None:
            spans = match.span("source"), match.span("cue"), (start, end)
            yield from _labelled(doc, *spans, marks, sent_starts)


def _labelled(
    doc: Doc,
    source: tuple[int, int],
    cue: tuple[int, int],
    content: tuple[int, int],
    marks: list[tuple[int, int]],
    sent_starts: list[int],
) -> Iterable[_Found]:
    span = doc.char_span(*source, alignment_mode="expand")
    if span is None or not any(token.pos_ == "PROPN" for token in span):
        return
    start, end = content
    text = doc.text[start:end]
    end -= len(text) - len(text.rstrip())
    if end <= start:
        return
    yield _Found(
        kind=_kind_of(doc, start, end, marks),
        content=(start, end),
        sentence_index=_sentence_index(sent_starts, span.start),
        cue=cue,
        source=source,
        source_tokens=(span.start, span.end),
    )


def _is_information_source(noun: Token) -> bool:
    """A name, a person or group, or a noun for a report or its author."""
    if noun.ent_type_ in NAME_LABELS or noun.pos_ in ("PROPN", "PRON"):
        return True
    return noun.lemma_.lower() in SOURCE_NOUNS


def _unclaimed_quotes(
    doc: Doc, marks: list[tuple[int, int]], found: list[_Found], sent_starts: list[int]
) -> Iterable[_Found]:
    """Quoted stretches no cue's content covers: attach each to a cue verb next to it."""
    for start, end in marks:
        if any(item.content[0] <= start and end <= item.content[1] for item in found):
            continue
        if len(doc.text[start:end].split()) < 4:
            continue  # a scare-quoted word or title, not speech
        cue = _adjacent_cue(doc, start, end, marks)
        if cue is None:
            continue
        source = _source_of(cue)
        if source is None:
            continue
        yield _Found(
            kind=models.QuoteKind.DIRECT,
            content=(start, end),
            sentence_index=_sentence_index(sent_starts, cue.i),
            cue=_cue_chars(cue),
            source=(doc[source[0]].idx, _end_char(doc[source[1] - 1])),
            source_tokens=source,
        )


def _adjacent_cue(
    doc: Doc, start: int, end: int, marks: list[tuple[int, int]]
) -> Token | None:
    """A cue verb just after the closing mark, else just before the opening, in the paragraph."""
    after = doc.char_span(end, len(doc.text), alignment_mode="expand")
    before = doc.char_span(0, start, alignment_mode="contract")
    for token in _same_paragraph(after or [], ADJACENT_AFTER):
        if _is_mark(token):
            break
        if _is_cue(token) and token.lemma_.lower() not in CLAUSE_ONLY_CUES:
            return token
    for token in _same_paragraph(reversed(before or []), ADJACENT_BEFORE):
        if _is_mark(token):
            break
        if _is_cue(token) and token.lemma_.lower() not in CLAUSE_ONLY_CUES:
            return token
    return None


def _same_paragraph(tokens: Iterable[Token], limit: int) -> Iterable[Token]:
    """Up to ``limit`` tokens, stopping at a line break (a token that holds or follows one)."""
    for count, token in enumerate(tokens):
        if count >= limit or "\n" in token.text:
            return
        yield token
        if "\n" in token.whitespace_:
            return


def _cue_chars(cue: Token) -> tuple[int, int]:
    """The verb with the auxiliaries, negation and adverbs directly before it ("has also said"),
    and a particle, content preposition or colon directly after it ("pointed out", "said:")."""
    doc = cue.doc
    left = cue.i
    while left > 0 and doc[left - 1].head.i == cue.i and doc[left - 1].dep_ in CUE_PREFIX_DEPS:
        left -= 1
    right = cue.i + 1
    if right < len(doc):
        following = doc[right]
        preps = PREPOSITION_CUES.get(cue.lemma_.lower(), ())
        if following.head.i == cue.i and (
            following.dep_ == "prt" or (following.dep_ == "prep" and following.lower_ in preps)
        ):
            right += 1
        if right < len(doc) and doc[right].text == ":" and not doc[right - 1].whitespace_:
            right += 1
    return doc[left].idx, _end_char(doc[right - 1])


def _end_char(token: Token) -> int:
    return token.idx + len(token.text)


def _sentence_index(sent_starts: list[int], token_i: int) -> int:
    index = 0
    for i, start in enumerate(sent_starts):
        if start > token_i:
            break
        index = i
    return index


def _resolve_speakers(
    doc: Doc, doc_id: str, found: list[_Found], names: Mapping[str, str]
) -> list[models.Quote]:
    """Turn found quotes into records, resolving he/she to the last person who spoke (or, before
    any person has spoken, the last person named)."""
    quotes = []
    last_person: str | None = None
    for item in sorted(found, key=lambda item: item.cue[0] if item.cue else item.content[0]):
        speaker, is_person = _speaker_of(doc, item.source_tokens, names)
        if speaker is None and item.source_tokens is not None:
            head = doc[item.source_tokens[0] : item.source_tokens[1]].root
            if head.lower_ in PRONOUN_SOURCES:
                speaker = last_person or _last_person_named(doc, head.i, names)
        elif is_person:
            last_person = speaker
        quotes.append(_record(doc, doc_id, item, speaker, _via_of(doc, item)))
    quotes.sort(key=lambda quote: quote.content_start)
    return quotes


def _last_person_named(doc: Doc, before: int, names: Mapping[str, str]) -> str | None:
    people = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.end <= before]
    return names.get(people[-1].text, people[-1].text) if people else None


def _speaker_of(
    doc: Doc, tokens: tuple[int, int] | None, names: Mapping[str, str]
) -> tuple[str | None, bool]:
    """The name a source span stands for, and whether it is a person; None for descriptions.

    A source made only of proper nouns is a name as a whole ("RBC-Ukraine"); unless NER tags it
    as an organisation or place, or it is the tail of a longer person's name, it is a person's.
    """
    if tokens is None:
        return None, False
    span = doc[tokens[0] : tokens[1]]
    root = span.root
    for ent in span.ents:
        if ent.label_ == "PERSON":
            return names.get(ent.text, ent.text), True
    if all(token.pos_ == "PROPN" or token.text == "-" for token in span):
        longer = [full for full in names.values() if full.endswith(" " + span.text)]
        fallback = max(longer, key=len) if longer else span.text
        full = names.get(span.text, fallback)
        organisation = any(ent.label_ in ("ORG", "GPE", "NORP") for ent in span.ents)
        return full, full != span.text or not organisation
    for ent in span.ents:
        if ent.label_ in NAME_LABELS and ent.start <= root.i < ent.end:
            full = names.get(ent.text, ent.text)
            return full, full != ent.text  # a mapped short name is a person's surname
    return None, False


def _via_of(doc: Doc, item: _Found) -> str | None:
    """An outlet relaying the report: a "citing" chain, or an org naming the source ("a TASS source")."""
    if item.via_tokens is not None:
        return doc[item.via_tokens[0] : item.via_tokens[1]].text
    if item.source_tokens is None:
        return None
    span = doc[item.source_tokens[0] : item.source_tokens[1]]
    if span.root.pos_ == "PROPN":
        return None  # "RBC-Ukraine" is one name, not an outlet's source
    for ent in span.ents:
        if ent.label_ == "ORG" and not ent.start <= span.root.i < ent.end:
            if ent.root.head.i == span.root.i and ent.root.dep_ in ("compound", "nmod", "poss"):
                return ent.text
    return None


def _record(
    doc: Doc, doc_id: str, item: _Found, speaker: str | None, via: str | None
) -> models.Quote:
    start, end = item.content
    source_text = doc.text[item.source[0] : item.source[1]] if item.source else None
    cue_text = doc.text[item.cue[0] : item.cue[1]] if item.cue else None
    return models.Quote(
        doc_id=doc_id,
        kind=item.kind,
        content_start=start,
        content_end=end,
        content=doc.text[start:end],
        sentence_index=item.sentence_index,
        source=source_text,
        source_start=item.source[0] if item.source else None,
        source_end=item.source[1] if item.source else None,
        cue=cue_text,
        cue_start=item.cue[0] if item.cue else None,
        cue_end=item.cue[1] if item.cue else None,
        speaker=speaker,
        via=via,
    )
