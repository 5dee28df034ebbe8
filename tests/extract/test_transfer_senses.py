"""Custody passed on: people handed over, transferred, repatriated or extradited to another holder.

These tests pin that the words of a transfer of custody reach the ``transfer`` definition, that an
exchange of prisoners stays an exchange and a release a release, and that the same verbs used of
keys, money, a holiday or a patient report no transfer. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.extract.ontology import ALL_DEFINITIONS, BY_TYPE, definitions_for
from dossier.models import EventType as T


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The militia handed over nine foreign fighters to Iraq last month.", "handed"),
        ("The two suspects were transferred to Jordanian custody on Friday.", "transferred"),
        ("Norway repatriated three orphans from the desert camp in June.", "repatriated"),
        ("Kazakhstan has repatriated more than 200 of its citizens.", "repatriated"),
        ("The banker was extradited to Spain after a long legal battle.", "extradited"),
        ("The guards handed the women to the local authorities.", "handed"),
        ("The detainees were returned to their home countries for trial.", "returned"),
        ("The transfer of 40 prisoners to Baghdad was delayed by a week.", "transfer"),
        ("The repatriation of the orphans began in March.", "repatriation"),
        ("She returned to Tunisia from the camp with her two sons.", "returned"),
        # a person sent to a country, a passive infinitive, a regime as the new holder
        ("The teenager was returned to Sweden last spring.", "returned"),
        ("The preacher is likely to be repatriated to Morocco next month.", "repatriated"),
        ("The suspects could be handed over to the military regime.", "handed"),
    ],
)
def test_transfer_words_reach_the_transfer(trigger_types, text, word):
    assert trigger_types(text).get(word) == "transfer"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        # a swap, and prisoners of war handed back, stay an exchange and its releases
        ("The two armies exchanged 80 prisoners each at the bridge.", "exchanged", "prisoner_exchange"),
        ("As part of the swap, 120 soldiers were handed over to the capital.", "handed", "release"),
        ("An equal number of servicemen were returned to the other side.", "returned", "release"),
        # hostages set free stay a release
        ("The rebels released four hostages on Sunday.", "released", "release"),
        ("The kidnapped nurses were handed to their families.", "handed", None),
        ("The hostages were handed over to the Red Crescent in the city.", "handed", None),
        # the same verbs of things, travel and care
        ("She returned home from holiday on Sunday.", "returned", None),
        ("He handed over the keys to the new tenant.", "handed", None),
        ("The firm transferred money to an offshore account.", "transferred", None),
        ("The patient was transferred to Baghdad by helicopter.", "transferred", None),
        ("The company repatriated its overseas profits.", "repatriated", None),
        ("The stolen statue was returned to Greece in 2019.", "returned", None),
        ("An extradition treaty was signed in 2010.", "extradition", None),
    ],
)
def test_transfer_other_senses_are_no_transfer(trigger_types, text, word, definition):
    found = trigger_types(text).get(word)
    assert found != "transfer"
    if definition is not None:
        assert found == definition


@pytest.mark.slow
def test_transfer_arguments_are_the_holder_and_the_receiver(extract):
    mentions = [m for m in extract("The Kurds handed over nine foreign fighters to Iraq.") if m.trigger == "handed"]
    assert [m.event_type for m in mentions] == [T.TRANSFER]
    assert {(a.role, a.text) for a in mentions[0].arguments} == {("actor", "Kurds"), ("target", "Iraq")}


def test_transfer_is_coded_as_judicial_cooperation():
    transfer = next(d for d in ALL_DEFINITIONS if d.name == "transfer")
    assert (transfer.plover, transfer.cameo) == ("COOPERATE", "063")
    # "extradite" keeps the PLOVER code it had as an arrest
    assert transfer.plover_by_lemma.get("extradite", transfer.plover) == "COOPERATE"


@pytest.mark.parametrize("lemma", ["hand", "transfer", "repatriate", "extradite", "return"])
def test_transfer_outranks_release_and_arrest(lemma):
    names = [d.name for d in definitions_for(lemma, False)]
    assert "transfer" in names
    assert all(names.index("transfer") < names.index(other) for other in ("release", "arrest") if other in names)


def test_transfer_has_its_own_type():
    assert BY_TYPE[T.TRANSFER].name == "transfer"
