"""What two reports share: a definite name of a known event, and names that keep reports apart."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.events import Cluster
from dossier.resolve.events_evidence import corroborates, definite, names_apart, refers_back, shared_evidence
from .reports import arguments, report

T = models.EventType


def _talks(sentence, trigger="talks", actors=()):
    return report("m1", "a", sentence, trigger, event_type=T.NEGOTIATION, day=None, source="publication",
                  args=arguments("actor", actors))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Delegates left the talks early.", True),  # a determiner right before the noun
        ("Delegates left the Lisbon harbour talks early.", True),  # modifiers of a name between them
        ("Delegates said talks would resume.", False),  # no determiner: any talks
        ("Delegates said that talks would resume.", False),  # "that" is a conjunction here
    ],
)
def test_events_evidence_definite_names_a_known_event(sentence, expected):
    assert definite(_talks(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("After the second round of talks, both sides left.", True),  # a place in a series
        ("After the tense talks, both sides left.", False),  # a description, not a series
    ],
)
def test_events_evidence_refers_back_through_series_words(sentence, expected):
    assert refers_back(_talks(sentence)) is expected


@pytest.mark.parametrize(
    ("ours", "theirs", "apart"),
    [
        (("Vera Holm",), ("Ian Stroud",), True),  # each names someone else
        (("Vera Holm",), ("Vera Holm", "Ian Stroud"), False),  # one shared party
        ((), ("Ian Stroud",), False),  # naming nobody, it may still refer back
        # a name of two words or more written inside another is no other party
        (("Vostrian pirates",), ("armed Vostrian and Kellish pirates",), False),  # one group, written longer
        (("Dorrin Mill Creamery",), ("Dorrin Mill",), False),  # a name and its shorter form
        (("Carrow",), ("Carrow Telecom",), True),  # one word in common: a firm is no town
        (("Vostrian pirates",), ("Kellish smugglers",), True),  # two groups
    ],
)
def test_events_evidence_names_apart_needs_names_on_both_sides_and_none_shared(ours, theirs, apart):
    cluster = Cluster()
    cluster.add(report("e1", "b", "Talks were held.", "Talks", event_type=T.NEGOTIATION, day="2030-01-02",
                       source="sentence", args=arguments("actor", theirs)))
    assert names_apart(_talks("They held talks.", actors=ours), cluster, {}) is apart


@pytest.mark.parametrize(
    ("ours", "theirs", "apart"),
    [
        ("Banstead High Street", "Banstead", False),  # a street named with its town is in that town
        ("High Street in Banstead", "Banstead High Street", False),  # one street written two ways
        ("Elm Avenue, Brookfield", "Elm Avenue", False),  # an address: the street, then its district
        ("New York", "York", True),  # one word in common is no place inside another
        ("Main Street, Dorling", "Main Street, Carrow", True),  # a Main Street in every town
        ("Wellington", "Somerset", True),  # a town and its county: no words show it
    ],
)
def test_events_evidence_a_place_written_inside_another_is_no_other_place(ours, theirs, apart):
    cluster = Cluster()
    cluster.add(report("e1", "b", "A fire broke out.", "fire", event_type=T.DISASTER, day=None,
                       source="publication", args=arguments("location", (theirs,))))
    mention = report("m1", "a", "Flames destroyed a shop.", "Flames", event_type=T.DISASTER, day=None,
                     source="publication", args=arguments("location", (ours,)))
    assert names_apart(mention, cluster, {}) is apart


def test_events_evidence_two_games_of_one_day_stay_two_events():
    # a league plays many games a day: the same day and type alone do not make one game
    from datetime import date

    from dossier.resolve.events import resolve_events

    documents = {d: models.Document(doc_id=d, text="", outlet=d, published=date(2030, 1, 3)) for d in ("a", "b")}
    home = report("g1", "a", "The Harbour Hawks beat the Valley Owls 3-1 on Sunday.", "beat", event_type=T.CONTEST,
                  day="2030-01-02", source="sentence", args=arguments("actor", ("Harbour Hawks",)))
    away = report("g2", "b", "Ridge Foxes won at home against Lake Herons, two goals to nil.", "won",
                  event_type=T.CONTEST, day="2030-01-02", source="sentence", args=arguments("actor", ("Ridge Foxes",)))
    events = resolve_events([home, away], documents)
    assert sorted(len(e.mention_ids) for e in events) == [1, 1]


def _death(mid, doc, sentence, trigger):
    """A report of a death in an article with no day at all."""
    return report(mid, doc, sentence, trigger, event_type=T.DEATH, day=None, source="publication")


def test_events_evidence_an_undated_article_goes_on_with_its_own_account_in_like_words():
    ours = _death("a2", "a", "The prisoner had hanged himself in his cell at the jail.", "hanged")
    other_article = _death("b1", "b", "The prisoner hanged himself in his cell at the jail, police said.", "hanged")
    told = Cluster()
    for mention in (other_article, _death("a1", "a", "The prisoner hanged himself with a bedsheet, guards said.",
                                          "hanged")):
        told.add(mention)
    assert corroborates(ours, told, 0)  # the event already holds a report of our article
    elsewhere = Cluster()
    elsewhere.add(other_article)
    assert not corroborates(ours, elsewhere, 0)  # undated reports of other articles alone: no scorer


def _demand(mid, doc, sentence, trigger, actor, country, day):
    args = (models.Argument(role="actor", text=actor, canonical=actor, start=0, end=1, country=country),)
    return report(mid, doc, sentence, trigger, event_type=T.DEMAND, day=day, source="document", args=args)


@pytest.mark.parametrize(
    ("actor", "country", "shared"),
    [
        ("Anton Velk", "Vostria", True),  # the state's envoy: one doer
        ("Mira Sand", "Kellia", False),  # another state's envoy
        ("Vostria", "Vostria", True),  # the state itself (``shares_doer``)
    ],
)
def test_events_evidence_agent_of_a_doer_state_shares_its_doer(actor, country, shared):
    cluster = Cluster()
    cluster.add(_demand("e1", "b", "Vostria demanded a withdrawal.", "demanded", "Vostria", "Vostria", "2030-05-16"))
    ours = _demand("m1", "a", f"In May, {actor} made demands.", "demands", actor, country, "2030-05")
    assert shared_evidence(ours, cluster) is shared


def test_events_evidence_two_people_of_one_state_are_two_doers():
    cluster = Cluster()
    cluster.add(_demand("e1", "b", "Ida Rhone demanded a withdrawal.", "demanded", "Ida Rhone", "Vostria", "2030-05-16"))
    ours = _demand("m1", "a", "In May, Anton Velk made demands.", "demands", "Anton Velk", "Vostria", "2030-05")
    assert not shared_evidence(ours, cluster)
