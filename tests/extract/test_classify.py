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


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        # a participle parsed as the subject, with the real subject under it
        ("The aid agency operating in Chad said the rebels must open the roads.",
         ["aid agency operating in Chad"], ["rebels"]),
        # the issuer of a text acts through the participle on it
        ("The opposition alliance issued a statement condemning the election commission.",
         ["opposition alliance"], []),
        # "a rally to protest" parsed as a relative clause: the gathered crowd protests
        ("Hundreds of students were converging on Monday for a rally in Accra to protest the fee increases.",
         ["students"], []),
        # a trailing "diplomats quoted ... as saying" attributes, it is no content clause
        ("The ministers demanded the release of the detained journalists, diplomats quoted the declaration as saying.",
         ["ministers"], ["detained journalists"]),
        # the author of a rejected request is the target
        ("Oslo rejected a request from the Danish government.", ["Oslo"], ["Danish government"]),
        ("Police banned a march organized by the opposition party.", ["Police"], ["opposition party"]),
        # "despite appeals by X" is the setting; the curfew's "on" names who is acted on
        ("Despite appeals by aid groups, the junta refused to lift the blockade on rebel towns.",
         ["junta"], ["rebel towns"]),
        # a state frame ("on alert") takes the place of its clause's verb
        ("Indian troops remained on alert in Kashmir.", ["Indian troops"], ["Kashmir"]),
        # own or moved personnel are not targets; the place they are in, or taken from, is
        ("Uganda has reinforced its troops in Juba.", ["Uganda"], ["Juba"]),
        ("The agency said it will withdraw inspectors and engineers from Syria.", ["agency"], ["Syria"]),
        # an event noun in subject position is done by its "of" phrase
        ("The first deployment of Fijian peacekeepers arrived in Beirut.", ["Fijian peacekeepers"], ["Beirut"]),
        # complaining "to" an audience "about" a party: the party is the target
        ("Ecuador complained to the Security Council about Peruvian border raids.", ["Ecuador"], ["Peruvian"]),
        # "up to 20 X" parsed as a particle and a "to" phrase is still the object
        ("Gunmen abducted up to 20 Chinese workers near the mine.", ["Gunmen"], ["up to 20 Chinese workers"]),
        # a threat is aimed at whoever its condition is about
        ("Ankara threatened to cut off water supplies if the Kurdish authorities held the vote.",
         ["Ankara"], ["Kurdish authorities"]),
        # "..., officials said" after an untriggered clause: the clause's actors, not the speaker's
        ("Poland shut its border with Belarus, officials said.", ["Poland"], ["Belarus"]),
        # whoever is withdrawn retreats, when no one is said to withdraw them
        ("Two thousand soldiers were demobilized in the eastern province.", ["Two thousand soldiers"], []),
    ],
)
def test_classify_plover_actor_rules(text, sources, targets):
    _, found_sources, found_targets = plover_classify(text)
    assert (found_sources, found_targets) == (sources, targets)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor announced that he will impose a curfew in Mombasa.", ("THREATEN", ["mayor"], ["Mombasa"])),
        ("The alliance confirmed it would tighten the blockade of the port.", ("THREATEN", ["alliance"], [])),
        ("The mayor said he will extend the curfew in Mombasa.", ("THREATEN", ["mayor"], ["Mombasa"])),
        # not announced as future, or naming no event: the statement stays
        ("The mayor said he extended the curfew in Mombasa.", ("CONSULT", ["mayor"], ["Mombasa"])),
        ("The spokesman said the government will extend the deadline.", ("CONSULT", ["spokesman"], ["government"])),
    ],
)
def test_classify_plover_announced_measure(text, expected):
    assert plover_classify(text) == expected


def _hand_parsed(words, heads, deps, pos, ents):
    """A Doc with the parse given, to pin a rule on a parse the model makes only sometimes."""
    import spacy
    from spacy.tokens import Doc, Span

    lemmas = [w.lower().removesuffix("s") if p == "NOUN" else w.lower() for w, p in zip(words, pos)]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "targets"),
    [
        # "to" left without an object, the officers parsed as the subject of the clause after it
        (["Peru", "gave", "shelter", "to", "two", "officers", "hiding", "there", "."],
         [1, 1, 1, 1, 5, 6, 1, 6, 1],
         ["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "advmod", "punct"],
         ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADV", "PUNCT"], ["two officers"]),
        # the same words with "to" taking its object: unchanged
        (["Peru", "gave", "shelter", "to", "two", "officers", "."],
         [1, 1, 1, 1, 5, 3, 1],
         ["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "punct"],
         ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"], ["two officers"]),
    ],
)
def test_classify_plover_dangling_preposition_object(words, heads, deps, pos, targets):
    from dossier.extract.plover_actors import plover_actors
    from dossier.extract.ontology import ALL_DEFINITIONS
    from dossier.extract.triggers import Trigger

    doc = _hand_parsed(words, heads, deps, pos, [(0, 1, "GPE")])
    aid = next(d for d in ALL_DEFINITIONS if d.name == "aid")
    assert plover_actors(Trigger(doc[1], aid, False)) == (["Peru"], targets)
