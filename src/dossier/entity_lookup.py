"""Finding what a named entity said or took part in, for the API's filters (``--entity``, ``--speaker``).

A user types a name as one outlet spells it; these helpers find the stored entities it names (any
alias, case and accents aside, or the end of a fuller name), then the quotes and events that are
theirs, through the entity index rather than a scan of every article.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier import models
from dossier.errors import DossierError
from dossier.resolve.entities import fold
from dossier.store import Store



def matching_entities(store: Store, name: str) -> list[models.Entity]:
    """Entities whose name or one of whose aliases is ``name`` (case and accents aside); failing
    that, those where it ends one of them ("Zelenskyy" finds "Volodymyr Zelenskyy")."""
    wanted = fold(name)
    entities = store.entities()
    exact = [e for e in entities if fold(e.name) == wanted or wanted in {fold(a) for a in e.aliases}]
    if exact:
        return exact
    return [e for e in entities if any(fold(n).endswith(" " + wanted) for n in (e.name, *e.aliases))]


def said_by(found: list[models.Quote], names: set[str]) -> list[models.Quote]:
    """The quotes whose speaker or source, folded, is one of ``names``."""
    return [q for q in found if any(fold(who) in names for who in (q.speaker, q.source) if who)]


def names_of(entities: Sequence[models.Entity]) -> set[str]:
    return {fold(e.name) for e in entities} | {fold(a) for e in entities for a in e.aliases}


def events_of_entity(store: Store, entity: str) -> set[str]:
    """Events in which the named entity takes part, read through the entity index, not a scan.

    Only documents that mention the entity are opened; an event mention counts when one of its
    arguments overlaps a mention of the entity or names it by one of its aliases.
    """
    matched = matching_entities(store, entity)
    if not matched:
        raise DossierError(f"no entity named {entity!r}; list names with `dossier entities`")
    names = names_of(matched)
    spans = store.entity_spans(e.entity_id for e in matched)
    chosen = [
        mention.mention_id
        for mention in store.event_mentions(doc_ids=list(spans))
        if any(_argument_is_entity(argument, spans[mention.doc_id], names) for argument in mention.arguments)
    ]
    return set(store.event_ids_of_mentions(chosen).values())


def _argument_is_entity(argument: models.Argument, spans: list[tuple[int, int]], names: set[str]) -> bool:
    if fold(argument.canonical) in names or fold(argument.text) in names:
        return True
    return any(start < argument.end and argument.start < end for start, end in spans)
