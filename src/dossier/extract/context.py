"""What earlier sentences of an article establish for later ones.

- Threads: an article calls its main event "the talks", "the meeting", "negotiations" again and
  again; a definite (or bare plural) event noun without a date of its own continues the latest
  thread of its family and takes its date, type and place. A noun with a date of its own starts a
  new thread unless that thread has the same date.
- Paragraph dates: the last date stated in the current paragraph dates later undated sentences.
  In a paragraph longer than LONG_PARAGRAPH sentences it carries CARRY_SENTENCES sentences only:
  such a "paragraph" is text exported without line breaks (a CSV column, a feed summary), and a
  date stated once must not date the rest of the article.
- The lead: the first paragraph (of a long one, its first 2 * LEAD_SENTENCES sentences) takes the
  dateline date ("date 2025-06-02 ...") or the publication date.
- Parts of an event: "In the first stage on Friday, 307 prisoners crossed ..." or "the second day of
  the exchange" report a stage of the event the article is about (or the one named after "of"), even
  without a trigger word of its own.
- Text that reports nothing: photo captions with their credit line, and bracketed link teasers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from dossier import models
from dossier.extract.arguments import VENUE_WORDS
from dossier.extract.date_references import is_reference
from dossier.extract.dating import DateValue, date_of
from dossier.furniture import furniture_spans, reader_comments_start
from dossier.timevalues import interval

T = models.EventType
FAMILIES = {
    T.NEGOTIATION: "talks", T.MEETING: "talks", T.AGREEMENT: "agreement", T.PRISONER_EXCHANGE: "exchange",
    T.RELEASE: "exchange", T.REMAINS_EXCHANGE: "remains", T.ATTACK: "attack", T.CEASEFIRE: "ceasefire",
    T.PROPOSAL: "proposal", T.REQUEST: "request", T.DEMAND: "demand",
    # An article follows one trial through its sentences ("the trial opened ... the trial heard");
    # arrests are many and of different people, so "his arrest" continues no earlier one.
    T.TRIAL: "trial",
}
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "next", "previous", "last", "latest", "new"})
BARE_ANAPHORS = frozenset({"talks", "negotiations", "discussions"})
CAPTION = re.compile(r"(?:Photograph|Photo|Picture|Image|Illustration)s?:[^\n]*")
TEASER = re.compile(r"^\s*\[[^\]\n]*\]\s*$", re.MULTILINE)
DATELINE = re.compile(r"\s*date:?\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
PARAGRAPH_BREAK = re.compile(r"\n+")
# A weekday the annotator could not place on a day, as TimeML writes it ("XXXX-WXX-6", with or without a part of day).
UNPLACED_WEEKDAY = re.compile(r"XXXX-WXX-[1-7](?:T\w+)?")
LEAD_SENTENCES = 3
LONG_PARAGRAPH = 8  # more sentences than a news paragraph has: the text lost its line breaks
CARRY_SENTENCES = 3  # how far a stated date carries in such text
PRESENT_REACH_DAYS = 31  # a present-tense event lies no further back than this from publication
# Nouns naming one portion of an event, and the words that place a portion in a sequence.
PART_NOUNS = frozenset({"stage", "phase", "round", "leg", "part", "wave", "batch", "tranche", "day", "instalment",
                        "installment"})
SEQUENCE_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "final", "last", "next",
                            "latest", "initial", "opening", "closing"})
PART_FRAME_PREPS = frozenset({"in", "during", "at", "on", "over"})
# Event types an article follows in stages; a bare "the first stage" continues the latest of them.
STAGED_TYPES = frozenset({T.PRISONER_EXCHANGE, T.RELEASE, T.REMAINS_EXCHANGE, T.NEGOTIATION, T.MEETING, T.ATTACK})


@dataclass
class Thread:
    """One event an article keeps referring to."""

    family: str
    event_type: models.EventType
    date: DateValue | None
    date_source: str
    explicit: bool
    ordinal: str | None
    location: str | None = None
    members: list = field(default_factory=list)
    last_sentence: int = -1


@dataclass
class ArticleNews:
    """What the article's news sentence (the first telling a happening of now) established; kept by
    ``date_backstory`` to tell the article's news from what happened before it."""

    sentence: int | None = None  # the first sentence telling the news: reports after it may be backstory
    told: int = 0  # sentences telling a happening of now so far, up to date_backstory.NEWS_SENTENCES
    types: frozenset[models.EventType] = frozenset()
    follows_harm: bool = False  # a trial, funeral or anniversary: the harms it looks back on came before
    before_publication: bool = False  # the news was dated to a day before the publication day
    recalled: set[models.EventType] = field(default_factory=set)  # types the text dated long before publication


class DocumentContext:
    """Mutable state carried from sentence to sentence while extracting one article."""

    def __init__(self, doc: Doc, published: date | None, timexes: list[models.TimeExpression]) -> None:
        self.text = doc.text
        self.skipped = _skipped_ranges(doc.text)
        self.lead_paragraph = self.paragraph(self._first_prose())
        self.lead = self._lead_date(doc, published, timexes)
        self.published = DateValue(value=published.isoformat(), precision=models.Precision.DAY) if published else None
        self.threads: list[Thread] = []
        self.paragraph_dates: dict[int, tuple[DateValue, int]] = {}  # paragraph -> (date, its sentence)
        self.paragraph_sizes = Counter(self.paragraph(sent.start_char) for sent in doc.sents) \
            if doc.has_annotation("SENT_START") else Counter()
        self.previous_date: DateValue | None = None
        self.previous_types: set[models.EventType] = set()
        self.bare_defaults: dict[str, None] = {}  # argument-typed definitions named so far, first first
        self.staged: models.EventType | None = None  # the latest event an article may report in stages
        self.last_place: str | None = None  # the place of the latest located event ("took place there")
        # The kind of harm the article told of last: a disaster by its noun, or an attack with a doer
        # (see harm_context: whose toll "200 people were killed" tells).
        self.last_harm: models.EventType | None = None
        # The day the article last stated for a happening of each type: an undated report of that
        # type told in the past later on narrates the same happening ("the gunman then shot her").
        self.narrated: dict[models.EventType, DateValue] = {}
        self.news = ArticleNews()  # the article's news, as far as read (see date_backstory)

    def skip(self, token: Token) -> bool:
        """Whether a token lies in a caption or a link teaser."""
        return self.skipped_at(token.idx)

    def skipped_at(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.skipped)

    def paragraph(self, offset: int) -> int:
        """Index of the paragraph (text between line breaks) an offset lies in."""
        return len(PARAGRAPH_BREAK.findall(self.text, 0, offset))

    def fallback(self, sentence_index: int, paragraph: int, *, present: bool = False) -> tuple[DateValue | None, str]:
        """The date of an undated, unlinked event: its paragraph's, else the lead's, else publication.

        An event told in the present or present perfect ("the oil has started spilling faster") is
        of now: it takes no paragraph date lying more than a month before publication (the 1989
        of a comparison with an old disaster in the sentence before)."""
        if paragraph in self.paragraph_dates:
            stated, stated_in = self.paragraph_dates[paragraph]
            if (self.paragraph_sizes[paragraph] <= LONG_PARAGRAPH or sentence_index - stated_in <= CARRY_SENTENCES) \
                    and not (present and self.long_before(stated)):
                return stated, "document"
        in_lead = paragraph == self.lead_paragraph and (
            self.paragraph_sizes[paragraph] <= LONG_PARAGRAPH or sentence_index < 2 * LEAD_SENTENCES)
        if self.lead is not None and (sentence_index < LEAD_SENTENCES or in_lead):
            return self.lead
        return self.published, "publication"

    def long_before(self, value: DateValue) -> bool:
        """Whether a date ends more than PRESENT_REACH_DAYS before publication."""
        span, published = interval(value.value), interval(self.published.value) if self.published else None
        return bool(span and published) and (published[0] - span[1]).days > PRESENT_REACH_DAYS

    def antecedent(self, family: str, event_type: models.EventType, ordinal: str | None,
                   sentence_index: int) -> Thread | None:
        """The thread an anaphoric noun continues: one named in the previous sentence, else (for a
        noun without an ordinal) the article's main threads, the latest of the same type first."""
        fitting = [t for t in self.threads if t.family == family and _ordinals_fit(t.ordinal, ordinal)]
        recent = [t for t in fitting if t.last_sentence >= sentence_index - 1]
        if recent:
            return max(recent, key=lambda t: t.last_sentence)
        if ordinal is None:  # "the talks" is the article's main thread rather than "the first round"
            fitting = [t for t in fitting if t.ordinal is None] or fitting
        else:  # "the first meeting" is the thread called first, before an unnumbered one
            fitting = [t for t in fitting if t.ordinal == ordinal] or fitting
        same = [t for t in fitting if t.event_type == event_type]
        return (same or fitting or [None])[-1]


    def _first_prose(self) -> int:
        offset = 0
        while offset < len(self.text) and (self.text[offset].isspace() or self.skipped_at(offset)):
            offset += 1
        return offset

    def _lead_date(self, doc: Doc, published: date | None, timexes: list[models.TimeExpression]
                   ) -> tuple[DateValue, str] | None:
        """The date of the article's main event: a dateline, else the first day named in the lead
        paragraph ("... at a meeting in Istanbul on Monday"), else the publication date. A weekday
        the annotator could not place, named first, is the main event's day: a later day of the
        lead is then another event's."""
        match = DATELINE.match(doc.text)
        if match:
            return DateValue(value=match.group(1), precision=models.Precision.DAY), "document"
        for timex in timexes:
            if UNPLACED_WEEKDAY.fullmatch(timex.value or "") and self.paragraph(timex.start) == self.lead_paragraph \
                    and not self.skipped_at(timex.start):
                break  # "was sentenced Saturday ... for the crimes of March 11, 2005": the news's day is not known
            value = date_of(timex)
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if value is None or span is None or self.skipped_at(timex.start) or is_reference(span):
                continue
            if self.paragraph(timex.start) == self.lead_paragraph and value.precision == models.Precision.DAY:
                return value, "document"
        if published:
            return DateValue(value=published.isoformat(), precision=models.Precision.DAY), "publication"
        return None


@dataclass(frozen=True, slots=True)
class PartReference:
    """A noun naming a stage of an event ("the first stage"), and the event noun after "of", if any."""

    part: Token
    whole: Token | None


def part_reference(tokens) -> PartReference | None:
    """The first noun of a sentence that names a portion of an event in a sequence, in a slot
    that frames the clause: its subject ("the second day of the exchange came ...") or a time
    adjunct of its verb ("In the first stage on Friday, 307 prisoners crossed ...").

    Args:
        tokens: the sentence's tokens (a Span).

    Returns:
        The reference, or None. A bare "day" needs its "of" phrase ("the second day" alone is
        only a date); whether the "of" phrase names an event is for the caller to check.
    """
    for token in tokens:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in PART_NOUNS or not _in_sequence(token):
            continue
        whole = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        if whole is None and token.lemma_.lower() == "day":
            continue
        if _frames_clause(token):
            return PartReference(part=token, whole=whole)
    return None


def _in_sequence(token: Token) -> bool:
    return any(c.dep_ == "amod" and (c.lower_ in SEQUENCE_WORDS or c.ent_type_ == "ORDINAL")
               for c in token.children)


def _frames_clause(token: Token) -> bool:
    head = token.head
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return head.pos_ in {"VERB", "AUX"}
    return (token.dep_ == "pobj" and head.lower_ in PART_FRAME_PREPS and head.dep_ == "prep"
            and head.head.pos_ in {"VERB", "AUX"})


def _ordinals_fit(thread: str | None, mention: str | None) -> bool:
    return thread is None or mention is None or thread == mention


def ordinal_of(token: Token) -> str | None:
    """"first" in "the first round of talks" (also looked up on the head of "round of talks")."""
    for candidate in (token, token.head.head if token.dep_ == "pobj" else token):
        for child in candidate.children:
            if child.dep_ == "amod" and child.lower_ in ORDINALS - {"new"}:
                return child.lower_
    return None


def is_anaphoric(token: Token) -> bool:
    """A definite or possessed event noun ("the talks", "their meeting"), or bare plural "talks"."""
    dets = {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}
    if dets & {"the"} or any(c.dep_ == "poss" for c in token.children):
        return True
    return not dets and token.lower_ in BARE_ANAPHORS


def _skipped_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    for match in CAPTION.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        ranges.append((start, match.end()))
    ranges.extend((m.start(), m.end()) for m in TEASER.finditer(text))
    comments = reader_comments_start(text)
    if comments is not None:
        ranges.append((comments, len(text)))  # readers' comments are not the outlet's reporting
    offset = 0
    for line in text.split("\n"):
        ranges.extend((offset + start, offset + end) for start, end in furniture_spans(line))
        offset += len(line) + 1
    return ranges


def join_thread(draft, context: DocumentContext) -> None:
    """Let an anaphoric event noun ("the talks") continue the thread it refers to, taking its date.

    Args:
        draft: an event draft of ``dossier.extract.events`` (trigger, type, date, part flag).
        context: the article's context; the thread found gains the draft as a member.
    """
    family = FAMILIES.get(draft.event_type)
    token = draft.trigger.token
    if family is None or draft.part or not draft.trigger.nominal or not is_anaphoric(token):
        return
    thread = context.antecedent(family, draft.event_type, ordinal_of(token), draft.index)
    if thread is None:
        return
    if draft.date is not None and not (thread.explicit and thread.date == draft.date):
        return
    draft.anaphoric = True
    draft.thread = thread
    thread.members.append(draft)
    thread.last_sentence = draft.index
    if draft.date is None and thread.date is not None:
        draft.date, draft.date_source = thread.date, "document"


def start_thread(draft, context: DocumentContext) -> None:
    """Open a thread for an event noun that continues none (later anaphors may join it)."""
    thread = Thread(family=FAMILIES[draft.event_type], event_type=draft.event_type, date=draft.date,
                    date_source=draft.date_source, explicit=draft.date_source == "sentence",
                    ordinal=ordinal_of(draft.trigger.token) if draft.trigger.nominal else None)
    thread.members.append(draft)
    thread.last_sentence = draft.index
    draft.thread = thread
    context.threads.append(thread)


def settle_threads(threads: list[Thread]) -> None:
    """Give every member of a thread the thread's type (talks win over meeting) and place.

    Args:
        threads: the article's threads, after its last sentence; their drafts are updated.
    """
    for thread in threads:
        types = Counter(d.event_type for d in thread.members)
        if thread.family == "talks" and T.NEGOTIATION in types:
            thread.event_type = T.NEGOTIATION
        thread.location = _best_place([d.location for d in thread.members if d.location])
        for draft in thread.members:
            if thread.family == "talks":
                draft.event_type = thread.event_type
            if thread.location and (draft.location is None or draft.location in thread.location):
                draft.location = thread.location


def _best_place(places: list[str]) -> str | None:
    venues = [p for p in places if "," in p or p.split()[-1].lower() in VENUE_WORDS]
    cities = [p for p in places if p not in venues]
    if not venues:
        return cities[0] if cities else None
    venue = venues[0]
    if "," not in venue and cities:
        return f"{venue}, {cities[0]}"
    return venue
