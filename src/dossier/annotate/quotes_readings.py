"""Reading a quote around a word the cue model is sure of but the rules passed over.

Part of quote finding (see ``quotes.py`` and ``quotes_learned``). The rules' own helpers read the
word's content where they can; a verb may also report a prepositional or direct object the
lexicon does not know it takes ("lashed out at X", "distanced himself from X", "forwarded a
post", "was cast as X"), and a noun or adjective the object of a preposition ("support for X",
"critical of X"); any of them may introduce what follows a colon right after it ("boomed: ...",
"her plan includes: ..."). Frames beyond the word's own complement (a noun a participle
describes, a comparison a belief closes, a bare passive's subject, "think so", the quotation
before an inverted verb, a verb misread as a plural noun) are read by ``quotes_read_shapes``; a
pronoun object is content when it stands for a thing ("hated it", "some of the proposals").
A common noun for a person or a group of people as a verb's direct object is who was addressed,
not what was said ("scolded the contractors", "addressed her staff"), unless an infinitive
follows it ("urged his staff to wait": the staff's waiting is what was urged), and neither is a
verbless small clause about the object ("found the city welcoming"). A named person stays content
("hammered Roe"): PolNeAR marks the target of an attack so, and under 5-fold CV on train refusing
PERSON and NORP objects as well lowered every cross-validated F1 (mean 0.7936 -> 0.7933).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_content import complement_tokens, content_of, trim_and_snap
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_gaps import cut_before
from dossier.annotate.quotes_lexicon import cue_chars
from dossier.annotate.quotes_read_shapes import (
    answer_word,
    compared_clause,
    copular_clause,
    described_noun,
    misread_verb,
    passive_subject,
    quotation_before,
    thing_object,
    verbless_claim,
)
from dossier.annotate.quotes_relative import from_passive_relative, from_relative_object
from dossier.annotate.quotes_source import agent_of, np_span, source_of, stranded_subject
from dossier.annotate.quotes_wordnet import names_people

__all__ = ["read_added", "refused_complement"]

# Prepositions whose object a noun or adjective cue reports ("support for", "critical of").
NOMINAL_PREPOSITIONS = frozenset({"of", "for", "on", "about", "to", "against", "over", "with"})
# Particles the parser may hang an object from as if they were prepositions ("voted down the
# bill", "shrugged off the charge", "played up his record"): the object is what the phrasal
# verb acts on, as with a plain direct object.
PHRASAL_PARTICLES = frozenset({"down", "off", "up"})
# Prepositions whose object a verb the model is sure of reports ("lashed out at", "distanced
# himself from", "portrayed as"); adding "in", "into", "behind" or "toward" changed no F1 on a
# quarter of train; "as" raised cue and content overlap F1 by 0.0015 on a fifth of train.
VERBAL_PREPOSITIONS = NOMINAL_PREPOSITIONS | frozenset({"at", "from", "as"}) | PHRASAL_PARTICLES
# Heads of a verbless clause ("found the city welcoming", "thought him ready").
SMALL_CLAUSE_TAGS = frozenset({"VBG", "VBN", "JJ"})


def read_added(ctx: Context, token: Token) -> Found | None:
    """A quote around a word the rules passed over, read by the rules' own helpers.

    Args:
        ctx: the document's quote-finding context.
        token: a verb, noun or adjective the cue model scores above its ``add`` threshold.

    Returns:
        The quote (its source may be absent), or None when no content can be read.
    """
    verbless = verbless_claim(token)
    if verbless is not None:  # "Wealth-X tallies 585 billionaires": a misread verb
        content = trim_and_snap(ctx.doc, verbless[1], ctx.marks, anchor=token.i)
        cue = token_chars(ctx.doc, (token.i, token.i + 1))
        if content is None:
            return None
        return ctx.found(content, token.i, nested_ok=True, cue=cue, source_tokens=verbless[0])
    if token.pos_ == "VERB" or misread_verb(token):
        passive = from_passive_relative(ctx, token)  # "Roe, who was endorsed by the union"
        if passive is not None:
            return passive
        content, cue = _verbal_reading(ctx, token)
        if content is None:  # "a claim that the office disputes": the object moved out
            relative = from_relative_object(ctx, token)
            if relative is not None:
                return relative
        source = source_of(token) or stranded_subject(token)
        if content is None:
            content, cue, source = _verbal_frame(ctx, token, source)
    else:
        span = complement_tokens(token) or _nominal_complement(token) or copular_clause(token)
        span = cut_before(ctx.doc, span) if span else None
        content = trim_and_snap(ctx.doc, span, ctx.marks, anchor=token.i) if span else None
        source = _nominal_source(token)
        cue = token_chars(ctx.doc, (token.i, token.i + 1))
    if content is None:
        content, cue = _after_colon(ctx, token)
    if content is None or content[0] <= token.idx < content[1]:
        return None
    return ctx.found(
        content, token.i, nested_ok=True, cue=cue,
        source_tokens=source,
    )  # fmt: skip


def _verbal_reading(
    ctx: Context, token: Token
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A verb's content as the rules read it, unless that is its addressee or a small clause
    describing its object; else an object the lexicon does not know it takes."""
    if not refused_complement(token):
        content = content_of(ctx.doc, token, ctx.marks)
        if content is not None:
            until = content[0] if content[0] > token.idx else None
            return content, cue_chars(token, until=until)
    return _verbal_object(ctx, token)


def _verbal_frame(
    ctx: Context, token: Token, source: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, tuple[int, int] | None]:
    """A frame the verb reports in beyond its complement (``quotes_read_shapes``): the noun a
    participle describes (its ``by`` agent the source), the clause a comparison closes, a bare
    passive's subject, a one-word answer, or the quotation before an inverted verb.

    Returns:
        (content, cue, source) spans in characters, (cue and source of the plain verb when read),
        or (None, None, source) when no frame fits.
    """
    doc = ctx.doc
    quotation = quotation_before(token, ctx.marks)
    if quotation is not None:
        return quotation, token_chars(doc, (token.i, token.i + 1)), source
    described = described_noun(token)
    if described is not None:
        source = agent_of(token)
    span = described or compared_clause(token) or passive_subject(token) or answer_word(token)
    content = trim_and_snap(doc, span, ctx.marks, anchor=token.i) if span else None
    if content is None:
        return None, None, source
    return content, cue_chars(token), source


def refused_complement(token: Token) -> bool:
    """"scolded the contractors" (an addressee), "found the city welcoming" (a verbless small
    clause says what the object is like, not what anybody reported)."""
    span = complement_tokens(token)
    if span is None:
        return False
    heads = [child for child in token.rights if span[0] <= child.i < span[1]]
    if not heads:
        return False
    head = heads[0]
    if head.dep_ == "dobj":  # "urged his staff to wait": the staff's waiting was urged
        raised = any(child.dep_ == "xcomp" and child.i > head.i for child in token.rights)
        return _addressee(head) and not raised
    return head.dep_ == "ccomp" and _small_clause(head)


def _small_clause(clause: Token) -> bool:
    """A clause with a subject but no finite verb, auxiliary or "that"."""
    deps = {child.dep_ for child in clause.children}
    return (
        clause.tag_ in SMALL_CLAUSE_TAGS
        and "nsubj" in deps
        and not deps & {"aux", "auxpass", "mark"}
    )


def _verbal_object(
    ctx: Context, token: Token
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """"lashed out at the plan", "distanced himself from X", "retweeted a post": what a verb the
    model is sure of reports when the lexicon knows none of its complements; the particle,
    reflexive and preposition before the object belong to the cue, as PolNeAR marks them.

    Returns:
        (content, cue) character spans, or (None, None) when the verb has no such object.
    """
    if token.lower_ == "according":
        return None, None  # "according to" is read (or refused) by quotes_phrases alone
    target = None
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in VERBAL_PREPOSITIONS:
            target = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if target is not None and target.ent_type_ in ("DATE", "TIME"):
                target = None  # "on Tuesday" says when, not what
        elif child.dep_ == "dobj" and (child.pos_ != "PRON" or thing_object(child)) and not (
            _addressee(child)
        ):
            target = child
        if target is not None:
            break
    if target is None:
        return None, None
    span = cut_before(ctx.doc, (target.left_edge.i, target.right_edge.i + 1))
    content = trim_and_snap(ctx.doc, span, ctx.marks, anchor=token.i)
    if content is None or content[0] <= token.idx:
        return None, None
    start = cue_chars(token)[0]
    last = max(token.i, target.left_edge.i - 1)
    return content, (start, token_chars(ctx.doc, (last, last + 1))[1])


def _after_colon(
    ctx: Context, token: Token
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """"then boomed: ...", "made a simple case: ...", "her plan includes: ...": a word the model
    is sure of, right before a colon, introduces the rest of its sentence after the colon (a
    quotation there is taken whole).

    Returns:
        (content, cue) character spans, the cue running to the colon, or (None, None).
    """
    doc = ctx.doc
    colon = token.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or "\n" in doc[colon].whitespace_:
        return None, None
    start = colon + 1
    content = trim_and_snap(doc, (start, doc[start].sent.end), ctx.marks, anchor=token.i)
    if content is None:
        return None, None
    return content, (cue_chars(token)[0], token_chars(doc, (colon, colon + 1))[1])


def _addressee(target: Token) -> bool:
    """"scolded the contractors", "addressed the crowd": a common noun for a person or a group
    of people as the direct object is who was spoken to, not what was said."""
    return names_people(target)


def _nominal_complement(token: Token) -> tuple[int, int] | None:
    """"refusal to testify", "vow that ...", "support for the bill": a clause or the object of
    a preposition after a noun or adjective cue."""
    for child in token.rights:
        if child.dep_ in ("acl", "ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            return child.left_edge.i, child.right_edge.i + 1
        if child.dep_ == "prep" and child.lower_ in NOMINAL_PREPOSITIONS:
            objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i + 1
    return None


def _nominal_source(token: Token) -> tuple[int, int] | None:
    """The possessor ("her vow"), a ``by`` agent, the copula's subject of an adjective, or the
    subject of the verb a noun is the object of ("voiced support")."""
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "by"):
            target = child if child.dep_ == "poss" else next(
                (grand for grand in child.children if grand.dep_ == "pobj"), None
            )
            if target is not None:
                return np_span(target)
    if token.dep_ in ("acomp", "dobj", "attr"):
        subjects = [child for child in token.head.children if child.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ not in ("it", "that", "this", "there", "which"):
            return np_span(subjects[0])
    return None
