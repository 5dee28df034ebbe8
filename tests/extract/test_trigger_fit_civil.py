"""Words of the conflict ontology used of ordinary life (``civil_senses``, checked in ``trigger_fit``)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        ("A student who visited Spain during the holidays was diagnosed with flu.", "visited", None),
        ("Travellers were advised not to visit Peru.", "visit", None),
        ("I visited six shops in the area and all were sold out.", "visited", None),
        ("The man caught the virus during a recent visit to Peru.", "visit", None),
        ("British nationals resident in or visiting Peru should consider leaving.", "visiting", None),
        ("The president visited the troops in the capital on Monday.", "visited", "meeting"),
        ("The prime minister made a state visit to Japan.", "visit", "meeting"),
        ("The envoy visited Cairo on Monday.", "visited", "meeting"),
    ],
)
def test_trigger_fit_civil_visits(trigger_types, needs_wordnet, text, word, definition):
    assert trigger_types(text).get(word) == definition


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        ("The ministry released figures showing 300 new cases.", "released", None),
        ("The agency released a report on the outbreak on Friday.", "released", None),
        ("Police were handing out leaflets to drivers.", "handing", None),
        ("Workers returned to work after the holiday.", "returned", None),
        ("The rebels released 12 hostages on Sunday.", "released", "release"),
        ("The guerrillas handed over 12 prisoners to the Red Cross.", "handed", "release"),
    ],
)
def test_trigger_fit_civil_releases(trigger_types, needs_wordnet, text, word, definition):
    assert trigger_types(text).get(word) == definition


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        ("What's the big deal?", "deal", None),
        ("It is the real deal.", "deal", None),
        ("Unable to settle after college, he joined the navy.", "settle", None),
        ("The two firms settled the dispute on Monday.", "settled", "agreement"),
        ("The deal was reached after midnight.", "deal", "agreement"),
    ],
)
def test_trigger_fit_civil_agreements(trigger_types, needs_wordnet, text, word, definition):
    assert trigger_types(text).get(word) == definition


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        ("The government suspended classes in the capital.", "suspended", None),
        ("Public services have halted across the city.", "halted", None),
        ("Hundreds of public events have been suspended.", "suspended", None),
        ("Millions of germs are expelled in a sneeze.", "expelled", None),
        ("The country suspended flights to Peru.", "suspended", "sanction"),
        ("A tour operator suspended all trips to Lima.", "suspended", None),
        ("Japan halted trade with the junta.", "halted", "sanction"),
        ("The ministry has suspended imports of live pigs.", "suspended", "sanction"),
    ],
)
def test_trigger_fit_civil_suspensions(trigger_types, needs_wordnet, text, word, definition):
    assert trigger_types(text).get(word) == definition


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "definition"),
    [
        # a blockade by things, an institution or no one is no protest
        ("Streets were still blocked by rubble and wrecked cars.", "blocked", None),
        ("Card payments were blocked by the lender.", "blocked", None),
        ("Farmers blocked the main road with tractors.", "blocked", "protest"),
        # money is withdrawn from banks, forces from places
        ("Customers queued to withdraw cash at the branch.", "withdraw", None),
        ("The battalion withdrew from the valley.", "withdrew", "withdrawal"),
        # searching for people is no request
        ("Sniffer dogs were brought in to seek out survivors.", "seek", None),
        ("The opposition will seek a recount.", "seek", "request"),
        # one party's view is no accord; two parties agreeing is
        ("The charity agreed that clean water was the first need.", "agreed", None),
        ("The two governments agreed that the border would reopen.", "agreed", "agreement"),
        # a bill voted on is a legislature's act, even when the sentence names it before "expected"
        ("The budget is expected to be voted on next week.", "voted", "legislate"),
        # a reward or condolences offered propose no terms
        ("A reward of $5,000 was offered for information about the thieves.", "offered", None),
        ("The rebels offered a truce to the army.", "offered", "proposal"),
        # a phrasal verb means what its lemma means: "wound up" is "wind up"
        ("The season wound up with a home defeat.", "wound", None),
        # a stoppage of work is a protest, not an attack
        ("Dockers began a nationwide strike on Monday.", "strike", "protest"),
    ],
)
def test_trigger_fit_civil_blocks_withdrawals_searches_and_views(trigger_types, needs_wordnet, text, word,
                                                                  definition):
    assert trigger_types(text).get(word) == definition
