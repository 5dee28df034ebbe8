"""Mentions written by hand for the resolution tests: event mentions (one sentence, its trigger and
arguments) and name mentions, and the entity a resolved name ended in."""

from __future__ import annotations

from dossier import models
from dossier.resolve.events import Cluster, resolve_events
from dossier.resolve.events_ties import ArticleTies


def arguments(role: str, names, *, country: bool = False) -> tuple[models.Argument, ...]:
    """Arguments of one role naming each of ``names`` (a participant country keeps its country)."""
    return tuple(models.Argument(role=role, text=n, canonical=n, start=0, end=1, country=n if country else None)
                 for n in names)


def report(mid: str, doc: str, sentence: str, trigger: str, *, event_type: models.EventType, day: str | None,
           source: str | None = None, args: tuple[models.Argument, ...] = (), location: str | None = None,
           quantities: tuple[models.EventQuantity, ...] = ()) -> models.EventMention:
    """A happened, day-precise mention whose trigger is the first occurrence of ``trigger``; dated
    by its sentence when ``day`` is given, else by publication, unless ``source`` says otherwise."""
    start = sentence.index(trigger)
    return models.EventMention(
        mention_id=mid, doc_id=doc, event_type=event_type, trigger=trigger, trigger_start=start,
        trigger_end=start + len(trigger), sentence_index=0, sentence_start=0, sentence_end=len(sentence),
        sentence=sentence, date_value=day, date_precision=models.Precision.DAY,
        date_source=source or ("sentence" if day else "publication"),
        status=models.EventStatus.HAPPENED, confidence=0.9, arguments=args, location=location, quantities=quantities,
    )


def event(*mentions: models.EventMention, stored: bool = False) -> Cluster:
    """An event being built from the given reports; ``stored`` gives it a stored event's id."""
    cluster = Cluster(event_id="evt_stored" if stored else None)
    for mention in mentions:
        cluster.add(mention)
    return cluster


def article_ties(texts: dict[str, str]) -> ArticleTies:
    """The article ties of a batch of texts by document id."""
    return ArticleTies({d: models.Document(doc_id=d, text=text) for d, text in texts.items()})


def groups(mentions, documents) -> list[list[str]]:
    """The mention ids of each event the resolution made, sorted, so a test states which reports join."""
    return sorted(sorted(e.mention_ids) for e in resolve_events(mentions, documents))


def name_mention(doc_id: str, text: str, label: str = "PERSON", *, role: str | None = None,
                 country: str | None = None, canonical: str | None = None) -> models.EntityMention:
    """A mention of a name spanning its whole text, its own canonical form unless one is given."""
    return models.EntityMention(doc_id=doc_id, start=0, end=len(text), text=text, label=label, sentence_index=0,
                                canonical=canonical or text, role=role, country=country)


def entity_of(result, doc_id: str, name: str) -> models.Entity:
    """The entity a resolution put the mention of ``name`` in ``doc_id`` into."""
    entity_id = result.mention_entity[(doc_id, name)]
    return next(e for e in result.entities if e.entity_id == entity_id)
