"""EXPERIMENTAL (being tuned)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dossier.errors import DossierError
from dossier.present.tls_dates import ArticleLike, DatedSentence, date_sentences
from dossier.present.tls_events import DateSummary, summarize_events
from dossier.present.tls_select import (
    Vector, centroid, content_words, cosine, idf_table, select_mmr, tfidf_vector,
)

__all__ = [
    "DateSummary", "TlsParams", "rank_dates", "summarize_articles", "summarize_events",
    "summarize_sentences",
]

Timeline = list[tuple[date, list[str]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class TlsParams:
    later_weight: float = 1.0
    earlier_weight: float = 0.0
    same_day_weight: float = 0.5
    named_bonus: float = 0.5
    lookback_days: int | None = None
    volume_mix: float = 0.0
    undated_weight: float = 1.0
    next_day_weight: float = 0.0
    published_dated: bool = False
    trade_off: float = 0.8
    max_overlap: float = 0.5
    min_words: int = 5
    max_words: int = 25
    lead_weight: float = 0.05
    lead_days: int = 0
    mention_bonus: float = 0.0
    lead_shape: str = "inv"


def summarize_articles(
    articles: Sequence[ArticleLike], /, *, n_dates: int, sentences_per_date: int,
    start: date, end: date, params: TlsParams | None = None,
) -> Timeline:
    sentences = [s for article in articles for s in date_sentences(article)]
    return summarize_sentences(
        sentences, n_dates=n_dates, sentences_per_date=sentences_per_date, start=start, end=end,
        params=params,
    )


def summarize_sentences(
    sentences: Sequence[DatedSentence], *, n_dates: int, sentences_per_date: int, start: date,
    end: date, params: TlsParams | None = None, vectors=None,
) -> Timeline:
    if n_dates < 1 or sentences_per_date < 1:
        raise DossierError(
            f"a timeline needs at least one date and one sentence per date; got n_dates={n_dates}, "
            f"sentences_per_date={sentences_per_date}"
        )
    if start > end:
        raise DossierError(f"timeline range starts ({start}) after it ends ({end}); swap them")
    params = params or TlsParams()
    ranked = rank_dates(sentences, start=start, end=end, params=params)
    days = sorted(day for day, _ in ranked[:n_dates])
    vectors = vectors or _Vectors(sentences)
    candidates = _candidates_by_day(sentences, set(days), params)
    return [(day, _summarize_day(day, candidates.get(day, []), vectors, sentences_per_date, params)) for day in days]


def rank_dates(
    sentences: Sequence[DatedSentence], *, start: date, end: date, params: TlsParams | None = None,
) -> list[tuple[date, float]]:
    params = params or TlsParams()
    referrers: dict[date, dict[str, tuple[date, bool]]] = defaultdict(dict)
    published: dict[date, set[str]] = defaultdict(set)
    for sentence in sentences:
        published[sentence.published].add(sentence.doc_id)
        for day in sentence.dates:
            named = day in sentence.named_dates or referrers[day].get(sentence.doc_id, (None, False))[1]
            referrers[day][sentence.doc_id] = (sentence.published, named)
    refs: dict[date, float] = defaultdict(float)
    for day, docs in referrers.items():
        if not start <= day <= end:
            continue
        for written, named in docs.values():
            weight = _reference_weight(day, written, params)
            refs[day] += weight * (1 + params.named_bonus) if named else weight
    pubs = {day: len(docs) for day, docs in published.items() if start <= day <= end}
    ref_total = sum(refs.values()) or 1.0
    pub_total = sum(pubs.values()) or 1.0
    lam = params.volume_mix
    scores = {
        day: (1 - lam) * refs.get(day, 0.0) / ref_total + lam * pubs.get(day, 0) / pub_total
        for day in set(refs) | set(pubs)
    }
    kept = [(day, s) for day, s in scores.items() if s > 0 or (lam == 0 and pubs.get(day))]
    return sorted(kept, key=lambda item: (-item[1], -pubs.get(item[0], 0), item[0]))


def _reference_weight(day: date, written: date, params: TlsParams) -> float:
    if written == day:
        return params.same_day_weight
    if written < day:
        return params.earlier_weight
    if params.lookback_days is not None and (written - day).days > params.lookback_days:
        return 0.0
    return params.later_weight


@dataclass(frozen=True, slots=True)
class _Candidate:
    sentence: DatedSentence
    weight: float
    lead: float
    names_day: bool


def _lead(sentence: DatedSentence, params: TlsParams) -> float:
    if params.lead_shape == "inv":
        return 1 / (1 + sentence.position)
    if params.lead_shape == "step3":
        return 1.0 if sentence.position < 3 else 0.0
    if params.lead_shape == "first":
        return 1.0 if sentence.position == 0 else 0.0
    return 0.5 ** sentence.position


def _candidates_by_day(
    sentences: Sequence[DatedSentence], days: set[date], params: TlsParams,
) -> dict[date, list[_Candidate]]:
    found: dict[date, list[_Candidate]] = defaultdict(list)
    one = timedelta(days=1)
    for sentence in sentences:
        words = len(content_words(sentence.text))
        if not params.min_words <= words <= params.max_words:
            continue
        lead = _lead(sentence, params)
        named = days.intersection(sentence.dates)
        for day in named:
            if sentence.published >= day or params.earlier_weight > 0:
                near = 0 <= (sentence.published - day).days <= params.lead_days
                found[day].append(_Candidate(sentence, 1.0, lead if near else 0.0, True))
        if not sentence.dates or (params.published_dated and not named):
            if sentence.published in days:
                found[sentence.published].append(_Candidate(sentence, params.undated_weight, lead, False))
            prev = sentence.published - one
            if params.next_day_weight > 0 and prev in days:
                found[prev].append(_Candidate(sentence, params.next_day_weight, lead if params.lead_days >= 1 else 0.0, False))
    return found


class _Vectors:
    def __init__(self, sentences: Sequence[DatedSentence]) -> None:
        self._words = {id(s): content_words(s.text) for s in sentences}
        self._idf = idf_table(self._words.values())
        self._cache: dict[int, Vector] = {}

    def of(self, sentence: DatedSentence) -> Vector:
        key = id(sentence)
        if key not in self._cache:
            self._cache[key] = tfidf_vector(self._words.get(key) or content_words(sentence.text), self._idf)
        return self._cache[key]


def _summarize_day(
    day: date, candidates: Sequence[_Candidate], vectors: _Vectors, k: int, params: TlsParams,
) -> list[str]:
    best: dict[str, _Candidate] = {}
    for c in candidates:
        key = " ".join(c.sentence.text.split()).lower()
        if key not in best or (best[key].weight, best[key].lead) < (c.weight, c.lead):
            best[key] = c
    unique = list(best.values())
    if not unique:
        return []
    vecs = [vectors.of(c.sentence) for c in unique]
    middle = centroid(vecs, [c.weight for c in unique])
    relevance = [
        c.weight * cosine(v, middle) + params.lead_weight * c.lead + params.mention_bonus * c.names_day
        for c, v in zip(unique, vecs)
    ]
    chosen = select_mmr(vecs, relevance, k, trade_off=params.trade_off, max_overlap=params.max_overlap)
    return [unique[i].sentence.text for i in chosen]
