"""Which reports that never say a named person was killed still tell that person's killing.

News tells a killing first as a killing ("Dr. Roe was shot to death"), then refers back to it in
words that leave the death out: "Roe was hit by a sniper's bullet through the window", "the
shooting of Roe", "the attack on Roe"; or it tells the death as the victim's own: "Roe died at
the hospital", "Roe's death". A person is killed once, so once a killing of a named person is
known (``event_killings``), such a report of the same person is that killing, unless it marks
another happening. Three things mark one:

- the victim lived: "was wounded", "survived", "was shot at" (fired on, not hit), "an attempt on
  Roe's life" (a killing is no attempt), "recovered". One may be shot and survive, then be killed
  years later;
- another occasion: "an earlier shooting", "attacked again", "a previous attack";
- a day of its own: an attack dated by its sentence to a day that none of the killing's dates
  comes within a day of (an attempt years before), or a death on another day than the killing's
  (shot on Friday, died on Monday: the death is a happening of its own day, and merging it would
  show the two days as outlets disagreeing). A report dated only by its article (its publication
  day, or the day its lead gave) tells it after the fact, so it fits any killing before that day.

A report naming no victim at all joins when it names the happening definitely in a sentence that
names the victim ("Roe's lawyer said the shooting ...", "the day after his death"): news names
the one happening it is about with the definite article or the victim's pronoun. The pronoun
alone does too ("Her death sparked outrage"), when the report of its article that last named
someone harmed before it named the victim (``event_killings``): that is whom "her" points back to.

A death joins the killing rather than following it as a consequence (``follows``): "Roe was
killed" and "Roe died" on the one day are one happening told from the killer's side and the
victim's, and two events would show the reader two deaths. The consequence links of the
Istanbul gold are between different happenings (an agreement and the exchange it set off), and a
death told on a day of its own stays its own event.
"""

from __future__ import annotations

import re

from dossier import models
from dossier.resolve.event_victims import victims
from dossier.timevalues import compatible, days_apart, interval, width

TOLD_DONE = frozenset({models.EventStatus.HAPPENED, models.EventStatus.ONGOING})
MAX_SLIP_DAYS = 1  # an outlet's day off for the attack itself: a discrepancy, not another attack
# Words telling that the person attacked lived ("wounded", not "wounds": "died of his wounds").
LIVED = re.compile(r"\b(?<!fatally )(?<!mortally )(?:wounded|injured|surviv\w*|recover\w*|unharmed|unhurt|"
                   r"shot at(?=\s+(?:in|on|by|while|from|during)\b|\s*[,.;])|attempt(?:s|ed)? (?:on|to)|"
                   r"attempted \w+|(?:assassination|murder|kidnapping) attempt)\b", re.IGNORECASE)
# Words telling that the attack named is another than the one known.
ANOTHER_OCCASION = re.compile(r"\b(?:earlier|previous|prior|another|again|once before|second|third)\b",
                              re.IGNORECASE)
# Argument roles that name who died in a death report ("Roe died", "Roe's death").
DEAD_ROLES = frozenset({"actor", "target"})
# Argument roles that name whom an attack befell: its target, or a person it merely involves
# ("doctors were killed, most recently when Dr. Roe was gunned down" parses Roe as a participant).
VICTIM_ROLES = frozenset({"target", "participant"})
# Nouns news names a killing by when it refers back to it ("the shooting", not "the raid").
KILLING_NOUNS = frozenset({"shooting", "shootings", "killing", "murder", "slaying", "homicide", "assassination",
                           "death", "attack", "assault", "stabbing", "ambush"})
# A definite name of the happening: "the shooting", "this killing", "his death", "the sniper attack".
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# The victim's pronoun owning the noun: "her death", "his brutal murder" (one word between at most).
POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def marks_another_happening(mention: models.EventMention) -> bool:
    """Whether a report of an attack on a person says the person lived or the attack was another."""
    return bool(LIVED.search(mention.sentence) or ANOTHER_OCCASION.search(mention.sentence))


def fits_killing_days(mention: models.EventMention, days: set[str], *, slip: int = MAX_SLIP_DAYS) -> bool:
    """Whether a report's date lets it tell a killing dated ``days`` (its reports' dates).

    A date the report's own sentence states must agree with one of them (within ``slip`` days
    when both are days: "in December" is no slip from "last fall");
    a date the report only took from its article must not come before the earliest of them."""
    if not days or not mention.date_value:
        return True
    if mention.date_source == "sentence":
        if width(mention.date_value) == 1 and any(width(day) == 1 for day in days):
            days = {day for day in days if width(day) == 1}  # "died Saturday" against "shot Friday", not "in October"
        return any(compatible(mention.date_value, day) or width(mention.date_value) == width(day) == 1
                   and (days_apart(mention.date_value, day) or 0) <= slip for day in days)  # a day's slip, not a month's
    told, spans = interval(mention.date_value), [interval(day) for day in days]
    starts = [span[0] for span in spans if span]
    return told is None or not starts or told[1] >= min(starts)


def tells_attack_on(mention: models.EventMention, days: set[str]) -> bool:
    """Whether an attack report naming the victim tells the killing dated ``days`` rather than
    another attack on the same person."""
    return (mention.event_type is models.EventType.ATTACK and mention.status in TOLD_DONE
            and not marks_another_happening(mention) and fits_killing_days(mention, days))


def tells_death(mention: models.EventMention, days: set[str]) -> bool:
    """Whether a death report of the victim tells the death the killing dated ``days`` caused:
    told done, on the killing's own day (no slip) or dated only by its article."""
    return (mention.event_type is models.EventType.DEATH and mention.status in TOLD_DONE
            and not ANOTHER_OCCASION.search(mention.sentence) and fits_killing_days(mention, days, slip=0))


def the_dead(mention: models.EventMention) -> set[str]:
    """The names a death report gives to who died ("Roe died", "Roe's death"); not the one whose
    relative died ("Roe's mother died": the name owns another noun than the death)."""
    if mention.event_type is not models.EventType.DEATH:
        return set()
    return {a.canonical for a in mention.arguments if a.role in DEAD_ROLES and a.canonical
            and a.canonical != a.country and not _owns_another(mention, a.text)}


def attacked(mention: models.EventMention) -> set[str]:
    """The names an attack report gives to whom it befell: its targets, or when it names none the
    people it involves ("shot to death, a Buffalo doctor": not Buffalo, when the doctor is named)."""
    if mention.event_type is not models.EventType.ATTACK:
        return set()
    return victims(mention) or {a.canonical for a in mention.arguments
                                if a.role in VICTIM_ROLES and a.canonical and a.canonical != a.country}


def names_nobody(mention: models.EventMention) -> bool:
    """Whether a report names no person or body it befell (its doer aside)."""
    return not attacked(mention) and not the_dead(mention)


def refers_back(mention: models.EventMention, surname: str) -> bool:
    """Whether a report naming nobody names its happening definitely by a noun of killing ("the
    shooting", "his death") in a sentence that names the victim by ``surname``."""
    start = mention.trigger_start - mention.sentence_start
    if mention.trigger.lower() not in KILLING_NOUNS or not names_nobody(mention) \
            or not DEFINITE_BEFORE.search(mention.sentence[:start]):
        return False
    written = re.finditer(rf"\b{re.escape(surname)}\b", mention.sentence, re.IGNORECASE)
    return any(found.group(0)[0].isupper() for found in written)  # the name, not a word spelled alike


def refers_back_by_pronoun(mention: models.EventMention) -> bool:
    """Whether a report naming nobody names its happening by a noun of killing the victim's
    pronoun owns ("her death", "his murder"); whom the pronoun means is the caller's to find."""
    start = mention.trigger_start - mention.sentence_start
    return (mention.trigger.lower() in KILLING_NOUNS and names_nobody(mention)
            and POSSESSIVE_BEFORE.search(mention.sentence[:start]) is not None)


def _owns_another(mention: models.EventMention, name: str) -> bool:
    """Whether a name is written as the owner of another noun than the trigger: "Roe's wife died",
    not "Roe's death" nor "Roe's sudden death"."""
    owned = re.search(rf"\b{re.escape(name)}(?:'s|')\s+([\w\s-]*)", mention.sentence)
    if not owned:
        return False
    words = [w.lower() for w in owned.group(1).split()[:3]]
    trigger = mention.trigger.lower()
    if words[:1] == [trigger]:
        return False
    return trigger not in words or VERB_OF_DYING.match(trigger) is not None


VERB_OF_DYING = re.compile(r"^(?:di(?:ed|es|e)|\w+ed)$")
