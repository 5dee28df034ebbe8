"""Story clustering: articles that report the same events, or the same people and places, form a story.

Runs as articles arrive: a new batch is tied to stored articles through the specific canonical events
its mentions joined, through the names it shares with them, each name weighed by its rarity
(stories_links; a news organisation's own name, found in every article of that outlet, is no story
name: stories_outlets; government bodies, which recur across a country's stories, weigh little:
stories_offices), and through the wording it shares with the few articles it shares most names
with (stories_text); wording with almost nothing in common halves a tie, which keeps the first
article of a new story from joining an old one through the officials both name. Each new article
joins the article or stored story it is most strongly tied to, if the tie is strong enough; it
merges two stored stories only through a strong tie to each, since a single common name chaining
unrelated stories is the failure that matters in a large dossier. Only story ids and sizes are
touched, never every member of a story, so the cost of a batch does not grow with the dossier.
A story that grows is clustered again over its own articles and may split (stories_split).

Measured by `dossier eval stories` (ECB+ sub-topics as gold stories, dossier.evaluate.stories).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from dossier import models
from dossier.furniture import clean_segments
from dossier.resolve.stories_links import MAX_NAME_DOCS, event_pairs, is_name_like, name_scores
from dossier.resolve.stories_offices import is_institution
from dossier.resolve.stories_outlets import is_outlet_name
from dossier.resolve.stories_text import cosine, word_profile

# A new article joins the article it is most tied to when their tie weighs at least this much: two
# names found in a handful of articles each, or one shared event pinned by a day or a place.
# (ECB+ topics 1-20, `dossier eval stories`: 0.7 chained neighbouring stories, 1.5 split stories.)
LINK_SCORE = 1.0
# Ties to further stories merge those stories too only when this strong; a weaker second tie is
# how one story chains into an unrelated one through a single common name (ECB+ topics 1-20:
# merging on any tie, as before, gave B-cubed precision 0.31; 2.0 gave 0.69, 3.0 0.85).
MERGE_SCORE = 3.0
# Share of the second and third best-tied articles of a story added to its tie: several articles
# of one story agreeing count for more than one (ECB+ topics 1-20: 0.25 beat 0 and 0.5).
AGREEMENT_SHARE = 0.25
# Entity labels whose names tell stories apart; places too, but weakly (stories_links.PLACE_SHARE).
STORY_NAME_LABELS = {"PERSON", "ORG", "FAC"}
PLACE_LABELS = {"GPE", "LOC"}
# Text similarity (stories_text) is computed only with the articles a new one shares the most names
# with, this many at most, so its cost per article is flat; a cosine below the minimum adds nothing,
# and one above it adds the weight times the cosine. Tuned on ECB+ topics 1-20: it lifted B-cubed F1
# from 0.83 to 0.85 there and from 0.81 to 0.82 on held-out topics; a minimum of 0.3 merged more
# neighbouring stories, 0.5 found fewer, and 10 or 50 candidates did about as well as 30.
TEXT_CANDIDATES = 30
TEXT_MIN_SIMILARITY = 0.4
TEXT_WEIGHT = 2.0
# Content words a text needs before its wording counts: two one-line notes agree by chance.
TEXT_MIN_WORDS = 8
# Wording that differs this much (a cosine under TEXT_DISSIMILAR) weakens a tie of names or events
# to DISSIMILAR_SHARE of its weight. The officials and bodies that every story of a country names
# (a secretary of state, a justice department) tie unrelated articles. In a batch each article still
# finds its own story's articles tied more strongly, but an article arriving alone, the first of a
# new story, joins whatever story holds those names. Two reports of one story seldom share so few
# words. Tuned on ECB+ topics 1-20 (`dossier eval stories`, and the same articles fed one at a time):
# B-cubed F1 0.870 -> 0.872 in batches and 0.863 -> 0.865 one at a time, held-out topics unchanged
# (all topics 0.831 -> 0.842 and 0.833 -> 0.844); 0.2 and 0.25 split more (0.868), 0.1 did nothing
# for the wire articles below. Fed one at a time, the sixth review's wire articles no longer chain
# into one story (B-cubed 0.452 -> 0.845; in batches of 50, 0.922 as before).
TEXT_DISSIMILAR = 0.15
DISSIMILAR_SHARE = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryNames:
    """The names story clustering weighs for one batch (a record of this stage, not passed on)."""

    doc_names: dict[str, set[str]]  # article -> entity ids of its usable names
    name_docs: dict[str, set[str]]  # entity id -> articles (stored or new) that mention it
    places: frozenset[str] = frozenset()  # entity ids that name places: weak evidence
    offices: frozenset[str] = frozenset()  # entity ids of government bodies: weak too (stories_offices)


def distinctive_names(entities: Sequence[models.Entity],
                      mention_entity: dict[tuple[str, str], str]) -> StoryNames:
    """The names that may tie articles of a batch: per article, and per name its articles.

    Args:
        entities: the entities the batch's mentions resolved to, with all their articles.
        mention_entity: (article id, mention) -> entity id, for the batch's mentions.

    Returns:
        Article -> entity ids of its usable names; entity id -> articles mentioning it; which
        entity ids are places, and which government bodies (stories_offices).
    """
    usable = [e for e in entities if e.label in STORY_NAME_LABELS | PLACE_LABELS and is_name_like(e.name)
              and not is_outlet_name(e.name, e.label) and len(e.doc_ids) <= MAX_NAME_DOCS]
    name_docs = {e.entity_id: set(e.doc_ids) for e in usable}
    doc_names: dict[str, set[str]] = {}
    for (doc_id, _mention), entity_id in mention_entity.items():
        if entity_id in name_docs:
            doc_names.setdefault(doc_id, set()).add(entity_id)
    places = frozenset(e.entity_id for e in usable if e.label in PLACE_LABELS)
    offices = frozenset(e.entity_id for e in usable if is_institution(e.name, e.label))
    return StoryNames(doc_names=doc_names, name_docs=name_docs, places=places, offices=offices)


def tie_scores(new_ids: set[str], events: Sequence[models.Event], names: StoryNames, total_docs: int = 0,
               texts: dict[str, str] | None = None) -> dict[str, dict[str, float]]:
    """New article -> other article -> how strongly they are tied (see stories_links).

    Args:
        new_ids: the articles of this batch.
        events: events that gained mentions in this batch.
        names: the batch's usable names (``distinctive_names``).
        total_docs: articles in the dossier, this batch included (0 when unknown: rarity is then
            measured against MAX_NAME_DOCS articles).
        texts: article id -> text, for the new articles and their ``text_candidates``; without
            it, ties come from events and names only.

    Returns:
        The ties weighing at least LINK_SCORE.
    """
    profiles: dict[str, dict[str, float]] = {}

    def profile(doc_id: str) -> dict[str, float]:
        if doc_id not in profiles:
            profiles[doc_id] = word_profile(texts[doc_id])
        return profiles[doc_id]

    ties = {}
    for doc_id, scores in _name_and_event_scores(new_ids, events, names, total_docs).items():
        if texts and doc_id in texts:
            for other in _best(scores, TEXT_CANDIDATES):
                similarity = _similarity(profile(doc_id), profile(other) if other in texts else {})
                if similarity is None:
                    continue
                if similarity >= TEXT_MIN_SIMILARITY:
                    scores[other] += TEXT_WEIGHT * similarity
                elif similarity < TEXT_DISSIMILAR:
                    scores[other] *= DISSIMILAR_SHARE
        ties[doc_id] = {other: score for other, score in scores.items() if score >= LINK_SCORE}
    return ties


def _similarity(first: dict[str, float], second: dict[str, float]) -> float | None:
    """Cosine of two word profiles, or None when either text is too short for its wording to tell."""
    if min(len(first), len(second)) < TEXT_MIN_WORDS:
        return None
    return cosine(first, second)


def _name_and_event_scores(new_ids: set[str], events: Sequence[models.Event], names: StoryNames,
                           total_docs: int) -> dict[str, dict[str, float]]:
    by_event = event_pairs(events, new_ids)
    rows = {}
    for doc_id in new_ids:
        scores = name_scores(doc_id, names.doc_names, names.name_docs, total_docs, names.places, names.offices)
        for other, weight in by_event.get(doc_id, {}).items():
            scores[other] = scores.get(other, 0.0) + weight
        rows[doc_id] = scores
    return rows


def _best(scores: dict[str, float], count: int) -> list[str]:
    return sorted(scores, key=lambda other: (-scores[other], other))[:count]


def text_candidates(new_ids: set[str], events: Sequence[models.Event], names: StoryNames,
                    total_docs: int = 0) -> set[str]:
    """The articles whose text a batch's articles are compared with: for each, its TEXT_CANDIDATES
    most name- or event-tied other articles (stored or new). Read only these texts from the store."""
    rows = _name_and_event_scores(new_ids, events, names, total_docs)
    return {other for scores in rows.values() for other in _best(scores, TEXT_CANDIDATES)}


def linked_documents(new_ids: set[str], events: Sequence[models.Event], names: StoryNames,
                     total_docs: int = 0, texts: dict[str, str] | None = None) -> set[str]:
    """Stored articles a batch may join: those tied to one of its articles strongly enough.

    Only these articles' stories need to be read, which keeps a batch's cost independent of how
    many articles mention a common name.
    """
    ties = tie_scores(new_ids, events, names, total_docs, texts)
    return {other for row in ties.values() for other in row} - new_ids


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def assign_stories(
    new_docs: Sequence[models.Document],
    events: Sequence[models.Event],
    names: StoryNames,
    story_of: dict[str, str],
    existing: dict[str, models.Story],
    total_docs: int = 0,
    texts: dict[str, str] | None = None,
) -> models.StoryUpdate:
    """Place a batch of new articles into stories.

    Each new article joins the article (or stored story) it is most strongly tied to, when the tie
    weighs at least LINK_SCORE; it merges further stories only through ties of MERGE_SCORE, so one
    common name cannot chain two stories together.

    Args:
        new_docs: the articles of this batch.
        events: events that gained mentions in this batch (their doc_ids link articles).
        names: the batch's usable names (``distinctive_names``).
        story_of: the story of every stored article that events or names link to.
        existing: those stories by id.
        total_docs: articles in the dossier, this batch included (0: unknown).
        texts: article id -> text of the new articles and their ``text_candidates`` (None: no text ties).

    Returns:
        The stories to upsert, the story of each new article, and merged-away stories.
    """
    new_ids = {d.doc_id for d in new_docs}
    links = _UnionFind()

    def node(doc_id: str) -> str | None:
        if doc_id in new_ids:
            return doc_id
        return f"story:{story_of[doc_id]}" if doc_id in story_of else None

    for doc_id, row in sorted(tie_scores(new_ids, events, names, total_docs, texts).items()):
        links.find(doc_id)
        for target, score in _strongest(row, node):
            links.union(doc_id, target)
    return _updates(links, new_docs, existing)


def _agreed(scores: list[float]) -> float:
    """A story's tie: its best-tied article's, plus a share of the next ones' when several agree."""
    ranked = sorted(scores, reverse=True)
    return ranked[0] + AGREEMENT_SHARE * sum(ranked[1:3])


def _strongest(row: dict[str, float], node) -> list[tuple[str, float]]:
    """The targets one article joins: its best-tied one, and any other tied at MERGE_SCORE."""
    by_target: dict[str, list[float]] = {}
    for other, score in row.items():
        target = node(other)
        if target:
            by_target.setdefault(target, []).append(score)
    best = {target: _agreed(scores) for target, scores in by_target.items()}
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:1] + [(t, s) for t, s in ranked[1:] if s >= MERGE_SCORE]


def _updates(links: _UnionFind, new_docs, existing: dict[str, models.Story]) -> models.StoryUpdate:
    groups: dict[str, set[str]] = {}
    for item in list(links.parent):
        groups.setdefault(links.find(item), set()).add(item)
    by_id = {d.doc_id: d for d in new_docs}
    stories, assignments, merged = [], {}, {}
    for members in groups.values():
        docs = [by_id[m] for m in members if m in by_id]
        if not docs:
            continue
        old = sorted((existing[m[6:]] for m in members if m.startswith("story:") and m[6:] in existing),
                     key=lambda s: (-s.doc_count, s.story_id))
        story_id = old[0].story_id if old else "sty_" + hashlib.sha1(min(d.doc_id for d in docs).encode()).hexdigest()[:12]
        merged.update({s.story_id: story_id for s in old[1:]})
        assignments.update({d.doc_id: story_id for d in docs})
        dates = [d.published for d in docs if d.published] + [x for s in old for x in (s.first_date, s.last_date) if x]
        stories.append(models.Story(
            story_id=story_id,
            label=old[0].label if old else story_label(docs),
            doc_count=len(docs) + sum(s.doc_count for s in old),
            first_date=min(dates) if dates else None,
            last_date=max(dates) if dates else None,
        ))
    return models.StoryUpdate(stories=tuple(stories), assignments=assignments, merged=merged)


def story_label(docs: Sequence[models.Document]) -> str:
    """A new story's name: its earliest titled article's title, else its first article's lead."""
    titled = [d for d in sorted(docs, key=lambda d: (d.published is None, d.published, d.doc_id)) if d.title]
    if titled:
        return titled[0].title
    return _lead_words(docs[0].text)


def _lead_words(text: str, limit: int = 12) -> str:
    """The first words of an article's first line, past page furniture (timestamps, datelines,
    photo credits): an untitled article's story is named by its lead, not by "Mon Apr 27, 2009"."""
    for line in text.splitlines():
        pieces = [line[start:end] for start, end in clean_segments(line)]
        words = " ".join(pieces).split()
        if words:
            return " ".join(words[:limit]) + (" …" if len(words) > limit else "")
    return ""
