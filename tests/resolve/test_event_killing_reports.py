"""Reports that never say a named person was killed ("the shooting of X", "X died at the hospital")
join the killing of X when they tell the same happening, and stay apart when they mark another."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.resolve.event_killing_reports import refers_back, the_dead
from dossier.resolve.event_killings import fatal, killed_by_name
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2022, 9, 1)) for d in "abcde"}
KILLING_DAY = "2022-05-06"


def _attack(mid, doc, sentence, trigger, *, day, source="sentence", targets=(), participants=()):
    return report(mid, doc, sentence, trigger, event_type=T.ATTACK, day=day, source=source,
                  args=arguments("target", targets) + arguments("participant", participants))


def _death(mid, doc, sentence, trigger, *, day, source="sentence", dead=()):
    return report(mid, doc, sentence, trigger, event_type=T.DEATH, day=day, source=source,
                  args=arguments("actor", dead))


KILLING = _attack("a1", "a", "The union leader Oskar Lindqvist was shot dead outside his office in Tampere on Friday.",
                  "shot", day=KILLING_DAY, targets=("Oskar Lindqvist",))


@pytest.mark.parametrize(
    ("sentence", "trigger", "day", "source", "target", "joins"),
    [
        # told months on, never saying he died
        ("The shooting of Oskar Lindqvist still divides the city.", "shooting", "2022-08-30", "publication",
         "Oskar Lindqvist", True),
        ("Lindqvist was hit by a bullet fired through the office door.", "hit", "2022-08-30", "publication",
         "Lindqvist", True),
        # the day itself, or a day off (an outlet's slip, shown as a discrepancy)
        ("The attack on Oskar Lindqvist came on Friday evening.", "attack", KILLING_DAY, "sentence",
         "Oskar Lindqvist", True),
        ("The attack on Oskar Lindqvist came on Saturday evening.", "attack", "2022-05-07", "sentence",
         "Oskar Lindqvist", True),
        # he lived through it: another attack
        ("Oskar Lindqvist survived a shooting at a rally.", "shooting", "2022-08-30", "publication",
         "Oskar Lindqvist", False),
        ("Oskar Lindqvist was shot and wounded at a rally.", "shot", "2022-08-30", "publication",
         "Oskar Lindqvist", False),
        ("Guards foiled an attempt on the life of Oskar Lindqvist at the congress.", "attempt", "2022-08-30",
         "publication", "Oskar Lindqvist", False),
        # another occasion, or a day of its own years before
        ("An earlier attack on Oskar Lindqvist was never solved.", "attack", "2022-08-30", "publication",
         "Oskar Lindqvist", False),
        ("Oskar Lindqvist was beaten by strikebreakers in March 2014.", "beaten", "2014-03", "sentence",
         "Oskar Lindqvist", False),
        # another person's shooting
        ("The shooting of Maija Korpela still divides the city.", "shooting", "2022-08-30", "publication",
         "Maija Korpela", False),
    ],
)
def test_event_killing_reports_an_attack_on_the_killed_person_joins_the_killing(sentence, trigger, day, source,
                                                                               target, joins):
    later = _attack("b1", "b", sentence, trigger, day=day, source=source, targets=(target,))
    assert (["a1", "b1"] in groups([KILLING, later], DOCS)) is joins


def test_event_killing_reports_an_article_account_naming_no_victim_comes_whole():
    # an article's own event: "hit Lindqvist" and "the shooting" beside his name
    hit = _attack("b1", "b", "Lindqvist's driver said a bullet hit Lindqvist in the chest.", "hit", day="2022-05-08",
                  source="document", targets=("Lindqvist",))
    account = _attack("b2", "b", "Staff of the union heard the shooting from the car park.", "shooting",
                      day="2022-05-08", source="document")
    found = groups([KILLING, hit, account], DOCS)
    assert ["a1", "b1", "b2"] in found


@pytest.mark.parametrize(
    ("sentence", "trigger", "surname", "refers"),
    [
        ("Lindqvist's lawyer said the shooting was planned for weeks.", "shooting", "Lindqvist", True),
        ("Police searched the woods the day after his death near the Lindqvist home.", "death", "Lindqvist", True),
        # no noun of killing, or no such name in the sentence
        ("The raid on the union office angered Lindqvist's allies.", "raid", "Lindqvist", False),
        ("Staff heard the shooting from the car park.", "shooting", "Lindqvist", False),
        # a word spelled like the surname is not the name
        ("The shooting left a young crowd in tears.", "shooting", "Young", False),
    ],
)
def test_event_killing_reports_a_definite_reference_beside_the_name_refers_back(sentence, trigger, surname, refers):
    kind = T.DEATH if trigger == "death" else T.ATTACK
    mention = report("x", "b", sentence, trigger, event_type=kind, day="2022-05-08", source="document")
    assert refers_back(mention, surname) is refers


@pytest.mark.parametrize(
    ("sentence", "trigger", "day", "source", "dead", "joins"),
    [
        # the death told from the victim's side, on the day or dated only by its article
        ("Oskar Lindqvist died at the hospital that night.", "died", KILLING_DAY, "sentence", "Oskar Lindqvist", True),
        ("Lindqvist's death shocked the union.", "death", "2022-06-10", "publication", "Lindqvist", True),
        # a death on a day of its own is its own event
        ("Oskar Lindqvist died of his wounds on Monday.", "died", "2022-05-09", "sentence", "Oskar Lindqvist", False),
        # another person's death
        ("Maija Korpela died at the hospital that night.", "died", KILLING_DAY, "sentence", "Maija Korpela", False),
    ],
)
def test_event_killing_reports_the_death_of_the_killed_person_joins_the_killing(sentence, trigger, day, source, dead,
                                                                                joins):
    death = _death("b1", "b", sentence, trigger, day=day, source=source, dead=(dead,))
    assert (["a1", "b1"] in groups([KILLING, death], DOCS)) is joins


def test_event_killing_reports_a_death_joins_no_attack_that_killed_no_one():
    wounded = _attack("a1", "a", "Oskar Lindqvist was shot in the leg in Tampere on Friday.", "shot", day=KILLING_DAY,
                      targets=("Oskar Lindqvist",))
    death = _death("b1", "b", "Oskar Lindqvist died at home.", "died", day=KILLING_DAY, dead=("Oskar Lindqvist",))
    assert groups([wounded, death], DOCS) == [["a1"], ["b1"]]


def test_event_killing_reports_a_relative_of_the_name_is_not_who_died():
    mother = _death("x", "a", "Lindqvist's mother died in 2001.", "died", day="2001", dead=("Lindqvist",))
    assert the_dead(mother) == set()
    own = _death("y", "a", "Lindqvist's sudden death shocked the union.", "death", day=None, source="publication",
                 dead=("Lindqvist",))
    assert the_dead(own) == {"Lindqvist"}


def test_event_killing_reports_an_attempt_to_kill_is_no_killing():
    attempt = _attack("x", "a", "Rebels made two attempts to kill the governor.", "kill", day=KILLING_DAY,
                      targets=("Governor Ruiz",))
    assert not fatal(attempt)
    tried = _attack("y", "a", "A gunman tried to murder the judge.", "murder", day=KILLING_DAY, targets=("Judge Ott",))
    assert not fatal(tried)


def test_event_killing_reports_deaths_and_attacks_look_up_a_stored_killing():
    death = _death("b1", "b", "Lindqvist's death shocked the union.", "death", day=None, source="publication",
                   dead=("Oskar Lindqvist",))
    survivor = _attack("c1", "c", "Maija Korpela survived a shooting.", "shooting", day=None, source="publication",
                       targets=("Maija Korpela",))
    assert killed_by_name([death, survivor], {}) == {"oskar lindqvist": "Lindqvist"}


def _later_in_article(mention, offset):
    """The same report, placed ``offset`` characters further into its article."""
    return replace(mention, sentence_start=mention.sentence_start + offset,
                   trigger_start=mention.trigger_start + offset, trigger_end=mention.trigger_end + offset)


@pytest.mark.parametrize(
    ("sentence", "trigger", "kind", "joins"),
    [
        ("Her death drew hundreds of mourners to the square.", "death", T.DEATH, True),
        ("His brutal murder has not been solved.", "murder", T.ATTACK, True),
        # no pronoun owning the noun, or a noun of no killing
        ("A death in custody drew hundreds of mourners to the square.", "death", T.DEATH, False),
        ("His arrest drew hundreds of mourners to the square.", "arrest", T.ATTACK, False),
    ],
)
def test_event_killing_reports_the_victims_pronoun_refers_back(sentence, trigger, kind, joins):
    lead = _attack("b1", "b", "Oskar Lindqvist was shot dead in Tampere on Friday.", "shot", day=KILLING_DAY,
                   source="sentence", targets=("Oskar Lindqvist",))
    later = _later_in_article(report("b2", "b", sentence, trigger, event_type=kind, day="2022-05-08",
                                     source="document"), 200)
    assert (["a1", "b1", "b2"] in groups([KILLING, lead, later], DOCS)) is joins


def test_event_killing_reports_the_pronoun_means_the_last_one_named_harmed():
    # a second person harmed is named between the killing and "his death": the pronoun may be his
    lead = _attack("b1", "b", "Oskar Lindqvist was shot dead in Tampere on Friday.", "shot", day=KILLING_DAY,
                   source="sentence", targets=("Oskar Lindqvist",))
    other = _later_in_article(_attack("b2", "b", "His driver Pekka Salo was wounded by a second shot.", "wounded",
                                      day=KILLING_DAY, source="document", targets=("Pekka Salo",)), 100)
    death = _later_in_article(_death("b3", "b", "His death came hours later at the hospital.", "death",
                                     day="2022-05-08", source="document"), 200)
    found = groups([KILLING, lead, other, death], DOCS)
    assert not any("b3" in group and "a1" in group for group in found)
    # in another article, with no one named before it, the pronoun points nowhere
    alone = _death("c1", "c", "Her death drew hundreds of mourners to the square.", "death", day="2022-05-08",
                   source="document")
    assert not any("c1" in group and "a1" in group for group in groups([KILLING, alone], DOCS))
