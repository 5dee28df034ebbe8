"""How a sentence's dates pass between its events (sentence_dates). The publication date is a
Sunday, 10 March 2030 (see conftest)."""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType

pytestmark = pytest.mark.slow

LEAD = "Peru and Chile held talks in Lima on Friday. "


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        # a relative clause's date stays in the clause: the signing takes the article's Friday
        (LEAD + "The envoy, who attacked the convoy on 3 March, signed the agreement.", T.AGREEMENT, "2030-03-08"),
        # the clause's own event keeps its day
        (LEAD + "The envoy, who attacked the convoy on 3 March, signed the agreement.", T.ATTACK, "2030-03-03"),
    ],
)
def test_sentence_dates_relative_clause_date_does_not_pass_to_the_main_clause(extract, text, event_type, day):
    assert [m.date_value for m in extract(text) if m.event_type == event_type] == [day]
