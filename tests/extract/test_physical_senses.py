"""Words of force, meeting and agreement used of things, substances and amounts (``physical_senses``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier.annotate import wordnet
from dossier.extract import thing_kinds


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new cap is capturing most of the leaking crude.", "capturing"),
        ("About 2,000 barrels a day were being captured by the dome.", "captured"),
        ("Shares in the insurer were hit hard on Monday.", "hit"),
        ("The crude oil killed thousands of pelicans.", "killed"),
        ("The robot hit the seabed at dawn.", "hit"),
        ("Crews battled to contain the blaze.", "battled"),
        ("Firefighters were fighting the fire all night.", "fighting"),
        ("The airline is under attack from the senator for its pricing plans.", "attack"),
        ("The company launched a new clean-up operation on Monday.", "launched"),
        ("Engineers are executing the repair job.", "executing"),
        ("Officials said how much is being captured each day.", "captured"),
        ("The stock was flat on Friday but had been hit earlier in the month.", "hit"),
        ("See how the sun is beating down on the deck.", "beating"),
        # a participle where a noun stands names the people it befell
        ("In the ward the injured are waiting for surgeons.", "injured"),
        ("Medics are treating the wounded in tents.", "wounded"),
    ],
)
def test_physical_senses_no_force(nlp, trigger_types, needs_wordnet, text, word):
    assert trigger_types(text).get(word) not in {"attack", "fight", "attack-launch"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        ("Gunmen attacked a convoy, killing five.", "attacked", "attack"),
        ("Troops captured the town.", "captured", "fight"),
        ("Rebels shelled the city.", "shelled", "attack"),
        ("A car bomb exploded near the market, killing nine civilians.", "killing", "attack"),
        ("Militants attacked police over the arrest of their leader.", "attacked", "attack"),
        ("The army launched an operation against the militants.", "launched", "attack-launch"),
        ("Two of their vehicles were hit by gunfire.", "hit", "attack"),
        ("The regime executed three prisoners on Monday.", "executed", "attack"),
        ("The town came under attack from rebels.", "attack", "attack"),
        ("The refinery exploded and collapsed, killing seven workers.", "killing", "accident"),
        ("The ferry capsized off the coast, killing 30 passengers.", "killing", "accident"),
        ("The explosion that set afire and sank the tanker, killing four sailors, is under inquiry.", "killing",
         "accident"),
        ("Protesters blocked the entrance to the ministry.", "blocked", "protest"),
        # a pronoun standing for a quake named before: the quake's doing, not an attack
        ("An earthquake shook the islands at dawn. It struck near the coast.", "struck", "disaster"),
        ("Gunmen raided the village at dawn. They wounded six farmers.", "wounded", "attack"),
    ],
)
def test_physical_senses_keeps_events(nlp, trigger_types, needs_wordnet, text, word, definition):
    assert trigger_types(text).get(word) == definition


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ice crystals blocked the pipe.", "blocked"),
        ("Frozen gas formed hard crystals, that blocked up the valve.", "blocked"),
        ("Engineers hope to block the leak with heavy mud.", "block"),
    ],
)
def test_physical_senses_no_blockade(nlp, trigger_types, needs_wordnet, text, word):
    assert trigger_types(text).get(word) != "protest"


@pytest.mark.parametrize(
    ("word", "kind"),
    [("oil", ["noun.substance"]), ("barrel", ["noun.quantity"]), ("seafloor", ["noun.object"]), ("zebra", [])],
)
def test_physical_senses_fallback_kinds(monkeypatch, word, kind):
    monkeypatch.setattr(wordnet, "available", lambda: False)
    doc = Doc(spacy.blank("en").vocab, words=[word])
    doc[0].lemma_ = word
    assert thing_kinds.kinds(doc[0]) == kind


@pytest.mark.slow
def test_physical_senses_fallback_vetoes_substance_doer(nlp, trigger_types, monkeypatch):
    monkeypatch.setattr(wordnet, "available", lambda: False)
    assert trigger_types("The oil killed thousands of pelicans.").get("killed") != "attack"
