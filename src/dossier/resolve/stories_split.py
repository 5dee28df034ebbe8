"""Re-clustering a grown story: a dense topic's articles that share only bridging names part again.

Stories are joined one article at a time (resolve.stories), each to the article it is most tied to.
In a dense dossier (one war, one court, one set of detainees) every article names the same officials
and places, so each newcomer finds some tie to the growing story and the whole dossier chains into
one. Looking at the story as a whole shows what a single newcomer cannot: its articles form groups
whose members are tied to each other far more than to the other groups. When a story grows past one
of a geometric series of sizes, its articles (and only its articles, at most MAX_SPLIT_DOCS of them)
are clustered again by average link over the same ties (names by rarity, shared specific events,
wording), and groups that hold on to each other only through a few bridging names part. Names a
large share of the whole dossier carries (its war's leaders, capitals and armed groups) are its
background and tie nothing here: summed over a long report, they held a dense topic in one story.

What a split does to story ids users saw: the group holding most of the story's earlier articles
keeps the story id (and its label), so a bookmarked story still opens on the bulk of what it showed;
the other groups become new stories, each named by its earliest article, with ids derived from
the parent story's id and their first article id (so never the parent's own id). Articles are never
copied: each is in one story. A part may later merge back through assign_stories' strong ties.

A batch's update from ``stories.assign_stories`` goes through ``stories_to_check`` (which stories grew
past a check size), ``members_of`` and ``story_parts`` for each, then ``with_splits``: the result is an
ordinary StoryUpdate whose assignments move stored articles too. The build (``crossdoc``) and
evaluate.stories_replay do this.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dossier import models
from dossier.resolve.stories import TEXT_MIN_SIMILARITY, TEXT_MIN_WORDS, TEXT_WEIGHT, distinctive_names, story_label
from dossier.resolve.stories_links import MAX_NAME_DOCS, OFFICE_SHARE, PLACE_SHARE, event_pairs, name_weight
from dossier.resolve.stories_text import cosine, word_profile

# Stories are re-clustered when their size reaches FIRST_CHECK_DOCS, then each time it has grown by
# CHECK_GROWTH: the cost stays a small multiple of the story's growth however many batches feed it.
# Set, not tuned: a part needs MIN_PART_DOCS articles, so two parts need six; a quarter's growth keeps
# a story of 250 articles from being clustered again more than about twenty times in its life.
FIRST_CHECK_DOCS = 6
CHECK_GROWTH = 1.25
# Larger stories are re-clustered over their MAX_SPLIT_DOCS most recently added articles only (the
# older ones stay with the part that keeps the id): pairwise ties inside one story cost the square of
# its size. Set, not tuned (300 articles: about 45,000 pairs, a few seconds once per check).
MAX_SPLIT_DOCS = 300
# Two groups stay one story while their articles' average tie (unrelated pairs counting 0) reaches
# this; one shared rare name weighs up to 1, a shared specific event 1, like wording up to 2. Tuned on
# ECB+ topics 1-20 replayed from a built dossier (batches of 40, B-cubed F1): 0.5 split nothing
# (0.872), 0.6 to 0.9 gave 0.873 to 0.877, 1.0 to 1.5 lost recall (0.846 to 0.860); 0.75 is the
# middle of that plateau. Held-out topics 21-35: 0.808 -> 0.848 (one at a time 0.820 -> 0.853).
SPLIT_LINK = 0.75
# A group smaller than this does not become a story of its own: it goes back to the group it is
# most tied to. One or two loosely tied articles are a story's side notes, not a second story.
# Set, not tuned.
MIN_PART_DOCS = 3
# In the split, a name found in more than this share of the dossier's articles (of MAX_NAME_DOCS at
# least, as for rarity) is the dossier's background and ties nothing. In a dossier about one war,
# court or set of detainees, its leaders, capitals and armed groups are each named by a third of
# the articles; each still weighs 0.1 to 0.3 by rarity, and a long report naming ten of them ties
# every other one above SPLIT_LINK, so the story they chain into never parts. Large dossiers stop
# counting such names at MAX_NAME_DOCS articles already; this is the same cut for a dossier of a
# few hundred. Set, not tuned: on ECB+ (772 articles, no name in a tenth of them) 0.1 to 0.25
# change nothing; on the Guardian SDF sample (249 articles) every value from 0.1 to 0.25 parts its
# 82-article catch-all (largest part 23 to 28 articles).
BACKGROUND_SHARE = 0.25


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryMembers:
    """What re-clustering one story reads: its articles' usable names, events and texts."""

    doc_ids: tuple[str, ...]  # in the order they were added (most recent last)
    earlier: frozenset[str]  # the members the story held before this batch
    doc_names: dict[str, set[str]]  # article -> entity ids of its usable names (resolve.stories)
    name_docs: dict[str, set[str]]  # entity id -> every article mentioning it (its rarity)
    places: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()
    events: tuple[models.Event, ...] = ()  # events its articles report (specific ones tie)
    texts: dict[str, str] | None = None


def due_for_check(before: int, after: int) -> bool:
    """Whether a story grown from ``before`` to ``after`` articles crossed a check size."""
    size = float(FIRST_CHECK_DOCS)
    while size <= after:
        if before < size:
            return True
        size = max(size * CHECK_GROWTH, size + 1)
    return False


def member_ties(members: StoryMembers, total_docs: int) -> dict[str, dict[str, float]]:
    """Article -> other article of the story -> their tie (names, specific events, wording).

    Weighed as a newcomer's ties are (resolve.stories), with each name's rarity taken in the whole
    dossier: a minister named by every article of the story still weighs what it weighs overall.
    Wording is compared for every pair here, not only the best name-tied ones: the story is bounded.
    """
    ids = list(members.doc_ids[-MAX_SPLIT_DOCS:])
    inside = set(ids)
    ties: dict[str, dict[str, float]] = {doc_id: {} for doc_id in ids}
    for doc_id in ids:
        row = ties[doc_id]
        for name in members.doc_names.get(doc_id, ()):
            others = members.name_docs.get(name, set())
            share = PLACE_SHARE if name in members.places else OFFICE_SHARE if name in members.offices else 1.0
            if is_background(len(others), total_docs):
                continue
            weight = name_weight(len(others), total_docs) * share  # rarity in the dossier, not the story
            for other in others & inside:
                if other != doc_id:
                    row[other] = row.get(other, 0.0) + weight
    for doc_id, row in event_pairs(members.events, inside).items():
        for other, weight in row.items():
            if other in inside:
                ties[doc_id][other] = ties[doc_id].get(other, 0.0) + weight
    if members.texts:
        profiles = {d: word_profile(members.texts[d]) for d in ids if d in members.texts}
        usable = [d for d in ids if len(profiles.get(d, ())) >= TEXT_MIN_WORDS]
        for i, first in enumerate(usable):
            for second in usable[i + 1:]:
                similarity = cosine(profiles[first], profiles[second])
                if similarity >= TEXT_MIN_SIMILARITY:
                    for a, b in ((first, second), (second, first)):
                        ties[a][b] = ties[a].get(b, 0.0) + TEXT_WEIGHT * similarity
    return ties


def is_background(name_docs: int, total_docs: int) -> bool:
    """Whether a name found in ``name_docs`` articles is too common in the dossier to part a story."""
    return name_docs > BACKGROUND_SHARE * max(total_docs, MAX_NAME_DOCS)


def average_link_groups(doc_ids: Sequence[str], ties: dict[str, dict[str, float]],
                        threshold: float | None = None) -> list[set[str]]:
    """Groups of articles by average link: two groups join while the mean tie over all their pairs
    of articles (unrelated pairs counting 0) reaches ``threshold`` (default SPLIT_LINK)."""
    threshold = SPLIT_LINK if threshold is None else threshold
    groups = {doc_id: {doc_id} for doc_id in doc_ids}
    sums: dict[str, dict[str, float]] = {doc_id: {} for doc_id in doc_ids}
    for a in doc_ids:
        for b, weight in ties.get(a, {}).items():
            if b in groups and b != a:
                # ties are not always symmetric (a name's rarity is seen from each side): average them
                sums[a][b] = sums[a].get(b, 0.0) + weight / 2
                sums[b][a] = sums[b].get(a, 0.0) + weight / 2
    while True:
        best, pair = threshold, None
        for a, row in sums.items():
            for b, total in row.items():
                mean = total / (len(groups[a]) * len(groups[b]))
                if a < b and (mean > best or (mean == best and pair is None)):
                    best, pair = mean, (a, b)
        if pair is None:
            return sorted(groups.values(), key=lambda g: (-len(g), min(g)))
        keep, gone = pair
        groups[keep] |= groups.pop(gone)
        for other, total in sums.pop(gone).items():
            if other == keep:
                continue
            sums[keep][other] = sums[keep].get(other, 0.0) + total
            sums[other][keep] = sums[other].get(keep, 0.0) + total
            del sums[other][gone]
        sums[keep].pop(gone, None)


def story_parts(members: StoryMembers, total_docs: int = 0) -> list[set[str]]:
    """The groups a story's articles fall into, small ones folded back into their best-tied group.

    Returns one group holding every member when the story holds together.
    """
    ids = list(members.doc_ids[-MAX_SPLIT_DOCS:])
    ties = member_ties(members, total_docs)
    groups = average_link_groups(ids, ties)
    parts = [g for g in groups if len(g) >= MIN_PART_DOCS]
    if len(parts) < 2:
        return [set(members.doc_ids)]
    for small in (g for g in groups if len(g) < MIN_PART_DOCS):
        target = max(parts, key=lambda p: (_mean_tie(small, p, ties), len(p)))
        target |= small
    older = set(members.doc_ids[:-MAX_SPLIT_DOCS]) if len(members.doc_ids) > MAX_SPLIT_DOCS else set()
    parts.sort(key=lambda p: (-len(p & members.earlier), -len(p), min(p)))
    parts[0] |= older
    return parts


def _mean_tie(group: set[str], other: set[str], ties: dict[str, dict[str, float]]) -> float:
    total = sum(ties.get(a, {}).get(b, 0.0) + ties.get(b, {}).get(a, 0.0) for a in group for b in other)
    return total / (2 * len(group) * len(other))


def split_update(story: models.Story, parts: Sequence[set[str]],
                 docs: dict[str, models.Document]) -> models.StoryUpdate:
    """The StoryUpdate that splits ``story`` into ``parts`` (the first keeps the story's id).

    Args:
        story: the stored (or just updated) story.
        parts: its articles' groups, the one to keep the id first (``story_parts``).
        docs: the members' documents (their titles, texts and dates name and date the new stories).

    Returns:
        The stories to store (the kept one with its new count, and each new one) and the new story
        of every article that moves; nothing merges.
    """
    stories, assignments = [], {}
    for index, part in enumerate(parts):
        members = [docs[d] for d in sorted(part) if d in docs]
        dates = [d.published for d in members if d.published]
        if index == 0:
            story_id, label = story.story_id, story.label
        else:
            # from the parent's id too: the part may hold the article the parent's id was derived from
            story_id = "sty_" + hashlib.sha1(f"{story.story_id}:{min(part)}".encode()).hexdigest()[:12]
            label = story_label(members) if members else ""
            assignments.update({d: story_id for d in part})
        stories.append(models.Story(story_id=story_id, label=label, doc_count=len(part),
                                    first_date=min(dates) if dates else None,
                                    last_date=max(dates) if dates else None))
    return models.StoryUpdate(stories=tuple(stories), assignments=assignments, merged={})



def members_of(doc_ids: Sequence[str], earlier: Iterable[str], entities: Sequence[models.Entity],
               events: Sequence[models.Event], texts: dict[str, str] | None = None) -> StoryMembers:
    """A story's members with their usable names (as ``stories.distinctive_names`` picks them).

    Args:
        doc_ids: the story's articles, most recently added last.
        earlier: those it held before this batch.
        entities: the entities its articles mention, each with every article mentioning it.
        events: the events its articles report.
        texts: article id -> text (None: no wording ties).
    """
    inside = set(doc_ids)
    mention_entity = {(doc_id, e.entity_id): e.entity_id for e in entities for doc_id in e.doc_ids if doc_id in inside}
    names = distinctive_names(entities, mention_entity)
    return StoryMembers(doc_ids=tuple(doc_ids), earlier=frozenset(earlier), doc_names=names.doc_names,
                        name_docs=names.name_docs, places=names.places, offices=names.offices,
                        events=tuple(events), texts=texts)


def stories_to_check(update: models.StoryUpdate, existing: dict[str, models.Story]) -> list[models.Story]:
    """The stories of a batch's update that grew past a check size (``due_for_check``).

    Args:
        update: what ``stories.assign_stories`` returned for the batch.
        existing: the stored stories it read, with their sizes before the batch.
    """
    return [s for s in update.stories
            if due_for_check(existing[s.story_id].doc_count if s.story_id in existing else 0, s.doc_count)]


def with_splits(update: models.StoryUpdate, splits: Sequence[models.StoryUpdate]) -> models.StoryUpdate:
    """A batch's update with the splits of its grown stories applied on top (``split_update``).

    The kept part replaces its story's record; new stories are added; moved articles take their new
    story, stored ones included (the store moves any article named in ``assignments``).
    """
    stories = {s.story_id: s for s in update.stories}
    assignments = dict(update.assignments)
    for split in splits:
        stories.update({s.story_id: s for s in split.stories})
        assignments.update(split.assignments)
    return models.StoryUpdate(stories=tuple(stories.values()), assignments=assignments, merged=dict(update.merged))
