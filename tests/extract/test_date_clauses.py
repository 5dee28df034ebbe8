"""Side clauses whose date is the trigger's (``date_clauses``), a toll's date for its happening and
a borrowed date after publication (``sentence_dates``). Sentences written for these tests; the
publication date is a Sunday, 10 March 2030 (see conftest)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _dates(mentions, trigger):
    return [(m.date_value, m.date_source) for m in mentions if m.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # should fire: an "as" clause in the progressive is the time of its head
        ("A cyclist was killed by a lorry as she was riding to work on Friday.", "killed", ("2030-03-08", "sentence")),
        # should fire: a participle on the subject, with an infinitive of purpose inside it
        ("A man crossing the road to catch a bus on Friday was hit by a van.", "hit", ("2030-03-08", "sentence")),
        # should fire: what the instrument did is the wounding, seen from the bullet
        ("The guard was wounded by a bullet that bounced off a wall in May 2029.", "wounded", ("2029-05", "sentence")),
        # should fire: what an accident did is the accident (and its toll, when that is an event too)
        ("Police have a suspect in custody after a hit and run accident that killed a woman in Eastvale Friday "
         "night.", "accident", ("2030-03-08", "sentence")),
    ],
)
def test_date_clauses_side_clause_dates_the_trigger(extract, text, trigger, expected):
    assert _dates(extract(text), trigger) == [expected]


@pytest.mark.parametrize(
    ("text", "trigger", "not_expected"),
    [
        # should not fire: a causal "as" with a simple past keeps its own time
        ("She resigned from the board as profits fell in May.", "resigned", "sentence"),
        # should not fire: the relativizer is not the clause's subject
        ("He was arrested with a knife that he bought in 2025.", "arrested", "sentence"),
        # should not fire: a person's relative clause tells that person's life
        ("She was struck by a driver who moved to the city in 2025.", "struck", "sentence"),
        # should not fire: a toll whose subject is not the relativizer is not the accident seen from its victims
        ("Police have a suspect in custody after a hit and run accident in which a woman was killed in Eastvale "
         "Friday night.", "accident", "sentence"),
    ],
)
def test_date_clauses_side_clause_keeps_its_own_time(extract, text, trigger, not_expected):
    found = _dates(extract(text), trigger)
    assert found and all(source != not_expected for _, source in found)


@pytest.mark.parametrize(
    ("text", "wrong", "kept"),
    [
        # should fire: a past happening never borrows the coming sentencing day of the sentence before
        ("He will be sentenced on March 20. It shocked the court when the jury convicted him in an hour.",
         "2030-03-20", None),
        # should not fire: a date before publication still passes on
        ("The jury met on March 5. It convicted him.", None, "2030-03-05"),
    ],
)
def test_date_clauses_past_event_is_not_dated_after_publication(extract, text, wrong, kept):
    happened = [m.date_value for m in extract(text) if m.sentence_index == 1 and m.status.value == "happened"]
    assert happened
    assert (wrong not in happened) if wrong else (kept in happened)


TAIL = "\n\nThe streets had been calm.\n\nShops were closed.\n\nLater, youths attacked a police station."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # should fire: a killing someone did is an attack's day, which later attacks continue
        ("Gunmen killed a guard on Saturday." + TAIL, "2030-03-09"),
        # should not fire: a death told without a doer narrates no attack (and as the news was
        # Saturday's, Sunday's publication day does not date it either: ``date_backstory``)
        ("A guard died on Saturday." + TAIL, None),
    ],
)
def test_date_clauses_killing_narrates_an_attack_day(extract, text, day):
    assert [m.date_value for m in extract(text) if m.trigger == "attacked"] == [day]
