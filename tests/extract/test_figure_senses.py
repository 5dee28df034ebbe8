"""Everyday twins of force, custody, courts, talks and protest (``figure_senses``), arson told by a
fire that was set (``fire_senses``), a death sentence decided in court (``judicial_senses``) and
web-address slugs (``triggers.in_slug``).

Each twin has a should-fire sentence beside it that keeps the event sense. The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.models import EventType as T


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Carbon monoxide poisoning killed a family of four.", T.ATTACK),
        ("Smoke inhalation killed two of the residents.", T.ATTACK),
        ("Analysts think the housing market has hit bottom.", T.ATTACK),
        ("The sailor was held in quarantine on the ship.", T.ARREST),
        ("Most of the patients who died had underlying health conditions.", T.DEMAND),
        ("The families retreated indoors as the storm approached.", T.WITHDRAWAL),
        ("Officers managed to block the marchers' progress.", T.PROTEST),
        ("He fought on the navy boxing team for three years.", T.ATTACK),
        ("The bank began a trial of a new mobile payment service.", T.TRIAL),
        ("Trials of the new vaccine are under way in Chile.", T.TRIAL),
        ("Two neighbours were discussing the shooting on the porch.", T.NEGOTIATION),
        ("The jury recommended that the killer be executed.", T.ATTACK),
        ("A Fresno jury ordered the execution of the man who killed a guard.", T.ATTACK),
        ("The firefighters put out a blaze that was deliberately set.", T.DISASTER),
        ("Investigators said the arson fire destroyed the hall.", T.DISASTER),
        ("site.example / 2020 / 05 / 01 / coach - fired - after - team - loses /", T.DISMISSAL),
        ("site.example / 2020 / 05 / 01 / man - shot - dead - in - park /", T.ATTACK),
    ],
)
def test_figure_senses_twin_kept_out(extract, text, absent):
    assert absent not in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The gunmen killed three guards at the checkpoint.", T.ATTACK),
        ("A rocket hit the bottom floor of the clinic.", T.ATTACK),
        ("The militia is holding 40 soldiers in a camp.", T.ARREST),
        ("The troops retreated from the town on Monday.", T.WITHDRAWAL),
        ("Strikers blocked the main road for six hours.", T.PROTEST),
        ("Rebels fought government troops near the border.", T.ATTACK),
        ("The trial of the three men opened on Monday.", T.TRIAL),
        ("The two delegations discussed a ceasefire in Geneva.", T.NEGOTIATION),
        ("The jury recommended that the killer be executed.", T.TRIAL),
        ("A Fresno jury ordered the execution of the man who killed a guard.", T.TRIAL),
        ("The regime executed three dissidents at dawn.", T.ATTACK),
        ("The fire at the school was deliberately set, police said.", T.ATTACK),
        ("A fire broke out in the kitchen of the restaurant.", T.DISASTER),
        ("The blaze at the mosque is being investigated as an arson.", T.ATTACK),
        ("The fire was not arson, the fire chief said.", T.DISASTER),
        ("The hit-and-run left a cyclist dead on the ring road.", T.DISASTER),
    ],
)
def test_figure_senses_event_sense_kept(extract, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}
