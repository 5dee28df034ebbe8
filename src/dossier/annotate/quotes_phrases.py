"""Attribution by phrase rather than by a reporting verb: "according to X", "In a poll, ...",
speaker labels.

Part of quote finding (see ``quotes.py``). "According to X, CONTENT" takes the longer side of the
sentence as content, "In a survey, CONTENT" the rest of the sentence; a label ("NAME: words"
opening a line) or a signature ("“...” ― Name") takes the rest of the line or the quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from dossier.annotate.quotes_content import paragraph_of, trim_and_snap
from dossier.annotate.quotes_found import Context, Found
from dossier.annotate.quotes_lexicon import NON_SOURCE_NOUNS, end_char, is_cue
from dossier.annotate.quotes_marks import inside
from dossier.annotate.quotes_source import np_span

# "PENCE: Well, ..." or "Poll: Voters ..." at the start of a line; at most five capitalised words.
# A topic line may come first, set off by a dash ("Polls were early - Jane Roe: ...").
LABEL_RE = re.compile(
    r"^[\"“]?(?:[^\n:]{1,100}?[ \t][-–—][ \t])?"
    r"(?P<source>[^\W\d][^:\n]{0,50}?)(?P<cue>:)[ \t]+(?P<content>[^\n]+)",
    re.MULTILINE,
)
# A dash and a name right after a closing quotation mark, to the end of the line.
SIGNATURE_RE = re.compile(
    r"[ \t\xa0]*(?P<cue>[―—–]|--)[ \t\xa0]*(?P<source>[A-Z][^\n]{0,48}[^\s.])\.?[ \t\xa0]*$",
    re.MULTILINE,
)
LABEL_MAX_WORDS = 5
# Below this many words and with no quotation mark, what follows a label heads a section ("Roe:
# Now or never"); on PolNeAR's training split such lines were attributions 1 time in 14.
HEADING_MAX_WORDS = 5
QUOTE_CHARS = frozenset("\"'“”‘’")
# Nouns for findings that "In a ..., CONTENT" attributes content to.
SURVEY_NOUNS = frozenset("poll survey study report analysis census audit review".split())
# Lower-case words a speaker label may hold ("Clinton camp", "Former AG Mukasey at RNC").
LABEL_LINKS = frozenset({"camp", "at", "and", "to", "on", "of", "in", "campaign", "aides"})
# Labels that head a transcript's questions or a page's sections, not a speaker's words.
NON_SPEAKER_LABELS = frozenset({"Q", "Q.", "A", "A."})
# Capitalised words that head sections, tease a story or credit a picture rather than name a speaker
# ("Correction: ...", "BREAKING: ...", "Photograph: AP").
HEADING_WORDS = frozenset(
    """latest update note correction video photo photos email name byline contributing
    editor watch listen read more related advertisement breaking boom look wow revealed
    exclusive according photograph photographs picture pictures image images caption
    illustration credit graphic""".split()
)


def from_according_to(ctx: Context) -> Iterable[Found]:
    """"According to X, CONTENT" and "CONTENT, according to X": the rest of the sentence."""
    doc = ctx.doc
    for token in doc[:-1]:
        if token.lower_ != "according" or doc[token.i + 1].lower_ != "to":
            continue
        objects = [child for child in doc[token.i + 1].children if child.dep_ == "pobj"]
        if not objects or not _is_information_source(objects[0]):
            continue  # "according to the formula/plan" is not attribution
        source = np_span(objects[0])
        sent, paragraph = token.sent, paragraph_of(doc, token.i)
        phrase_end = max(source[1], objects[0].right_edge.i + 1)
        before = (max(sent.start, paragraph[0]), token.i)
        after = (phrase_end, min(sent.end, paragraph[1]))
        longer = before if before[1] - before[0] >= after[1] - after[0] else after
        content = trim_and_snap(doc, longer, ctx.marks) if longer[1] > longer[0] else None
        if content is None:
            continue
        yield ctx.found(
            content,
            token.i,
            cue=(token.idx, end_char(doc[token.i + 1])),
            source_tokens=source,
        )


def from_survey_phrases(ctx: Context) -> Iterable[Found]:
    """"In a poll released Monday, most voters ...": a sentence opening with "in" and a survey
    or report reads as what that survey found (PolNeAR marks "In" as the cue)."""
    doc = ctx.doc
    for sent in doc.sents:
        token = sent[0]
        if token.lower_ != "in" or len(sent) < 4:
            continue
        objects = [child for child in token.children if child.dep_ == "pobj"]
        if not objects or objects[0].lemma_.lower() not in SURVEY_NOUNS or is_cue(token.head):
            continue  # "In a study, economists found ...": the finding has its own cue
        phrase_end = token.right_edge.i + 1
        if phrase_end >= sent.end or doc[phrase_end].text != ",":
            continue  # "In the poll's wake" and the like: no comma closing the phrase
        content = trim_and_snap(doc, (phrase_end, sent.end), ctx.marks, anchor=token.i)
        if content is None:
            continue
        source = (objects[0].left_edge.i, phrase_end)  # "a poll released Monday" whole
        yield ctx.found(
            content,
            token.i,
            cue=(token.idx, end_char(token)),
            source_tokens=source,
        )


def _is_information_source(noun: Token) -> bool:
    """Anything that can be read or heard from, which is nearly everything after "according to"
    (a law, a plan, a poll); the exceptions are nouns for a way of doing things ("according to
    the formula agreed last week")."""
    return noun.lemma_.lower() not in NON_SOURCE_NOUNS


def from_labels(ctx: Context) -> Iterable[Found]:
    """Speaker labels: "Name: what they said" opening a line (transcripts, headlines), and a
    quotation signed off with a dash ("“...” ― Name")."""
    for match in LABEL_RE.finditer(ctx.text):
        span = ctx.doc.char_span(*match.span("source"), alignment_mode="expand")
        if span is None or not _is_label(span) or not _is_labelled_speech(match.group("content")):
            continue
        spans = match.span("source"), match.span("cue"), match.span("content")
        yield from _labelled(ctx, *spans)
    for start, end in ctx.marks:
        match = SIGNATURE_RE.match(ctx.text, end)
        if match is not None:
            span = ctx.doc.char_span(*match.span("source"), alignment_mode="expand")
            if span is not None and any(token.pos_ == "PROPN" for token in span):
                yield from _labelled(ctx, match.span("source"), match.span("cue"), (start, end))


def _is_label(span) -> bool:
    """A name ("PENCE", "Clinton camp", "Former AG Mukasey at RNC") or a capitalised noun for
    who or what speaks ("Poll", "Insiders"), not a section heading ("The Latest", "Editor's
    Note") nor the interviewer's "Q"."""
    words = [token for token in span if not token.is_punct]
    if not words or len(words) > LABEL_MAX_WORDS or span.text in NON_SPEAKER_LABELS:
        return False
    if any({token.lower_, token.lemma_.lower()} & HEADING_WORDS for token in words):
        return False
    if not words[0].text[:1].isupper() or words[0].pos_ == "DET":
        return False
    lower = [token for token in words if not token.text[:1].isupper()]
    if len(lower) > 1 or any(token.lower_ not in LABEL_LINKS for token in lower):
        return False  # "Clinton camp" and "Mukasey at RNC" pass; a clause does not
    if any(token.pos_ == "PROPN" for token in words):
        return True
    if len(words) == 1 and words[0].pos_ in ("ADJ", "X") and words[0].is_title:
        return True  # a surname the tagger does not know ("Roe: ..."), title-cased
    return span.root.pos_ == "NOUN"


def _is_labelled_speech(content: str) -> bool:
    """Words rather than a tally ("Clinton: 547."), a handle or an address ("Twitter: @x"), or
    a section heading's few words ("Roe: A late surge") with no quotation in them."""
    words = re.findall(r"[^\W\d_]{2,}", content)
    if len(re.findall(r"\w+", content)) < HEADING_MAX_WORDS and not QUOTE_CHARS & set(content):
        return False
    return bool(words) and not content.lstrip().startswith("@") and "@" not in content.split()[0]


def _labelled(
    ctx: Context, source: tuple[int, int], cue: tuple[int, int], content: tuple[int, int]
) -> Iterable[Found]:
    span = ctx.doc.char_span(*source, alignment_mode="expand")
    if span is None:
        return
    start, end = content
    said = ctx.text[start:end].rstrip()
    end = start + len(said)
    if said.endswith(".") and not said.endswith("..") and not inside(end - 1, ctx.marks):
        said = said[:-1]  # a headline's or a transcript line's full stop is not what was said
    end = start + len(said)
    if end <= start:
        return
    tokens = (span.start, span.end)
    yield ctx.found((start, end), span.start, cue=cue, source=source, source_tokens=tokens)
