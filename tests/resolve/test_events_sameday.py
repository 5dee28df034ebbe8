"""Same-day evidence for events many a day: a shared name, and one article's account of one happening."""

from __future__ import annotations

from dataclasses import replace

from datetime import date

import pytest

from dossier import models
from dossier.resolve.events_sameday import marks_another, specific_names
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2025, 6, 3)) for d in "ab"}


def _m(mid, doc, sentence, trigger, *, event_type=T.ATTACK, day="2025-06-02", source="sentence", targets=(),
       countries=()):
    return report(mid, doc, sentence, trigger, event_type=event_type, day=day, source=source,
                  args=arguments("target", targets) + arguments("participant", countries, country=True))


def _groups(mentions):
    return groups(mentions, DOCS)


LEAD = _m("a1", "a", "A gunman shot three clerks at the depot on Monday.", "shot")


@pytest.mark.parametrize(
    ("sentence", "trigger", "targets", "merged"),
    [
        ("The shooting lasted under a minute, officers said.", "shooting", (), True),  # one kind of happening
        ("Another shooting broke out near the mill that evening.", "shooting", (), False),  # one more of them
        ("Airstrikes thumped into the ridge above the town.", "thumped", (), False),  # another kind, nothing shared
    ],
)
def test_events_sameday_one_article_tells_its_happening_many_ways(sentence, trigger, targets, merged):
    other = _m("a2", "a", sentence, trigger, targets=targets)
    assert (_groups([LEAD, other]) == [["a1", "a2"]]) is merged


@pytest.mark.parametrize(
    ("second_target", "merged"),
    [
        ("Mara Vell", True),  # the same victim, the same day, in another outlet's words
        ("Tomas Reed", False),  # another victim: nothing shared
    ],
)
def test_events_sameday_a_shared_victim_ties_two_articles_reports(second_target, merged):
    first = _m("a1", "a", "Intruders beat Mara Vell outside her shop.", "beat", targets=("Mara Vell",))
    second = _m("b1", "b", f"Police said {second_target} was stabbed near the market.", "stabbed",
                targets=(second_target,))
    assert (_groups([first, second]) == [["a1", "b1"]]) is merged


def test_events_sameday_a_country_named_by_both_is_no_shared_name():
    first = _m("a1", "a", "Intruders beat a trader in Ruritania.", "beat", countries=("Ruritania",))
    second = _m("b1", "b", "Police in Ruritania said a guard was stabbed.", "stabbed", countries=("Ruritania",))
    assert _groups([first, second]) == [["a1"], ["b1"]]


@pytest.mark.parametrize(
    ("sentence", "trigger", "another"),
    [
        ("Another shooting broke out.", "shooting", True),
        ("A second deadly attack followed.", "attack", True),
        ("The attack began at dawn.", "attack", False),
        ("He was shot again in another street.", "shot", False),  # the word comes after the trigger
        ("New Carthage man stabbed outside a bar", "stabbed", False),  # "New" opens a town's name
        ("A guard on Fifth Street was stabbed.", "stabbed", False),
        ("New stabbing in the town centre", "stabbing", True),  # a headline's capital, no name
        ("New Greek strike shuts the ports", "strike", True),  # a nationality follows: an adjective
        ("Another Carthage stabbing left one hurt.", "stabbing", True),  # "another" opens no name
        ("A New Stabbing Shocks Carthage", "Stabbing", True),  # title case: the capitals reach the trigger
        ("Roe, who had previous convictions, was found dead.", "found", False),  # the comma ends the phrase
        ("Roe (a new recruit) was arrested.", "arrested", False),  # the bracket held another phrase
        ("Police said: another raid followed.", "raid", True),  # the mark stands in the trigger's phrase
    ],
)
def test_events_sameday_marks_another_reads_the_words_before_the_trigger(sentence, trigger, another):
    assert marks_another(_m("x1", "a", sentence, trigger)) is another


def test_events_sameday_specific_names_leave_countries_out():
    mention = _m("x1", "a", "Gunmen shot Mara Vell in Ruritania.", "shot", targets=("Mara Vell",),
                 countries=("Ruritania",))
    assert specific_names(mention) == {"mara vell"}


def test_events_sameday_undated_article_reports_without_date_are_one_day():
    first = _m("a1", "a", "A gunman shot three clerks at the depot.", "shot", day=None, source="publication")
    second = _m("a2", "a", "The shooting lasted under a minute.", "shooting", day=None, source="publication")
    assert _groups([first, second]) == [["a1", "a2"]]



def _told(i: int, sentence: str, trigger: str, event_type: T):
    """The i-th report of one article, its sentence told after those before it."""
    m = _m(f"q{i}", "a", sentence, trigger, event_type=event_type)
    offset = 100 * i
    return replace(m, sentence_start=offset, sentence_end=m.sentence_end + offset,
                   trigger_start=m.trigger_start + offset, trigger_end=m.trigger_end + offset)


@pytest.mark.parametrize(
    ("told", "event_type", "expected"),
    [
        # an article that counts its quakes told two: the second stays apart, the first's reports join
        ((("A strong earthquake shook the valley before dawn on Tuesday.", "earthquake"),
          ("The quake struck at 5:02 a.m., the observatory said.", "quake"),
          ("A second earthquake shook the hills that afternoon.", "earthquake")), T.DISASTER, [["q1", "q2"], ["q3"]]),
        # reports that all mark it tell one more happening together
        ((("Another flood swept the lower town on Tuesday.", "flood"),
          ("The second flood in a month ruined the harvest.", "flood")), T.DISASTER, [["q1", "q2"]]),
        # a report told after the marked one, marking nothing, refers back to it
        ((("The delegations held a second round of talks on Tuesday.", "talks"),
          ("The talks lasted just over an hour.", "talks")), T.NEGOTIATION, [["q1", "q2"]]),
    ],
)
def test_events_sameday_an_article_marking_one_more_happening_tells_two(told, event_type, expected):
    mentions = [_told(i, sentence, trigger, event_type) for i, (sentence, trigger) in enumerate(told, 1)]
    assert _groups(mentions) == expected
