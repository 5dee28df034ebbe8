"""What one article of an event told by several may not decide alone: its date, or where it moves.

Reports are placed one at a time, and an article's background or a stray headline then speaks for
every report that joined it. Two readings follow (ECB+ build, ``dossier eval ecbplus-build``):

- An event takes a date from its reports, but one article alone does not date an event more of
  whose articles give no day at all: "on Nov. 17 the police moved in" ([1973], the background of a
  story of 2008) dated the story's undated reports, which then could never meet its dated event.
  Topics 1-20 0.7503 -> 0.7555, held-out 21-35 0.7284 -> 0.7315 (CoNLL F1), no topic lower.
- An undated event three or more articles tell moves into another (``events._second_chance``,
  ``events_told_alike``) only when two of its articles fit: one headline of another city's shooting
  among fourteen reports had moved all fourteen. Held-out 0.7267 -> 0.7284 (second chance), topics
  1-20 0.7555 -> 0.7587 (told alike); requiring two fitting articles of two-article events too
  lost 1-20 0.7503 -> 0.7458, since an event of two articles is as often one story's account.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from dossier import models

# Articles that must fit before an undated event of more articles than this moves.
MOVING_ARTICLES = 2


def dated_by_minority(dated_by: dict[str, set[str]], articles: set[str], articles_with_day: set[str]) -> bool:
    """Whether one article alone gives the dates of an event more of whose articles give no day.

    Args:
        dated_by: date value -> articles stating it (``events.Cluster.dated_by``).
        articles: the articles telling the event.
        articles_with_day: those of them whose reports carry any day, stated or published.
    """
    dating = set().union(*dated_by.values())
    if len(dating) > 1:
        return False
    return len(articles) - len(articles_with_day) > len(dating)


def articles_fitting(mentions: Iterable[models.EventMention],
                     score: Callable[[models.EventMention], float]) -> list[float]:
    """The best score of each article whose reports fit another event, when enough articles do.

    Args:
        mentions: an undated event's reports.
        score: a report's score for joining the other event (0 when it cannot).

    Returns:
        One score per fitting article; [0.0] when too few fit (``enough_articles``). One
        article's account moves on its best-tied report.
    """
    best: dict[str, float] = {}
    for mention in mentions:
        best[mention.doc_id] = max(best.get(mention.doc_id, 0.0), score(mention))
    fitting = [value for value in best.values() if value > 0]
    return fitting if enough_articles(len(fitting), len(best)) else [0.0]


def enough_articles(alike: int, articles: int) -> bool:
    """Whether ``alike`` of an event's ``articles`` fitting another event are enough to move it."""
    return alike > 0 and (articles <= MOVING_ARTICLES or alike >= MOVING_ARTICLES)
