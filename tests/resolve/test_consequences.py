from dossier import models
from dossier.resolve.consequences import link_consequences

T = models.EventType


def _event(event_id, event_type, date_value):
    return models.Event(event_id=event_id, event_type=event_type, date_value=date_value,
                        date_precision=models.Precision.DAY, location=None, mention_ids=(), doc_ids=())


def _count(value):
    return [models.EventQuantity(role="prisoners_each_side", text=str(value), low=value, high=value, start=0, end=1)]


AGREED = _event("agreed", T.AGREEMENT, "2025-03-01")


def test_consequences_exchange_with_the_agreed_count_follows_the_agreement():
    swap = _event("swap", T.PRISONER_EXCHANGE, "2025-03-10/2025-03-12")
    linked = link_consequences([swap], [AGREED], {"agreed": _count(500), "swap": _count(500)})
    assert linked[0].follows == ("agreed",)


def test_consequences_other_count_or_earlier_date_or_too_late_is_no_link():
    other = _event("other", T.PRISONER_EXCHANGE, "2025-03-10")
    before = _event("before", T.PRISONER_EXCHANGE, "2025-02-20")
    late = _event("late", T.PRISONER_EXCHANGE, "2025-06-30")
    quantities = {"agreed": _count(500), "other": _count(120), "before": _count(500), "late": _count(500)}
    assert [e.follows for e in link_consequences([other, before, late], [AGREED], quantities)] == [(), (), ()]
