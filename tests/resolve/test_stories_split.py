"""Story splitting: a grown story whose articles form groups tied only by bridging names parts again."""

from __future__ import annotations

from dossier import models
from dossier.resolve.stories_split import (
    StoryMembers,
    average_link_groups,
    due_for_check,
    is_background,
    member_ties,
    split_update,
    stories_to_check,
    story_parts,
    with_splits,
)


def _clique(ids: list[str], weight: float) -> dict[str, dict[str, float]]:
    return {a: {b: weight for b in ids if b != a} for a in ids}


def _joined(*parts: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    ties: dict[str, dict[str, float]] = {}
    for part in parts:
        for a, row in part.items():
            ties.setdefault(a, {}).update(row)
    return ties


def test_stories_split_two_tight_groups_bridged_by_one_pair_part():
    first, second = ["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]
    ties = _joined(_clique(first, 2.0), _clique(second, 2.0), {"a1": {"b1": 2.0}, "b1": {"a1": 2.0}})
    groups = average_link_groups(first + second, ties)
    assert sorted(sorted(g) for g in groups) == [first, second]


def test_stories_split_one_tight_group_stays_whole():
    ids = ["a1", "a2", "a3", "a4", "a5"]
    assert average_link_groups(ids, _clique(ids, 1.5)) == [set(ids)]


def test_stories_split_weak_ties_everywhere_leave_singletons():
    ids = ["a1", "a2", "a3"]
    assert len(average_link_groups(ids, _clique(ids, 0.2))) == 3


def _members(doc_names: dict[str, set[str]], earlier: set[str]) -> StoryMembers:
    name_docs: dict[str, set[str]] = {}
    for doc_id, names in doc_names.items():
        for name in names:
            name_docs.setdefault(name, set()).add(doc_id)
    return StoryMembers(doc_ids=tuple(doc_names), earlier=frozenset(earlier), doc_names=doc_names,
                        name_docs=name_docs)


def test_stories_split_parts_follow_rare_names_and_the_earlier_part_comes_first():
    # a detainee's case and a ship seizure, both naming the same minister ("minister" in all)
    case = {f"c{i}": {"detainee", "lawyer", "minister"} for i in range(4)}
    ship = {f"s{i}": {"tanker", "captain", "minister"} for i in range(5)}
    members = _members(case | ship, earlier=set(case))
    parts = story_parts(members, total_docs=1000)
    assert [sorted(p) for p in parts] == [sorted(case), sorted(ship)]


def test_stories_split_a_loose_pair_goes_back_to_its_best_tied_part():
    case = {f"c{i}": {"detainee", "lawyer"} for i in range(4)}
    ship = {f"s{i}": {"tanker", "captain"} for i in range(4)}
    loose = {"x1": {"detainee"}, "x2": {"captain"}}
    parts = story_parts(_members(case | ship | loose, earlier=set(case)), total_docs=1000)
    assert len(parts) == 2
    assert "x1" in parts[0] and "x2" in parts[1]


def test_stories_split_a_story_without_parts_is_returned_whole():
    docs = {f"c{i}": {"detainee", "lawyer"} for i in range(6)}
    assert story_parts(_members(docs, earlier=set()), total_docs=1000) == [set(docs)]


def test_stories_split_name_rarity_is_the_dossiers_not_the_storys():
    # "minister" is in two articles of the story but in 900 of the dossier: it ties them weakly
    members = _members({"a": {"minister"}, "b": {"minister"}}, earlier=set())
    common = StoryMembers(doc_ids=members.doc_ids, earlier=members.earlier, doc_names=members.doc_names,
                          name_docs={"minister": {"a", "b"} | {f"o{i}" for i in range(150)}})
    assert member_ties(common, 1000)["a"]["b"] < member_ties(members, 1000)["a"]["b"]


def _dense_topic(elsewhere: int) -> StoryMembers:
    """Two cases of one war (a detainee's trial, a border offensive) whose every article names the
    war's ten leaders, capitals and armed groups; each of those is also named by ``elsewhere`` other
    articles of the dossier."""
    background = {"president", "rebels", "army", "capital", "neighbour", "envoy", "alliance", "militia",
                  "minister", "council"}
    trial = {f"t{i}": background | {"defendant", "judge"} for i in range(5)}
    offensive = {f"o{i}": background | {"border_town", "commander"} for i in range(5)}
    members = _members(trial | offensive, earlier=set(trial))
    outside = {f"x{i}" for i in range(elsewhere)}
    name_docs = {name: docs | outside if name in background else docs for name, docs in members.name_docs.items()}
    return StoryMembers(doc_ids=members.doc_ids, earlier=members.earlier, doc_names=members.doc_names,
                        name_docs=name_docs)


def test_stories_split_names_a_third_of_the_dossier_carries_do_not_hold_a_story_together():
    # each background name is in 100 of 300 articles: by rarity alone ten of them tie every pair
    parts = story_parts(_dense_topic(elsewhere=90), total_docs=300)
    assert [sorted(p) for p in parts] == [[f"t{i}" for i in range(5)], [f"o{i}" for i in range(5)]]


def test_stories_split_names_rare_in_the_dossier_still_hold_a_story_together():
    # the same ten names found only in this story's articles: they are what the story is about
    members = _dense_topic(elsewhere=0)
    assert story_parts(members, total_docs=300) == [set(members.doc_ids)]


def test_stories_split_background_is_a_share_of_the_dossier_counting_at_least_max_name_docs():
    assert is_background(101, 300) and not is_background(60, 300)
    assert not is_background(40, 40)  # a small dossier's names are not all background
    assert is_background(300, 1000) and not is_background(150, 1000)


def test_stories_split_checks_at_geometric_sizes():
    assert not due_for_check(0, 5)
    assert due_for_check(5, 6)
    assert due_for_check(0, 40)
    assert not due_for_check(100, 101)  # a story of a hundred is checked again after growing a quarter
    assert due_for_check(100, 130)


def test_stories_split_update_keeps_the_id_for_the_first_part_and_names_new_ones():
    story = models.Story(story_id="sty_old", label="Detainee case", doc_count=5)
    docs = {d: models.Document(doc_id=d, text=f"Report {d}.", title=f"Title {d}") for d in ("a", "b", "c", "d", "e")}
    update = split_update(story, [{"a", "b", "c"}, {"d", "e"}], docs)
    kept, new = update.stories
    assert (kept.story_id, kept.label, kept.doc_count) == ("sty_old", "Detainee case", 3)
    assert new.story_id != "sty_old" and new.doc_count == 2 and new.label == "Title d"
    assert update.assignments == {"d": new.story_id, "e": new.story_id}
    assert update.merged == {}


def test_stories_split_only_stories_that_crossed_a_check_size_are_read_again():
    grown = models.Story(story_id="grown", label="", doc_count=7)
    steady = models.Story(story_id="steady", label="", doc_count=7)
    update = models.StoryUpdate(stories=(grown, steady), assignments={"n1": "grown", "n2": "steady"}, merged={})
    existing = {"grown": models.Story(story_id="grown", label="", doc_count=5),
                "steady": models.Story(story_id="steady", label="", doc_count=6)}
    assert stories_to_check(update, existing) == [grown]


def test_stories_split_applied_on_top_of_a_batch_update_moves_stored_articles_too():
    story = models.Story(story_id="sty_old", label="Case", doc_count=6)
    update = models.StoryUpdate(stories=(story,), assignments={"new": "sty_old"}, merged={"sty_gone": "sty_old"})
    docs = {d: models.Document(doc_id=d, text=d) for d in ("a", "b", "c", "new", "x", "y")}
    split = split_update(story, [{"a", "b", "c"}, {"new", "x", "y"}], docs)
    combined = with_splits(update, [split])
    moved = split.stories[1].story_id
    assert combined.assignments == {"new": moved, "x": moved, "y": moved}
    assert {s.story_id: s.doc_count for s in combined.stories} == {"sty_old": 3, moved: 3}
    assert combined.merged == {"sty_gone": "sty_old"}
