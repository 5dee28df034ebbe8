"""One happening, one event: a clause naming the told happening again joins it; one-doer kinds
(offers, requests, signings) of different doers stay apart, even chained through a report naming
no doer; and a statement many articles retell outweighs a one-article report in salience."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.resolve.event_conflicts import happening_kind
from dossier.resolve.event_records import salience
from dossier.resolve.events_sameday import renames_told
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2025, 6, 3)) for d in "abc"}


def _groups(mentions):
    return groups(mentions, DOCS)


LEAD = report("a1", "a", "A courier was fatally shot on Monday outside a pharmacy.", "shot",
              event_type=T.ATTACK, day="2025-06-02", source="sentence")


@pytest.mark.parametrize(
    ("sentence", "trigger", "merged"),
    [
        ('"It was a cowardly ambush," the mayor told reporters.', "ambush", True),
        ("This was an execution, the victim's brother said.", "execution", True),
        ("Officers said that was the worst assault they had seen.", "assault", True),
        ("It was another ambush on that road, the third this year.", "ambush", False),  # one more happening
        ("Gunmen mounted an ambush on a convoy near the border.", "ambush", False),  # nothing renames it
    ],
)
def test_events_a_copula_naming_the_happening_again_joins_its_article_event(sentence, trigger, merged):
    other = report("a2", "a", sentence, trigger, event_type=T.ATTACK, day="2025-06-02", source="document")
    assert (_groups([LEAD, other]) == [["a1", "a2"]]) is merged


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("It was a brutal ", True),
        ('"This is an ', True),
        ("The raid on the town was a ", False),  # a noun subject: may be another happening
        ("Police said it was ", False),  # no determiner: a passive verb follows ("it was torched")
    ],
)
def test_events_renames_told_reads_pronoun_copula_and_determiner(before, expected):
    mention = report("x", "a", before + "attack.", "attack", event_type=T.ATTACK, day=None, source="document")
    assert renames_told(mention) is expected


def _offer(mid, doc, sentence, trigger, *, actors=(), targets=()):
    return report(mid, doc, sentence, trigger, event_type=T.PROPOSAL, day=None, source="publication",
                  args=arguments("actor", actors) + arguments("target", targets))


def test_events_offers_of_two_doers_stay_apart_through_a_report_naming_none():
    first = _offer("a1", "a", "The Harbor City Gulls offered Dane Voss a five-year deal.", "offered",
                   actors=("Harbor City Gulls",), targets=("Dane Voss",))
    bare = _offer("b1", "b", "Voss is weighing the offer, his agent said.", "offer", targets=("Dane Voss",))
    second = _offer("c1", "c", "The Millbrook Herons offered Voss more money.", "offered",
                    actors=("Millbrook Herons",), targets=("Dane Voss",))
    groups = _groups([first, bare, second])
    assert not any({"a1", "c1"} <= set(group) for group in groups)


@pytest.mark.parametrize(
    ("actors", "targets", "merged"),
    [
        (("Gulls",), ("Dane Voss",), True),  # a short form of the same club
        (("Dane Voss",), (), True),  # the player named as doer ("Voss signed with the Gulls")
        (("Millbrook Herons",), ("Ivo Brandt",), False),  # another club signs another player
    ],
)
def test_events_signings_compare_doers_with_the_parties_named(actors, targets, merged):
    first = report("a1", "a", "The Harbor City Gulls signed Dane Voss on Monday.", "signed", event_type=T.APPOINTMENT,
                   day="2025-06-02", source="sentence",
                   args=arguments("actor", ("Harbor City Gulls",)) + arguments("target", ("Dane Voss",)))
    second = report("b1", "b", "A signing was announced on Monday.", "signing", event_type=T.APPOINTMENT,
                    day="2025-06-02", source="sentence", args=arguments("actor", actors) + arguments("target", targets))
    assert (_groups([first, second]) == [["a1", "b1"]]) is merged


def test_events_salience_of_a_statement_many_articles_retell_passes_a_one_article_attack():
    retold = salience(sources=1, articles=5, mentions=5, event_type=T.STATEMENT)
    one_article = salience(sources=1, articles=1, mentions=5, event_type=T.ATTACK)
    assert retold > one_article


def test_events_salience_of_a_passing_remark_stays_below_an_attack():
    remark = salience(sources=1, articles=1, mentions=2, event_type=T.STATEMENT)
    attack = salience(sources=1, articles=1, mentions=2, event_type=T.ATTACK)
    assert remark < attack


@pytest.mark.parametrize(
    ("sentence", "trigger", "merged"),
    [
        ("Witnesses said the assault lasted seconds.", "assault", True),  # a definite name of the told happening
        ("Gunmen later opened fire on a patrol near the dam.", "fire", False),  # indefinite: maybe another
    ],
)
def test_events_a_definite_name_in_the_same_article_joins_its_account(sentence, trigger, merged):
    other = report("a2", "a", sentence, trigger, event_type=T.ATTACK, day="2025-06-02", source="document")
    assert (_groups([LEAD, other]) == [["a1", "a2"]]) is merged


def _disaster(mid, doc, sentence, trigger):
    return report(mid, doc, sentence, trigger, event_type=T.DISASTER, day="2025-06-02", source="sentence")


@pytest.mark.parametrize(
    ("sentence", "trigger", "merged"),
    [
        ("Forty passengers died when their bus crashed on Monday.", "died", False),  # an accident
        ("Eleven more people died of the virus on Monday, officials said.", "died", True),  # the outbreak's deaths
    ],
)
def test_events_a_disaster_told_by_a_verb_takes_its_sentences_kind(sentence, trigger, merged):
    outbreak = _disaster("a1", "a", "The cholera outbreak spread to three more towns on Monday.", "outbreak")
    deaths = _disaster("a2", "a", sentence, trigger)
    assert (_groups([outbreak, deaths]) == [["a1", "a2"]]) is merged


def test_events_happening_kind_gives_none_for_a_sentence_naming_two_kinds():
    mention = _disaster("a1", "a", "Dozens died in the flood as cholera spread through the camps.", "died")
    assert happening_kind(mention) is None


def test_events_a_signing_of_one_player_told_with_city_and_club_is_one():
    club = report("a1", "a", "The Harbor City Gulls signed Dane Voss on Monday.", "signed", event_type=T.APPOINTMENT,
                  day="2025-06-02", source="sentence",
                  args=arguments("actor", ("Harbor City Gulls",)) + arguments("target", ("Dane Voss",)))
    city = report("b1", "b", "Porto Verde signed Dane Voss on Monday.", "signed", event_type=T.APPOINTMENT,
                  day="2025-06-02", source="sentence",
                  args=arguments("actor", ("Porto Verde",)) + arguments("target", ("Dane Voss",)))
    assert _groups([club, city]) == [["a1", "b1"]]


@pytest.mark.parametrize(
    ("actors", "targets", "merged"),
    [
        (("Avaria",), ("Borduria",), True),  # the same maker told twice
        (("Borduria",), (), False),  # the addressee asking in turn: another request
        ((), ("Borduria",), True),  # a report naming only the addressee
    ],
)
def test_events_a_request_is_its_makers_alone(actors, targets, merged):
    first = report("a1", "a", "Avaria asked Borduria on Monday for a summit of leaders.", "asked",
                   event_type=T.REQUEST, day="2025-06-02", source="sentence",
                   args=arguments("actor", ("Avaria",)) + arguments("target", ("Borduria",)))
    second = report("b1", "b", "On Monday a request was made for a summit of leaders.", "request",
                    event_type=T.REQUEST, day="2025-06-02", source="sentence",
                    args=arguments("actor", actors) + arguments("target", targets))
    assert (_groups([first, second]) == [["a1", "b1"]]) is merged
