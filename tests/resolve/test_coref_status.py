"""How a mention's sentence frames its event (status, genericity, tense, instance, count), on
sentences written here."""

from __future__ import annotations

import pytest

from dossier.errors import DossierError
from dossier.resolve import coref_status
from dossier.resolve.coref_features import CorefMention
from dossier.resolve.coref_status import SIGNAL_FEATURES, SIGNAL_GROUPS, MentionSignals, read_signals, signal_evidence

needs_model = pytest.mark.skipif(coref_status._pipeline() is None, reason="no spaCy pipeline installed")


def _mention(sentence: str, trigger: str) -> CorefMention:
    start = sentence.index(trigger)
    return CorefMention(mention_id="m", doc_id="d", trigger=trigger, head_lemma=trigger.lower(),
                        sentence=sentence, trigger_span=(start, start + len(trigger)))


@pytest.mark.slow
@needs_model
@pytest.mark.parametrize(
    ("sentence", "trigger", "field", "expected"),
    [
        ("The minister did not resign after the vote.", "resign", "status", "negated"),
        ("The driver could face charges over the crash.", "face", "status", "hypothetical"),
        ("The firm will announce its results on Monday.", "announce", "status", "planned"),
        ("Did the guards open fire on the crowd?", "open", "status", "question"),
        ("The guards opened fire on the crowd.", "opened", "status", "happened"),
        ("Floods are common along the river.", "Floods", "generic", True),
        ("Villagers usually evacuate when the river rises.", "evacuate", "generic", True),
        ("The flood destroyed the bridge.", "flood", "generic", False),
        ("The firm will announce its results on Monday.", "announce", "tense", "future"),
        ("The storm has flattened the harbour.", "flattened", "tense", "perfect"),
        ("The storm flattened the harbour.", "flattened", "tense", "past"),
        ("Another blast shook the market on Friday.", "blast", "instance", "new"),
        ("The previous blast shook the market in spring.", "blast", "instance", "earlier"),
        ("The blast shook the market.", "blast", "definite", "definite"),
        ("A blast shook the market.", "blast", "definite", "indefinite"),
        ("Two blasts shook the market.", "blasts", "plural", True),
        ("Two blasts shook the market.", "blasts", "generic", False),
    ],
)
def test_coref_status_read_signals(sentence, trigger, field, expected):
    found = read_signals([_mention(sentence, trigger)])
    assert getattr(found["m"], field) == expected


@pytest.mark.parametrize(
    ("a", "b", "feature", "expected"),
    [
        (MentionSignals(status="planned"), MentionSignals(), "realised_differ", 1.0),
        (MentionSignals(status="planned"), MentionSignals(status="negated"), "realised_differ", 0.0),
        (MentionSignals(status="negated"), MentionSignals(), "either_negated", 1.0),
        (MentionSignals(generic=True), MentionSignals(), "generic_differ", 1.0),
        (MentionSignals(tense="future"), MentionSignals(tense="past"), "future_and_past", 1.0),
        (MentionSignals(tense="past"), MentionSignals(), "tense_differ", 0.0),
        (MentionSignals(definite="indefinite"), MentionSignals(definite="indefinite"), "both_indefinite", 1.0),
        (MentionSignals(instance="new"), MentionSignals(), "either_new", 1.0),
        (MentionSignals(plural=True), MentionSignals(), "plural_differ", 1.0),
        (None, MentionSignals(plural=True), "plural_differ", 0.0),
    ],
)
def test_coref_status_signal_evidence(a, b, feature, expected):
    assert signal_evidence(a, b)[SIGNAL_FEATURES.index(feature)] == expected


def test_coref_status_signal_evidence_keeps_group_order():
    values = signal_evidence(MentionSignals(plural=True), MentionSignals(status="negated"), ["count", "status"])
    assert len(values) == len(SIGNAL_GROUPS["status"]) + len(SIGNAL_GROUPS["count"])
    assert values == [1.0, 1.0, 1.0, 1.0, 1.0]


def test_coref_status_signal_evidence_rejects_unknown_group():
    with pytest.raises(DossierError, match="unknown signal groups"):
        signal_evidence(MentionSignals(), MentionSignals(), ["mood"])
