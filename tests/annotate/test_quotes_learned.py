"""The learned cue check: features read from the parse, scoring with the fitted weights, the gate
and the additions, and the fall-back to the rules when no weights are loaded. Sentences written
for these tests."""

from __future__ import annotations

import gzip
import json

import pytest

from dossier.annotate.quotes import find_quotes
from dossier.annotate.quotes_learned import (
    CueModel,
    load_model,
    score_tokens,
    token_features,
    using_model,
)
from dossier.annotate.quotes_marks import pair_quote_marks


@pytest.fixture(scope="module")
def nlp():
    from dossier.annotate.model import load_base_model

    return load_base_model()


def _token(doc, word):
    return next(token for token in doc if token.text == word)


def _features(doc):
    return dict(token_features(doc, pair_quote_marks(doc.text), [], []))


@pytest.mark.parametrize(
    "content",
    [
        None,  # no file at all
        b"not gzip",
        gzip.compress(b"{not json"),
        gzip.compress(json.dumps({"weights": {}, "bias": 0.0}).encode()),  # no thresholds
    ],
)
def test_quotes_learned_unreadable_weights_load_as_none(tmp_path, content):
    path = tmp_path / "cues.json.gz"
    if content is not None:
        path.write_bytes(content)
    assert load_model(path) is None


def test_quotes_learned_reads_weights_file(tmp_path):
    path = tmp_path / "cues.json.gz"
    data = {"weights": {"l=say": 2.0}, "bias": -1.0, "gate": 0.05, "add": 0.9}
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    model = load_model(path)
    assert model == CueModel({"l=say": 2.0}, -1.0, 0.05, 0.9)
    assert model.probability(["l=say", "unknown"]) == pytest.approx(1 / (1 + 2.718281828 ** -1))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, present, absent",
    [
        ("The minister said that taxes would rise.", "said",
         ["l=say", "c=ccomp|VERB", "s=NOUN|VERB", "lex=True|VERB"], ["qs", "in"]),
        ("Officials in Ankara said the bridge would reopen.", "said",
         ["l|c=say|nsubj", "s=NOUN|VERB", "h=say"], ["qa", "qs"]),
        ('She vowed: "We will rebuild the school."', "vowed",
         ["l=vow", "qs", "qa", "s=PRON|VERB"], []),
        ("His refusal to testify angered the committee.", "refusal",
         ["l=refusal", "c=acl|NOUN", "s=poss-PRON|NOUN"], ["r=True|NOUN"]),
    ],
)
def test_quotes_learned_features_read_the_parse(nlp, text, word, present, absent):
    features = _features(nlp(text))[_token(nlp(text), word).i]
    assert set(present) <= set(features)
    assert not set(absent) & set(features)


@pytest.mark.slow
def test_quotes_learned_words_inside_quotations_are_not_candidates(nlp):
    doc = nlp('He added: "Nobody believes the numbers anymore."')
    candidates = {doc[i].text for i in _features(doc)}
    assert "added" in candidates
    assert not {"believes", "numbers"} & candidates


@pytest.mark.slow
def test_quotes_learned_rules_decision_is_a_feature(nlp):
    doc = nlp("The mayor said the road would close.")
    said = _token(doc, "said")
    cue = (said.idx, said.idx + len(said))
    rows = dict(token_features(doc, [], [cue], [(cue[1] + 1, len(doc.text) - 1)]))
    assert "r=True|VERB" in rows[said.i]
    assert "in" in rows[_token(doc, "close").i]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, likely",
    [
        ("The governor said that the budget would be balanced by spring.", "said", True),
        ("Senator Roe told reporters that she opposed the new tariffs.", "told", True),
        ("The ship waited outside Port Said for two days.", "Said", False),
        ("The river flooded the lower town after the storm.", "flooded", False),
    ],
)
def test_quotes_learned_fitted_scores(nlp, text, word, likely):
    model = load_model()
    if model is None:
        pytest.skip("no fitted weights file (quotes_cues.json.gz); run scripts/fit-cues.py --write")
    doc = nlp(text)
    score = score_tokens(doc, pair_quote_marks(doc.text), [], [], model).get(
        _token(doc, word).i, 0.0
    )
    assert (score > 0.5) is likely


@pytest.mark.slow
def test_quotes_learned_gate_drops_low_scored_rule_cue(nlp):
    doc = nlp("The coach said the team was ready.")
    with using_model(None):
        assert [q.cue for q in find_quotes(doc, "d")] == ["said"]
    with using_model(CueModel({"l=say": -20.0}, 0.0, 0.5, 2.0)):
        assert find_quotes(doc, "d") == []


@pytest.mark.slow
def test_quotes_learned_adds_confident_cue_with_content(nlp):
    doc = nlp("The union defended its decision to strike in a long letter.")
    with using_model(CueModel({"l=defend": 20.0}, -10.0, 0.0, 0.9)):
        quotes = find_quotes(doc, "d")
    found = [(q.source, q.cue, q.content) for q in quotes if q.cue == "defended"]
    assert found == [("The union", "defended", "its decision to strike in a long letter")]


@pytest.mark.slow
def test_quotes_learned_added_cue_without_content_is_dropped(nlp):
    doc = nlp("The senator hesitated.")
    with using_model(CueModel({"l=hesitate": 20.0}, -10.0, 0.0, 0.9)):
        assert find_quotes(doc, "d") == []


@pytest.mark.slow
def test_quotes_learned_no_model_is_the_rules_alone(nlp):
    doc = nlp("The coach defended the lineup. She said the team was ready.")
    with using_model(None):
        rules = find_quotes(doc, "d")
    with using_model(CueModel({}, -20.0, 0.0, 2.0)):  # scores nothing up, gates nothing
        assert find_quotes(doc, "d") == rules


@pytest.mark.slow
@pytest.mark.parametrize(
    "say_weight, expected",
    [
        # Sure of "said" (0.9999 >= add 0.5): what the residents did is part of what was said.
        (20.0, [("The mayor", "said")]),
        # Unsure of "said" (0.4, above the gate of 0 but under add): both stand.
        (9.6, [("The mayor", "said"), ("residents", "defended")]),
    ],
)
def test_quotes_learned_cue_inside_a_sure_content_is_dropped(nlp, say_weight, expected):
    doc = nlp("The mayor said residents defended the plan.")
    with using_model(CueModel({"l=say": say_weight, "l=defend": 20.0}, -10.0, 0.0, 0.5)):
        quotes = find_quotes(doc, "d")
    assert [(q.source, q.cue) for q in quotes] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, marker",
    [
        ("Her claim that she won was false.", "claim", "cm=that|acl|NOUN"),
        ("His plan to run surprised nobody.", "plan", "cm=to|acl|NOUN"),
        ("The aide did not say when the vote would be held.", "say", "cm=when|ccomp|VERB"),
        ("The senator boomed: we will win.", "boomed", "colon|VERB"),
    ],
)
def test_quotes_learned_features_say_how_the_complement_opens(nlp, text, word, marker):
    doc = nlp(text)
    assert marker in _features(doc)[_token(doc, word).i]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # A rule quote with an unnamed source inside a sure content is part of what was said.
        ("The mayor said officials criticized the plan.", [("The mayor", "said")]),
        # One with a named source stands, as the rules' own tests want.
        ("The mayor said Roe criticized the plan.",
         [("The mayor", "said"), ("Roe", "criticized")]),
    ],
)  # fmt: skip
def test_quotes_learned_nested_rule_quote_stays_only_with_a_named_source(nlp, text, expected):
    with using_model(CueModel({"l=say": 20.0, "l=criticize": 20.0}, -10.0, 0.0, 0.5)):
        quotes = find_quotes(nlp(text), "d")
    assert [(q.source, q.cue) for q in quotes] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # The subject is an attribution itself ("his denial that ..."), not who holds one.
        ("His denial that the memo existed drew scorn from the board.",
         [("His", "denial")]),
        ("The senator drew scorn from the board.", [("The senator", "drew")]),
    ],
)  # fmt: skip
def test_quotes_learned_added_cue_whose_source_holds_a_cue_is_dropped(nlp, text, expected):
    with using_model(CueModel({"l=draw": 20.0}, -10.0, 0.0, 0.5)):
        quotes = find_quotes(nlp(text), "d")
    assert [(q.source, q.cue) for q in quotes] == expected
