"""Timeline metrics as tilse defines them: Date-F1 and alignment ROUGE with a many-to-one alignment.

Martschat and Markert (2017) score a timeline by aligning its dates to the gold dates and comparing
the daily summaries of aligned dates. In the "align+ m:1" variant used by the Timeline17 papers
(news-tls reports it as AR-1 / AR-2):

* each predicted date goes to the gold date with the lowest cost, and (separately, for recall)
  each gold date to the predicted date with the lowest cost, where
  ``cost = (1 - 1/(|d1 - d2| + 1)) * (1 - content similarity)``; a tie goes to the earliest date;
* content similarity is tilse's quick ROUGE-1 F1 on whitespace tokens, case kept;
* the ROUGE hit count of an aligned pair is weighted by ``1/(|d1 - d2| + 1)``; precision is the
  weighted hits over all predicted n-grams, recall over all gold n-grams (micro over dates).

ROUGE counting mirrors ROUGE-1.5.5 as tilse runs it (``-m -s``, raw counts): lower-cased
alphanumeric tokens, stopwords removed, then Porter-stemmed (tokens over 3 letters), with the
sentences of one day joined so bigrams may cross sentence ends. Tokenizer and stemmer are
``rouge_score``'s; the stopword list is spaCy's English list, which is shorter than ROUGE's
SMART list, so scores can differ slightly from the Perl script.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from nltk.stem import porter
from rouge_score import tokenize as rouge_tokenize
from spacy.lang.en.stop_words import STOP_WORDS

from dossier.evaluate.base import prf

DatedSummaries = Mapping[date, Sequence[str]]
"""A timeline for scoring: each date and the sentences of its daily summary."""

# Penn Treebank bracket tokens as written in the Timeline17 text.
PTB_BRACKETS = re.compile(r"-[LR][RSC]B-")
_STEMMER = porter.PorterStemmer()


def rouge_tokens(text: str) -> list[str]:
    """Tokens ROUGE counts: lower case, alphanumeric, no stopwords, stems of words over 3 letters.

    Args:
        text: any text; Penn Treebank bracket tokens (``-LRB-``) are dropped.

    Returns:
        The tokens in order.
    """
    words = rouge_tokenize.tokenize(PTB_BRACKETS.sub(" ", text), None)
    return [_STEMMER.stem(w) if len(w) > 3 else w for w in words if w not in STOP_WORDS]


def ngram_counts(sentences: Sequence[str], n: int) -> Counter:
    """Counts of the n-grams of a daily summary (its sentences joined)."""
    tokens = rouge_tokens(" ".join(sentences))
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_counts(predicted: Sequence[str], reference: Sequence[str], n: int) -> tuple[int, int, int]:
    """ROUGE-N raw counts of one summary against one reference.

    Args:
        predicted: the sentences of the system's summary.
        reference: the sentences of the gold summary.
        n: n-gram length.

    Returns:
        (hits, predicted n-grams, reference n-grams).
    """
    pred, ref = ngram_counts(predicted, n), ngram_counts(reference, n)
    hits = sum(min(count, ref[gram]) for gram, count in pred.items())
    return hits, sum(pred.values()), sum(ref.values())


def date_f1(predicted: Iterable[date], gold: Iterable[date]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the set of predicted dates against the gold dates."""
    pred, ref = set(predicted), set(gold)
    return prf(len(pred & ref), len(pred), len(ref))


def content_similarity(predicted: Sequence[str], reference: Sequence[str]) -> float:
    """tilse's approximate ROUGE-1 F1 on whitespace tokens, used only to choose alignments."""
    return _counter_f1(_words(predicted), _words(reference))


def _words(sentences: Sequence[str]) -> Counter:
    return Counter(w for s in sentences for w in s.split())


def _counter_f1(pred: Counter, ref: Counter) -> float:
    match = sum(min(count, ref[w]) for w, count in pred.items())
    return prf(match, sum(pred.values()), sum(ref.values()))[2]


def _date_weight(a: date, b: date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def align_many_to_one(
    predicted: DatedSummaries, gold: DatedSummaries
) -> tuple[list[tuple[date, date]], list[tuple[date, date]]]:
    """Align every predicted date to its cheapest gold date, and every gold date to its cheapest
    predicted date.

    Args:
        predicted: the system timeline.
        gold: the gold timeline.

    Returns:
        Two lists of (predicted date, gold date) pairs: one pair per predicted date (used for
        precision) and one per gold date (used for recall), in date order. Both are empty when
        either side has no dates.
    """
    pred_days, gold_days = sorted(predicted), sorted(gold)
    if not pred_days or not gold_days:
        return [], []
    pred_words = [_words(predicted[d]) for d in pred_days]
    gold_words = [_words(gold[d]) for d in gold_days]
    cost = [
        [(1 - _date_weight(p, g)) * (1 - _counter_f1(pw, gw)) for g, gw in zip(gold_days, gold_words)]
        for p, pw in zip(pred_days, pred_words)
    ]
    # min() keeps the first of equal costs, i.e. the earliest date, like numpy's argmin in tilse.
    to_gold = [
        (p, gold_days[min(range(len(gold_days)), key=row.__getitem__)])
        for p, row in zip(pred_days, cost)
    ]
    to_pred = [
        (pred_days[min(range(len(pred_days)), key=lambda i, j=j: cost[i][j])], g)
        for j, g in enumerate(gold_days)
    ]
    return to_gold, to_pred


def align_rouge(predicted: DatedSummaries, gold: DatedSummaries, n: int) -> tuple[float, float, float]:
    """Alignment ROUGE-N ("align+ m:1") precision, recall and F1 of a timeline against one gold timeline.

    Args:
        predicted: the system timeline (date -> sentences).
        gold: the gold timeline (date -> sentences).
        n: 1 for AR-1, 2 for AR-2.

    Returns:
        (precision, recall, f1); 0 for an empty side.
    """
    pred_grams = {d: ngram_counts(s, n) for d, s in predicted.items()}
    gold_grams = {d: ngram_counts(s, n) for d, s in gold.items()}

    def weighted_hits(pairs: list[tuple[date, date]]) -> float:
        total = 0.0
        for pred_day, gold_day in pairs:
            ref = gold_grams[gold_day]
            hits = sum(min(c, ref[g]) for g, c in pred_grams[pred_day].items())
            total += _date_weight(pred_day, gold_day) * hits
        return total

    pred_total = sum(sum(c.values()) for c in pred_grams.values())
    gold_total = sum(sum(c.values()) for c in gold_grams.values())
    to_gold, to_pred = align_many_to_one(predicted, gold)
    precision_hits, recall_hits = weighted_hits(to_gold), weighted_hits(to_pred)
    precision = precision_hits / pred_total if pred_total else 0.0
    recall = recall_hits / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
