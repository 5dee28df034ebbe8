"""Times of day that sources give for one happening, and the ones that cannot both be right.

Outlets often time the start of a fire, a crash or an arrest to the minute, and they do not always
agree ("broke out at 8.49pm" beside "around 9pm"; "shortly after 2 a.m." beside "just after
2:30 a.m."). A stated time of day is read from the sentence of an event mention as the window of
minutes it allows:

- a time with its minutes and no hedge allows two minutes either way (clocks and reports round);
- a time on the hour with no hedge ("at 9pm") allows a quarter of an hour either way;
- "about", "around", "approximately" widen it by the roundness of the value: half an hour for an
  hour ("around 9pm"), a quarter for a quarter ("about 2:30"), ten minutes for five minutes
  ("about 8.40pm"), five otherwise;
- "shortly after" / "just after" / "just past" allow the next twenty minutes, "shortly before" and
  "just before" the twenty before; "after" or "before" alone bound the moment without telling it
  ("before 10 p.m." may be any time of the evening) and give nothing.

Two times clash when their windows do not meet, they are in the same time zone (or both give
none), different articles state them, and they lie at most ``SAME_MOMENT_MINUTES`` apart: a wider
gap is another moment of a lasting happening (the fire broke out at 9pm, still burned at 4am), not
the same moment timed twice. A sentence giving two times, a time after "until", "by", "since" or
"from" (an end or a start, not the moment), a time on another line than the trigger (a dateline:
"Posted: 04/9/2012 8:33 am") and a clock of a game ("with 7:41 left", no a.m./p.m. and no zone)
give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier import models

# 12-hour times ("8.49pm", "2:30 a.m.", "9 p.m.") and 24-hour times that carry a zone ("20:49 GMT",
# "2045 GMT"); a bare "7:42" may be a game clock or a score and is not read.
ZONES = r"GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local time"
CLOCK = re.compile(
    r"\b(?:(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s*(?P<half>[ap])(?:\.\s?m\.|\s?m\b)"
    rf"(?:\s*(?P<zone12>{ZONES})\b)?"
    rf"|(?P<h24>[01]?\d|2[0-3])[:.h]?(?P<m24>[0-5]\d)\s*(?P<zone24>{ZONES})\b)",
    re.IGNORECASE,
)
# Words right before a time that make it the end, the start or a bound of a span, not the moment.
BOUND = re.compile(r"\b(?:until|till|til|by|since|from|between|to|and|or|through)\s+"
                   r"(?:(?:about|around|approximately|roughly|shortly|just)\s+)?(?:(?:after|before)\s+)?(?:at\s+)?$")
SOON_AFTER = re.compile(r"\b(?:shortly|just|soon|right|moments|minutes)\s+(?:after|past)\s+(?:about\s+)?$")
SOON_BEFORE = re.compile(r"\b(?:shortly|just|right|moments|minutes)\s+before\s+$")
AFTER = re.compile(r"\b(?:after|past)\s+$")
BEFORE = re.compile(r"\bbefore\s+$")
ABOUT = re.compile(r"\b(?:about|around|approximately|roughly|some|circa|nearly|almost|near)\s+(?:at\s+)?$")
HEDGES = tuple(re.compile(p.pattern, re.IGNORECASE) for p in (SOON_AFTER, SOON_BEFORE, ABOUT))
# Two reports of one moment that differ more than this (in minutes) tell two moments of a lasting
# happening, not one moment timed differently (three hours: a crash and the arrest after it, a fire's
# outbreak and its height, are told hours apart; outlets timing the same moment rarely differ so much).
SAME_MOMENT_MINUTES = 180
# What an unhedged time allows either way, with and without its minutes (rounding of reports).
EXACT_SLACK, HOUR_SLACK = 2, 15
SOON_MINUTES = 20


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day as a window of minutes after midnight, in a zone ("" when none is given)."""

    text: str
    low: int
    high: int
    zone: str

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2


def mention_clock_time(mention: models.EventMention) -> ClockTime | None:
    """The time of day the sentence of a mention gives for its happening.

    Args:
        mention: an event mention with its sentence and offsets.

    Returns:
        The time as a window of minutes, or None when the sentence gives none, gives two, or gives
        it as a bound ("until 4am"), on another line than the trigger, or as a game clock.
    """
    times = list(CLOCK.finditer(mention.sentence))
    if len(times) != 1:
        return None
    match = times[0]
    trigger_at = mention.trigger_start - mention.sentence_start
    lo, hi = sorted((trigger_at, match.start()))
    if "\n" in mention.sentence[lo:hi]:
        return None  # a headline, dateline or byline line, not the trigger's clause
    before = mention.sentence[max(0, match.start() - 30):match.start()]
    if BOUND.search(before.lower()) or re.search(r"\b(?:19|20)\d\d\b|posted|published|updated", before.lower()):
        return None
    return read_clock_time(match, before)


def read_clock_time(match: re.Match, before: str) -> ClockTime | None:
    """The window of minutes a matched time allows, given the words before it (see the module
    docstring for the widths). Returns None for a bare bound ("after 2 a.m.", "before 10 p.m.")."""
    if match.group("h12"):
        hour = int(match.group("h12")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        minute_text, zone = match.group("m12"), match.group("zone12") or ""
    else:
        hour, minute_text, zone = int(match.group("h24")), match.group("m24"), match.group("zone24") or ""
    minute = int(minute_text) if minute_text else 0
    at = hour * 60 + minute
    hedge = next((h.group(0) for h in (p.search(before) for p in HEDGES) if h), "")
    before = before.lower()
    if SOON_AFTER.search(before):
        low, high = at, at + SOON_MINUTES
    elif SOON_BEFORE.search(before):
        low, high = at - SOON_MINUTES, at
    elif AFTER.search(before) or BEFORE.search(before):
        return None  # a bound, not a reading of the moment
    else:
        slack = _rounding(minute) if ABOUT.search(before) else (EXACT_SLACK if minute_text and minute else HOUR_SLACK)
        low, high = at - slack, at + slack
    # The hedge is part of the value: "shortly after 2 a.m." and "2 a.m." are not the same claim.
    return ClockTime(text=(hedge.strip() + " " + match.group(0).strip()).strip(), low=low, high=high, zone=zone.upper())


def _rounding(minute: int) -> int:
    """How far "about" lets a time stray, by how round it is."""
    if minute == 0:
        return 30
    if minute % 15 == 0:
        return 15
    return 10 if minute % 5 == 0 else 5


def clocks_clash(a: ClockTime, b: ClockTime) -> bool:
    """Whether two times of one moment cannot both be right (see the module docstring).

    Args:
        a, b: two stated times.

    Returns:
        True when their windows do not meet, their zones are the same and they are close enough
        to be one moment.
    """
    if a.zone != b.zone:
        return False
    if a.high >= b.low and b.high >= a.low:
        return False
    return _circular_gap(a.middle, b.middle) <= SAME_MOMENT_MINUTES


def _circular_gap(x: float, y: float) -> float:
    gap = abs(x - y) % (24 * 60)
    return min(gap, 24 * 60 - gap)


def clock_text(time: ClockTime) -> str:
    """A stated time as the value a discrepancy shows ("8.49pm"; "20:49 GMT")."""
    return time.text
