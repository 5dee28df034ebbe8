"""Who is speaking: the source span of a cue, as a token span of a noun phrase.

Part of quote finding (see ``quotes.py``). The source is the cue's subject, the ``by`` agent of a
passive, the subject borrowed from the verb a participle hangs from, or the noun an ``acl`` cue
modifies; failing all these, a name opening the sentence and set off by commas before the cue.
Spans follow the attribution annotators' habits: a relative clause stays unless it reports
something itself, an apposition keeps its closing comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import ALL_CUES, NON_SOURCES, breaks_line, lemma
from dossier.annotate.quotes_source_experiencer import experiencer_of
from dossier.annotate.quotes_source_subjects import (
    controlling_object,
    infinitive_holder,
    is_infinitive,
    name_opening_line,
    real_subjects,
)

# Focus adverbs before a noun phrase ("even his allies said"): annotators leave them out of
# the source.
FOCUS_ADVERBS = frozenset({"even", "only", "also", "especially", "particularly"})
# Words after which "only" limits an amount and stays in the source ("only two senators", "only
# a quarter of voters"): PolNeAR's training split keeps it in 14 such sources, leaves it out of 4.
AMOUNT_OPENERS = frozenset({"a", "an", "about", "half"})
# Prepositions of a time phrase hung on a source ("Roe on Tuesday said").
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
# Tags of a finite verb: only a finite cue has a subject of its own to look for.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# What a trailing participle follows: a comma, or a quotation closed on one.
CLAUSE_BREAKS = frozenset({",", "”", '"', "''"})
# Dashes that close a news dateline before the lede's first words.
DATELINE_DASHES = frozenset({"—", "–", "--"})
# Dashes that open and close an aside inside a noun phrase ("Roe — and her deputy —").
DASHES = DATELINE_DASHES | {"-"}
# What may stand just before a stranded name: a comma (or the sentence's start), or the
# quotation mark closing the words the name is about to be credited with.
NAME_OPENERS = frozenset({",", "”", '"', "''"})


def source_of(cue: Token) -> tuple[int, int] | None:
    """The subject, or the ``by`` agent of a passive; a participle or conjunct ("..., saying
    that ...") borrows the subject of the verb it hangs from, an infinitive the object before
    it ("led Roe to declare"), and an ``acl`` its noun, or for an infinitive the noun's holder
    ("has a chance to show"; see ``quotes_source_subjects``). An emotion verb's source is who
    feels ("the plan angered voters"; see ``quotes_source_experiencer``)."""
    experiencer = experiencer_of(cue)
    if experiencer is not None:
        return np_span(experiencer)
    inverted = _inverted_subject(cue)
    if inverted is not None:
        return inverted
    verb = cue
    for _ in range(3):
        subjects = real_subjects(verb, [
            child for child in verb.children
            if child.dep_ == "nsubj"
            and (child.lower_ not in NON_SOURCES or _is_relative_subject(child))
        ])  # fmt: skip
        if subjects:
            return np_span(subjects[0])[0], np_span(subjects[-1])[1]
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return _with_loose_apposition(verb, np_span(objects[0]))
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            holder = infinitive_holder(verb.head) if is_infinitive(verb) else None
            return np_span(holder) if holder is not None else np_span(verb.head, stop=verb.i)
        controller = controlling_object(verb)  # "led the chairman to declare"
        if controller is not None:
            return np_span(controller)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head  # "by saying": climb over the preposition too
        elif verb.dep_ not in ("advcl", "xcomp", "conj") and not _misattached(verb):
            return None
        if verb.head.i == verb.i:
            return None
        verb = _reporter_of(verb.head) if _trailing_participle(verb, cue) else verb.head
    return None


def _trailing_participle(verb: Token, cue: Token) -> bool:
    """", adding ...", ", while insisting ...": the cue itself, a participle after a comma."""
    if verb.i != cue.i or cue.dep_ != "advcl" or cue.tag_ != "VBG":
        return False
    first = cue.left_edge.i
    return first > 0 and cue.doc[first - 1].text in CLAUSE_BREAKS


def _reporter_of(verb: Token) -> Token:
    """"Roe insisted that the party has grown, adding ...": the parser hangs a participle after a
    comma from the nearest verb, which may lie inside what another cue reports; the participle
    then goes with that cue, whose speaker is also the participle's (on PolNeAR's training
    split the reported clause's subject was wrong for 13 of 25 such participles sampled)."""
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and lemma(verb.head) in ALL_CUES:
        return verb.head
    return verb


def _is_relative_subject(pronoun: Token) -> bool:
    """"the union, which has endorsed her": the relative pronoun is the source, as annotators
    mark it ("who" already is); the noun it stands for is found for the speaker."""
    return pronoun.tag_ == "WDT" and pronoun.head.dep_ == "relcl"


def _misattached(verb: Token) -> bool:
    """"Majorities of voters going to the polls say ...": the parser takes the participle for
    the main verb and hangs the real one from it as ``dep``; its subject is the participle's."""
    head = verb.head
    return verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBG" and (
        head.i < verb.i
    )


def _inverted_subject(cue: Token) -> tuple[int, int] | None:
    """"..., said Jane Roe": after a quotation the speaker may follow the verb, and the parser
    then rarely calls it a subject."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if doc[cue.i - 1].text not in (",", "”", '"', "''"):
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass", "agent") for child in cue.children):
        return None
    if _shares_subject(cue):
        return None
    following = doc[cue.i + 1]
    head = following
    while head.head.i != cue.i and head.head.i > cue.i and head.head.i != head.i:
        head = head.head
    if head.head.i != cue.i or head.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if head.ent_type_ in ("DATE", "TIME"):
        return None
    return np_span(head)


def _shares_subject(cue: Token) -> bool:
    """"Roe came to town, recited her plans and ...": a verb coordinated after a plain comma
    with an earlier verb that has a subject shares that subject; the noun after it is its
    object. After a quotation ("“...,” said Roe") the speaker may still follow."""
    doc = cue.doc
    if cue.dep_ != "conj" or cue.head.i > cue.i or cue.head.pos_ not in ("VERB", "AUX"):
        return False
    after_quotation = cue.i > 1 and doc[cue.i - 2].text in CLAUSE_BREAKS - {","}
    if doc[cue.i - 1].text != "," or after_quotation:
        return False
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.head.children)


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


def antecedent_of_who(doc, source: tuple[int, int]) -> tuple[int, int] | None:
    """"Jane Roe, who said ...": the source span stays "who" (as annotators mark it), but the
    speaker is the noun phrase the relative clause hangs from."""
    who = doc[source[0]]
    if source[1] - source[0] != 1 or who.head.dep_ != "relcl":
        return None
    if who.lower_ != "who" and not _is_relative_subject(who):
        return None
    return np_span(who.head.head, stop=who.head.left_edge.i)


def agent_of(cue: Token) -> tuple[int, int] | None:
    """The noun phrase of a passive's ``by`` agent ("the plan proposed by the mayor"), or None."""
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return np_span(objects[0])
    return None


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
    for token in doc[left : head.i]:
        if breaks_line(token) or _ends_dateline(doc, left, token):
            left = token.i + 1
    while right - 1 > left and _trimmable(doc[right - 1]) and not _closes(doc, left, right - 1):
        right -= 1
    while left < right - 1 and (
        doc[left].is_punct or doc[left].is_space
        or (doc[left].lower_ in FOCUS_ADVERBS and not _limits_amount(doc, left))
    ):  # fmt: skip
        left += 1
    return left, _with_closing_mark(doc, head, left, right)


def _is_time_phrase(child: Token) -> bool:
    """A prepositional phrase of time on the noun ("Roe on Tuesday said"), which the parser
    hangs on the subject but annotators leave out of the source (on PolNeAR's training split,
    14 sources before such a phrase to 1 holding it, on a fifth of the split)."""
    if child.dep_ != "prep" or child.lower_ not in TIME_PREPOSITIONS:
        return False
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
    """The dash closing a dateline ("SPRINGFIELD, Ill. (AP) —"): a place in capitals before it."""
    return token.text in DATELINE_DASHES and any(
        word.is_upper and word.is_alpha and len(word) > 1 for word in doc[left : token.i]
    )


def _trimmable(token: Token) -> bool:
    """Edge punctuation annotators leave out; a closing bracket and a per cent sign ("42%",
    kept by PolNeAR's annotators in all 11 such sources of its training split) stay."""
    if token.is_space:
        return True
    return token.is_punct and token.text not in (")", "]", "%")

def stranded_subject(cue: Token) -> tuple[int, int] | None:
    """"Sen. Jane Roe, facing a hard race, said ...": when the parser hangs a long subject
    elsewhere (as a conjunct or an object of the clause before), the speaker is the name that
    opens the sentence, or follows a comma or a closing quotation mark, and runs up to the
    cue through commas only. The cue may be finite through its auxiliary ("Roe, who chairs
    the board, doesn't see ...") and an adverb may stand between the comma and the cue
    ("..., bluntly suggested"). With no comma there, a name opening a paragraph right before
    the cue is taken (see ``quotes_source_subjects.name_opening_line``).

    Args:
        cue: a finite reporting verb the parser gave no subject.

    Returns:
        The token span of the name with its apposition, or None when no name stands there.
    """
    doc = cue.doc
    comma = _comma_before(cue)
    if comma is None and _is_finite(cue):
        return name_opening_line(cue, _words_before(cue))
    if comma is None or not _is_finite(cue) or comma < 1:
        return None
    start = cue.sent.start
    for i in range(comma - 1, start - 1, -1):
        token = doc[i]
        if breaks_line(token):
            start = i + 1
            break
    candidate = None
    i = start
    while i < comma:
        before = doc[i - 1].text if i > start else ","
        if doc[i].pos_ == "PROPN" and before in NAME_OPENERS:
            end = i
            while end < comma and doc[end].pos_ == "PROPN":
                end += 1
            if doc[end].text == "," and doc[end - 1].ent_type_ not in ("DATE", "TIME", "GPE"):
                candidate = (i, end)
            i = end
        i += 1
    return _with_comma_apposition(cue, comma, candidate) if candidate else None



def _is_finite(cue: Token) -> bool:
    """A finite verb, or one made finite by its auxiliary ("doesn't see", "had said")."""
    if cue.tag_ in FINITE_TAGS:
        return True
    return any(
        child.dep_ == "aux" and child.tag_ in FINITE_TAGS | {"MD"} and child.i < cue.i
        for child in cue.children
    )


def _words_before(cue: Token) -> int:
    """The index of the last token before the cue's own auxiliaries, negation and adverbs
    ("..., doesn't see", "Roe bluntly suggested")."""
    doc = cue.doc
    i = cue.i - 1
    while i > cue.sent.start and doc[i].head.i == cue.i and doc[i].dep_ in (
        "aux", "neg", "advmod"
    ):
        i -= 1
    return i


def _comma_before(cue: Token) -> int | None:
    """The comma closing the stranded subject's aside, past the cue's own auxiliaries,
    negation and adverbs ("..., doesn't see", "..., bluntly suggested"); None if none."""
    i = _words_before(cue)
    return i if i >= 0 and cue.doc[i].text == "," else None


def _with_comma_apposition(cue: Token, comma: int, name: tuple[int, int]) -> tuple[int, int]:
    """The name, with a short noun apposition closed by the comma before the cue ("Jane Roe, the
    party's leader,"), as annotators mark it; a longer aside ("facing ...") is left out."""
    doc = cue.doc
    left, right = name
    aside = doc[right + 1 : comma]
    if len(aside) and aside[0].pos_ == "DET" and not any(t.text == "," for t in aside):
        if all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PART", "ADP") for t in aside):
            return left, comma + 1
    return name
