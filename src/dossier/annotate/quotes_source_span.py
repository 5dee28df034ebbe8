"""The token span of a source's noun phrase, cut as annotators of attribution cut it.

Part of quote finding (see ``quotes_source``): leading dateline residue, focus adverbs and edge
punctuation go; a closing bracket, a per cent sign and the mark closing an aside stay; clauses
on the head stay when they identify it and go when they report something of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import (
    ALL_CUES,
    CLAUSE_ONLY_CUES,
    CUE_LEMMAS,
    breaks_line,
    lemma,
)

# Focus adverbs before a noun phrase ("even his allies said"): annotators leave them out of
# the source.
FOCUS_ADVERBS = frozenset({"even", "only", "also", "especially", "particularly"})
# Words after which "only" limits an amount and stays in the source ("only two senators", "only
# a quarter of voters"): PolNeAR's training split keeps it in 14 such sources, leaves it out of 4.
AMOUNT_OPENERS = frozenset({"a", "an", "about", "half"})
# Verbs of saying proper: the speech-act cues without the belief verbs, and two of talking.
SAYING_VERBS = (CUE_LEMMAS - CLAUSE_ONLY_CUES) | {"speak", "talk"}
# Quantifiers floated after a subject ("they both said", "the governors all agreed"): on
# PolNeAR's training split 21 sources stop before one, 4 hold it.
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
# Nouns of a poll, which the month it was taken identifies: on PolNeAR's training split 5 such
# sources hold "in <month>" and 1 stops before it ("on <day>" it was released goes: 1 to 0).
POLL_NOUNS = frozenset({"poll", "survey"})
# Prepositions of a time phrase hung on a source ("Roe on Tuesday said").
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
# Dashes that close a news dateline before the lede's first words.
DATELINE_DASHES = frozenset({"—", "–", "--"})
# How many tokens a dateline closed by a spaced hyphen may take ("WASHINGTON, Dec. 29 (AP) -").
DATELINE_WORDS = 8
# Dashes that open and close an aside inside a noun phrase ("Roe — and her deputy —").
DASHES = DATELINE_DASHES | {"-"}


def np_span(head: Token, stop: int | None = None) -> tuple[int, int]:
    """Token span of a noun phrase without leading dateline residue or edge punctuation, and
    without the clauses on its head that annotators leave out (see ``_is_identifying``); a
    closing bracket stays, and so does the comma closing an apposition or a relative clause
    ("Jane Roe, the spokeswoman, said"), as annotators of attribution mark it."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    if stop is not None:
        right = min(right, stop)
    for child in head.rights:
        if _is_time_phrase(child):
            right = min(right, child.left_edge.i)  # "Roe on Tuesday said": when, not who
        if child.dep_ in ("relcl", "acl") and child.left_edge.i > head.i:
            if _is_identifying(child):
                continue
            right = min(right, child.left_edge.i)
    right = min(right, _reporting_clause_start(head, right))
    for token in doc[head.i : right]:
        if breaks_line(token):
            right = token.i + 1  # a run-on parse past a paragraph's end
            break
    for token in doc[left : head.i]:
        if breaks_line(token) or _ends_dateline(doc, left, token):
            left = token.i + 1
    if right - 1 > head.i and doc[right - 1].lower_ in FLOATING_QUANTIFIERS:
        right -= 1  # "Roe and Doe both said": who, not how many of them
    while right - 1 > left and _trimmable(doc[right - 1]) and not _closes(doc, left, right - 1):
        right -= 1
    while left < right - 1 and (
        doc[left].is_punct or doc[left].is_space
        or (doc[left].lower_ in FOCUS_ADVERBS and not _limits_amount(doc, left))
    ):  # fmt: skip
        left += 1
    return left, _with_closing_mark(doc, head, left, right)


def _reporting_clause_start(head: Token, right: int) -> int:
    """Where a relative clause that reports speech of its own begins when the parser hangs it
    on a noun inside the phrase rather than on its head ("Jane Roe, a consultant from Ohio, who
    said she would not vote"): it is a separate attribution there too; ``right`` if none. Only
    a clause whose own verb is one of saying: the parser may have hung a describing clause
    ("..., who voted for Roe in 2008") there rightly, and annotators keep those."""
    doc = head.doc
    for token in doc[head.i + 1 : right]:
        for child in token.rights:
            if child.dep_ == "relcl" and child.left_edge.i > token.i and _says(child):
                return child.left_edge.i
    return right


def _says(clause: Token) -> bool:
    """A relative clause set off by a comma whose verb is one of saying ("who said", "who
    spoke on the condition of anonymity"), not of belief or of stance."""
    if clause.left_edge.i == 0 or clause.doc[clause.left_edge.i - 1].text != ",":
        return False
    return lemma(clause) in SAYING_VERBS


def _is_time_phrase(child: Token) -> bool:
    """A prepositional phrase of time on the noun ("Roe on Tuesday said"), which the parser
    hangs on the subject but annotators leave out of the source (on PolNeAR's training split,
    14 sources before such a phrase to 1 holding it, on a fifth of the split); not on a poll."""
    if child.dep_ != "prep" or child.lower_ not in TIME_PREPOSITIONS:
        return False
    if child.lower_ == "in" and child.head.lemma_.lower() in POLL_NOUNS:
        return False  # "a poll in March": when it was taken tells which poll
    objects = [grand for grand in child.children if grand.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ in ("DATE", "TIME")


def _limits_amount(doc, i: int) -> bool:
    """Whether "only" at ``i`` limits the number after it ("only two senators"), which
    annotators keep in the noun phrase, unlike a focus adverb before a name ("even Roe")."""
    if doc[i].lower_ != "only" or i + 1 >= len(doc):
        return False
    following = doc[i + 1]
    return following.like_num or following.lower_ in AMOUNT_OPENERS


def _with_closing_mark(doc, head: Token, left: int, right: int) -> tuple[int, int]:
    """The span's end past the mark that closes an aside inside it, as annotators of
    attribution mark it: the comma after "Jane Roe, the spokeswoman," (on PolNeAR's training
    split, 921 sources with an inner comma end with the next comma, 106 stop before it), or the
    dash after "Roe — and, above all, her deputy —" (48 to 2)."""
    if right >= len(doc) or right >= head.sent.end - 1:
        return right
    inner = [token.text for token in doc[left:right]]
    aside = any(token.dep_ in ("appos", "relcl") for token in doc[left:right]) or "," in inner
    if doc[right].text == "," and aside:
        right += 1
        return right + 1 if right < len(doc) and _closes(doc, left, right) else right
    dashes = {token.text for token in doc[left + 1 : right] if _is_dash(token)}
    return right + 1 if _is_dash(doc[right]) and doc[right].text in dashes else right


def _is_dash(token: Token) -> bool:
    """A dash standing between words, not a hyphen inside one ("D.C.-based")."""
    if token.text not in DASHES:
        return False
    return token.text != "-" or bool(token.doc[token.i - 1].whitespace_ and token.whitespace_)


def _closes(doc, left: int, last: int) -> bool:
    """Whether the token ending a span is a closing quotation mark whose opening one lies in the
    span ("the singer known as “Echo,”"): the name is not whole without it."""
    if doc[last].text != "”":
        return False
    words = [token.text for token in doc[left:last]]
    return words.count("“") > words.count("”")


def _is_identifying(clause: Token) -> bool:
    """Whether a clause on a noun belongs to the noun phrase as annotators mark it: a restrictive
    one ("officials involved in the talks", "those who back her") always, a relative clause set
    off by a comma ("Jane Roe, who chairs the board,") unless it reports speech or thought of
    its own ("Jane Roe, who said ..."), which is a separate attribution; measured on PolNeAR's
    training split. Participles after a comma ("Jane Roe, writing in ...") stay out."""
    if clause.left_edge.i == 0 or clause.doc[clause.left_edge.i - 1].text != ",":
        return True
    if clause.dep_ != "relcl":
        return False
    return not any(token.pos_ == "VERB" and lemma(token) in ALL_CUES for token in clause.subtree)


def _ends_dateline(doc, left: int, token: Token) -> bool:
    """The dash closing a dateline ("SPRINGFIELD, Ill. (AP) —", "NEW YORK -", "Dec 29
    (Reuters) -"): a place in capitals or a bracketed agency before it. A spaced hyphen stands
    for the dash only near the sentence's start, where a dateline stands."""
    if token.text not in DATELINE_DASHES:
        if not (_is_dash(token) and token.i - token.sent.start <= DATELINE_WORDS):
            return False
    before = doc[left : token.i]
    if len(before) > 0 and before[-1].text == ")":
        return True  # "(Reuters) -": the agency's credit
    return any(word.is_upper and word.is_alpha and len(word) > 1 for word in before)


def _trimmable(token: Token) -> bool:
    """Edge punctuation annotators leave out; a closing bracket and a per cent sign ("42%",
    kept by PolNeAR's annotators in all 11 such sources of its training split) stay."""
    if token.is_space:
        return True
    return token.is_punct and token.text not in (")", "]", "%")
