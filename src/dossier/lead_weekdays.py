"""Whether a lead tells its news on another weekday than the day it writes out.

A lead that tells its news by a bare weekday ("was sentenced Saturday ... for the crimes he
committed on March 11, 2005") shows that the full date it also gives, a Friday, is the
backstory's: the article was not published on it, and deictic words do not count from it. Both
the publication-date guess (``ingest.dates_lead``) and the time-expression context
(``annotate.timex_context``) ask this, so it lives beside them rather than in either stage.
"""

from __future__ import annotations

import re
from datetime import date

# A weekday written out in full and capitalised, as prose names the news's day ("on Saturday").
WEEKDAY_WORD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A weekday that heads a written date ("Saturday, December 13 2031") is that date's, not the news's.
_DATE_AFTER = re.compile(r"\s*,?\s*(?:the\s+)?(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# A sentence or line of this many words of letters or more is prose, not a dateline or page header
# ("APR. 18, 2031"; "on April 30, 2031 at 4:31 AM, updated ... at 8:33 AM").
PROSE_WORDS = 12


def bare_weekdays(text: str) -> set[str]:
    """The weekdays the text names on their own, not as the head of a written date."""
    return {match.group(1) for match in WEEKDAY_WORD.finditer(text)
            if not _DATE_AFTER.match(text, match.end())}


def names_other_weekday(text: str, day: date) -> bool:
    """Whether the text names bare weekdays, none of them the weekday of ``day``.

    Args:
        text: the lead, up to the end of the sentence that gives ``day``.
        day: the day the lead writes out.

    Returns:
        True when some bare weekday is named and none is ``day``'s.
    """
    named = bare_weekdays(text)
    return bool(named) and WEEKDAY_NAMES[day.weekday()] not in named


def is_prose(text: str) -> bool:
    """Whether a sentence or line is prose rather than a dateline or header: PROSE_WORDS words of letters."""
    return sum(word.isalpha() for word in text.split()) >= PROSE_WORDS
