"""Counts stated in another sentence than the event's, on short articles written for these tests."""

from __future__ import annotations


import pytest

from dossier import models

T = models.EventType
PRISONER_ROLES = {"prisoners_each_side", "prisoners", "military", "civilians"}

pytestmark = pytest.mark.slow



def _counts(mentions, trigger: str, date_value: str) -> set[tuple[str, float, float]]:
    """The prisoner counts of the one mention with this trigger word and date."""
    found = [m for m in mentions if m.trigger == trigger and m.date_value == date_value]
    if len(found) != 1:
        raise AssertionError(f"expected one mention of {trigger!r} on {date_value}, got {found}")
    return {(q.role, q.low, q.high) for q in found[0].quantities if q.role in PRISONER_ROLES}


RECALLED = (
    "Armenia and Azerbaijan agreed on March 2 to a 150-for-150 prisoner exchange.\n\n"
    "The previous largest exchange took place on January 19, when each side freed 85 prisoners.\n\n"
    "The exchange began on March 6 at the border."
)
AGREED_FORMULA = (
    'On March 2, the two delegations reached two deals: a swap of prisoners under a "150-for-150" formula '
    "and a pledge to meet again.\n\n"
)


@pytest.mark.parametrize(
    ("text", "trigger", "date_value", "expected"),
    [
        # the exchange carrying out an agreed formula, two paragraphs on
        (AGREED_FORMULA + "Between March 6 and 8, Armenia and Azerbaijan completed a big prisoner exchange.",
         "exchange", "2030-03-06/2030-03-08", {("prisoners_each_side", 150.0, 150.0)}),
        ("Armenia and Azerbaijan agreed on March 2 to a 150-for-150 prisoner exchange.\n\n"
         "On March 9, Armenia and Azerbaijan carried out a prisoner exchange.",
         "exchange", "2030-03-09", {("prisoners_each_side", 150.0, 150.0)}),
        # an agreement to exchange sized by "the coming exchange" later in the article
        ("Armenia and Azerbaijan agreed on Monday to swap all wounded and sick prisoners.\n\n"
         "The talks in Geneva lasted an hour.\n\n"
         "The chief Armenian negotiator said the coming exchange, expected to cover 400 to 450 prisoners, "
         "would be the biggest yet.",
         "agreed", "2030-03-04", {("prisoners", 400.0, 450.0)}),
        # the agreed exchange after an earlier one recalled with its own count
        (RECALLED, "exchange", "2030-03-06", {("prisoners_each_side", 150.0, 150.0)}),
        # a definite exchange noun on the same day as a counted swap
        ("Armenia and Azerbaijan swapped 60 prisoners each on Friday. The exchange took place at a border crossing.",
         "exchange", "2030-03-08", {("prisoners_each_side", 60.0, 60.0)}),
    ],
)
def test_counts_mention_takes_the_count_of_its_coreferent(extract, text, trigger, date_value, expected):
    assert _counts(extract(text), trigger, date_value) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "date_value", "expected"),
    [
        # an earlier exchange recalled as background keeps its own count, the new one takes the agreed one
        (RECALLED, "exchange", "2030-01-19", {("prisoners", 85.0, 85.0)}),
        # a counted stage between the agreement and a later exchange: the later one is another exchange
        ("Armenia and Azerbaijan agreed on March 2 to a 150-for-150 prisoner exchange.\n\n"
         "On March 6, Armenia and Azerbaijan swapped 60 prisoners each.\n\n"
         "On March 9, they carried out a prisoner exchange.",
         "exchange", "2030-03-09", set()),
        # "a further exchange" is set apart from the agreed one
        ("Armenia and Azerbaijan agreed on March 2 to a 150-for-150 prisoner exchange.\n\n"
         "On March 9, Armenia and Azerbaijan carried out a further prisoner exchange.",
         "exchange", "2030-03-09", set()),
        # two agreed formulas would give different counts: the text does not decide
        ("On March 2, Armenia and Azerbaijan agreed to a 150-for-150 prisoner swap. On March 3, they agreed "
         "to a 60-for-60 swap of civilians.\n\n"
         "Between March 6 and 8, Armenia and Azerbaijan completed a big prisoner exchange.",
         "exchange", "2030-03-06/2030-03-08", set()),
        # an exchange with no date but the publication's is not tied to an earlier, dated one
        ("In May 2029, Armenia traded five detainees for a jailed journalist. Officials called it a goodwill "
         "gesture. Critics disagreed.\n\n"
         "Diplomats say trust is growing. In this case, the prisoner swap came as relations improved.",
         "swap", "2030-03-10", set()),
        # an exchange carried out does not take the count of the next one agreed the same day
        ("On Friday, Armenia and Azerbaijan carried out a prisoner exchange. They also agreed on a new exchange "
         "of 500 prisoners each, to be held next month.",
         "exchange", "2030-03-08", set()),
        # an agreement on a new exchange does not take the count of an exchange already carried out
        ("Armenia and Azerbaijan swapped 60 prisoners each on Friday. The exchange took place at a border crossing."
         "\n\nOn Monday, the two sides agreed to hold a new prisoner exchange.",
         "agreed", "2030-03-04", set()),
    ],
)
def test_counts_different_exchanges_keep_their_counts(extract, text, trigger, date_value, expected):
    assert _counts(extract(text), trigger, date_value) == expected


def test_counts_carried_quantity_cites_the_sentence_stating_it(extract):
    text = AGREED_FORMULA + "Between March 6 and 8, Armenia and Azerbaijan completed a big prisoner exchange."
    exchange = next(m for m in extract(text) if m.event_type == T.PRISONER_EXCHANGE)
    quantity = next(q for q in exchange.quantities if q.role == "prisoners_each_side")
    assert text[quantity.start:quantity.end] == "150-for-150"
    assert quantity.start < exchange.sentence_start
