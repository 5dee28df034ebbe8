"""A named person dies once: reports of one person's death join however far apart their days."""

from __future__ import annotations

from datetime import date

from dossier import models
from .reports import arguments, groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2021, 5, 19)) for d in "abcd"}


def _death(mid, doc, sentence, trigger, *, day, source, dead=(), role="actor"):
    return report(mid, doc, sentence, trigger, event_type=T.DEATH, day=day, source=source,
                  args=arguments(role, dead))


DIED = _death("a1", "a", "The coroner said Tomas Roe died Saturday of natural causes.", "died",
              day="2021-05-15", source="sentence", dead=("Tomas Roe",))
FOUND = _death("b1", "b", "Tomas Roe, a party aide, was found dead in his motel room, it was reported Wednesday.",
               "found", day="2021-05-19", source="document", dead=("Tomas Roe",), role="target")
OBITUARY = _death("c1", "c", "Tomas Roe, party aide, dies at 75", "dies", day="2021-05-19", source="publication",
                  dead=("Tomas Roe",))


def test_event_deaths_the_day_of_death_the_day_found_and_the_obituary_are_one_death():
    assert groups([DIED, FOUND, OBITUARY], DOCS) == [["a1", "b1", "c1"]]


def test_event_deaths_a_headline_naming_nobody_comes_with_its_event():
    headline = _death("b2", "b", "Party aide found dead in motel", "found", day="2021-05-19", source="publication")
    assert groups([DIED, FOUND, headline], DOCS) == [["a1", "b1", "b2"]]


def test_event_deaths_a_surname_alone_is_the_one_dead_person_named_in_full_with_it():
    wife = _death("b1", "b", "His wife, Ada Roe, died in 1984.", "died", day="1984", source="sentence",
                  dead=("Ada Roe",))
    alone = _death("c1", "c", "Roe died Saturday at his home.", "died", day="2021-05-19", source="document",
                   dead=("Roe",))
    assert groups([DIED, wife], DOCS) == [["a1"], ["b1"]]  # another person of the surname: another death
    assert groups([DIED, alone], DOCS) == [["a1", "c1"]]
    assert groups([DIED, wife, alone], DOCS) == [["a1"], ["b1"], ["c1"]]  # which Roe: left apart


def test_event_deaths_two_people_dying_days_apart_stay_two_deaths():
    other = _death("b1", "b", "Lena Vasquez, the former mayor, died on Wednesday.", "died", day="2021-05-19",
                   source="sentence", dead=("Lena Vasquez",))
    assert groups([DIED, other], DOCS) == [["a1"], ["b1"]]


def test_event_deaths_an_earlier_death_is_another_occasion():
    earlier = _death("b1", "b", "An earlier report said Tomas Roe died in hospital.", "died", day="2021-05-19",
                     source="document", dead=("Tomas Roe",))
    assert groups([DIED, earlier], DOCS) == [["a1"], ["b1"]]


def test_event_deaths_a_body_parsed_as_the_dead_ties_no_two_deaths():
    # "his death was confirmed by the county health board" parses the body as who died, beside two deaths
    his = _death("a2", "a", "His death was confirmed by the county health board.", "death", day="2021-05-15",
                 source="sentence", dead=("county health board",))
    vasquez = _death("c1", "c", "Lena Vasquez, the former mayor, died on Wednesday.", "died", day="2021-05-19",
                     source="sentence", dead=("Lena Vasquez",))
    hers = _death("c2", "c", "Her death was confirmed by the county health board.", "death", day="2021-05-19",
                  source="sentence", dead=("county health board",))
    assert groups([DIED, his, vasquez, hers], DOCS) == [["a1", "a2"], ["c1", "c2"]]
