"""A toll told days after a happening is the toll then known, not another happening's; a toll far
from every one told before, or any other count, still keeps reports apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from .reports import groups, report

T = models.EventType
DOCS = {"a": models.Document(doc_id="a", text="x", outlet="A", published=date(2022, 5, 3)),
        "b": models.Document(doc_id="b", text="x", outlet="B", published=date(2022, 5, 12))}


def _m(mid, doc, sentence, trigger, day, source, counts, event_type=T.ATTACK):
    quantities = tuple(models.EventQuantity(role=role, text=str(n), low=n, high=n, start=0, end=1)
                       for role, n in counts)
    return replace(report(mid, doc, sentence, trigger, event_type=event_type, day=day, source=source),
                   quantities=quantities)


FIRST = _m("a1", "a", "A truck bomb exploded at the fuel depot in Varna on Monday, killing 40 people.", "killing",
           "2022-05-02", "sentence", [("people", 40)])


@pytest.mark.parametrize(
    ("counts", "merged"),
    [
        ([("people", 52)], True),  # the toll rose as bodies were found
        ([("people", 31)], True),  # corrected down
        ([("people", 400)], False),  # ten times the toll: not this bombing
        ([("people", 52), ("prisoners", 9)], True),  # a count of another thing it did not give
    ],
)
def test_event_tolls_a_later_reference_back_with_a_revised_toll_joins(counts, merged):
    later = _m("b1", "b", "The truck bombing at the fuel depot killed 52 people.", "bombing", "2022-05-12",
               "publication", counts)
    assert (groups([FIRST, later], DOCS) == [["a1", "b1"]]) is merged


def test_event_tolls_other_counts_still_conflict_on_other_days():
    signed = _m("a1", "a", "The sides agreed to swap 40 prisoners on Monday.", "agreed", "2022-05-02", "sentence",
                [("prisoners", 40)], T.AGREEMENT)
    later = _m("b1", "b", "The agreement covered 52 prisoners.", "agreement", "2022-05-12", "publication",
               [("prisoners", 52)], T.AGREEMENT)
    assert groups([signed, later], DOCS) == [["a1"], ["b1"]]
