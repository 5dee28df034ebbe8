"""Records passed between pipeline stages.

Every record is a frozen, slotted, keyword-only dataclass. Mentions carry the id of the document
they come from and a character span into that document's text, so any fact shown to a user can
cite its evidence. Derived records (entities, events, discrepancies) keep the ids of the mentions
they were built from.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from dossier.run_reports import BuildReport, Failure, IngestReport  # noqa: F401  (re-exported by name)

FROZEN = dict(frozen=True, slots=True, kw_only=True)


class Precision(str, enum.Enum):
    """How precise a calendar value is; a date keeps the precision its text gave it."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    RANGE = "range"
    UNKNOWN = "unknown"


class TimexType(str, enum.Enum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Anchor(str, enum.Enum):
    """What a normalized time value was resolved against."""

    ABSOLUTE = "absolute"  # the text names the full value ("May 16, 2025")
    PUBLICATION = "publication"  # relative to the publication date ("on Monday", "today")
    TEXT = "text"  # relative to the last explicit date in the text ("the day before")
    NONE = "none"  # vague or unresolvable ("later", "in the coming days")


class EventType(str, enum.Enum):
    """Our event ontology; definitions and PLOVER/CAMEO mappings live in extract/ontology.py."""

    NEGOTIATION = "negotiation"
    MEETING = "meeting"
    AGREEMENT = "agreement"
    PROPOSAL = "proposal"
    REQUEST = "request"
    DEMAND = "demand"
    REJECTION = "rejection"
    STATEMENT = "statement"
    PRISONER_EXCHANGE = "prisoner_exchange"
    RELEASE = "release"
    REMAINS_EXCHANGE = "remains_exchange"
    ATTACK = "attack"
    CEASEFIRE = "ceasefire"
    WITHDRAWAL = "withdrawal"
    SANCTION = "sanction"
    PROTEST = "protest"
    ELECTION = "election"
    DISASTER = "disaster"
    OTHER = "other"
    ARREST = "arrest"
    TRIAL = "trial"
    AID = "aid"
    RESCUE = "rescue"
    DEPLOYMENT = "deployment"
    ESCAPE = "escape"
    ROBBERY = "robbery"
    OUTAGE = "outage"
    APPOINTMENT = "appointment"
    DISMISSAL = "dismissal"
    RESIGNATION = "resignation"
    DEATH = "death"
    CONTEST = "contest"  # a game, match or race won or lost, a title or place won, a record set
    TRANSFER = "transfer"  # people held handed to another state, force or authority, or taken home


class EventStatus(str, enum.Enum):
    """Whether the text says an event happened, is going on, is expected, or did not happen."""

    HAPPENED = "happened"
    ONGOING = "ongoing"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class QuoteKind(str, enum.Enum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


@dataclass(**FROZEN)
class Document:
    """One article: its text and what is known about where and when it was published.

    ``doc_id`` is derived from the normalized text, so the same article ingested twice gets the
    same id. ``published_inferred`` is true when the date was worked out from the text rather than
    given by the source.
    """

    doc_id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: date | None = None
    published_inferred: bool = False
    language: str = "en"
    source: str = ""  # file path or URL it was read from
    near_duplicate_of: str | None = None  # doc_id of an earlier, near-identical article


@dataclass(**FROZEN)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(**FROZEN)
class EntityMention:
    """A name in the text, grouped with the other mentions of the same thing in its document."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC
    sentence_index: int
    canonical: str  # fullest name of this referent within the document
    role: str | None = None  # title or role from an apposition or premodifier
    country: str | None = None  # the country a demonym or capital stands for


@dataclass(**FROZEN)
class TimeExpression:
    """A temporal expression with its TIMEX3 value.

    ``value`` follows TIMEX3: ``2025-05-16``, ``2025-05``, ``2022-FA``, ``2025-W21``,
    ``2025-05-16T13:30+03:00``, ``P3D``, ``PRESENT_REF``; a range is ``START/END``. ``flag``
    explains a problem found in the text (a weekday that contradicts its date) and
    ``suggested_value`` the likely intended value.
    """

    doc_id: str
    start: int
    end: int
    text: str
    timex_type: TimexType
    value: str | None
    precision: Precision
    anchor: Anchor
    sentence_index: int
    flag: str | None = None
    suggested_value: str | None = None


@dataclass(**FROZEN)
class Quantity:
    """A number and what it counts ("270 military personnel"); vague amounts keep a range."""

    doc_id: str
    start: int
    end: int
    text: str
    low: float
    high: float
    counted: str | None  # head noun of what is counted ("personnel", "prisoners")
    vague: bool
    sentence_index: int


@dataclass(**FROZEN)
class Quote:
    """Reported speech: what was said (content), by whom (source) and the verb or phrase (cue)."""

    doc_id: str
    kind: QuoteKind
    content_start: int
    content_end: int
    content: str
    sentence_index: int
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None  # canonical name the source refers to
    via: str | None = None  # an outlet or agency the report is relayed through


@dataclass(**FROZEN)
class Argument:
    """An entity taking part in an event mention, with its role and span; or, with role "theme",
    what an agreement, offer or request is about (a noun phrase, ``canonical`` holding its
    ontology keys, see dossier.extract.themes)."""

    role: str  # actor, target, participant, mediator, location, theme
    text: str
    canonical: str
    start: int
    end: int
    country: str | None = None


@dataclass(**FROZEN)
class EventQuantity:
    role: str  # prisoners_each_side, bodies, drones, duration...
    text: str
    low: float
    high: float
    start: int
    end: int


@dataclass(**FROZEN)
class EventMention:
    """One sentence's report of a typed event, with the arguments found in it."""

    mention_id: str
    doc_id: str
    event_type: EventType
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str
    date_value: str | None
    date_precision: Precision
    date_source: str  # "sentence", "document", "publication"
    status: EventStatus
    confidence: float
    arguments: tuple[Argument, ...] = ()
    quantities: tuple[EventQuantity, ...] = ()
    location: str | None = None
    reported_by: str | None = None
    date_stated: str | None = None  # what the text literally says, when date_value corrects it
    extractor: str = "dossier.events.v1"


@dataclass(**FROZEN)
class PersonAttribute:
    """A checkable fact an article states about a named person ("Jane Roe, 41,": age 41), cited by span."""

    doc_id: str
    start: int
    end: int
    text: str  # the phrase: "Jane Roe, 41,"; "mother-of-three Jane Roe"
    person: str  # the in-document canonical name of the person (as EntityMention.canonical)
    attribute: str  # "age", "children"
    value: int
    sentence_index: int
    sentence: str
    extractor: str = "dossier.person_attributes.v1"


@dataclass(**FROZEN)
class DocumentAnalysis:
    """Everything the per-document stages found in one article."""

    doc_id: str
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    timexes: tuple[TimeExpression, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[EventMention, ...] = ()
    attributes: tuple[PersonAttribute, ...] = ()
    version: str = ""


@dataclass(**FROZEN)
class Entity:
    """One real-world person, place or organisation across all articles."""

    entity_id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    mention_count: int = 0
    doc_ids: tuple[str, ...] = ()


@dataclass(**FROZEN)
class Event:
    """One real-world happening, merged from the mentions that report it."""

    event_id: str
    event_type: EventType
    date_value: str | None
    date_precision: Precision
    location: str | None
    mention_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    outlets: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    status: EventStatus = EventStatus.HAPPENED
    summary: str = ""
    salience: float = 0.0
    independent_sources: int = 0
    first_reported: date | None = None
    family: str = ""  # blocking key: event types that can describe the same happening share it
    story_id: str | None = None
    follows: tuple[str, ...] = ()  # ids of earlier events this one carries out (an agreed exchange)


@dataclass(**FROZEN)
class Story:
    """Articles about one evolving story, grouped as they arrive by the events and names they share."""

    story_id: str
    label: str
    doc_count: int
    first_date: date | None = None
    last_date: date | None = None
    doc_ids: tuple[str, ...] = ()  # filled when a story is read with its members


@dataclass(**FROZEN)
class StoryUpdate:
    """What one resolved batch changes: stories to store, where new articles go, stories merged away."""

    stories: tuple[Story, ...]
    assignments: dict[str, str]  # new doc_id -> story_id
    merged: dict[str, str]  # absorbed story_id -> the story_id it joined


@dataclass(**FROZEN)
class SourcedValue:
    """One side of a comparison: a value and the mentions that state it."""

    value: str
    mention_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    outlets: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()  # where each claim is written, when the value cites spans


@dataclass(**FROZEN)
class Discrepancy:
    """Values for one attribute of one event, person (``entity_id``) or document that cannot all be true."""

    discrepancy_id: str
    attribute: str
    values: tuple[SourcedValue, ...]
    severity: float
    event_id: str | None = None
    doc_id: str | None = None
    note: str = ""
    entity_id: str | None = None


@dataclass(**FROZEN)
class Evidence:
    """Where a printed fact comes from: the sentence and its character span in the document."""

    doc_id: str
    outlet: str | None
    start: int
    end: int
    sentence: str
    published: date | None = None


@dataclass(**FROZEN)
class SearchHit:
    kind: str  # "document" or "evidence"
    ref: str  # doc_id or mention_id
    doc_id: str
    text: str


@dataclass(**FROZEN)
class TimelineEntry:
    event: Event
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
