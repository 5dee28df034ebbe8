"""Who holds a post and who died: appointments, dismissals, resignations and deaths.

These tests pin that each happening reaches its event type with its person in the role argued in
``office_senses`` (who appoints or fires is the actor, who is appointed or fired the target; who
resigns or dies the actor), that the everyday senses of the same words ("fired a shot", "named
after", "quit smoking", "the deal died") report nothing of the kind, that a death in an attack,
disaster or accident stays that happening's toll, and that PLOVER codes stay as the ontology argues.
The sentences are our own.
"""

from __future__ import annotations

import pytest

from dossier.extract.ontology import ALL_DEFINITIONS, BY_TYPE, definitions_for, plover_code
from dossier.models import EventType as T

OFFICE_TYPES = {T.APPOINTMENT, T.DISMISSAL, T.RESIGNATION, T.DEATH}


@pytest.mark.parametrize(
    ("event_type", "name"),
    [(T.APPOINTMENT, "appointment"), (T.DISMISSAL, "dismissal"), (T.RESIGNATION, "resign"), (T.DEATH, "death")],
)
def test_office_types_are_defined(event_type, name):
    assert BY_TYPE[event_type].name == name


def test_office_types_come_after_the_crime_types_in_the_enum():
    # new values are appended, so stored events keep the meaning of the values they hold
    values = [t.value for t in T]
    start = values.index("appointment")
    assert values[start - 1: start + 4] == ["outage", "appointment", "dismissal", "resignation", "death"]


@pytest.mark.parametrize(
    ("event_type", "plover", "cameo"),
    [(T.APPOINTMENT, None, None), (T.DISMISSAL, None, None), (T.RESIGNATION, "RETREAT", "0831"),
     (T.DEATH, None, None)],
)
def test_office_type_codes(event_type, plover, cameo):
    assert (plover_code(event_type), BY_TYPE[event_type].cameo) == (plover, cameo)


def test_office_resign_is_no_longer_an_other():
    assert not [d for d in ALL_DEFINITIONS if d.event_type == T.OTHER and "resign" in d.verbs]


@pytest.mark.parametrize(
    ("lemma", "nominal", "first"),
    [("dismiss", False, "dismissal"), ("swear", False, "appointment"), ("resign", False, "resign"),
     ("die", False, "death"), ("death", True, "death"), ("nomination", True, "appointment")],
)
def test_office_word_reaches_definition_first(lemma, nominal, first):
    assert definitions_for(lemma, nominal)[0].name == first


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "role", "person"),
    [
        # appointment: who is appointed is the target, who appoints the actor
        ("The board appointed Clara Weiss as chief executive on Tuesday.", T.APPOINTMENT, "target", "Clara Weiss"),
        ("Governor Tate appointed Clara Weiss as chief of staff on Tuesday.", T.APPOINTMENT, "actor", "Tate"),
        ("President Lang nominated Omar Haddad as attorney general on Monday.", T.APPOINTMENT, "target",
         "Omar Haddad"),
        ("President Lang nominated Omar Haddad as attorney general on Monday.", T.APPOINTMENT, "actor",
         "President Lang"),
        ("Peter Novak was named interim manager on Sunday.", T.APPOINTMENT, "target", "Peter Novak"),
        ("The club hired Rosa Mendes as its new coach in June.", T.APPOINTMENT, "target", "Rosa Mendes"),
        ("Ines Duarte was sworn in as mayor on Friday.", T.APPOINTMENT, "target", "Ines Duarte"),
        # dismissal
        ("The Dockers fired coach Jim Farrow on Saturday.", T.DISMISSAL, "target", "Jim Farrow"),
        ("Martin Ruiz was sacked by the club on Monday.", T.DISMISSAL, "target", "Martin Ruiz"),
        ("Governor Tate dismissed health minister Elena Brandt on Thursday.", T.DISMISSAL, "target",
         "Elena Brandt"),
        ("Ken Aldous was fired from his job as an accountant last Thursday.", T.DISMISSAL, "target", "Ken Aldous"),
        ("The army ousted President Kamal Obeid on Wednesday.", T.DISMISSAL, "target", "Kamal Obeid"),
        # resignation and death: the one who resigns or dies is the actor
        ("Defence minister Alan Price resigned on Tuesday.", T.RESIGNATION, "actor", "Alan Price"),
        ("Maria Lopez stepped down as chairwoman on Friday.", T.RESIGNATION, "actor", "Maria Lopez"),
        ("Tom Okafor quit as manager of the club on Monday.", T.RESIGNATION, "actor", "Tom Okafor"),
        ("Senator Anne Ward resigned her seat on Friday.", T.RESIGNATION, "actor", "Anne Ward"),
        ("Senator Paul Green announced his resignation on Monday.", T.RESIGNATION, "actor", "Paul Green"),
        ("Walter Brisk died at his home on Thursday.", T.DEATH, "actor", "Walter Brisk"),
        ("The novelist Ada Kern passed away on Sunday at the age of 90.", T.DEATH, "actor", "Ada Kern"),
        ("Walter Brisk died of heart failure on Thursday, the newspaper reported.", T.DEATH, "actor",
         "Walter Brisk"),
    ],
)
def test_office_event_found_with_its_person(extract, text, event_type, role, person):
    mentions = [m for m in extract(text) if m.event_type == event_type]
    assert mentions, f"no {event_type.value} in {text!r}"
    assert any(person in a.text or a.text in person for m in mentions for a in m.arguments if a.role == role)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The death of Robert Hale on Thursday shocked his colleagues.", T.DEATH),
        ("Robert Hale, who died on Thursday, led the agency for a decade.", T.DEATH),
        ("The dismissal of the coach came on Saturday morning.", T.DISMISSAL),
        ("Tina Moss was named acting director on Monday.", T.APPOINTMENT),
        ("The club picked Dan Ferro to lead the team on Monday.", T.APPOINTMENT),
        ("Ivan Petrov died on Friday, the paper reported.", T.DEATH),
    ],
)
def test_office_other_forms_are_found(extract, text, event_type):
    assert event_type in {m.event_type for m in extract(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # firing a weapon is no dismissal
        ("A soldier fired a shot into the air on Monday.", {T.DISMISSAL}),
        ("Police fired tear gas at the crowd on Friday.", {T.DISMISSAL}),
        ("The gunman fired at two officers on Sunday.", {T.DISMISSAL}),
        ("Rockets were fired from the hills on Tuesday.", {T.DISMISSAL}),
        ("The coach fired up his players before the match.", {T.DISMISSAL}),
        # naming is no appointment
        ("She was named after her grandmother.", {T.APPOINTMENT}),
        ("A man named Carl Voss was arrested on Monday.", {T.APPOINTMENT}),
        ("Three officials were named in the lawsuit on Friday.", {T.APPOINTMENT}),
        ("The mayor has not been named as a suspect.", {T.APPOINTMENT}),
        ("Leo Brandt was named coach of the year on Monday.", {T.APPOINTMENT}),
        ("Nina Holt was nominated for an Emmy on Tuesday.", {T.APPOINTMENT}),
        ("I have an appointment with the dentist on Tuesday.", {T.APPOINTMENT}),
        ("The firm hired a car for the day.", {T.APPOINTMENT}),
        # a rejection stays a rejection
        ("The minister dismissed the claims on Monday.", {T.DISMISSAL}),
        # quitting a habit, resigning oneself
        ("The senator quit smoking last year.", {T.RESIGNATION}),
        ("He resigned himself to defeat on Sunday.", {T.RESIGNATION}),
        ("The manager kept saying that resigning Dario Ruiz was his top priority.", {T.RESIGNATION}),
        ("She stepped down from the podium after the speech.", {T.RESIGNATION}),
        # deaths that are not one person's death
        ("The wind died down on Sunday evening.", {T.DEATH}),
        ("The deal died in the senate on Tuesday.", {T.DEATH}),
        ("Fans are dying to see the new film.", {T.DEATH}),
        ("Two men died in the crash on Sunday.", {T.DEATH}),
        ("A woman died after being struck by a car on Friday.", {T.DEATH}),
        ("The soldier died of his wounds on Monday.", {T.DEATH}),
        ("He was sentenced to death on Monday.", {T.DEATH}),
    ],
)
def test_office_figurative_words_report_nothing(extract, text, absent):
    assert not {m.event_type for m in extract(text)} & absent


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The minister dismissed the claims on Monday.", T.REJECTION),
        ("Gunmen attacked the market on Monday, and two men died.", T.ATTACK),
    ],
)
def test_office_other_type_keeps_its_event(extract, text, kept):
    types = {m.event_type for m in extract(text)}
    assert kept in types and not types & OFFICE_TYPES


@pytest.mark.slow
def test_office_checks_work_without_wordnet(monkeypatch, nlp):
    """Without WordNet, person nouns come from the word lists: "the coach" is still a person."""
    from dossier.annotate import wordnet
    from dossier.extract.person_heads import is_person

    monkeypatch.setattr(wordnet, "available", lambda: False)
    doc = nlp("The coach was fired and the engine was fired.")
    assert (is_person(doc[1]), is_person(doc[7])) == (True, False)


def test_office_a_headline_in_the_present_reports_what_happened(extract):
    # a headline's simple present tells the news; in running text it would be habitual
    text = "Veteran singer dies at 88\n\nThe singer died at her home on Thursday, her agent said."
    deaths = [m for m in extract(text) if m.event_type == T.DEATH]
    assert [m.trigger for m in deaths] == ["dies", "died"]
