"""A happening named by where or against what it happened is known for months, not weeks.

``events`` lets a definite report ("the talks", "the attack") refer back to an event of its type
reported within RECENT_REFERENCE_DAYS, because "the attack" a month on in a war story is as likely
a newer one. A name that says where or against what ("the Lagos bombing", "the embassy
bombings", "the bombing of the consulate", "the attack on the depot") picks one happening out of
its kind, and news goes on using it for months: in tributes, trials, anniversaries and tolls
revised. Such a reference may reach back as far as a disaster's (NAMED_REFERENCE_DAYS), provided
the event it joins was told with that naming word: "the embassy bombings" joins an attack whose
reports speak of an embassy, "the Lagos bombing" one whose reports name Lagos. Only attacks
and disasters (``NAMED_KINDS``): talks, visits and summits recur at one place ("the Geneva talks"
a month on may be the next round).

The naming words are the modifiers between the determiner and the event noun, and the nouns of a
phrase after it opened by "at", "in", "on", "of" or "against". Words that only describe the
kind of attack ("car", "suicide", "deadly", "twin", "suspected") name none: two car bombings a
month apart are two.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier import models
from dossier.resolve.event_naming import WORD, event_noun_types, names_its_subject

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

# Kinds of happening done once at a place: "the Istanbul talks" a month on may be a later round
# held there, "the Lagos bombing" is not a later bombing.
NAMED_KINDS = frozenset({models.EventType.ATTACK, models.EventType.DISASTER})
NAMED_REFERENCE_DAYS = 120  # as long as a disaster's (events.LASTING_REFERENCE_DAYS)
DETERMINERS = frozenset({"the", "these", "those", "this", "both"})
MODIFIER_REACH = 4  # "the deadly U.S. embassy bombings"
PHRASE_REACH = 5  # "the bombings at the two U.S. embassies"
PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "of", "against", "outside", "near"})
# Words that describe a kind of attack, its scale or its standing, not which one it was.
DESCRIBING = frozenset({
    "car", "truck", "bus", "suicide", "bomb", "rocket", "mortar", "missile", "gun", "knife", "terrorist", "terror",
    "deadly", "fatal", "bloody", "twin", "double", "triple", "simultaneous", "coordinated", "suspected", "alleged",
    "apparent", "recent", "latest", "last", "first", "second", "new", "previous", "earlier", "same", "two",
    "three", "several", "many", "other", "such", "similar", "brutal", "horrific", "massive", "huge", "big",
    "major", "worst", "deadliest", "devastating", "tragic", "cowardly", "senseless", "attempted", "failed",
    "bombing", "attack", "u", "s", "us", "american", "a", "an", "and", "or", "the", "its", "their", "his", "her",
    "people", "victims", "day", "week", "month", "year", "morning", "night",
    "have", "has", "had", "was", "were", "is", "are", "been", "will", "would", "that", "which", "who",
})
# What joins a verb of harm to the happening it was done in: "were killed in the bombing", "died in".
HARMED_IN = re.compile(r"^(?:\s+\w+){0,3}?\s+(?:in|by|during)\s+(?:the|these|those|both)\b", re.IGNORECASE)
PHRASE_END = re.compile(r"[,;:()\"]|''|``|\s-+\s")


@lru_cache(maxsize=8192)  # asked of one report against every candidate event of its block
def naming_words(mention: models.EventMention) -> frozenset[str]:
    """The words by which a definite event noun names its happening ("embassy" and "nairobi" in
    "the Lagos embassy bombing"), singular and lower-cased; none for other reports. The noun is
    the trigger, or for a verb of harm the happening it was done in or by: "were killed in the
    embassy bombing", "The bombings at the embassies have killed 200"."""
    if mention.event_type not in NAMED_KINDS:
        return frozenset()
    sentence = mention.sentence
    start = mention.trigger_start - mention.sentence_start
    end = mention.trigger_end - mention.sentence_start
    if mention.event_type in event_noun_types(mention.trigger):
        return _named_around(sentence, start, end)
    if names_its_subject(mention):  # the toll's subject, "The bombings at the embassies killed 200"
        for noun in _nouns_of_kind(sentence[:start], mention.event_type):
            return _named_around(sentence, *noun, limit=start)
    tail = sentence[end:]
    opener = HARMED_IN.match(tail)
    if opener:
        for noun_start, noun_end in _nouns_of_kind(tail[:opener.end() + 60], mention.event_type):
            return _named_around(sentence, end + noun_start, end + noun_end)
    return frozenset()


def _nouns_of_kind(text: str, event_type: models.EventType):
    """The span of the first noun in ``text`` naming a happening of this type, if any."""
    for word in WORD.finditer(text):
        if event_type in event_noun_types(word.group()):
            yield word.start(), word.end()
            return


def _named_around(sentence: str, start: int, end: int, limit: int | None = None) -> frozenset[str]:
    """The naming words of the event noun at [start, end) of a sentence, if a determiner opens it
    (a phrase after the noun read up to ``limit``: the verb whose subject it is)."""
    phrase = PHRASE_END.split(sentence[:start])[-1]  # "the bomb went off, killing": no modifier of "killing"
    before = WORD.findall(phrase)[-(MODIFIER_REACH + 1):]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower() in DETERMINERS), None)
    if at is None:
        return frozenset()
    words = [w for w in before[at + 1:] if not event_noun_types(w)]
    after = PHRASE_END.split(sentence[end:limit], maxsplit=1)[0]
    following = WORD.findall(after)[:PHRASE_REACH + 1]
    if following and following[0].lower() in PLACE_PREPOSITIONS:
        words += following[1:]
    return frozenset(_base(w) for w in words if _base(w) not in DESCRIBING and len(w) > 2)


def told_with(words: frozenset[str], cluster: Cluster) -> bool:
    """Whether any of the naming words occurs in the sentences of the event's reports."""
    if not words:
        return False
    told = {_base(w) for m in cluster.mentions for w in WORD.findall(m.sentence)}
    return bool(words & told)


def reference_reach(mention: models.EventMention, usual_days: int) -> int:
    """How many days after an event this report may still refer back to it: longer when it names
    the happening by where or against what it was done."""
    return max(usual_days, NAMED_REFERENCE_DAYS) if naming_words(mention) else usual_days


def _base(word: str) -> str:
    """A word folded so that singular and plural meet ("Embassies", "embassy" -> "embassy")."""
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
