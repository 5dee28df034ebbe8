"""Frames a word the cue model is sure of may report in, beyond its own complement.

Part of quote finding (see ``quotes_readings``, which tries these after the rules' helpers). On
every sixth training document of PolNeAR, words scored above the model's ``add`` threshold but
left unread fell into a few general shapes of English, each read here:

- a noun that is the subject of "be" with a "that" clause ("The fear is that the bill fails");
- a passive participle after the noun it describes, set off by a comma or with an agent ("The
  deal, announced Friday, ..."): the noun is what was announced, a ``by`` agent who announced
  it (a restrictive one, "a plan announced last week collapsed", only names the plan);
- a comparison closed by a belief ("not as bad as insiders believe", "higher than pollsters
  predicted"): the clause compared is what was believed;
- a passive with its subject and nothing else ("The plan was criticized in a speech");
- a one-word answer after a belief verb ("I think so", "I hope not");
- a verb after a quotation with its subject after it ("“...!” beamed Roe");
- a verb the tagger read as a plural noun ("the office strongly disputes"), known by the
  subject it governs, which no noun does in the parser's scheme.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_marks import is_mark

__all__ = [
    "answer_word",
    "compared_clause",
    "copular_clause",
    "described_noun",
    "misread_verb",
    "passive_subject",
    "quotation_before",
    "thing_object",
    "verbless_claim",
]

# Pronoun objects that stand for a thing said or done ("hated it", "denied this"), not a person
# spoken to ("scolded them").
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})
# One-word stand-ins for a whole clause after a verb of belief ("I think so", "I hope not").
ANSWER_WORDS = frozenset({"so", "not"})
# Markers of a comparison's second term ("as bad as ...", "higher than ...").
COMPARISON_MARKERS = frozenset({"as", "than"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp"})


def thing_object(target: Token) -> bool:
    """"hated it", "addressed some of the proposals": a pronoun object that names a thing (a
    demonstrative or "it") or a share of one ("some of", "much of") is what a verb reports."""
    if target.lower_ in THING_PRONOUNS:
        return True
    return any(child.dep_ == "prep" and child.lower_ == "of" for child in target.children)


def copular_clause(token: Token) -> tuple[int, int] | None:
    """"The hope has been that ...", "Her fear is that ...": a noun as the subject of "be" whose
    complement is a "that" clause reports that clause (token span)."""
    head = token.head
    if token.dep_ != "nsubj" or head.lemma_ != "be" or head.i < token.i:
        return None
    for child in head.rights:
        if child.dep_ in ("ccomp", "attr", "acomp") and any(
            grand.dep_ == "mark" and grand.lower_ == "that" for grand in child.lefts
        ):
            return child.left_edge.i, child.right_edge.i + 1
    return None


def described_noun(token: Token) -> tuple[int, int] | None:
    """"The deal, announced Friday, ...", "a fact later confirmed by the department": a passive
    participle after a noun, with no complement of its own, set off by a comma or with a ``by``
    agent, reports that noun phrase (token span, up to the participle's first word)."""
    head = token.head
    if token.dep_ != "acl" or token.tag_ != "VBN" or head.i > token.i:
        return None
    if head.pos_ not in ("NOUN", "PROPN") or _has_complement(token):
        return None
    end = token.left_edge.i
    aside = end > 0 and token.doc[end - 1].text == ","
    if not aside and not any(child.dep_ == "agent" for child in token.children):
        return None  # "a plan announced last week collapsed" names the plan, nobody's words
    return (head.left_edge.i, end) if head.left_edge.i < end else None


def compared_clause(token: Token) -> tuple[int, int] | None:
    """"Turnout was higher than pollsters had predicted", "not as bad as insiders believe": a
    verb with a subject closing a comparison reports the clause compared, up to the marker."""
    if token.dep_ != "advcl" or token.head.pos_ not in ("ADJ", "ADV") or _has_complement(token):
        return None
    markers = [
        child for child in token.lefts
        if child.dep_ == "mark" and child.lower_ in COMPARISON_MARKERS
    ]  # fmt: skip
    if not markers or not any(child.dep_ == "nsubj" for child in token.lefts):
        return None
    if not _compares(token.head, markers[0].lower_):
        return None  # "high as the polls closed" says when
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    start = clause.left_edge.i
    return (start, markers[0].i) if start < markers[0].i else None


def passive_subject(token: Token) -> tuple[int, int] | None:
    """"The plan was criticized in a speech": a passive with neither agent nor complement
    reports its subject (a noun phrase before it; a pronoun's antecedent lies elsewhere)."""
    children = list(token.children)
    if not any(child.dep_ == "auxpass" for child in children) or _has_complement(token):
        return None
    if any(child.dep_ == "agent" for child in children):
        return None
    subjects = [child for child in token.lefts if child.dep_ == "nsubjpass"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    return subjects[0].left_edge.i, subjects[0].right_edge.i + 1


def answer_word(token: Token) -> tuple[int, int] | None:
    """"I think so.", "I hope not.": the word standing for a clause, right after the verb and
    closing its clause (not "thinks so much of her")."""
    doc = token.doc
    after = token.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ not in ANSWER_WORDS:
        return None
    if doc[after].head.i != token.i or not doc[after + 1].is_punct:
        return None
    return after, after + 1


def quotation_before(token: Token, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"“This is fantastic!” beamed Roe": a verb right after a closing quotation mark (a comma
    between them allowed) whose subject follows it reports that quotation (character span)."""
    if not any(child.dep_ == "nsubj" and child.i > token.i for child in token.children):
        return None
    doc = token.doc
    j = token.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or not is_mark(doc[j]):
        return None
    end = doc[j].idx + len(doc[j].text)
    return next(((a, b) for a, b in marks if b == end), None)


def misread_verb(token: Token) -> bool:
    """"the office strongly disputes": a word tagged as a noun that governs a subject is a verb
    the tagger misread (the parser hangs a copula's subject on the copula, never on a noun)."""
    return token.pos_ == "NOUN" and any(child.dep_ in SUBJECT_DEPS for child in token.children)


def verbless_claim(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"Wealth-X tallies 585 billionaires": in a sentence with no verb at all, a plural noun at
    its root with a name glued on before it and words after it is the verb the tagger misread.

    Returns:
        (source, content) token spans, or None.
    """
    if token.tag_ not in ("NNS", "NNPS") or token.dep_ != "ROOT":
        return None
    sent = token.sent
    if any(word.pos_ in ("VERB", "AUX") for word in sent):
        return None
    glued = [child for child in token.lefts if child.dep_ == "compound"]
    if not glued or not any(not word.is_punct for word in token.doc[token.i + 1 : sent.end]):
        return None
    return (glued[0].left_edge.i, token.i), (token.i + 1, sent.end)


def _compares(word: Token, marker: str) -> bool:
    """"as bad as", "higher than", "more likely than": the word the clause hangs from is
    compared, by an "as" before it or (for "than") a comparative form or degree word."""
    degree = {child.lower_ for child in word.lefts if child.dep_ == "advmod"}
    if marker == "as":
        return "as" in degree
    return word.tag_ in ("JJR", "RBR") or bool(degree & {"more", "less", "fewer"})


def _has_complement(token: Token) -> bool:
    return any(child.dep_ in COMPLEMENT_DEPS for child in token.rights)
