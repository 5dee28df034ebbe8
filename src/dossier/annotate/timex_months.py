"""When a bare "March" or "May" is a month and when it is a word or a name.

"March" is also a noun ("the March for Unity", "March for Jobs rallies downtown") and "May" a
surname ("May said on Tuesday"): capitalised at the start of a sentence or in a name, neither
looks different from the month. Alone (no day, no year), either is a month only when a temporal
word governs it: a preposition ("in March", "since May", "by March", "from March to May"), a
determiner before a noun it modifies ("the March primaries"), a weekday ("Friday, March
tenth") or a neighbouring month it is listed with ("April and May"); a capitalised word after
"for" or "of" makes it a name whatever precedes ("the March for Unity"). Modifiers ("last
March", "early May") and years ("March 2016") are matched by other rules and never reach this
test. The other months are no English words or common names, so they are left alone. Named
entity spans are not seen here (the tagger is a pure function of the text).
"""

from __future__ import annotations

import re

from dossier.annotate.timex_lexicon import MONTH_RE, WEEKDAY_RE

# The month names that are also common English words or names (a verb-noun, a surname).
AMBIGUOUS_MONTHS = frozenset({"march", "may"})
# Words that govern a following month as a time ("in March", "the end of May", "scheduled for May").
TEMPORAL_PREPOSITIONS = frozenset(
    "in since by until till from to through thru during before after of for between around "
    "into throughout toward towards within than".split()
)
# Determiners before a month that premodifies a noun ("the March primaries", "a May election").
DETERMINERS = frozenset("the a an this that its their his her our".split())
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s\"'“(]{1,3}$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# A month listed with another ("April and May", "March or April", "March, April") or after a
# weekday ("Friday, March tenth").
_LISTED_BEFORE = re.compile(
    rf"(?:{MONTH_RE}(?:\s*,\s*|\s+(?:and|or|to|through|till|until)\s+)|{WEEKDAY_RE},?\s+)$"
)
_LISTED_AFTER = re.compile(rf"(?:\s*,\s*|\s+(?:and|or|to|through|till|until)\s+){MONTH_RE}")
# "The March for Unity", "the March of Dimes": a capitalised word after "for"/"of" names an event
# or an organisation; a month or a year there would be a date ("May of 2016").
_NAME_AFTER = re.compile(rf"\s+(?:for|of)\s+(?!{MONTH_RE})(?!(?:19|20)\d\d)[A-Z]")


def is_month_date(match: re.Match, start: int, end: int) -> bool:
    """Whether a month-rule match is a date and not a word or a name sharing its spelling.

    Args:
        match: a match of the ``month`` rule, with its ``m`` (month word) and ``rel`` groups.
        start: where the expression starts in ``match.string``.
        end: where it ends.

    Returns:
        False for a bare "March" or "May" no temporal word governs, or that heads a name
        ("the March for Unity"); True otherwise, and always for the other months.
    """
    text = match.string
    if match.group("m").lower() not in AMBIGUOUS_MONTHS:
        return True
    if _NAME_AFTER.match(text, end):
        return False
    if match.group("rel"):
        return True
    before = text[max(0, start - 40):start]
    if _LISTED_BEFORE.search(before) or _LISTED_AFTER.match(text, end):
        return True
    previous = _PREVIOUS_WORD.search(before)
    if previous is None:
        return False
    word = previous.group(1).lower()
    if word in TEMPORAL_PREPOSITIONS:
        return True
    following = _NEXT_WORD.match(text, end)
    return word in DETERMINERS and following is not None and following.group(1).islower()
