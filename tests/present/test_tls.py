"""Timeline summarization: dates chosen by references, N and K, the range, and our events."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from dossier import models
from dossier.errors import DossierError
from dossier.present.tls import TlsParams, rank_dates, summarize_articles, summarize_events
from dossier.present.tls_dates import DatedSentence, date_sentences
from dossier.present.tls_select import SentenceIndex, select_mmr

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@dataclass(frozen=True)
class Article:
    id: str
    published: date
    text: str


# A small story written for these tests: a river floods a town on Monday 4 March 2024; later
# articles look back at that day, while 6 March is a busy day that nobody refers back to.
ARTICLES = [
    Article("a1", date(2024, 3, 4), "The river burst its banks in the old town today after three days of heavy rain.\n"
            "Firefighters rescued dozens of residents from flooded houses near the market square."),
    Article("a2", date(2024, 3, 5), "The flood on March 4 forced hundreds of families out of their homes.\n"
            "The mayor said emergency shelters would stay open for the rest of the week."),
    Article("a3", date(2024, 3, 6), "Insurers are still counting the damage from the March 4 flood in the old town.\n"
            "Engineers began inspecting the damaged stone bridge over the swollen river."),
    Article("a4", date(2024, 3, 6), "Volunteers handed out blankets and hot meals at the sports hall shelter.\n"
            "Local schools stayed closed while caretakers pumped water from classrooms."),
    Article("a5", date(2024, 3, 6), "Shopkeepers swept mud from their floors as the water level slowly dropped.\n"
            "The regional government promised grants for businesses hit by the water."),
    Article("a6", date(2024, 3, 9), "Five days after the flood of March 4, the stone bridge reopened to traffic.\n"
            "Officials said on Friday that repairs to the river wall would start next month."),
]


def test_tls_dates_reference_days_in_sentences():
    sentences = date_sentences(ARTICLES[1])
    assert sentences[0].dates == (date(2024, 3, 4),)
    assert sentences[0].named_dates == (date(2024, 3, 4),)
    assert sentences[1].dates == ()


def test_tls_referenced_day_beats_busier_publication_day():
    timeline = summarize_articles(
        ARTICLES, n_dates=1, sentences_per_date=1, start=date(2024, 3, 1), end=date(2024, 3, 31)
    )
    assert [day for day, _ in timeline] == [date(2024, 3, 4)]


@pytest.mark.parametrize(("n_dates", "k"), [(1, 1), (2, 1), (2, 2), (3, 2)])
def test_tls_respects_number_of_dates_and_sentences(n_dates, k):
    timeline = summarize_articles(
        ARTICLES, n_dates=n_dates, sentences_per_date=k, start=date(2024, 3, 1), end=date(2024, 3, 31)
    )
    assert len(timeline) == n_dates
    assert all(1 <= len(sentences) <= k for _, sentences in timeline)
    assert [day for day, _ in timeline] == sorted(day for day, _ in timeline)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 3, 1), date(2024, 3, 31), date(2024, 3, 4)),
        (date(2024, 3, 5), date(2024, 3, 7), date(2024, 3, 6)),  # no reference: busiest day
        (date(2024, 3, 1), date(2024, 3, 3), None),
        (date(2024, 3, 8), date(2024, 3, 9), date(2024, 3, 8)),
    ],
)
def test_tls_respects_the_date_range(start, end, expected):
    timeline = summarize_articles(ARTICLES, n_dates=1, sentences_per_date=1, start=start, end=end)
    assert [day for day, _ in timeline] == ([expected] if expected else [])


def test_tls_sentences_come_from_the_chosen_day():
    ((day, sentences),) = summarize_articles(
        ARTICLES, n_dates=1, sentences_per_date=2, start=date(2024, 3, 1), end=date(2024, 3, 31)
    )
    assert day == date(2024, 3, 4)
    assert all("March 4" in s or "today" in s or "Firefighters" in s for s in sentences)


def test_tls_rank_dates_counts_later_references_more():
    sentences = [s for a in ARTICLES for s in date_sentences(a)]
    ranked = dict(rank_dates(sentences, start=date(2024, 3, 1), end=date(2024, 3, 31)))
    assert ranked[date(2024, 3, 4)] > ranked.get(date(2024, 3, 6), 0)


@pytest.mark.parametrize(
    ("volume_mix", "first", "first_score"),
    [
        (0.0, date(2024, 3, 4), 0.875),  # 7 of the 8 reference votes in range go to 4 March
        (0.5, date(2024, 3, 4), 0.875 / 2 + 1 / 12),  # plus half of its 1-in-6 publication share
        (1.0, date(2024, 3, 6), 0.5),  # 3 of the 6 articles were published on 6 March
    ],
)
def test_tls_rank_dates_mixes_references_with_publication_volume(volume_mix, first, first_score):
    sentences = [s for a in ARTICLES for s in date_sentences(a)]
    ranked = rank_dates(sentences, start=date(2024, 3, 1), end=date(2024, 3, 31),
                        params=TlsParams(volume_mix=volume_mix, named_bonus=1.0, retrospect_weight=0.0))
    assert ranked[0][0] == first
    assert ranked[0][1] == pytest.approx(first_score)


def test_tls_rank_dates_breaks_ties_by_publication_volume():
    sentences = [s for a in ARTICLES for s in date_sentences(a)]
    ranked = rank_dates(sentences, start=date(2024, 3, 5), end=date(2024, 3, 7), params=TlsParams(volume_mix=0.0))
    assert [day for day, _ in ranked] == [date(2024, 3, 6), date(2024, 3, 5)]
    assert all(score == 0 for _, score in ranked)


@pytest.mark.parametrize(
    ("lead_weight", "expected"),
    [
        (0.0, "The regional government promised grants for businesses hit by the water."),
        (1.0, "Shopkeepers swept mud from their floors as the water level slowly dropped."),
    ],
)
def test_tls_lead_weight_prefers_first_sentences_of_the_day(lead_weight, expected):
    ((day, sentences),) = summarize_articles(
        ARTICLES, n_dates=1, sentences_per_date=1, start=date(2024, 3, 5), end=date(2024, 3, 7),
        params=TlsParams(lead_weight=lead_weight, news_mix=0.0),  # the candidates' centroid alone
    )
    assert (day, sentences) == (date(2024, 3, 6), [expected])


def test_tls_repeated_wire_copy_is_summarized_once():
    copy = "Rescue crews pulled two more people from the collapsed warehouse roof this morning."
    other = "Engineers have not yet explained what caused the old warehouse roof to fall."
    articles = [Article(f"w{i}", date(2024, 5, 2), f"{copy}\n{other}") for i in range(3)]
    ((_, sentences),) = summarize_articles(  # max_overlap=1: only the dedupe can drop the copies
        articles, n_dates=1, sentences_per_date=3, start=date(2024, 5, 1), end=date(2024, 5, 3),
        params=TlsParams(max_overlap=1.0),
    )
    assert sorted(sentences) == sorted([copy, other])


@pytest.mark.parametrize(
    ("n_dates", "k", "start", "end"),
    [(0, 1, date(2024, 3, 1), date(2024, 3, 2)), (1, 0, date(2024, 3, 1), date(2024, 3, 2)),
     (1, 1, date(2024, 3, 2), date(2024, 3, 1))],
)
def test_tls_rejects_impossible_requests(n_dates, k, start, end):
    with pytest.raises(DossierError):
        summarize_articles(ARTICLES, n_dates=n_dates, sentences_per_date=k, start=start, end=end)


def test_tls_mmr_skips_repeats():
    same = {"bridge": 1.0}
    other = {"school": 1.0}
    assert select_mmr([same, same, other], [0.9, 0.8, 0.5], 2, trade_off=0.8, max_overlap=0.5) == [0, 2]


def _entry(event_id, value, sources, sentences, *, precision=models.Precision.DAY,
           event_type=models.EventType.MEETING, status=models.EventStatus.HAPPENED):
    event = models.Event(
        event_id=event_id, event_type=event_type, date_value=value, date_precision=precision,
        location=None, mention_ids=tuple(f"{event_id}-m{i}" for i in range(len(sentences))),
        doc_ids=tuple(f"d{i}" for i in range(len(sentences))), independent_sources=sources, status=status,
    )
    evidence = tuple(
        models.Evidence(doc_id=f"d{i}", outlet=f"Outlet {i}", start=0, end=len(s), sentence=s)
        for i, s in enumerate(sentences)
    )
    return models.TimelineEntry(event=event, evidence=evidence)


EVENTS = [
    _entry("e1", "2025-05-16", 4, ["The delegations met in the palace for two hours.",
                                   "The delegations met in the palace for two hours.",
                                   "Both delegations met for two hours in the palace on Friday.",
                                   "Negotiators agreed to swap a thousand prisoners each."]),
    _entry("e2", "2025-05-20", 1, ["A spokesman repeated the earlier position."],
           event_type=models.EventType.STATEMENT),
    _entry("e3", "2025-06", 3, ["Talks were expected to resume in June."], precision=models.Precision.MONTH,
           status=models.EventStatus.PLANNED),
    _entry("e4", "2025-05-23", 2, ["The first prisoners crossed the border in buses."],
           event_type=models.EventType.PRISONER_EXCHANGE),
    _entry("e5", None, 5, ["Undated background sentence about the war."]),
]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [(1, ["2025-05-16"]), (2, ["2025-05-16", "2025-05-23"]),
     (None, ["2025-05-16", "2025-05-20", "2025-05-23", "2025-06"])],
)
def test_tls_summarize_events_ranks_dates_by_salience(dates, expected):
    summaries = summarize_events(EVENTS, dates=dates, sentences_per_date=2)
    assert [s.date_value for s in summaries] == expected


@pytest.mark.parametrize("k", [1, 2, 3])
def test_tls_summarize_events_evidence_is_deduplicated_and_capped(k):
    (top,) = summarize_events(EVENTS, dates=1, sentences_per_date=k)
    texts = [" ".join(e.sentence.split()).lower() for e in top.evidence]
    assert len(texts) == len(set(texts)) and 1 <= len(texts) <= k
    assert top.events[0].event_id == "e1"
    assert all(isinstance(e, models.Evidence) for e in top.evidence)


def test_tls_summarize_events_rejects_zero_sentences():
    with pytest.raises(DossierError):
        summarize_events(EVENTS, dates=1, sentences_per_date=0)


@pytest.mark.shared
def test_tls_real_topic_beats_the_baseline_dates():
    folder = SHARED / "benchmarks" / "t17" / "H1N1_guardian"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (Timeline17 lives in /work/shared)")
    from dossier.evaluate.t17 import _task, baseline_summarize, read_articles, read_timelines, score_timeline

    articles, (gold,) = read_articles(folder), read_timelines(folder)
    ours = score_timeline(summarize_articles(articles, **_task(gold)), gold)
    base = score_timeline(baseline_summarize(articles, **_task(gold)), gold)
    # measured 2026-11-23: ours Date-F1 0.917 AR-1 0.190, baseline 0.556 / 0.131
    assert ours["date_f1"] >= base["date_f1"] + 0.1
    assert ours["ar1_f1"] > base["ar1_f1"]


# Two articles published on 12 May 2024: each opens with a headline glued to its lead by a
# timestamp; the second headline also names an earlier day.
HEADLINED = [
    Article("h1", date(2024, 5, 12), "Harbour crane collapses onto cargo ship Sunday 12 May 2024 09.30 GMT "
            "A harbour crane fell onto a cargo ship during loading, injuring two dockers.\n"
            "Dock workers said the crane had been creaking in strong wind for an hour.\n"
            "The port authority closed the northern quay while inspectors examined the crane."),
    Article("h2", date(2024, 5, 12), "Port strike talks resume after the 2 May walkout Sunday 12 May 2024 10.15 GMT "
            "Union leaders returned to the table as inspectors examined the fallen crane at the quay.\n"
            "Inspectors examined the crane base and the quay for cracks after the collapse at the port."),
]


def test_tls_dates_furniture_is_not_a_sentence_or_a_reference():
    sentences = date_sentences(HEADLINED[0])
    assert [s.text for s in sentences[:2]] == [
        "Harbour crane collapses onto cargo ship",
        "A harbour crane fell onto a cargo ship during loading, injuring two dockers.",
    ]
    assert all(s.dates == () for s in sentences)  # the timestamp's own day is not a reference


@pytest.mark.parametrize(
    ("articles", "lead_slots", "first"),
    [
        (HEADLINED, 0, "The port authority closed the northern quay while inspectors examined the crane."),
        (HEADLINED, 1, "Harbour crane collapses onto cargo ship"),
        # a headline is a candidate for its own day even when it names another day (2 May)
        (HEADLINED[1:], 1, "Port strike talks resume after the 2 May walkout"),
    ],
)
def test_tls_lead_slots_open_the_day_with_a_headline(articles, lead_slots, first):
    ((day, sentences),) = summarize_articles(
        articles, n_dates=1, sentences_per_date=2, start=date(2024, 5, 12), end=date(2024, 5, 12),
        params=TlsParams(lead_slots=lead_slots, news_mix=0.0),  # the candidates' centroid alone
    )
    assert day == date(2024, 5, 12)
    assert sentences[0] == first


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (None, [0, 1]),  # the two best come from the same article
        (["a", "a", "b"], [0, 2]),  # one per article while another article has a candidate
        (["a", "a", "a"], [0, 1]),  # no fresh article left: the next best of the same one
    ],
)
def test_tls_mmr_prefers_fresh_groups(groups, expected):
    vectors = [{"crane": 1.0}, {"quay": 1.0}, {"strike": 1.0}]
    chosen = select_mmr(vectors, [0.9, 0.8, 0.5], 2, trade_off=1.0, max_overlap=0.5, groups=groups)
    assert chosen == expected


def test_tls_mmr_seed_opens_the_choice_and_blocks_repeats():
    vectors = [{"crane": 1.0}, {"crane": 1.0}, {"strike": 1.0}]
    assert select_mmr(vectors, [0.9, 0.8, 0.1], 2, trade_off=0.8, max_overlap=0.5, seed=[1]) == [1, 2]


def test_tls_one_per_article_spreads_a_day_over_its_articles():
    ((_, sentences),) = summarize_articles(
        HEADLINED, n_dates=1, sentences_per_date=2, start=date(2024, 5, 12), end=date(2024, 5, 12),
        params=TlsParams(one_per_article=True, max_overlap=1.0),
    )
    ids = {a.id for s in sentences for a in HEADLINED if s in a.text}
    assert ids == {"h1", "h2"}


def test_tls_sentence_index_caches_words_of_indexed_sentences():
    sentences = date_sentences(HEADLINED[0])
    index = SentenceIndex(sentences)
    assert index.words(sentences[0]) == ["harbour", "crane", "collapses", "cargo", "ship"]
    assert index.length(sentences[0]) == 5
    assert index.of(sentences[0]) is index.of(sentences[0])


# 2 March is looked back on the next day, 4 March nearly four weeks later.
LOOKED_BACK = [
    Article("r1", date(2024, 3, 3), "The gale of March 2 brought down power lines across the valley."),
    Article("r2", date(2024, 3, 30), "The bridge that collapsed on March 4 is still waiting for repairs."),
]


@pytest.mark.parametrize(
    ("retrospect_weight", "first"),
    [
        (0.0, date(2024, 3, 2)),  # one vote each: the tie goes to the earlier day
        (0.2, date(2024, 3, 4)),  # a look back from weeks later weighs more
    ],
)
def test_tls_rank_dates_weighs_distant_looks_back_more(retrospect_weight, first):
    sentences = [s for a in LOOKED_BACK for s in date_sentences(a)]
    ranked = rank_dates(sentences, start=date(2024, 3, 1), end=date(2024, 3, 29),
                        params=TlsParams(volume_mix=0.0, retrospect_weight=retrospect_weight))
    assert ranked[0][0] == first


TWO_DAYS = "The river rose on March 4 and fell again on March 6 after the rain stopped."


@pytest.mark.parametrize(
    ("repeat", "expected"),
    [
        (True, [(date(2024, 3, 4), [TWO_DAYS]), (date(2024, 3, 6), [TWO_DAYS])]),
        (False, [(date(2024, 3, 4), [TWO_DAYS]), (date(2024, 3, 6), [])]),
    ],
)
def test_tls_a_sentence_summarizes_one_date_unless_repeats_are_allowed(repeat, expected):
    timeline = summarize_articles(
        [Article("t1", date(2024, 3, 10), TWO_DAYS)], n_dates=2, sentences_per_date=1,
        start=date(2024, 3, 1), end=date(2024, 3, 9), params=TlsParams(repeat_across_dates=repeat),
    )
    assert timeline == expected


# Two later looks back at 4 March talk of insurance, one of the rescue; the news written on
# 5 March (undated, so no candidate for 4 March) tells of the rescue.
LOOK_BACKS = [
    Article("n1", date(2024, 3, 20), "The flood of March 4 later cost insurers millions in claims for ruined shops.\n"
            "Insurers said claims for shops ruined in the March 4 flood ran to millions.\n"
            "On March 4 rescuers in boats pulled families from flooded houses by the river."),
    Article("n2", date(2024, 3, 5), "Rescuers in boats pulled families from flooded houses as the river rose.\n"
            "Families pulled from the flooded houses spent the night in the school hall."),
]


@pytest.mark.parametrize(
    ("news_mix", "expected"),
    [
        (0.0, "The flood of March 4 later cost insurers millions in claims for ruined shops."),
        (1.0, "On March 4 rescuers in boats pulled families from flooded houses by the river."),
    ],
)
def test_tls_news_of_the_day_pulls_its_summary_towards_what_happened(news_mix, expected):
    ((day, sentences),) = summarize_articles(
        LOOK_BACKS, n_dates=1, sentences_per_date=1, start=date(2024, 3, 1), end=date(2024, 3, 31),
        params=TlsParams(news_mix=news_mix),
    )
    assert (day, sentences) == (date(2024, 3, 4), [expected])


# A scraped page glues its headline and standfirst into one first sentence of 30 content words;
# the body sentence after it is as long (27) but is a run-on, not a summary.
GLUED_HEADLINE = Article(
    "g1", date(2024, 6, 3),
    "Ferry operator suspends island crossings after engine fire on busy summer route Passengers "
    "describe thick smoke filling the lower deck as crew steered the damaged vessel back to harbour "
    "while coastguard boats escorted it through rough water near the old lighthouse\n"
    "Engineers from the national maritime safety agency boarded the vessel at dawn to inspect the "
    "blackened engine room, the fuel lines, the exhaust ducts, the sprinkler pipes, the lifeboat "
    "davits and the wiring behind the main switchboard panels near the stern cabins.",
)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (TlsParams(), ["Ferry operator suspends island crossings"]),  # default cap 40 keeps the headline
        (TlsParams(lead_max_words=25), []),  # the body's cap would drop it
        (TlsParams(max_words=30), ["Ferry operator suspends island crossings", "Engineers from the"]),
    ],
)
def test_tls_long_first_sentence_is_a_candidate(params, expected):
    ((day, sentences),) = summarize_articles(
        [GLUED_HEADLINE], n_dates=1, sentences_per_date=2, start=date(2024, 6, 3),
        end=date(2024, 6, 3), params=params,
    )
    assert day == date(2024, 6, 3)
    assert [s[: len(prefix)] for s, prefix in zip(sentences, expected)] == expected
    assert len(sentences) == len(expected)


def _said(doc_id: str, day: date, *, bound: bool = False, position: int = 0) -> DatedSentence:
    """A sentence of an article written on 20 March 2024 naming ``day`` (text unused by ranking)."""
    return DatedSentence(
        doc_id=doc_id, published=date(2024, 3, 20), start=0, end=30, text="x" * 30,
        position=position, dates=(day,), bound_dates=(day,) if bound else (),
    )


@pytest.mark.parametrize(
    ("bound_weight", "ratio"),
    [(1.0, 1.0), (0.5, 0.5), (0.0, 0.0)],
)
def test_tls_rank_dates_counts_days_given_as_bounds_less(bound_weight, ratio):
    happened, deadline = date(2024, 3, 4), date(2024, 3, 11)
    sentences = [_said("a", happened), _said("b", deadline, bound=True)]
    ranked = dict(rank_dates(sentences, start=date(2024, 3, 1), end=date(2024, 3, 31),
                             params=TlsParams(bound_weight=bound_weight, volume_mix=0.0, retrospect_weight=0.0)))
    assert ranked.get(deadline, 0.0) == pytest.approx(ratio * ranked[happened])


def test_tls_rank_dates_one_free_reference_makes_the_vote_whole():
    day = date(2024, 3, 4)
    sentences = [_said("a", day, bound=True), _said("a", day, position=1), _said("b", date(2024, 3, 5))]
    ranked = dict(rank_dates(sentences, start=date(2024, 3, 1), end=date(2024, 3, 31),
                             params=TlsParams(volume_mix=0.0, retrospect_weight=0.0, mention_bonus=0.0)))
    assert ranked[day] == pytest.approx(ranked[date(2024, 3, 5)])


@pytest.mark.parametrize(
    ("mention_bonus", "ratio"),
    [(0.0, 1.0), (0.3, 1 + 0.3 * math.log(3)), (1.0, 1 + math.log(3))],
)
def test_tls_rank_dates_article_returning_to_a_day_votes_more(mention_bonus, ratio):
    often, once = date(2024, 3, 4), date(2024, 3, 5)
    sentences = [_said("a", often, position=i) for i in range(3)] + [_said("b", once)]
    ranked = dict(rank_dates(sentences, start=date(2024, 3, 1), end=date(2024, 3, 31),
                             params=TlsParams(mention_bonus=mention_bonus, volume_mix=0.0, retrospect_weight=0.0)))
    assert ranked[often] == pytest.approx(ratio * ranked[once])


@pytest.mark.parametrize(("entry_weight", "ratio"), [(1.0, 1.0), (2.0, 2.0)])
def test_tls_rank_dates_chronology_line_votes_more(entry_weight, ratio):
    listed, told = date(2024, 3, 4), date(2024, 3, 5)
    entry = DatedSentence(
        doc_id="a", published=date(2024, 3, 20), start=0, end=30, text="x" * 30,
        dates=(listed,), entry_dates=(listed,),
    )
    ranked = dict(rank_dates([entry, _said("b", told)], start=date(2024, 3, 1), end=date(2024, 3, 31),
                             params=TlsParams(entry_weight=entry_weight, volume_mix=0.0, retrospect_weight=0.0)))
    assert ranked[listed] == pytest.approx(ratio * ranked[told])
