"""The working record of one event mention while its article is read.

Split out of ``events`` so that ``events`` (which finds, describes and keeps the events of each
sentence) and ``sentence_dates`` (which dates them) share one definition without importing each
other. A draft is mutable on purpose: each step of reading a sentence fills some of its fields, and
``events`` turns the drafts it keeps into frozen ``EventMention`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dossier import models
from dossier.extract.agreement_lists import ListedItem
from dossier.extract.context import Thread
from dossier.extract.dating import DateValue
from dossier.extract.triggers import Trigger

T = models.EventType
S = models.EventStatus
# A statement or an unclassified event: dropped when its sentence reports anything else, and kept
# only with a date of its own.
WEAK_TYPES = frozenset({T.STATEMENT, T.OTHER})


@dataclass
class Draft:
    """An event mention being built: its trigger and sentence, and what the steps found so far."""

    trigger: Trigger
    event_type: models.EventType
    sent: Span
    index: int
    paragraph: int
    status: models.EventStatus = S.HAPPENED
    date: DateValue | None = None
    date_source: str = "publication"
    anaphoric: bool = False
    background: bool = False
    location: str | None = None
    arguments: tuple = ()
    quantities: tuple = ()
    reported_by: str | None = None
    thread: Thread | None = None
    places: set = field(default_factory=set)
    part: bool = False  # a stage of an event ("the first stage"): its own happening, in no thread
    shift: int | None = None  # days from the main clause's event ("a day after X hit"), see date_shifts.relative_days
    listed: ListedItem | None = None  # one agreement of a listed several (``agreement_lists``)
