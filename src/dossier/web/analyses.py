"""What the pages of the newer analyses show: an event source by source, stories, framing.

Like ``views``, these functions only regroup what ``dossier.api`` returns, so routes stay thin
and the logic is testable without HTTP. Framing is computed on demand by the API (it reparses
the articles), so each app keeps its results in a small cache keyed by what they depend on.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from markupsafe import Markup

from dossier import api, models
from dossier.compare.attributes import AttributeValues
from dossier.compare.framing import FramingGroup
from dossier.errors import DossierError
from dossier.web import markup, views

# Attributes an event has one value of; for the others (actors, attributions) several values
# add up rather than conflict, so they are never flagged as varying.
SINGLE_VALUED = ("date", "place", "status")
ATTRIBUTE_LABELS = {"date": "Date", "place": "Place", "actor": "Actor", "target": "Target",
                    "mediator": "Mediator", "status": "Status", "reported_by": "Reported by"}
FRAMING_CACHE_SIZE = 8  # framing results kept per app (one per story filter, plus "all")


class StoryNotFound(DossierError):
    """No story has the requested id (ids change when a build regroups articles)."""


@dataclass(frozen=True, slots=True)
class SourceLink:
    """One article as a link: its id and the label to show (the outlet, else the id)."""

    doc_id: str
    label: str
    published: date | None = None


@dataclass(frozen=True, slots=True)
class ValueView:
    """One value of an attribute with the articles stating it and what to flag about it."""

    value: str
    sources: list[SourceLink]
    independent: int
    first: SourceLink | None
    disputed: bool  # part of a discrepancy the compare stage found
    anonymous_only: bool  # only unnamed sources ("officials said") back it


@dataclass(frozen=True, slots=True)
class AttributeRow:
    """One attribute of an event: its label and every value sources give it."""

    attribute: str
    label: str
    values: list[ValueView]
    disputed: bool
    varies: bool  # a one-valued attribute with several values that no discrepancy covers


@dataclass(frozen=True, slots=True)
class StoryView:
    story: models.Story
    documents: list[models.Document]


@dataclass(frozen=True, slots=True)
class EvidenceView:
    evidence: models.Evidence
    sentence: Markup  # the sentence with the term marked
    href: str  # the document page with the sentence boxed


@dataclass(frozen=True, slots=True)
class TermView:
    term: str
    outlets: tuple[str, ...]
    evidence: list[EvidenceView]


@dataclass(frozen=True, slots=True)
class GroupView:
    group: FramingGroup
    terms: list[TermView]
    outlets: list[str]  # every outlet using one of the terms, sorted


def attribute_label(attribute: str) -> str:
    """A heading for an attribute name ("count:prisoners" -> "Count: prisoners")."""
    if attribute.startswith("count:"):
        return "Count: " + attribute.split(":", 1)[1].replace("_", " ")
    return ATTRIBUTE_LABELS.get(attribute, attribute.replace("_", " ").capitalize())


def attribute_rows(
    attributes: Sequence[AttributeValues],
    documents: dict[str, models.Document],
    discrepancies: Iterable[models.Discrepancy],
) -> list[AttributeRow]:
    """Rows of the "what each source says" table of one event.

    Args:
        attributes: ``api.event_sources`` of the event.
        documents: the event's articles by id, for outlet names and dates.
        discrepancies: the event's discrepancies; their values are flagged as disputed.

    Returns:
        One row per attribute, in the order the compare stage gives.
    """
    disputed = {(d.attribute, v.value) for d in discrepancies for v in d.values}
    rows = []
    for item in attributes:
        values = [
            ValueView(value=v.value, sources=_links(v.doc_ids, documents),
                      independent=item.independent_sources.get(v.value, len(v.doc_ids)),
                      first=_link(item.first_reported[v.value], documents) if v.value in item.first_reported else None,
                      disputed=(item.attribute, v.value) in disputed,
                      anonymous_only=v.value in item.anonymous_only)
            for v in item.values
        ]
        any_disputed = any(v.disputed for v in values)
        single = item.attribute in SINGLE_VALUED or item.attribute.startswith("count:")
        rows.append(AttributeRow(attribute=item.attribute, label=attribute_label(item.attribute), values=values,
                                 disputed=any_disputed, varies=single and len(values) > 1 and not any_disputed))
    return rows


def event_rows(view: views.EventView, db: str) -> list[AttributeRow]:
    """The "what each source says" rows of an event page, from its view and ``api.event_sources``.

    Raises:
        EventNotFound: no event has the view's id (removed by a build since).
    """
    documents = {column.document.doc_id: column.document for column in view.columns}
    return attribute_rows(api.event_sources(view.event.event_id, db=db), documents, view.discrepancies)


def _links(doc_ids: Iterable[str], documents: dict[str, models.Document]) -> list[SourceLink]:
    """Links to the articles, earliest first; an outlet with several articles shows their dates."""
    links = [_link(d, documents) for d in doc_ids]
    labels = [link.label for link in links]
    links = [SourceLink(link.doc_id, f"{link.label} ({link.published or 'undated'})", link.published)
             if labels.count(link.label) > 1 else link for link in links]
    return sorted(links, key=lambda link: (link.published or date.max, link.label, link.doc_id))


def _link(doc_id: str, documents: dict[str, models.Document]) -> SourceLink:
    document = documents.get(doc_id)
    if document is None:
        return SourceLink(doc_id, doc_id)
    return SourceLink(doc_id, document.outlet or doc_id, document.published)


def find_story(story_id: str, db: str) -> models.Story:
    """The story with this id.

    Raises:
        StoryNotFound: no story has this id.
    """
    for story in api.stories(db=db):
        if story.story_id == story_id:
            return story
    raise StoryNotFound(f"no story with id {story_id!r}; list stories at /stories or with `dossier stories`")


def story_views(stories: Sequence[models.Story], db: str) -> list[StoryView]:
    """Stories with their articles, oldest article first."""
    documents = {d.doc_id: d for d in api.docs(db=db)}
    found = []
    for story in stories:
        members = [documents[d] for d in story.doc_ids if d in documents]
        members.sort(key=lambda d: (d.published or date.max, d.outlet or "", d.doc_id))
        found.append(StoryView(story, members))
    return found


def story_entries(entries: Sequence[models.TimelineEntry], story: models.Story) -> list[models.TimelineEntry]:
    """The timeline entries reported by at least one article of the story."""
    members = set(story.doc_ids)
    return [entry for entry in entries if members & set(entry.event.doc_ids)]


def framing_views(groups: Sequence[FramingGroup]) -> list[GroupView]:
    """Framing groups with each evidence sentence marked and linked to its place in the article."""
    found = []
    for group in groups:
        terms = [TermView(t.term, t.outlets, [_evidence_view(e, t.term) for e in t.evidence]) for t in group.terms]
        found.append(GroupView(group, terms, sorted({o for t in group.terms for o in t.outlets})))
    return found


def cited_href(evidence: models.Evidence) -> str:
    """The document page URL that boxes and scrolls to one evidence sentence."""
    return f"/documents/{evidence.doc_id}?" + urlencode({"start": evidence.start, "end": evidence.end}) + "#cited"


def _evidence_view(evidence: models.Evidence, term: str) -> EvidenceView:
    return EvidenceView(evidence, markup.mark_term(evidence.sentence, term), cited_href(evidence))


class FramingCache:
    """``api.framing`` results per database and story, reused while the articles stay the same.

    The key holds the number of stored articles and, for a story, its members, so an ingest or a
    build that regroups stories computes afresh. A lock only guards the dict: two first requests
    may both compute, which is cheaper than making every reader wait.
    """

    def __init__(self, size: int = FRAMING_CACHE_SIZE):
        self._size = size
        self._lock = threading.Lock()
        self._results: dict[tuple, list[FramingGroup]] = {}

    def get(self, db: str, story: models.Story | None = None) -> list[FramingGroup]:
        """Framing groups of the whole dossier, or of one story's articles.

        Raises:
            DossierError: from ``api.framing`` (no spaCy model installed, for one).
        """
        key = (db, story.story_id if story else None, story.doc_ids if story else (), views.count_documents(db))
        with self._lock:
            if key in self._results:
                return self._results[key]
        groups = api.framing(db=db, story=story.story_id if story else None)
        with self._lock:
            if len(self._results) >= self._size:
                self._results.pop(next(iter(self._results)))
            self._results[key] = groups
        return groups
