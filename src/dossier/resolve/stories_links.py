"""How strongly a new article is tied to another one: the evidence story clustering weighs.

Two kinds of evidence tie articles: a canonical event both report, and the names both mention. Not
all of either is worth the same. An event with neither a day nor a place ("an attack", "a request")
is merged across articles on its type alone, so it says little about the happening; a name that many
articles mention (a wire agency, a head of state, a web-address fragment the name finder took for a
person) says less than a rare one. Each name counts by its rarity in the dossier (an IDF weight), and
strings that are not names (no capitalised word, or pieces of a web address) count for nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from dossier import models

# A name found in more articles than this (a country, a head of state) does not discriminate.
MAX_NAME_DOCS = 200
# What a shared specific event is worth: as much as one name found in one article (tuned on ECB+
# topics 1-20 of `dossier eval stories`: 2.0 chained more, 0 lost nothing on the held-out topics).
EVENT_WEIGHT = 1.0
# What a place name is worth next to a person's or an organisation's of the same rarity: unrelated
# stories share places far more often than people (tuned on ECB+ topics 1-20: 0.3 to 0.5 did as
# well; 1.0, places counted like people, chained neighbouring stories; 0 lost short reports that
# name only a place and one person).
PLACE_SHARE = 0.4
# What a government body's name is worth (stories_offices): like a place, it recurs across unrelated
# stories more often than its rarity in a small dossier shows (ECB+ topics 1-20: 0.4 changed nothing).
OFFICE_SHARE = 0.4
# Event dates at least this precise place an event in time well enough to tie its reports together.
SPECIFIC_PRECISIONS = {models.Precision.TIME, models.Precision.DAY}
# Name-finder output that is a piece of a web address or a file name, not a name.
_WEB_PIECE = re.compile(r"\b(?:html?|www|php|aspx?)\b|\.(?:com|net|org|co)\b|[/\\@_=]", re.IGNORECASE)


def is_specific(event: models.Event) -> bool:
    """Whether an event is pinned down by a day or a place, so that sharing it ties articles.

    An undated, unplaced event was merged across articles by its type alone; two articles about two
    different attacks share it as easily as two about one attack.
    """
    dated = event.date_value is not None and event.date_precision in SPECIFIC_PRECISIONS
    return dated or bool(event.location)


def is_name_like(name: str) -> bool:
    """Whether an entity's name reads as a name: a capitalised word and no piece of a web address."""
    return any(word[:1].isupper() for word in name.split()) and not _WEB_PIECE.search(name)


def name_weight(doc_count: int, total_docs: int) -> float:
    """The IDF weight of a name mentioned in ``doc_count`` of ``total_docs`` articles.

    A name in every article weighs 0; one in a single article of a large dossier weighs most. The
    floor of MAX_NAME_DOCS articles keeps a small dossier's names from all counting as common.
    """
    total = max(total_docs, MAX_NAME_DOCS)
    if doc_count <= 0 or doc_count > MAX_NAME_DOCS:
        return 0.0
    return math.log(total / doc_count) / math.log(total)


def name_scores(doc_id: str, doc_names: dict[str, set[str]], name_docs: dict[str, set[str]],
                total_docs: int, places: frozenset[str] = frozenset(),
                offices: frozenset[str] = frozenset()) -> dict[str, float]:
    """Other article -> the summed rarity weights of the names it shares with ``doc_id``.

    Names in ``places`` (entity ids of places) count for PLACE_SHARE of their weight, and those in
    ``offices`` (government bodies) for OFFICE_SHARE.
    """
    scores: dict[str, float] = {}
    for name in doc_names.get(doc_id, ()):
        others = name_docs.get(name, set())
        share = PLACE_SHARE if name in places else OFFICE_SHARE if name in offices else 1.0
        weight = name_weight(len(others), total_docs) * share
        if weight <= 0:
            continue
        for other in others:
            if other != doc_id:
                scores[other] = scores.get(other, 0.0) + weight
    return scores


def event_pairs(events: Sequence[models.Event], new_ids: set[str]) -> dict[str, dict[str, float]]:
    """New article -> other article -> the weight of the specific events they both report."""
    pairs: dict[str, dict[str, float]] = {}
    for event in events:
        if not is_specific(event):
            continue
        for doc_id in new_ids.intersection(event.doc_ids):
            row = pairs.setdefault(doc_id, {})
            for other in event.doc_ids:
                if other != doc_id:
                    row[other] = row.get(other, 0.0) + EVENT_WEIGHT
    return pairs
