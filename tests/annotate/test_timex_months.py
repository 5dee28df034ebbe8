"""A bare "March" or "May" is a month only when a temporal word governs it (timex_months)."""

from datetime import date

import pytest

from dossier.annotate.timex import find_time_expressions

PUBLISHED = date(2016, 7, 22)  # a Friday


def _found(text):
    return [(t.text, t.value) for t in find_time_expressions(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "March for Jobs organisers at the rally plan to demand a vote.",  # a march, sentence subject
        "Donations to the March of Dimes rose sharply.",  # an organisation's name
        "May said on Friday that the talks would go on.",  # a surname as subject
        "The prime minister, Theresa May, flew to Paris.",  # inside a name
        "Thousands joined the March for Unity downtown.",  # a named event after a determiner
    ],
)
def test_timex_months_word_or_name_is_no_month(text):
    assert not any(found_text.endswith(("March", "May")) for found_text, _ in _found(text))


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The board met in March.", "March", "2016-03"),
        ("Prices have risen since May.", "May", "2016-05"),
        ("She left the party last March.", "last March", "2016-03"),
        ("The plant opened in early May.", "early May", "2016-05"),
        ("The fair runs from March to May.", "March", "2016-03"),
        ("It ended on the 4th of March.", "the 4th of March", "2016-03-04"),
        ("The campaign began in March 2015.", "March 2015", "2015-03"),
        ("Sales fell in April and May.", "May", "2016-05"),
        ("The May primaries were close.", "May", "2016-05"),
        ("He resigned in March for health reasons.", "March", "2016-03"),
    ],
)
def test_timex_months_governed_month_is_a_date(text, phrase, value):
    assert (phrase, value) in _found(text)


def test_timex_months_other_months_need_no_governor():
    assert ("November", "2016-11") in _found("November will decide the race, the senator will say.")
