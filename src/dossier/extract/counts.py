"""Counts an article states in another sentence than the one reporting the event.

An article often gives the size of an exchange once and reports the exchange, or the agreement to
hold it, elsewhere without a number: "the meeting produced a deal on a swap under an N-for-N
formula" ... "the sides carried out a large swap of prisoners from Friday to Sunday"; or "they
agreed to swap all wounded captives" ... "the coming exchange, expected to involve N prisoners".
An event mention that states no prisoner count of its own takes one from a
co-referent mention of the same article:

- the same exchange: a definite or possessed exchange noun, or one called "upcoming"/"agreed"
  ("the swap", "the upcoming exchange"), takes the count of the nearest exchange or agreed exchange
  whose date overlaps its own and that the text does not set apart ("the previous exchange");
- the exchange carrying out an agreed exchange: the earliest exchange dated on or after an agreement
  (or planned exchange) with a count, named by an exchange word ("an exchange", "swapped"), takes
  that count, unless another exchange lies between them (a planned exchange sizes only exchanges
  dated after it, one called "next" or "another" sizes none, and an agreement on a "new" exchange
  sizes none the text told before it);
- the agreement to exchange: the agreement whose content is an exchange of people, nearest to a
  planned exchange with a count (and agreements of the same date), takes the planned exchange's size.

Kept apart, so a count never passes between different exchanges: a stage ("in the first stage",
"another", "further") gives and takes nothing; background gives and takes nothing; dates that do not
overlap keep exchanges apart, and an exchange with no date but the publication's takes nothing
from another exchange; an exchange set apart by a word ("previous", "next", "new") only
matches one set apart by the same words; and a mention two sources would give different counts to
gets none (the text does not decide). Only the exchange's size is carried (``prisoners_each_side``,
``prisoners``), never a breakdown ("80 soldiers and 40 civilians" is often one stage's). The
carried quantity keeps the span of the sentence that states it, as its evidence.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Token

from dossier import models
from dossier.extract.context import part_reference
from dossier.extract.ontology import PEOPLE
from dossier.timevalues import interval

T = models.EventType
S = models.EventStatus
EXCHANGE_TYPES = frozenset({T.PRISONER_EXCHANGE, T.RELEASE})
# Roles that size an exchange as a whole, and every role that counts its people.
CARRIED_ROLES = frozenset({"prisoners_each_side", "prisoners"})
PRISONER_ROLES = CARRIED_ROLES | {"military", "civilians"}
# Word lists below were written for this module from how reports name and qualify exchanges.
EXCHANGE_WORDS = frozenset({"exchange", "swap", "trade", "handover"})
AGREED_WORDS = frozenset({"upcoming", "agreed", "planned", "forthcoming", "promised", "announced", "expected",
                          "scheduled"})
# Words that set one exchange apart from another of the same article ("the previous exchange").
DISTINCT_WORDS = frozenset({"another", "further", "new", "next", "previous", "earlier", "last", "latest", "former",
                            "prior", "first", "second", "third", "fourth", "final", "subsequent"})
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "nsubjpass", "attr", "appos", "acl"})
# Statuses that report a real or expected exchange (not a denied or hypothetical one).
LIVE = frozenset({S.HAPPENED, S.ONGOING, S.PLANNED})


def link_counts(drafts: list) -> None:
    """Give event drafts without a prisoner count the count a co-referent mention states.

    Args:
        drafts: the article's event drafts of ``dossier.extract.events`` (trigger, type, status,
            date, date source, background and stage flags, quantities), in text order, including
            those that will not be kept (a planned exchange may state the count). Updated in place.

    Returns:
        None. Limits: prisoner counts of exchanges and agreements to exchange only; a mention two
        sources would give different counts to is left without one.
    """
    offers: dict[int, list] = defaultdict(list)
    for receiver, source in _pairs(drafts):
        offers[id(receiver)].append(source)
    for receiver in drafts:
        sources = offers.get(id(receiver))
        if not sources or len({_size(s) for s in sources}) != 1:
            continue
        nearest = min(sources, key=lambda s: abs(s.index - receiver.index))
        receiver.quantities = (*receiver.quantities, *_carried(nearest))


def _pairs(drafts: list):
    """(receiver, source) pairs found by the three rules of the module docstring."""
    sources = [d for d in drafts if _carried(d) and _may_give(d)]
    for receiver in drafts:
        if not _may_take(receiver):
            continue
        if receiver.event_type in EXCHANGE_TYPES:
            same = _same_exchange(receiver, sources)
            if same is not None:
                yield receiver, same
            yield from ((receiver, s) for s in sources if _implements(receiver, s, drafts))
    for source in sources:
        if _planned_exchange(source):
            yield from ((r, source) for r in _agreements_of(source, drafts) if _may_take(r))


def _carried(draft) -> tuple:
    return tuple(q for q in draft.quantities if q.role in CARRIED_ROLES)


def _size(draft) -> frozenset:
    return frozenset((q.role, q.low, q.high) for q in _carried(draft))


def _may_give(draft) -> bool:
    return not draft.background and not _stage(draft) and draft.status in LIVE


def _may_take(draft) -> bool:
    own = any(q.role in PRISONER_ROLES for q in draft.quantities)
    return not own and not draft.background and not _stage(draft) and draft.status in LIVE


def _stage(draft) -> bool:
    """A stage of an exchange ("in the first stage", "the second day of the exchange") or one batch
    of it ("another 300 returned"): its count is not the whole's, nor the whole's its."""
    if draft.part or part_reference(draft.sent) is not None:
        return True
    return bool(_marks(draft) & {"another", "further"})


def _same_exchange(receiver, sources: list):
    """The nearest source a definite or "upcoming" exchange noun refers to, earlier sources first."""
    token = receiver.trigger.token
    if not receiver.trigger.nominal or not _definite(token):
        return None
    fitting = [s for s in sources if s.event_type in EXCHANGE_TYPES or s.event_type == T.AGREEMENT]
    fitting = [s for s in fitting if _marks(s) == _marks(receiver) and _overlap(s, receiver)]
    if not fitting:
        return None
    return min(fitting, key=lambda s: (s.index > receiver.index, abs(s.index - receiver.index)))


def _definite(token: Token) -> bool:
    words = {c.lower_ for c in token.children if c.dep_ in {"det", "amod", "poss"}}
    return bool(words & ({"the", "this", "that"} | AGREED_WORDS)) or any(c.dep_ == "poss" for c in token.children)


def _implements(receiver, source, drafts: list) -> bool:
    """Whether an exchange carries out the agreed exchange a source sizes: named by an exchange word,
    set apart by no word, dated on or after the source, and the earliest such exchange."""
    if not _agreed(source) or not _names_exchange(receiver) or _marks(receiver) or _marks(source) - {"new"}:
        return False
    if _start(receiver) is None or not _not_before(receiver, source):
        return False
    if receiver.index < source.index and _new_exchange(source):
        return False  # "carried out an exchange ... also agreed on a new one": new beside the one told
    if _planned_exchange(source) and _start(source) is not None and _start(receiver) <= _start(source):
        return False  # "carried out an exchange on Friday and agreed on a new one": not its own plan
    others = [d for d in drafts if d is not receiver and d.event_type in EXCHANGE_TYPES and _not_before(d, source)
              and not _agreed(d) and _start(d) is not None and _start(receiver) is not None
              and _start(d) < _start(receiver)]
    # an exchange in between, counted or not, is the one that carried the agreement out (or a stage of it)
    return not any(_names_exchange(d) or any(q.role in PRISONER_ROLES for q in d.quantities) for d in others)


def _new_exchange(draft) -> bool:
    """Whether a draft's own words call the exchange new ("agreed on a new exchange of ...")."""
    return any(t.lower_ == "new" and t.head.lemma_.lower() in EXCHANGE_WORDS for t in draft.trigger.token.subtree)


def _agreed(draft) -> bool:
    """An agreement with a count, or an exchange the text reports as planned or agreed."""
    return draft.event_type == T.AGREEMENT or _planned_exchange(draft)


def _planned_exchange(draft) -> bool:
    if draft.event_type not in EXCHANGE_TYPES:
        return False
    words = {c.lower_ for c in draft.trigger.token.children}
    return draft.status == S.PLANNED or bool(words & AGREED_WORDS)


def _names_exchange(draft) -> bool:
    return draft.trigger.token.lemma_.lower() in EXCHANGE_WORDS


def _agreements_of(source, drafts: list) -> list:
    """Agreements to exchange that a planned exchange sizes: the one nearest to it in the text
    (an earlier one first) and those of the same date."""
    if _marks(source) - {"new"}:
        return []
    agreements = [d for d in drafts if d.event_type == T.AGREEMENT and _content_is_exchange(d.trigger.token)]
    if not agreements:
        return []
    anchor = min(agreements, key=lambda d: (abs(d.index - source.index), d.index > source.index))
    return [d for d in agreements if d is anchor or (d.date is not None and d.date == anchor.date)]


def _content_is_exchange(token: Token) -> bool:
    """"agreed to swap all wounded prisoners", "agreed to hold a new prisoner exchange"."""
    content = [t for c in token.children if c.dep_ in CONTENT_DEPS for t in c.subtree]
    if token.pos_ == "NOUN":
        content.extend(t for t in token.subtree if t.i != token.i)
    return any(t.lemma_.lower() in EXCHANGE_WORDS and {s.lemma_.lower() for s in t.subtree} & PEOPLE
               for t in content)


def _marks(draft) -> frozenset:
    """Words setting an exchange apart: on the trigger, its object, or an exchange noun of its clause
    ("The previous largest exchange took place on ..., when each side freed ...")."""
    token = draft.trigger.token
    heads = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})]
    heads.extend(t for t in draft.sent if t.lemma_.lower() in EXCHANGE_WORDS and t.pos_ == "NOUN"
                 and t.head.i in {token.i, token.head.i} | {h.i for h in token.ancestors})
    words = {c.lower_ for h in heads for c in h.children if c.dep_ in {"amod", "det", "advmod", "nummod"}}
    return frozenset(words & DISTINCT_WORDS)


def _start(draft):
    if draft.date is None or draft.date_source == "publication":
        return None
    span = interval(draft.date.value)
    return span[0] if span else None


def _not_before(later, earlier) -> bool:
    """Whether a draft may lie on or after another (unknown dates do not rule it out)."""
    a, b = _start(later), _start(earlier)
    return a is None or b is None or a >= b


def _overlap(a, b) -> bool:
    """Whether two drafts' dates are both known and overlap."""
    if _start(a) is None or _start(b) is None:
        return False
    x, y = interval(a.date.value), interval(b.date.value)
    return x[0] <= y[1] and y[0] <= x[1]
