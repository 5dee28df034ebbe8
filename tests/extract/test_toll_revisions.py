"""A revised toll gives its current value to the happening it is the toll of (sentences written for these tests).

"The toll in the blast, first put at 4, has risen to 9" sizes the blast with 9; the figure it
replaced is dropped, not kept as a second toll (see ``toll_phrases``).
"""

from __future__ import annotations

import pytest

from dossier import models

T = models.EventType
KILLED = {"people", "civilians", "military", "children"}


def _killed(mentions):
    """(event type, trigger, low) of every killed count, scope ignored."""
    return sorted((m.event_type, m.trigger, q.low) for m in mentions for q in m.quantities
                  if q.role.split("@")[0] in KILLED)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blast after a bomb is the attack; the earlier figure ("initially 4") is not a toll
        ("A parcel bomb went off at a market in Arusha on Thursday. "
         "The death toll in the market blast, initially 4, has risen to 9, nurses said Saturday.",
         [(T.ATTACK, "blast", 9)]),
        # "up from" gives the figure replaced, "stands at" the current one
        ("A gas blast tore through a coal mine on Monday. "
         "The toll in the mine blast now stands at 17, up from 11.", [(T.DISASTER, "blast", 17)]),
        # "the number of dead" is a toll word like "toll"
        ("A ferry capsized on the lake on Sunday. The number of dead in the sinking has reached 41.",
         [(T.DISASTER, "sinking", 41)]),
        # "the toll for both attacks" names its happening by "for"
        ("Gunmen attacked two checkpoints on Friday. The toll for both attacks climbed to 26.",
         [(T.ATTACK, "attacks", 26)]),
    ],
)
def test_toll_revisions_size_the_happening_with_the_current_value(extract, text, expected):
    assert _killed(extract(text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The number of dead is not yet known. Rescuers carried the dead out of the rubble.",  # no number
        "The toll for the year rose to 40, the highway agency said.",  # a year is no happening
        "The toll on the new bridge has risen to $7.",  # a fee
    ],
)
def test_toll_revisions_that_count_no_happening_give_no_count(extract, text):
    assert _killed(extract(text)) == []
