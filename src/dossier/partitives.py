"""Head nouns that count part of a group ("55 percent of voters", "a majority of Americans").

Annotation reads them to tell a share of a group from a named source (``annotate.quotes_kept``),
and extraction to tell a poll's respondents from an event's actors (``extract.idioms``); both
ask the same English partitives, so the list lives here, beside neither stage.
"""

from __future__ import annotations

# English partitive heads, not fitted.
PARTITIVE_HEADS = frozenset(
    {"percent", "majority", "plurality", "minority", "half", "third", "quarter", "share", "most"}
)
