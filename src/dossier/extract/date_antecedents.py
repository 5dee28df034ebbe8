"""Dates a clause takes from words outside it: the time a "when" clause hangs on, and a past time
told with what was asked or offered.

Split from ``dating`` (which walks each time expression up the parse to the trigger it dates)
because these two go the other way: the time expression stays where it is, and a clause elsewhere
in the sentence is dated by it.

- A "when" right after a time expression ("since early June, when the president promised a
  strike"; "the protests of May 2019, when thousands rallied") opens a clause about that time:
  "when" after a noun of time is a relative adverb, so the clause tells what happened then, even
  where the time itself is only a bound ("since ...") or describes a noun ("the protests of ...").
  Parsers often hang such a clause on the noun before the time, so it is found from the words.
- A past time inside an infinitive that completes a past request, offer or agreement ("invited
  the rebels to rejoin the talks two weeks ago", "agreed to admit the three states in July 2019")
  dates the asking: what is asked or agreed lies ahead of the asking, so a time already past when
  the article was written and coarser than a day is the asking's. A day stays the content's ("agreed
  to swap prisoners on Friday"), as news names the day of a planned step so, and a that-clause
  ("agreed that prisoners would be swapped") keeps its own time.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from dossier import models
from dossier.timevalues import interval

# Tags of a verb telling the asking as done: "invited", "was invited", "had agreed".
PAST_TAGS = frozenset({"VBD", "VBN"})


def when_clause(span: Span) -> Token | None:
    """The head of the "when" clause that follows a time expression (with or without a comma),
    or None. "On Friday, when she landed, ..." and "last October when he was shot" both qualify."""
    doc = span.doc
    index = span.end
    if index < span.sent.end and doc[index].text == ",":
        index += 1
    if index >= span.sent.end or doc[index].lower_ != "when":
        return None
    clause = doc[index].head
    if clause.i == doc[index].i or clause.pos_ not in {"VERB", "AUX"} or clause.i < index:
        return None
    return clause


def triggers_in_clause(clause: Token, anchors: dict[int, int]) -> list[int]:
    """The triggers whose words lie in a clause's subtree (its own or a trigger noun's)."""
    inside = {token.i for token in clause.subtree}
    return sorted({trigger for token, trigger in anchors.items() if token in inside and trigger in inside})


def past_content_date(governor: Token, taker: Token, timex: models.TimeExpression,
                      published: str | None) -> bool:
    """Whether a time expression inside an infinitive completing a past request, offer or
    agreement dates the asking itself: it lies wholly before publication and names a week,
    month, season or year, not a day (see the module docstring)."""
    if not published or taker.tag_ not in PAST_TAGS or timex.precision in {models.Precision.DAY,
                                                                          models.Precision.TIME}:
        return False
    bounds = interval(timex.value)
    if bounds is None or bounds[1] >= date.fromisoformat(published[:10]):
        return False
    for token in [governor, *governor.ancestors]:
        if token.i == taker.i:
            return False
        if token.dep_ == "ccomp":
            return False  # "agreed that the vote held in 2019 was fair": the content's own time
        if token.dep_ == "xcomp" and token.head.i == taker.i:
            return True
    return False
