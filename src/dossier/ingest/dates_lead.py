"""Whether a full date in an article's opening prose is the news's day or its backstory.

A dateline stands alone or at the head of a line; a date inside a lead sentence dates something
the sentence tells. When the lead tells its news by a weekday ("was sentenced Saturday") and
the date falls on another weekday ("for the crimes he committed on March 11, 2005"), the date is
the backstory's, and the article was not published on it. Kept apart from ``dates_infer`` (which
weighs all the evidence) because this reads the lead's sentences.
"""

from __future__ import annotations

import re
from datetime import date

from dossier.lead_weekdays import is_prose, names_other_weekday

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def tells_other_day(text: str, start: int, end: int, value: date) -> bool:
    """Whether a date inside the opening prose is another day than the one the lead's news is on.

    Args:
        text: the article text.
        start: where the date begins.
        end: where it ends.
        value: the date it names.

    Returns:
        True when the date's line is prose and the text up to the end of the date's sentence names
        the news by bare weekdays, none of them the date's own.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not is_prose(text[line_start: line_end if line_end >= 0 else len(text)]):
        return False
    found = _SENTENCE_END.search(text, end)
    return names_other_weekday(text[: found.end() if found else len(text)], value)
