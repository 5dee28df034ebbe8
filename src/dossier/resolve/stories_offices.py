"""Government bodies: names that recur across a country's unrelated stories.

The justice department, the FBI, Congress, a foreign ministry and the State Department speak on or
investigate happening after happening, so two articles naming one of them are little more likely to
report one story than two articles naming the same country. The story's own names (a victim, a
suspect, a refugee child, a ship) are what set it apart. In a large dossier rarity (stories_links)
already says so, but a small or young dossier has seen too few articles to know that a ministry is
common, and a handful of them then chains its stories together. An organisation is taken for a
government body when a word of its name is one such bodies use ("Justice Department", "Federal
Bureau of Investigation", "Congress", "Foreign Ministry"). Armies, navies and police forces are not:
in the stories they appear in they are usually the ones acting (a navy that seized pirates).
"""

from __future__ import annotations

import re

# Words of the names of government bodies (lower-cased).
_INSTITUTION_WORDS = frozenset({
    "department", "ministry", "bureau", "agency", "congress", "senate", "parliament", "government",
    "council", "cabinet", "court", "assembly", "administration", "pentagon", "kremlin", "fbi", "cia",
})
_WORD = re.compile(r"[a-z]+")
ORGANISATION_LABELS = {"ORG"}


def is_institution(name: str, label: str) -> bool:
    """Whether an entity is a government body ("Justice Department", "Congress", "the White House")."""
    if label not in ORGANISATION_LABELS:
        return False
    lowered = name.lower()
    return "white house" in lowered or any(word in _INSTITUTION_WORDS for word in _WORD.findall(lowered))
