"""PLOVER classification of single sentences with the event extractor, and its use as the default system."""

from __future__ import annotations

import json

import pytest

from dossier.extract.classify import plover_classify

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and Azerbaijan agreed on a new border treaty.", ("AGREE", ["Armenia", "Azerbaijan"], [])),
        ("Georgia threatened to cut gas supplies to Armenia.", ("THREATEN", ["Georgia"], ["Armenia"])),
        ("The European Union imposed sanctions on Belarus.", ("SANCTION", ["The European Union"], ["Belarus"])),
        ("Police arrested twelve activists in Yerevan on Monday.", ("COERCE", ["Police"], ["twelve activists"])),
        ("Moldova demanded that Russia withdraw its troops.", ("DEMAND", ["Moldova"], ["Russia"])),
        ("Nothing much happened today.", (None, [], [])),
    ],
)
def test_classify_plover_sentence(text, expected):
    assert plover_classify(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Armenia said it will withdraw its troops from the border region.", "AGREE"),  # intent to de-escalate
        ("Georgia announced that it will impose a curfew in the northern province.", "THREATEN"),
        ("The ministry said it would not accept any more observers.", "REJECT"),
        ("The opposition party said the government must release the detained journalists.", "DEMAND"),
        ("Rebel fighters killed four soldiers with mortar fire near the airport.", "FIGHT"),
        ("A roadside bomb killed three policemen in the southern town.", "ASSAULT"),
        ("Chile and Peru signed a treaty on fishing rights.", "SUPPORT"),
        ("Bolivia lodged a formal protest with Paraguay over the border incident.", "DISAPPROVE"),
        ("The bishop called for sanctions against the military junta.", "DISAPPROVE"),
        ("The army prepared to resume shelling of rebel positions.", "MOBILIZE"),
        ("Troops remained on alert along the frontier.", "MOBILIZE"),
        ("The union called off its strike after talks with the government.", "CONCEDE"),
        ("Hungary restored diplomatic ties with Romania.", "SUPPORT"),
        ("The agency cut food deliveries to the refugee camp.", "SANCTION"),
        ("Thousands of farmers staged a rally in the capital.", "PROTEST"),
    ],
)
def test_classify_plover_coding_conventions(text, code):
    assert plover_classify(text)[0] == code


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        ("Police arrested dozens of protesters in the capital.", ["Police"], ["protesters"]),
        ("Thousands of striking teachers marched through Quito on Monday.", ["striking teachers"], []),
        ("The Kenyan and Ugandan armies launched joint exercises.", ["Kenyan armies", "Ugandan armies"], []),
        ("Moldova lifted the state of emergency in Transnistria.", ["Moldova"], ["Transnistria"]),
        ("Nepal rejected an offer from India for talks.", ["Nepal"], ["India"]),
        ("The opposition party said the government must release the detained journalists.",
         ["opposition party"], ["government"]),
        ("Armenia said it will withdraw its troops from Karabakh.", ["Armenia"], ["Karabakh"]),
        ("Rebels in the north attacked an army camp on Tuesday.", ["Rebels in the north"], ["army camp"]),
    ],
)
def test_classify_plover_actors_are_noun_phrases(text, sources, targets):
    _, found_sources, found_targets = plover_classify(text)
    assert (found_sources, found_targets) == (sources, targets)


def test_classify_is_the_default_plover_system(tmp_path):
    from dossier.evaluate.plover import evaluate

    records = [{"id": "a", "event": "AGREE", "text": "Armenia and Azerbaijan agreed on a new border treaty.",
                "source": [{"actorText": "Armenia"}, {"actorText": "Azerbaijan"}], "target": ""}]
    path = tmp_path / "plover_gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    metrics = evaluate(path).metrics
    assert (metrics["event_type_accuracy"], metrics["actor_f1"]) == (1.0, 1.0)
    assert metrics["baseline_event_type_accuracy"] == 1.0
