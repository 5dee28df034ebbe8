"""Agreements listed after a verb of outcome give one report each, on sentences written for these tests."""

import pytest

from dossier.extract.agreement_lists import find_agreement_list

pytestmark = pytest.mark.slow


def _agreements(mentions):
    return [m for m in mentions if m.event_type.value == "agreement"]


def _themes(mention):
    return [a for a in mention.arguments if a.role == "theme"]


@pytest.mark.parametrize(
    ("sentence", "heads"),
    [
        ("The summit in Oslo ended on Monday and resulted in several agreements: a swap of captured "
         "sailors, plans to draft a truce, and a joint commission on fishing rights.",
         ["swap", "plans", "commission"]),
        ("On Friday the envoys reached a number of deals, including a ceasefire along the river and the "
         "reopening of two border crossings.", ["ceasefire", "reopening"]),
        ("The round of talks produced three results: a prisoner swap, a water-sharing plan and a hotline "
         "between the two armies.", ["swap", "plan", "hotline"]),
        ("On Tuesday the two cabinets agreed on several points: a halt to shelling, the return of refugees, "
         "and new elections.", ["halt", "return", "elections"]),
    ],
)
def test_a_list_of_agreements_is_found_with_its_item_heads(nlp, sentence, heads):
    listed = find_agreement_list(next(nlp(sentence).sents))
    assert listed is not None
    assert [item.head.text for item in listed.items] == heads


@pytest.mark.parametrize(
    "sentence",
    [
        # a list of people, of places, after a colon: no agreements
        "The delegation included three ministers: Anna Berg, Omar Haddad and Lena Fischer.",
        "The talks resulted in agreements with three neighbours: Norway, Sweden and Finland.",
        # a singular agreement with its content is one agreement
        "The sides reached an agreement: both armies withdraw and the border reopens.",
        # no verb of outcome gives the agreements
        "The agreements cover three areas: trade, energy and fishing.",
        # results no talks gave and no one agreed on are no agreements
        "The survey produced two results: higher prices and longer queues.",
        # one item only: the agreement keeps it as its theme
        "The meeting resulted in several agreements, including a swap of captured sailors.",
        # no list at all
        "The talks in Geneva resulted in several agreements on Monday.",
    ],
)
def test_no_list_of_agreements(nlp, sentence):
    assert find_agreement_list(next(nlp(sentence).sents)) is None


def test_each_listed_agreement_is_its_own_report(extract):
    text = ("The talks between Elbonia and Ruritania ended in Oslo on March 3, 2030. The talks resulted in "
            "several agreements: a swap of captives according to the formula \"300 for 300\", plans to "
            "draft ceasefire proposals, and a joint commission on fishing rights.")
    agreements = _agreements(extract(text))
    assert [m.trigger for m in agreements] == ["swap", "plans", "commission"]
    assert len({m.mention_id for m in agreements}) == 3
    swap, plans, commission = agreements
    assert all(m.status.value == "happened" and m.date_value == "2030-03-03" for m in agreements)
    # each item is what its own words say, and its evidence is its own stretch of the list
    assert _themes(swap)[0].text.startswith("a swap of captives")
    assert "ceasefire" in _themes(plans)[0].canonical.split()
    assert "proposals" not in _themes(swap)[0].text
    # the formula sizes the swap that was agreed, not the other agreements
    assert {(q.role, q.low) for q in swap.quantities} == {("prisoners_each_side", 300.0)}
    assert not plans.quantities and not commission.quantities


def test_a_listed_exchange_is_agreed_not_happening(extract):
    text = ("On March 3, 2030, the envoys of Elbonia and Ruritania reached a number of deals, including an "
            "exchange of 40 prisoners and the reopening of a border crossing.")
    mentions = extract(text)
    assert not [m for m in mentions if m.event_type.value in {"prisoner_exchange", "release"}]
    assert [m.trigger for m in _agreements(mentions)] == ["exchange", "reopening"]


def test_a_single_agreement_with_its_content_stays_one_report(extract):
    text = "On March 3, 2030, the sides reached an agreement: both armies withdraw and the border reopens."
    assert len(_agreements(extract(text))) == 1


def test_a_list_ends_before_the_reporting_clause(nlp):
    sentence = ("The talks resulted in two agreements: a swap of captives and a truce at sea, the minister "
                "said on Monday.")
    listed = find_agreement_list(next(nlp(sentence).sents))
    assert listed is not None
    assert [item.head.text for item in listed.items] == ["swap", "truce"]
