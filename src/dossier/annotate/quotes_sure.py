"""A quote around a word the cue model is sure of when no reader finds its content.

Part of quote finding (see ``quotes.py`` and ``quotes_learned``). ``quotes_readings`` reads a sure
word's content from the frames the rules know; where the parse fits none of them (a misparsed
"said" in mid-sentence, "seems unlikely to want ..."), the word was dropped. On every sixth
training document from the fourth (140), 127 of the 162 words scoring above ``add`` and read by no
frame lie in a gold cue (78%, from 73% in the band 0.4-0.5 to all above 0.9), a higher share than
the words the frames do read (522 of 690). A verb's content is taken plainly: the clause, object or
predicate it governs after it, else, for a clause head with a subject, the words of its sentence
before it ("The hashtag, Mr. Abboud said, accompanied ...", "“Apparently not,“ he said"). The
readers' refusals stand (an addressee, a small clause). Nouns and adjectives are not read so: the
words before them are seldom what they report (content overlap F1 fell with them);
``quotes_sure_nominal`` reads their own complements instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_content import trim_and_snap
from dossier.annotate.quotes_found import Context, Found
from dossier.annotate.quotes_lexicon import cue_chars
from dossier.annotate.quotes_readings import refused_complement
from dossier.annotate.quotes_source import source_of, stranded_subject
from dossier.annotate.quotes_sure_nominal import read_nominal
from dossier.annotate.quotes_wordnet import names_people

__all__ = ["read_plainly"]

# What a verb governs after it that may be what it reports (not a "by" agent, a time or place).
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "oprd", "attr", "dobj"})
# Labels of a verb heading a clause of its own, which may follow what it reports ("X, she said"):
# not a participle modifying a noun ("the formula agreed last week").
LEFT_MODIFIERS = frozenset({"advcl", "prep", "npadvmod", "advmod", "mark", "cc"})
CLAUSE_HEADS = frozenset({"ROOT", "parataxis", "conj", "advcl"})


def read_plainly(ctx: Context, token: Token) -> Found | None:
    """A quote around a sure word whose content no frame reads.

    Args:
        ctx: the document's quote-finding context.
        token: a word the cue model scores above its ``add`` threshold (a noun or adjective is
            read by ``read_nominal``, unless it is a verb the tagger took for a noun).

    Returns:
        The quote, its content the words the token governs after it, else the words of its
        sentence before it and its subject; its source the token's subject when it is a verb.
        None when neither side holds a word.
    """
    doc = ctx.doc
    if token.pos_ in ("NOUN", "ADJ") and not _misread_verb(token):
        return read_nominal(ctx, token)  # a noun's sentence is not what it reports
    if token.pos_ not in ("VERB", "NOUN") or refused_complement(token):
        return None  # nor an addressee or small clause
    source = source_of(token) or stranded_subject(token)
    governed = [
        child for child in token.rights
        if child.dep_ in COMPLEMENT_DEPS
        and not (child.dep_ == "dobj" and (child.pos_ == "PRON" or names_people(child)))
    ]  # "hugged her", "addressed her staff": who was spoken to is no content
    if token.dep_ == "amod":  # "Roe decried Smith's calls": a verb misread as the noun's modifier
        if token.head.i < token.i:
            return None
        governed = [token.head]
        source = None
    content = None
    if governed:
        span = (max(governed[0].left_edge.i, token.i + 1), governed[-1].right_edge.i + 1)
        content = trim_and_snap(doc, span, ctx.marks, anchor=token.i)
    elif source is not None and token.dep_ in CLAUSE_HEADS and not any(
        child.dep_ in ("prep", "agent", "dative") for child in token.rights
    ):  # "..., she said.": a clause with its own subject, what comes before it is reported
        start = min(token.i, source[0], _first_modifier(token))
        content = trim_and_snap(doc, (_after_modifiers(token), start), ctx.marks, anchor=token.i)
    if content is None or content[0] <= token.idx < content[1]:
        return None
    until = content[0] if content[0] > token.idx else None
    return ctx.found(
        content, token.i, nested_ok=True, cue=cue_chars(token, until=until), source_tokens=source
    )


def _misread_verb(token: Token) -> bool:
    """"Roe brags that ...": a verb the parser took for a noun heading its sentence, with a
    subject before it or a clause after it."""
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and any(
        child.dep_ == "nsubj" if child.i < token.i else child.dep_ in ("ccomp", "advcl")
        for child in token.children
    )


def _first_modifier(token: Token) -> int:
    """The first of the auxiliaries and adverbs directly before the word ("has also said")."""
    left = token.i
    while left > 0 and token.doc[left - 1].head.i == token.i and token.doc[left - 1].dep_ in (
        "aux", "auxpass", "neg", "advmod"
    ):
        left -= 1
    return left


def _after_modifiers(token: Token) -> int:
    """Where the words before a verb may start to be what it reports: after its adverbial
    clauses and phrases ("Asked whether he would run, the mayor smiled": the question is no
    smile's content)."""
    ends = [child.right_edge.i + 1 for child in token.lefts if child.dep_ in LEFT_MODIFIERS]
    return max([token.sent.start, *ends])
