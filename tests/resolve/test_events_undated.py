"""Reports without a day of their own, tied to an event by its doer, a shared name or their article."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.resolve.events_sameday import base_forms, related_triggers
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2024, 3, 9)) for d in "abcd"}
THURSDAY = "2024-03-07"


def _m(mid, doc, sentence, trigger, *, event_type=T.DEATH, day=None, source="publication", actors=(), targets=()):
    """A report; by default one of an article with no date at all."""
    return report(mid, doc, sentence, trigger, event_type=event_type, day=day, source=source,
                  args=arguments("actor", actors) + arguments("target", targets))


def _groups(mentions):
    return groups(mentions, DOCS)


DATED_DEATH = _m("a1", "a", "The painter Ilse Marrow died on Thursday at her home.", "died", day=THURSDAY,
                 source="sentence", actors=("Ilse Marrow",))


@pytest.mark.parametrize(
    ("actor", "merged"),
    [
        ("Ilse Marrow", True),  # the same person's death, told by an article without a date
        ("Oren Balt", False),  # another person's death: two events
    ],
)
def test_events_undated_a_report_with_no_day_joins_its_doers_event(actor, merged):
    undated = _m("b1", "b", f"{actor} has died, her gallery said.", "died", actors=(actor,))
    assert (_groups([DATED_DEATH, undated]) == [["a1", "b1"]]) is merged


DIED, DIES = ("Ilse Marrow has died, aged 88.", "died"), ("Ilse Marrow dies at 88", "dies")
WON, WINS = ("Ilse Marrow has won the sculpture prize.", "won"), ("Ilse Marrow wins prize", "wins")


@pytest.mark.parametrize(
    ("event_type", "reports", "second_day", "merged"),
    [
        (T.DEATH, (DIED, DIES), "2024-03-08", True),  # published the next day: the same death
        (T.CONTEST, (WON, WINS), "2024-03-12", False),  # four days on: a doer shared over days is no evidence ...
        (T.DEATH, (DIED, DIES), "2024-03-12", True),  # ... but a named person dies once (event_deaths)
    ],
)
def test_events_undated_reports_known_by_publication_days_a_day_apart_share_a_doer(event_type, reports, second_day,
                                                                                    merged):
    (first_text, first_trigger), (second_text, second_trigger) = reports
    first = _m("b1", "b", first_text, first_trigger, event_type=event_type, day="2024-03-07", actors=("Ilse Marrow",))
    second = _m("c1", "c", second_text, second_trigger, event_type=event_type, day=second_day, actors=("Ilse Marrow",))
    assert (_groups([first, second]) == [["b1", "c1"]]) is merged


ESCAPE = _m("a1", "a", "Dale Coyle escaped from a van near Ardmore on Monday.", "escaped", event_type=T.ESCAPE,
            day="2024-03-04", source="sentence", targets=("Dale Coyle",))


@pytest.mark.parametrize(
    ("sentence", "trigger", "merged"),
    [
        ("Dale Coyle, who escaped from guards, is still at large.", "escaped", True),  # same name, same word
        ("Dale Coyle's escape from a van was the third this year.", "escape", True),  # same name, one word family
        ("Police said Dale Coyle broke out of a cell.", "broke", False),  # same name, another kind of word
    ],
)
def test_events_undated_a_report_with_no_day_naming_the_same_person_in_like_words_joins(sentence, trigger, merged):
    undated = _m("b1", "b", sentence, trigger, event_type=T.ESCAPE, targets=("Dale Coyle",))
    assert (_groups([ESCAPE, undated]) == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(
    ("sentence", "merged"),
    [
        # the parse found no party, but the sentence writes the dated report's name in full
        ("Convict Dale Coyle, 41, who escaped from guards, is still at large.", True),
        ("Coyle, 41, who escaped from guards, is still at large.", False),  # a lone word: too loose a name
        ("Convict Mira Coyle, 41, who escaped from guards, is still at large.", False),
    ],
)
def test_events_undated_an_unparsed_report_writing_the_name_in_full_joins(sentence, merged):
    undated = _m("b1", "b", sentence, "escaped", event_type=T.ESCAPE)
    assert (_groups([ESCAPE, undated]) == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(
    ("actor", "merged"),
    [
        ("Ilse Marrow", True),  # the account names her: headline and body join her dated death
        ("Oren Balt", False),  # it names another man: its account stays its own
    ],
)
def test_events_undated_an_undated_articles_account_joins_as_one(actor, merged):
    other_outlet = _m("c1", "c", "Ilse Marrow, the painter, died on Thursday.", "died", day=THURSDAY,
                      source="sentence", actors=("Ilse Marrow",))
    headline = _m("b1", "b", "Painter dies at 88", "dies")  # names nobody
    body = _m("b2", "b", f"{actor} died in her sleep, her gallery said.", "died", actors=(actor,))
    groups = _groups([DATED_DEATH, other_outlet, headline, body])
    assert (groups == [["a1", "b1", "b2", "c1"]]) is merged


@pytest.mark.parametrize(
    ("actor", "merged"),
    [
        ("Ilse Marrow", True),  # "has perished" in the article that dates her death to Thursday
        ("Oren Balt", False),  # another person's death reported that day
    ],
)
def test_events_undated_a_report_published_the_day_after_joins_its_articles_event(actor, merged):
    dated = _m("a1", "a", "Ilse Marrow died on Thursday at her home.", "died", day=THURSDAY, source="sentence",
               actors=("Ilse Marrow",))
    other_outlet = _m("c1", "c", "Ilse Marrow, the painter, died on Thursday.", "died", day=THURSDAY,
                      source="sentence", actors=("Ilse Marrow",))
    published = _m("a2", "a", f"{actor} has perished at sea.", "perished", day="2024-03-08", actors=(actor,))
    assert (_groups([dated, other_outlet, published]) == [["a1", "a2", "c1"]]) is merged


@pytest.mark.parametrize(
    ("word", "form"),
    [("dies", "die"), ("died", "die"), ("fleeing", "flee"), ("escaped", "escape"), ("carried", "carry")],
)
def test_events_undated_base_forms_undo_inflections(word, form):
    assert form in base_forms(word)


@pytest.mark.parametrize(
    ("a", "b", "related"),
    [("dies", "died", True), ("died", "death", True), ("fleeing", "escaped", True), ("died", "escaped", False)],
)
def test_events_undated_related_triggers_compare_base_forms(a, b, related):
    assert related_triggers(a, b) is related

