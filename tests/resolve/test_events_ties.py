"""The pair scorer for reports with no day, only between articles that read like one story."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.events import resolve_events
from dossier.resolve.events_ties import ArticleTies

from .reports import report

T = models.EventType
DEPOT = ("A gunman shot two guards at the Harlow grain depot on Monday. The depot stores wheat for the county "
         "mills, and its guards watch the loading yard at night. Police said the gunman fled in a grey van.")
DEPOT_AGAIN = ("The gunman who shot two guards at the grain depot fled in a grey van. Guards at the depot said the "
               "wheat in the loading yard was untouched. The county mills were closed for the day.")
CASINO = ("The gunman who shot two guards at the grain depot fled in a grey van. Across the river, a casino "
          "in Brenfield lost its card tables to a flood, and its owners asked the mayor for a loan. Croupiers "
          "bailed water from the cellar while the roulette wheels dried on the terrace. Insurers sent assessors "
          "on Tuesday, and the reopening of the casino waits on new carpets and a dry basement.")


def _report(mid, doc, sentence, trigger, *, day=None, location=None):
    """A report of an attack: dated by its sentence when ``day`` is given, else by nothing."""
    return report(mid, doc, sentence, trigger, event_type=T.ATTACK, day=day, location=location)


def _groups(mentions, texts):
    docs = {d: models.Document(doc_id=d, text=text, outlet=d.upper()) for d, text in texts.items()}
    return sorted(sorted(e.mention_ids) for e in resolve_events(mentions, docs))


DATED = _report("a1", "a", "A gunman shot two guards at the Harlow grain depot on Monday.", "shot", day="2031-05-05")
UNDATED_SENTENCE = "The gunman who shot two guards at the grain depot fled in a grey van."


@pytest.mark.parametrize(
    ("second_text", "merged"),
    [
        (DEPOT_AGAIN, True),  # the other article tells the depot story too: one shooting
        (CASINO, False),  # the same sentence in an article about something else: no tie of stories
    ],
)
def test_events_ties_a_report_with_no_day_joins_by_the_scorer_inside_one_story(second_text, merged):
    undated = _report("b1", "b", UNDATED_SENTENCE, "shot")
    groups = _groups([DATED, undated], {"a": DEPOT, "b": second_text})
    assert (groups == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(
    ("location", "merged"),
    [
        (None, True),  # no place of its own: nothing rules it out
        ("Brenfield", False),  # another town: the place veto stands, however alike the articles read
    ],
)
def test_events_ties_the_scorer_never_overrides_a_veto(location, merged):
    dated = _report("a1", "a", DATED.sentence, "shot", day="2031-05-05", location="Harlow")
    undated = _report("b1", "b", UNDATED_SENTENCE, "shot", location=location)
    groups = _groups([dated, undated], {"a": DEPOT, "b": DEPOT_AGAIN})
    assert (groups == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(
    ("first", "second", "tied"),
    [
        ("a", "b", True),  # one story told twice
        ("a", "c", False),  # a flood at a casino
        ("a", "a", True),  # an article is its own story
        ("a", "missing", False),  # an article not in the batch has no words
    ],
)
def test_events_ties_articles_read_like_one_story(first, second, tied):
    docs = {d: models.Document(doc_id=d, text=text) for d, text in {"a": DEPOT, "b": DEPOT_AGAIN, "c": CASINO}.items()}
    assert ArticleTies(docs).one_story(first, second) is tied


BAKERY = ("The gunman who shot two guards at the grain depot fled in a grey van. In other news, the bakery on "
          "Mill Lane won the regional prize for its rye loaves, and its bakers plan a festival of breads, pies "
          "and pastries in the market square next spring, with a contest for apprentices.")


@pytest.mark.parametrize(
    ("undated_text", "merged"),
    [
        (DEPOT_AGAIN, True),  # reads like the article of the reports it is told like
        (BAKERY, False),  # reads like none of them
    ],
)
def test_events_ties_an_event_told_by_an_article_reading_apart_still_takes_its_story(undated_text, merged):
    # The casino article's one sentence on the shooting joined the event by the same day's wording; an
    # undated report need not read like that article too, only like the articles of reports it agrees with.
    shared = "A gunman shot two guards at the Harlow grain depot on Monday."
    aside = _report("c1", "c", shared, "shot", day="2031-05-05")
    # "shooting", not "shot": no other head word of the story's reports leads it there (events_story)
    undated = _report("b1", "b", "The shooting of two guards at the grain depot shocked the mill workers.", "shooting")
    texts = {"a": DEPOT, "b": undated_text, "c": CASINO + " " + shared}
    groups = _groups([DATED, aside, undated], texts)
    assert (["a1", "b1", "c1"] in groups) is merged


CREAMERY = ("A fire tore through the Dorrin Mill creamery on the river road before dawn. Firefighters from three "
            "stations fought the flames for six hours, and the roof of the old creamery fell in. Nobody was hurt, "
            "the fire chief said.")
CREAMERY_AGAIN = ("The Dorrin Mill creamery that burned before dawn was a landmark of the river road. The fire chief "
                  "said the flames started in the cheese store, and the owners will rebuild. Farmers who sold milk "
                  "to the creamery must now drive it to the coast.")
CREAMERY_ROUNDUP = ("Farmers who sold milk to the burned creamery must now drive it to the coast, and the owners will "
                    "rebuild by spring. The cheese store, where the blaze began, held a year of aged wheels. Insurers "
                    "visited the farmers and the owners on Friday.")
SAWMILL = ("A fire destroyed a sawmill in the hills, its owners said. Loggers lost their winter work, and the county "
           "offered loans to the families of the mill hands.")


@pytest.mark.parametrize(
    ("batch", "tied"),
    [
        (("first", "follow", "roundup"), True),  # the follow-up reads like both: one story
        (("first", "roundup"), False),  # alone, the first report and the round-up share too little
        (("first", "sawmill", "roundup"), False),  # another fire between them reads like neither
    ],
)
def test_events_ties_articles_alike_one_same_article_read_like_one_story(batch, tied):
    texts = {"first": CREAMERY, "follow": CREAMERY_AGAIN, "roundup": CREAMERY_ROUNDUP, "sawmill": SAWMILL}
    docs = {d: models.Document(doc_id=d, text=texts[d]) for d in batch}
    assert ArticleTies(docs).one_story("first", "roundup") is tied
