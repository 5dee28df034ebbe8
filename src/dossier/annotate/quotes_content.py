"""What was said: the content span a cue governs, snapped to the quotation marks it touches.

Part of quote finding (see ``quotes.py``). Content is the cue's clausal, infinitival, object or
prepositional complement, the clause a parenthetical cue interrupts ("X, she said, Y") or
follows ("As she noted, X"), the subject of a passive with an agent ("X was reported by Y"), or
the sentence before a passive "This was stated by ...".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.annotate.quotes_gaps import cut_before
from dossier.annotate.quotes_lexicon import (
    CUE_LEMMAS,
    OBJECT_CUES,
    TOPIC_PREPOSITIONS,
    breaks_line,
    content_prepositions,
    end_char,
    lemma,
)
from dossier.annotate.quotes_marks import is_mark
from dossier.annotate.quotes_wordnet import is_speech_lemma


# Speech verbs whose direct object is rarely what was said ("added a point", "maintained a
# lead", "signalled a turn", "projected a winner"); measured on PolNeAR's training split.
NO_OBJECT_CUES = frozenset(
    "add counter maintain suggest signal project plead disclose indicate rule point".split()
)
# One-word answers that stand for a whole statement ("said no"), and the verbs that take them.
SHORT_ANSWERS = frozenset({"yes", "no", "so"})
ANSWER_CUES = frozenset({"say", "answer", "reply", "respond", "tell"})
# Dependents of a cue that continue its object's content rather than modify the saying.
OBJECT_TAIL_DEPS = frozenset({"prep", "oprd", "xcomp", "ccomp", "dobj", "conj", "acomp"})


def content_of(doc: Doc, cue: Token, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Character span of what was said: a complement of the cue, or the clause it interrupts."""
    span = (
        complement_tokens(cue)
        or _antecedent_sentence(cue)
        or _passive_subject(cue)
        or _before_inverted(cue)
        or _fronted(cue, marks)
    )
    if span is None and _is_parenthetical(cue):
        head = cue.head  # "X, she said, Y" or "X Y, she said": the clause around the cue
        if cue.left_edge.i == head.left_edge.i:  # "As she noted, X": what follows the cue
            span = (cue.right_edge.i + 1, head.right_edge.i + 1)
        elif head.right_edge.i < cue.left_edge.i or head.i > cue.right_edge.i:
            span = (head.left_edge.i, head.right_edge.i + 1)
        else:
            span = (head.left_edge.i, cue.left_edge.i)
    if span is None:
        return None
    return trim_and_snap(doc, cut_before(doc, span), marks, anchor=cue.i)


def _is_parenthetical(cue: Token) -> bool:
    """"X, she said, Y", "X Y, she said" and "As she noted, X": the cue hangs from the clause it
    reports, as a parataxis, a complement, or an "as" clause."""
    if cue.head.pos_ not in ("VERB", "AUX") or cue.head.i == cue.i:
        return False
    if cue.dep_ in ("parataxis", "ccomp"):
        return True
    return cue.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ == "as" for child in cue.children
    )


def _passive_subject(cue: Token) -> tuple[int, int] | None:
    """"The meeting was first reported by the paper": with a ``by`` agent and no complement, the
    passive's subject is what was reported (a pronoun is left alone: its antecedent is elsewhere)."""
    children = list(cue.children)
    if not any(child.dep_ == "agent" for child in children):
        return None
    subjects = [child for child in children if child.dep_ == "nsubjpass"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    return subjects[0].left_edge.i, subjects[0].right_edge.i + 1


def _before_inverted(cue: Token) -> tuple[int, int] | None:
    """"Y is under pressure, said the chief executive": a cue after a comma with its subject
    after it, which the parser often hangs as a conjunct, reports the clause before the comma."""
    doc = cue.doc
    if cue.dep_ != "conj" or cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    if not any(child.dep_ == "nsubj" and child.i > cue.i for child in cue.children):
        return None
    head = cue.head
    return (head.left_edge.i, cue.i - 1) if head.left_edge.i < cue.i - 1 else None


def _fronted(cue: Token, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"Absolutely," he said. / The vote was close, officials said.: a speech verb with its
    subject after a comma and nothing of its own to report says what comes before the comma
    (a quotation, a clause or an exclamation; not "Later, he said")."""
    if lemma(cue) not in CUE_LEMMAS or not any(child.dep_ == "nsubj" for child in cue.lefts):
        return None
    if any(child.dep_ in ("ccomp", "xcomp", "dobj") for child in cue.rights):
        return None
    doc = cue.doc
    subject = next(child for child in cue.lefts if child.dep_ == "nsubj")
    j = subject.left_edge.i - 1
    while j > 0 and (doc[j].is_space or is_mark(doc[j])):
        j -= 1
    if j <= 0 or doc[j].text != "," or any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1 : cue.i]):
        return None
    start = doc[j - 1].sent.start
    before = doc[start:j]
    quoted = any(a <= before[-1].idx < b for a, b in marks)
    if not quoted and not any(t.pos_ in ("VERB", "AUX", "INTJ") for t in before):
        return None
    return start, j


def has_clause(cue: Token) -> bool:
    """Whether a cue takes a clause (or stands in one), as belief verbs must to count."""
    return clause_tokens(cue) is not None or cue.dep_ in ("parataxis", "ccomp")


def clause_tokens(cue: Token) -> tuple[int, int] | None:
    """Token span of a clause the cue governs: its ``ccomp``/``xcomp``, a "that" clause the parser
    hung lower ("said in an interview that ..."), or "sees X as Y"."""
    clauses = [
        child for child in cue.children
        if child.dep_ in ("ccomp", "xcomp") and child.lower_ != "citing"  # a relay chain
    ]
    # a "that" clause after the cue is its complement: a clause fronted before a cue never
    # opens with "that", so one the parser also hangs here ("X was done and Roe said that Y")
    # is another sentence's
    marked = [clause for clause in clauses if clause.i > cue.i and _opens_with_that(clause)]
    if marked:
        clauses = marked
    if clauses:  # the nearest: a quotation from the paragraph before may hang here too
        child = min(clauses, key=lambda clause: abs(clause.i - cue.i))
        return _raised_object(cue, child), child.right_edge.i + 1
    for token in cue.subtree:
        if token.i > cue.i and _is_that_clause(token) and _nominal_path(token, cue):
            return token.left_edge.i, token.right_edge.i + 1
    objects = [child for child in cue.rights if child.dep_ == "dobj"]
    preps = [child for child in cue.rights if child.dep_ == "prep" and child.lower_ == "as"]
    if objects and preps and objects[0].i < preps[0].i:
        return objects[0].left_edge.i, preps[0].right_edge.i + 1
    return None


def _raised_object(cue: Token, clause: Token) -> int:
    """Where an infinitive's content starts: "expected her to win" reports "her to win", so an
    object standing between the cue and its ``xcomp`` belongs to the content."""
    start = clause.left_edge.i
    if clause.dep_ != "xcomp":
        return start
    for child in cue.rights:
        if child.dep_ == "dobj" and cue.i < child.i < start:
            return child.left_edge.i
    return start


def _opens_with_that(clause: Token) -> bool:
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.lefts)


def _is_that_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(
        child.dep_ == "mark" and child.lower_ == "that" and child.i < token.i
        for child in token.children
    )


def _nominal_path(token: Token, cue: Token) -> bool:
    """No other verb between a clause and the cue in the tree: the clause belongs to the cue."""
    head = token.head
    while head.i != cue.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _antecedent_sentence(cue: Token) -> tuple[int, int] | None:
    """"This was stated by X": the passive's demonstrative subject stands for the sentence
    before."""
    subjects = [child for child in cue.children if child.dep_ == "nsubjpass"]
    has_agent = any(child.dep_ == "agent" for child in cue.children)
    if not (has_agent and subjects and subjects[0].lower_ in ("this", "that", "it")):
        return None
    sent = cue.sent
    if sent.start == 0:
        return None
    previous = cue.doc[sent.start - 1].sent
    return previous.start, previous.end


def complement_tokens(cue: Token) -> tuple[int, int] | None:
    """Token span of the cue's clausal, infinitival, object or prepositional complement."""
    key = lemma(cue)
    clause = clause_tokens(cue)
    if clause is not None:
        return clause
    children = list(cue.rights)
    speech = key in CUE_LEMMAS or is_speech_lemma(key)
    if key in OBJECT_CUES or (speech and key not in NO_OBJECT_CUES):
        objects = [
            child for child in children
            if child.dep_ in ("dobj", "oprd") and child.lower_ != "citing"  # a relay chain
        ]
        if objects:
            return objects[0].left_edge.i, _object_end(cue, objects[-1])
    answer = _short_answer(cue)
    if answer is not None:
        return answer
    preps = content_prepositions(key) or (TOPIC_PREPOSITIONS if speech else ())
    for child in children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i + 1
        marker = _clause_preposition(cue, child, preps)
        if marker is not None:
            return marker.i + 1, child.right_edge.i + 1
    return None


def _clause_preposition(cue: Token, child: Token, preps: tuple[str, ...]) -> Token | None:
    """"called for the state to act": the parser hangs the clause from the cue and takes the
    content preposition for its marker; that marker, right after the cue, or None."""
    if child.dep_ != "advcl" or child.head.i != cue.i:
        return None
    for grand in child.lefts:
        if grand.dep_ == "mark" and grand.lower_ in preps and grand.i == cue.i + 1:
            return grand
    return None


def _short_answer(cue: Token) -> tuple[int, int] | None:
    """"She said no", "half said so": a one-word answer right after a speech verb is what was
    said."""
    doc = cue.doc
    after = cue.i + 1
    if lemma(cue) not in ANSWER_CUES or after >= len(doc):
        return None
    token = doc[after]
    if token.head.i != cue.i or token.lower_ not in SHORT_ANSWERS:
        return None
    return after, after + 1


def _object_end(cue: Token, obj: Token) -> int:
    """Where an object's content ends: it runs on through what follows it directly and hangs from
    the cue ("blamed him for the loss", "called the report outrageous")."""
    end = obj.right_edge.i + 1
    for child in cue.rights:
        if child.i == end and child.dep_ in OBJECT_TAIL_DEPS:
            end = child.right_edge.i + 1
    return end


def trim_and_snap(
    doc: Doc, span: tuple[int, int], marks: list[tuple[int, int]], *, anchor: int | None = None
) -> tuple[int, int] | None:
    """Drop edge punctuation, then widen to any quotation marks the content starts or ends in.
    With an ``anchor`` token (the cue), the span is first cut to the anchor's paragraph: the
    parser sometimes runs a sentence across a line break, but a content never does (quotations
    running on into the next paragraph are chained separately)."""
    left, right = span
    if anchor is not None:
        first, last = paragraph_of(doc, anchor)
        clipped = max(left, first), min(right, last)
        if _has_words(doc[clipped[0] : clipped[1]]):  # else the cue introduces the next line
            left, right = clipped
    while left < right and _loose(doc[left]):
        left += 1
    while right > left and _loose(doc[right - 1]):
        right -= 1
    if right <= left:
        return None
    start, end = doc[left].idx, end_char(doc[right - 1])
    for mark_start, mark_end in marks:
        if mark_start <= start < mark_end and end > mark_start:
            start = mark_start
        if mark_start < end <= mark_end and start < mark_end:
            end = mark_end
    return start, end


def paragraph_of(doc: Doc, i: int) -> tuple[int, int]:
    """Token span of the paragraph (text between line breaks) holding token ``i``.

    The bounds of every token are found in one pass and kept on the doc (``user_data``): walking
    out from each token cost a pass over its paragraph per call, and a text with no line break
    is one paragraph."""
    key = ("dossier", "paragraphs", len(doc))
    if key not in doc.user_data:
        doc.user_data[key] = _paragraph_bounds(doc)
    firsts, lasts = doc.user_data[key]
    return firsts[i], lasts[i]


def _paragraph_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token, where its paragraph starts (after the last line break before it) and where
    it stops (after a token breaking the line, or before a token holding a line break)."""
    n = len(doc)
    firsts = [0] * n
    for i in range(1, n):
        firsts[i] = i if breaks_line(doc[i - 1]) else firsts[i - 1]
    stops = [n] * (n + 1)  # stops[k]: the first k' >= k where a paragraph stops
    for k in range(n - 1, 0, -1):
        stops[k] = k if breaks_line(doc[k - 1]) or "\n" in doc[k].text else stops[k + 1]
    return firsts, [stops[i + 1] for i in range(n)]


def _has_words(tokens) -> bool:
    return any(not (token.is_punct or token.is_space) for token in tokens)


def _loose(token: Token) -> bool:
    return (token.is_punct or token.is_space) and not is_mark(token)
