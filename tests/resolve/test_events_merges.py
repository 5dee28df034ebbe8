"""Reports of one happening told in other words join one event: a minister's request is their
country's, and "agreed to swap" is "the swap deal" of the next day's paper; a doer of another
country, or a deal about another thing, stays apart."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models

from .reports import groups, report

T = models.EventType
DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2025, 6, 3)) for d in "ab"}


def _party(role: str, name: str, country: str | None) -> models.Argument:
    return models.Argument(role=role, text=name, canonical=name, start=0, end=1, country=country)


def _theme(keys: str) -> models.Argument:
    return models.Argument(role="theme", text=keys, canonical=keys, start=0, end=1)


@pytest.mark.parametrize(
    ("doer", "country", "merged"),
    [
        ("Lena Korr", "Avaria", True),  # Avaria's foreign minister asks for Avaria
        ("Mara Velt", "Carpania", False),  # a minister of a third country makes a request of her own
        ("Lena Korr", None, False),  # a person of unknown nationality is no side
    ],
)
def test_events_a_ministers_request_is_their_countrys_request(doer, country, merged):
    government = report("a1", "a", "Avaria asked on Monday for a summit of the two presidents.", "asked",
                        event_type=T.REQUEST, day="2025-06-02", source="sentence",
                        args=(_party("actor", "Avaria", "Avaria"), _party("target", "Borduria", "Borduria")))
    minister = report("b1", "b", f"{doer} asked on Monday that the two presidents meet soon.", "asked",
                      event_type=T.REQUEST, day="2025-06-02", source="sentence", args=(_party("actor", doer, country),))
    assert (groups([government, minister], DOCS) == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(
    ("sentence", "keys", "merged"),
    [
        ("The prisoner swap deal was welcomed by the envoy.", "people", True),  # the agreement named by its thing
        ("The deal was welcomed by the envoy.", "", True),  # named by its kind alone
        ("The truce deal was welcomed by the envoy.", "ceasefire", False),  # an agreement about another thing
    ],
)
def test_events_agreed_to_do_a_thing_and_the_things_deal_are_one_agreement(sentence, keys, merged):
    agreed = report("a1", "a", "On Monday Avaria and Borduria agreed to swap all captured soldiers.", "agreed",
                    event_type=T.AGREEMENT, day="2025-06-02", source="sentence",
                    args=(_party("actor", "Avaria", "Avaria"), _party("actor", "Borduria", "Borduria"),
                          _theme("people")))
    deal = report("b1", "b", sentence, "deal", event_type=T.AGREEMENT, day="2025-06-03", source="publication",
                  args=(_theme(keys),) if keys else ())
    assert (groups([agreed, deal], DOCS) == [["a1", "b1"]]) is merged
