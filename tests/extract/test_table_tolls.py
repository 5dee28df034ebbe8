"""Tolls sent as a table of figures, and counts of a part of a toll told before (texts we wrote)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TABLE = ("Gunmen attacked two hotels on March 3, killing dozens of guests.\n\n"
         "The following are the latest figures from the ministry.\n\n"
         "NORTH PROVINCE:\nTotal dead: 48\nInjured: 130\n\n"
         "Lagos:\nDeaths: 9\nHospitalized: 21\n")


def _counts(mentions) -> set[tuple[str, str]]:
    return {(q.role, q.text) for m in mentions for q in m.quantities}


def test_a_table_lines_dead_and_wounded_are_tolls_scoped_by_their_heading(extract):
    counts = _counts(extract(TABLE))
    assert ("people@lagos", "9") in counts, counts
    assert ("people_wounded@north province", "130") in counts, counts
    assert ("people@north province", "48") in counts, counts


def test_a_table_line_that_counts_no_harm_is_no_toll(extract):
    counts = _counts(extract("Gunmen attacked two hotels on March 3, killing dozens of guests.\n\n"
                             "Lagos:\nRooms: 48\nGuests: 130\n"))
    assert not any(value in {"48", "130"} for _, value in counts), counts


def test_a_colon_in_prose_is_no_table_line(extract):
    counts = _counts(extract("Gunmen attacked two hotels on March 3. The minister said this: 40 people were "
                             "killed."))
    assert all("@" not in role for role, _ in counts), counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the dead told before, in a place
        ("Gunmen attacked two hotels on March 3, killing 90 people. Of those killed, 14 were killed in "
         "Lagos.", ("people@lagos", "14")),
        # a part with no place or group is still a part
        ("Gunmen attacked two hotels on March 3, killing 90 people. Of the dead, 14 were killed in their "
         "rooms.", ("people@part", "14")),
    ],
)
def test_a_count_after_of_those_killed_is_a_part(extract, text, expected):
    assert expected in _counts(extract(text))


def test_a_count_in_a_place_with_no_partitive_keeps_its_place_rule(extract):
    counts = _counts(extract("Gunmen attacked two hotels on March 3, killing 90 people. Fourteen people "
                             "were killed in Lagos."))
    assert ("people", "Fourteen") in counts, counts
