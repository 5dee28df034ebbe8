"""Hosts of shows, hits in sport and strikes of a trade: no meeting, no attack.

These tests pin that hosting a ceremony, an awards show or a broadcast meets nobody while hosting
talks or a delegation still does; that a batter's hit, a figure reached and "a hit or miss" are no
attack while a missile hitting a base still is; and that a strike of writers or actors is a labour
strike, a lightning strike none, while an air strike stays an attack. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # hosting a show presents it
        ("The comedian hosted the awards ceremony on Sunday.", T.MEETING, False),
        ("She will be hosting the 40th annual Music Awards in March.", T.MEETING, False),
        ("The festival has been hosted by local comedians for years.", T.MEETING, False),
        ("He won praise for hosting the television broadcast.", T.MEETING, False),
        ("The last time a Canadian hosted the show was in 1990.", T.MEETING, False),
        # hosting parties or a gathering of them meets them
        ("Norway hosted the peace talks on Monday.", T.MEETING, True),
        ("The president hosted the visiting delegation on Monday.", T.MEETING, True),
        ("The president hosted the Danish prime minister in the capital.", T.MEETING, True),
        # hits in sport, figures reached, a success
        ("Last year the shortstop hit 30 home runs for the club.", T.ATTACK, False),
        ("Morales hit.", T.ATTACK, False),
        ("The young catcher is known for hitting for power.", T.ATTACK, False),
        ("The final episode hit a record 20 million viewers.", T.ATTACK, False),
        ("The new musical: a hit or miss?", T.ATTACK, False),
        # blows with a target
        ("A missile hit the air base on Monday.", T.ATTACK, True),
        ("The rebels hit back at the army convoy.", T.ATTACK, True),
        ("Rebels hit the army base with rockets on Monday.", T.ATTACK, True),
    ],
)
def test_show_senses_decide_the_type(extract, needs_wordnet, text, event_type, expected):
    assert (event_type in {m.event_type for m in extract(text)}) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The actors strike was settled a month later.", {T.PROTEST}),
        ("The film was released after the writers' strike ended.", {T.PROTEST}),
        ("Investigators said there was a lightning strike near the barn.", set()),
        ("An air strike killed five fighters near the border.", {T.ATTACK}),
        ("A drone strike hit the compound on Monday.", {T.ATTACK}),
    ],
)
def test_show_senses_strikes_by_trade_and_weather(extract, needs_wordnet, text, expected):
    types = {m.event_type for m in extract(text)} & {T.PROTEST, T.ATTACK}
    assert types == expected
