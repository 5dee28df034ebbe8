"""Backstory: reports told in the past that the publication day must not date.

Split from ``sentence_dates`` (which gives each event the date the sentence, the paragraph or the
article offers) because this is a judgement about the article as a whole: what its news is. A report
with no date of its own falls back to the publication day, which is right for the article's own
news ("Police have arrested a man", the lead's shooting) and wrong for what happened before it:
in an article about a conviction, "the deputy was shot outside an apartment" happened years
earlier, on a day the sentence does not say. An undated report is honest where a wrong day would
put the killing on the day of the verdict, so such a report stays undated when

- it is told in the pluperfect ("had been shot"): a time before the story's;
- the article's news is something that follows a harm (a trial step, a funeral, a vigil, an
  anniversary) and the report is of a harm or an arrest the news is not itself about;
- the article dated a happening of its type long before publication ("shot him in 2005") and
  its news is of another type;
- the article's news (its headline or lead) was dated to a day before publication ("fatally shot
  Friday" in Saturday's paper): the publication day is then later than anything the article tells
  in the past.

Only reports after the news sentence (the first that tells a happening of now) are judged; reports
in the present or present perfect ("has been arrested") are of the article's day and keep it.
"""

from __future__ import annotations

from spacy.tokens import Span

from dossier import models
from dossier.extract.context import ArticleNews, DocumentContext
from dossier.extract.drafts import WEAK_TYPES, Draft
from dossier.timevalues import interval

T = models.EventType
S = models.EventStatus
# Harms and what follows them at once: the happenings a trial, a funeral or an anniversary looks back on.
HARM_TYPES = frozenset({T.ATTACK, T.DEATH, T.ARREST, T.DISASTER, T.ROBBERY, T.ESCAPE})
# A killing and the death it caused are one happening told two ways: dating one dates the other.
KIN_TYPES = {T.ATTACK: T.DEATH, T.DEATH: T.ATTACK}
# A headline and the lead: the sentences whose dates tell the article's news day.
NEWS_SENTENCES = 2
# News that follows a harm: a step of its trial, or its mourning and remembrance.
FOLLOWING_TYPES = frozenset({T.TRIAL})
FOLLOWING_WORDS = frozenset({"funeral", "burial", "memorial", "vigil", "anniversary", "mourner", "mourn",
                             "sentence", "verdict", "convict", "trial", "remember", "commemorate",
                             "commemoration"})


def note_sentence(drafts: list[Draft], sent: Span, context: DocumentContext) -> None:
    """Record, after a sentence is dated, the types it dated long before publication and, for the
    first sentences telling a happening of now (a headline, the lead), the article's news."""
    news = context.news
    if context.published is None:
        return
    for draft in drafts:
        if draft.date is not None and draft.date_source == "sentence" and context.long_before(draft.date):
            news.recalled.add(draft.event_type)
            if draft.event_type in KIN_TYPES:
                news.recalled.add(KIN_TYPES[draft.event_type])
    if news.told >= NEWS_SENTENCES:
        return
    _note_opening(news, sent, context)
    current = [d for d in drafts if _happening(d) and not (d.date is not None and context.long_before(d.date))]
    if not current:
        return
    news.told += 1
    news.before_publication = news.before_publication or any(_day_before(d, context) for d in current)
    if news.sentence is not None:
        return
    following = any(t.lemma_.lower() in FOLLOWING_WORDS for t in sent)
    news.sentence = current[0].index
    # "marked the anniversary of the flood": the flood is what the news looks back on, not the news
    news.types = frozenset(d.event_type for d in current if not (following and d.event_type in HARM_TYPES))
    news.follows_harm = following or bool(news.types & FOLLOWING_TYPES)


def is_backstory(draft: Draft, context: DocumentContext, *, past: bool, pluperfect: bool, reference: bool,
                 by_publication: bool = True) -> bool:
    """Whether a report the publication day would date happened before the article's news.

    Args:
        draft: the report, dated by the publication day or the lead's for want of another date.
        context: the article so far.
        past: whether its verb is a simple past ("was shot"); a present or present perfect
            ("has been arrested") is of the article's day.
        pluperfect: whether its verb is a pluperfect ("had been shot").
        reference: whether it is named only to place another event in time ("two weeks before
            the shooting"), which says nothing of its own tense.
        by_publication: whether the date it would take is the publication day; False for the
            lead's day, which a news day before publication does not overrule (it is that day).

    Returns:
        True when the report should stay undated (see the module docstring).
    """
    news = context.news
    _note_opening(news, draft.sent, context)
    if context.published is None or news.sentence is None or draft.index <= news.sentence \
            or not _happening(draft) or not (past or pluperfect or reference):
        return False
    if pluperfect:
        return True
    kin = {draft.event_type, KIN_TYPES.get(draft.event_type)}
    if news.follows_harm and draft.event_type in HARM_TYPES and not kin & news.types:
        return True
    if draft.event_type in news.recalled and not kin & news.types:
        return True
    return by_publication and news.before_publication


def _note_opening(news: ArticleNews, sent: Span, context: DocumentContext) -> None:
    """Before the first happening of an article is told: whether a headline or lead with no trigger
    of ours named a funeral, trial or anniversary ("Mourners gathered for the funeral of ...")."""
    if news.sentence is not None or context.published is None:
        return
    opening = _following_opening(sent, context)
    if opening is not None:
        news.sentence, news.follows_harm, news.told = opening, True, 1


def _following_opening(sent: Span, context: DocumentContext) -> int | None:
    """The index of a sentence before ``sent``, and before any happening the article tells, that
    names a trial, funeral or anniversary though no trigger of ours fired in it (a headline, a lead)."""
    for index, earlier in enumerate(sent.doc.sents):
        if earlier.start >= sent.start:
            return None
        if any(t.lemma_.lower() in FOLLOWING_WORDS and not context.skip(t) for t in earlier):
            return index
    return None


def _happening(draft: Draft) -> bool:
    """A report of something that happened (not a statement or a plan), told as the article's own."""
    return draft.event_type not in WEAK_TYPES and draft.status == S.HAPPENED and not draft.background


def _day_before(draft: Draft, context: DocumentContext) -> bool:
    """Whether the text dated a report to a day wholly before the publication day."""
    if draft.date is None or draft.date_source not in {"sentence", "document"} \
            or draft.date.precision != models.Precision.DAY:
        return False
    span, published = interval(draft.date.value), interval(context.published.value)
    return bool(span and published) and span[1] < published[0]
