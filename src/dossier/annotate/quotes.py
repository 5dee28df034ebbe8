"""Reported speech: who said what, through which verb or phrase, as direct, indirect or mixed
quotes.

A pure function of a parsed spaCy ``Doc`` (tagger, parser, lemmatizer and NER are needed). The
rules work on the dependency tree: a reporting verb (the cue) takes its subject or ``by`` agent as
the source and its clausal complement as the content; quotation marks then decide whether the
content is direct, mixed or indirect, and stray quotes are attached to the nearest cue outside
them. Phrases ("according to X, ...", "In a poll, ...", "citing X") are handled alongside, and
a passive speech verb with no agent ("she was asked about X") is an attribution with no source.

The rules live in sibling modules, one sub-concept each: ``quotes_marks`` (pairing quotation
marks), ``quotes_lexicon`` (cue words and the cue's own span), ``quotes_source`` (source spans),
``quotes_content`` (content spans), ``quotes_phrases`` ("according to", "In a poll", labels),
``quotes_predicates`` (noun and adjective cues), ``quotes_phrasal`` ("made it clear",
"issued a statement saying", and one cue read in two pieces: "expressed concern that"),
``quotes_adjacent`` (quotations next to a cue, continued after it or introduced by "He added:"
at the end of the paragraph before) and
``quotes_speakers`` (names and pronouns); ``quotes_wordnet`` adds WordNet's verbs of saying
outside the hand lexicon, in attribution frames only ("bemoaned that ...", "proclaimed “...”"),
and its verbs of knowing and perceiving with a "that" clause and a holder ("noticed that ...");
``quotes_headlines`` reads title-case headlines ("Roe Praises Budget Plan"), which the tagger
parses as strings of names; ``quotes_relative`` reads cues whose object is the noun their
clause modifies ("the plan the mayor proposed"), ``quotes_polls`` a trailing "in the latest
poll", ``quotes_hearsay`` "reportedly", ``quotes_questions`` drops questions put to "you";
``quotes_learned`` weighs the rules' cues with a fitted model (``quotes_senses`` gives it
WordNet's senses) and ``quotes_readings`` reads the words it adds. A past participle opening a
sentence ("Asked whether ...") has no source but its ``by`` agent.
Beliefs and intentions count as attributions, as in
PolNeAR ("wants to", "is confident that", "seems to" with no source), except inside the content
of another attribution ("X said voters support Y" is one attribution).

Known limits: a content preceding its cue in an earlier sentence ("It is over. Or so she said.")
is not read; a label cue needs a name or a capitalised noun before its colon; only "he"/"she"
pronouns are resolved (to the last named person speaker before them). The lexicon and a few
thresholds were tuned on PolNeAR's training split (see the comments where they are defined).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from dossier import models
from dossier.furniture_tokens import FURNITURE_LABEL
from dossier.annotate.quotes_adjacent import continued_quotes, unclaimed_quotes
from dossier.annotate.quotes_content import content_of, has_clause, trim_and_snap
from dossier.annotate.quotes_extracted import from_extracted
from dossier.annotate.quotes_found import Context, Found, token_chars
from dossier.annotate.quotes_lexicon import (
    CLAUSE_ONLY_CUES,
    CUE_LEMMAS,
    OBJECT_CUES,
    QUOTE_ONLY_CUES,
    SOURCELESS_CUES,
    TOPIC_PREPOSITIONS,
    citing_object,
    cue_chars,
    is_cue,
    is_finding,
    lemma,
)
from dossier.annotate.quotes_headlines import from_headlines
from dossier.annotate.quotes_hearsay import from_hearsay_adverbs
from dossier.annotate.quotes_learned import refine_cues
from dossier.annotate.quotes_marks import inside, pair_quote_marks
from dossier.annotate.quotes_polls import from_trailing_polls
from dossier.annotate.quotes_predicates import from_predicates
from dossier.annotate.quotes_questions import asks_the_addressee
from dossier.annotate.quotes_phrasal import (
    from_made_clear,
    merge_split_cues,
    merge_statement_cues,
)
from dossier.annotate.quotes_phrases import (
    from_according_to,
    from_labels,
    from_survey_phrases,
)
from dossier.annotate.quotes_relative import from_relative
from dossier.annotate.quotes_relays import mark_relays
from dossier.annotate.quotes_source import (
    agent_of,
    antecedent_of_who,
    np_span,
    source_of,
    stranded_subject,
)
from dossier.annotate.quotes_source_named import without_named_things
from dossier.annotate.quotes_speakers import build_name_map, resolve_speakers
from dossier.annotate.quotes_wordnet import is_wordnet_cue, names_a_source

__all__ = ["build_name_map", "find_quotes", "pair_quote_marks"]

# Verbs whose past participle opens a clause about a question put to the subject ("Asked
# whether ...", "Pressed on ...").
QUESTION_CUES = frozenset({"ask", "question", "press", "quiz", "challenge"})


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
    text = doc.text
    ctx = Context(doc, text, pair_quote_marks(text), [sent.start for sent in doc.sents])
    found: list[Found] = []
    for token in doc:
        if inside(token.idx, ctx.marks):
            continue
        if is_cue(token) or is_wordnet_cue(token, ctx.marks):
            extracted = from_extracted(ctx, token)  # "a wall, which he said X should pay for"
            if extracted:
                found.extend(extracted)
                continue
            item = _from_cue(ctx, token) or from_relative(ctx, token)
            if item is not None:
                found.append(item)
    found.extend(from_according_to(ctx))
    found.extend(from_labels(ctx))
    found.extend(from_survey_phrases(ctx))
    found.extend(from_trailing_polls(ctx))
    found.extend(from_hearsay_adverbs(ctx))
    found.extend(from_made_clear(ctx))
    found.extend(from_headlines(ctx, [item.cue for item in found if item.cue]))
    found.extend(from_predicates(ctx, [item.cue for item in found if item.cue]))
    found.extend(continued_quotes(ctx, found))
    found.extend(unclaimed_quotes(ctx, found))
    found.extend(continued_quotes(ctx, found))
    found = _outermost(merge_statement_cues(ctx, found))
    found = refine_cues(ctx, found)  # a fitted model's check on the rules' cues
    found = without_named_things(doc, found)  # "a book titled ...": the book says nothing
    found = [
        item for item in found
        if not _in_furniture(doc, item.cue) and not asks_the_addressee(doc, item.cue)
    ]
    found = merge_split_cues(doc, found)  # "expressed concern that", "refused to concede that"
    mark_relays(doc, found)  # "X, the minister told reporters, Reuters reported"
    found.sort(key=lambda item: item.content[0])
    return resolve_speakers(doc, doc_id, found, names)


def _in_furniture(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """Whether a cue lies in page furniture (a notice on readers' comments, a credit), which
    ``furniture_tokens`` marks before parsing: a page's own boilerplate reports no one's words."""
    span = doc.char_span(*cue, alignment_mode="expand") if cue else None
    return span is not None and any(token.ent_type_ == FURNITURE_LABEL for token in span)


def _from_cue(ctx: Context, cue: Token) -> Found | None:
    """Build a quote around a reporting verb, or None when it has no content or no source."""
    doc = ctx.doc
    source = source_of(cue)
    via = None
    cited = citing_object(cue)
    if cited is not None and names_a_source(cited):  # not "citing rising costs": a reason
        via, source = source, np_span(cited)
    key = lemma(cue)
    if key in QUOTE_ONLY_CUES:
        return None  # read next to a quotation, in quotes_adjacent
    if key in SOURCELESS_CUES or _is_bare_passive(cue):
        return _sourceless(ctx, cue)
    if source is None and _is_passive(cue):
        return _agentless(ctx, cue)
    if _is_passive_participle(cue):
        return _asked(ctx, cue)
    if source is None:
        source = stranded_subject(cue)
    content = content_of(doc, cue, ctx.marks)
    if content is None or source is None:
        return None
    if _holds_source(cue, content, source):
        return None  # "“...,” said Jane Roe": the name after the verb is who, not what
    if key in CLAUSE_ONLY_CUES and key not in OBJECT_CUES and not has_clause(cue):
        if not any(child.lower_ in TOPIC_PREPOSITIONS for child in cue.rights) and not (
            is_finding(cue, source)
        ):
            return None
    return ctx.found(
        content,
        cue.i,
        nested_ok=key in CUE_LEMMAS and key not in CLAUSE_ONLY_CUES,
        cue=cue_chars(cue, until=content[0] if content[0] > cue.idx else None),
        source=token_chars(doc, source),
        source_tokens=antecedent_of_who(doc, source) or source,
        via_tokens=via,
    )


def _holds_source(cue: Token, content: tuple[int, int], source: tuple[int, int]) -> bool:
    """Whether a content read after the cue takes in a source that also follows it (an
    inverted subject read as an object); a clause the cue interrupts may hold its source."""
    if source[0] <= cue.i or content[0] <= cue.idx:
        return False
    return content[0] <= cue.doc[source[0]].idx < content[1]


def _sourceless(ctx: Context, cue: Token) -> Found | None:
    """"The plan seems to work": the subject and the complement are what is judged, by nobody
    named; a passive belief verb reads the same way ("she is expected to win")."""
    subjects = [child for child in cue.lefts if child.dep_ in ("nsubj", "nsubjpass", "expl")]
    clauses = [child for child in cue.rights if child.dep_ in ("xcomp", "ccomp", "acomp", "attr")]
    if subjects and subjects[0].lower_ == "it":
        return _it_seems(ctx, cue)
    if not clauses:
        clauses = [child for child in cue.rights if child.dep_ == "prep" and child.lower_ == "like"]
    if not clauses:
        return None
    first = subjects[0].left_edge.i if subjects else clauses[0].left_edge.i
    span = trim_and_snap(
        ctx.doc, (first, clauses[-1].right_edge.i + 1), ctx.marks, anchor=cue.i
    )
    if span is None:
        return None
    return ctx.found(span, cue.i, nested_ok=False, cue=cue_chars(cue))


def _it_seems(ctx: Context, cue: Token) -> Found | None:
    """"It seems (that) the plan works", "it seemed as if ...": the clause after the verb is
    what is judged; "it seems to" and "it appears likely" say nothing of a clause."""
    clauses = [
        child for child in cue.rights
        if child.dep_ == "ccomp" or (
            child.dep_ == "advcl" and any(
                grand.dep_ == "mark" and grand.lower_ in ("like", "if") for grand in child.lefts
            )
        )
    ]
    if not clauses:
        return None
    clause = clauses[0]
    start = clause.left_edge.i
    while start < clause.i and ctx.doc[start].dep_ == "mark" and ctx.doc[start].lower_ != "that":
        start += 1  # "as if" and "like" belong to neither cue nor content
    span = trim_and_snap(ctx.doc, (start, clause.right_edge.i + 1), ctx.marks, anchor=cue.i)
    if span is None:
        return None
    return ctx.found(span, cue.i, nested_ok=False, cue=cue_chars(cue))


def _agentless(ctx: Context, cue: Token) -> Found | None:
    """"She was asked about the protests", "It has been reported that ...": a passive speech verb
    with no agent has no source; its complement, else its subject, is what was said."""
    content = content_of(ctx.doc, cue, ctx.marks)
    if content is None:
        subjects = [child for child in cue.lefts if child.dep_ == "nsubjpass"]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        span = (subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
        content = trim_and_snap(ctx.doc, span, ctx.marks, anchor=cue.i)
    if content is None:
        return None
    return ctx.found(content, cue.i, nested_ok=False, cue=cue_chars(cue))


def _is_passive_participle(cue: Token) -> bool:
    """"Asked if he would run, Roe said ...": a past participle opening a clause is passive; the
    subject of the main verb is who was asked, not who asked."""
    if cue.tag_ != "VBN" or cue.dep_ != "advcl" or lemma(cue) not in QUESTION_CUES:
        return False
    return not any(child.dep_ in ("aux", "auxpass", "nsubj") for child in cue.children)


def _asked(ctx: Context, cue: Token) -> Found | None:
    """The question of "Asked if/whether/about X": its clause or topic is the content, and the
    asker (a ``by`` agent) is the source, or nobody."""
    source = agent_of(cue)
    content = content_of(ctx.doc, cue, ctx.marks)
    if content is None:
        clauses = [
            child for child in cue.rights
            if child.dep_ == "advcl" and any(
                grand.dep_ == "mark" and grand.lower_ in ("if", "whether") for grand in child.lefts
            )
        ]
        if not clauses:
            return None
        span = (clauses[0].left_edge.i, clauses[0].right_edge.i + 1)
        content = trim_and_snap(ctx.doc, span, ctx.marks, anchor=cue.i)
    if content is None:
        return None
    return ctx.found(
        content,
        cue.i,
        nested_ok=False,
        cue=cue_chars(cue),
        source_tokens=source,
    )


def _is_passive(cue: Token) -> bool:
    children = {child.dep_ for child in cue.children}
    return "auxpass" in children and "agent" not in children


def _is_bare_passive(cue: Token) -> bool:
    """"is expected to", "was said to": a passive belief or speech verb with no agent."""
    children = {child.dep_ for child in cue.children}
    return "auxpass" in children and "agent" not in children and "xcomp" in children


def _outermost(found: list[Found]) -> list[Found]:
    """Drop belief and stance attributions whose cue lies inside another one's content: "X said
    they support Y" is annotated as what X said, not as a second attribution."""
    return [
        item
        for item in found
        if item.nested_ok or item.cue is None or not any(
            other is not item and other.content[0] <= item.cue[0] < item.cue[1] <= other.content[1]
            for other in found
        )
    ]
