"""Seats of government and cities, told from countries and their other names. Names chosen for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.gazetteer import is_seat


@pytest.mark.parametrize(
    ("name", "seat"),
    [("Geneva", True), ("the Kremlin", True), ("Downing Street", True), ("Tokyo", True),
     ("France", False), ("Britain", False), ("the U.S.", False), ("Japanese", False), ("Atlantis", False)],
)
def test_gazetteer_is_seat(name, seat):
    assert is_seat(name) is seat
