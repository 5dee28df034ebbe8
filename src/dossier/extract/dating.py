"""Which time expression dates which event of a sentence.

A time expression dates the nearest trigger above it in the parse ("talks in May" dates the talks,
not the verb of the sentence), or the verb carrying a trigger noun ("On May 16 they held talks").
One that reaches the top of the sentence without meeting a trigger dates every event of the
sentence, unless it sits in a clause of its own ("after the process resumed last month") or
premodifies a noun that is no trigger ("the outcome of the May 16 talks"); a clause of its own that
holds one trigger is that trigger's ("the rig, which exploded April 20, killing 11 workers"). A
year inside a name ("the Oil Pollution Act of 1990", "the 1990 Act") dates nothing, and a day
heading a chronology entry ("May 6: ...") yields to any other date of the sentence. A clock time
with no day of its own in its sentence, put on the publication day, dates only reports. Time
expressions after "since", "until", "as of", "by", "before" or "after" are points of reference,
not the event's date; durations and vague references ("in the coming days") date nothing. A day of
untold year ("since the Sept. 11 attacks": "XXXX-09-11") dates only the happening it premodifies.
An event in a measured "a day / two days / hours after|before" clause lies that far from the
event of the main clause (``date_shifts.relative_days``). A "while" or "when" clause happens at the
time of its head, so a date in it with no trigger of its own dates the head ("a skier died while
crossing the pass on Friday"); so do an "as" clause in the progressive and a participle on the
subject (``date_clauses.same_time``). A relative clause telling what an instrument or agent thing
did ("struck by a bullet that ricocheted ... in May") dates the trigger, below any other date of it;
so does a dated happening for the relative clause telling what it did ("the 2019 bombing that killed
one person"). A month or year closing a phrase of purpose or precedence ("named for a mission in
December", "meet ahead of the vote in May") is that phrase's noun's (``date_purpose``). A "when"
clause right after a time expression tells what happened then ("since early June, when the
president promised a strike"), and a past week, month or year inside what a past
request or agreement asks ("invited them to rejoin two weeks ago") is the asking's
(``date_antecedents``).

The walk up the parse that finds the trigger is in ``date_attachment``; this module reads each time
expression's value and rank, leaves out names, headings and borrowed clock times, and keeps the best
date per trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.date_antecedents import past_content_date, triggers_in_clause, when_clause
from dossier.extract.date_attachment import (LEGAL_STEPS, PREMODIFIER_DEPS, attachment, harmed_in, names_happening,
                                             told_doing)
from dossier.extract.date_clauses import instrument_owner
from dossier.extract.date_purpose import purpose_noun
from dossier.extract.date_references import is_reference
from dossier.timevalues import interval

P = models.Precision
# Words before a year that make it premodify a noun phrase ("the 1989 spill", "its 2008 law").
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
# A heading's date ("May 6: ...") loses to any other date of its sentence.
HEADING_RANK = (99, 99)
# A clock time and nothing else ("10pm", "about 3:30 p.m.", "midday"): it has no day of its own.
BARE_CLOCK = re.compile(r"(?:(?:about|around|approximately|at)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
                        r"|noon|midnight|midday|mid-day)(?:\s+[A-Z]{2,4})?", re.IGNORECASE)
RANK = [P.TIME, P.DAY, P.RANGE, P.WEEK, P.MONTH, P.SEASON, P.QUARTER, P.YEAR]
# Precisions of a date that may describe a noun rather than date an event ("Mandela in 1994").
COARSE = frozenset({P.YEAR, P.DECADE, P.CENTURY})
# A day of untold year, as TIMEX3 writes it ("XXXX-09-11").
YEARLESS_DAY = re.compile(r"XXXX-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
ANCHOR_RANK = {models.Anchor.ABSOLUTE: 0, models.Anchor.TEXT: 1, models.Anchor.PUBLICATION: 2, models.Anchor.NONE: 3}


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar value for an event, with the literal value when a flag corrected it."""

    value: str
    precision: models.Precision
    stated: str | None = None
    rank: tuple[int, int] = (9, 9)
    relative: bool = False  # counted from the publication date or an earlier date ("on Sunday")


def date_of(timex: models.TimeExpression) -> DateValue | None:
    """The calendar value of a time expression, or None for durations, sets and vague references.

    A weekday that contradicts its date ("Friday, March 23" when March 23 is a Sunday) is
    replaced by the annotator's suggested value, and the literal value kept as ``stated``.
    """
    if timex.timex_type not in {models.TimexType.DATE, models.TimexType.TIME} or not timex.value:
        return None
    value = timex.suggested_value or timex.value
    if interval(value) is None:
        return None
    precision = P.DAY if timex.precision == P.TIME else timex.precision
    stated = None
    if "/" not in value and interval(value)[0] == interval(value)[1]:
        value = value[:10]
        precision = P.DAY
    if timex.suggested_value and timex.suggested_value != timex.value:
        stated = timex.value[:10]
    rank = (RANK.index(timex.precision) if timex.precision in RANK else len(RANK), ANCHOR_RANK.get(timex.anchor, 3))
    return DateValue(value=value, precision=precision, stated=stated, rank=rank,
                     relative=_counted(timex))


def is_recalled(value: DateValue | None) -> bool:
    """Whether a date is a day of untold year ("since the Sept. 11 attacks", "XXXX-09-11"): it dates
    only the happening it names, and, being no calendar date, is never given by ``date_of``."""
    return value is not None and YEARLESS_DAY.fullmatch(value.value) is not None


def _counted(timex: models.TimeExpression) -> bool:
    """Whether a value was counted from another date ("on Sunday", "the day before"). A clock
    time placed on the day the narrative is on ("met on May 15 ... was set for 12:30") was not:
    its day is stated, a sentence or two back."""
    if timex.anchor is models.Anchor.TEXT and timex.precision == P.TIME:
        return False
    return timex.anchor in {models.Anchor.PUBLICATION, models.Anchor.TEXT}


def attach_dates(sent: Span, timexes: list[models.TimeExpression], anchors: dict[int, int],
                 reporting: frozenset[int] = frozenset(), report: int | None = None,
                 published: str | None = None,
                 content_takers: frozenset[int] = frozenset()) -> tuple[dict[int, DateValue], DateValue | None]:
    """Give each time expression of a sentence to the event it dates.

    Args:
        sent: the sentence.
        timexes: its time expressions.
        anchors: token index -> trigger token index, for each trigger and for the verb carrying
            a trigger noun.
        reporting: trigger indices of reporting verbs; a date inside what they report ("said
            there will be no talks today") does not date the report itself.
        content_takers: trigger indices of agreements, proposals, requests and demands: a date in
            the clause of what is agreed or asked ("agreed that prisoners would be swapped on
            Friday") is that content's, not the agreeing's.
        report: index of the reporting verb heading the sentence when it is no trigger ("...,
            the minister said on Tuesday"): a date of its own dates the report, not what is
            reported, and is returned under this index instead of as the sentence-wide date.
        published: the publication day (ISO), if known: a bare clock time put on it, with no
            day in its sentence ("The rig blew up at 10pm"), dates only reporting events; and a
            day of untold year ("the Sept. 11 attacks", see ``is_recalled``) dates the trigger
            noun it premodifies (and what that noun, as subject, did), nothing else.

    Returns:
        The best date per trigger token index, and the sentence-wide date (or None).
    """
    own: dict[int, DateValue] = {}
    general: DateValue | None = None
    at_that_time: dict[int, DateValue] = {}  # triggers of a "when" clause on a time expression
    for timex in timexes:
        value = date_of(timex)
        span = sent.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if value is None and published and span is not None and YEARLESS_DAY.fullmatch(timex.value or ""):
            _date_recalled(span, timex, anchors, own)
        if value is not None and span is not None and (clause := when_clause(span)) is not None:
            for trigger in triggers_in_clause(clause, anchors):  # "since early June, when he promised"
                at_that_time[trigger] = _better(at_that_time.get(trigger), value)
        if value is None or span is None or is_reference(span) or _in_name(span, value, anchors):
            continue
        if _heading(span):
            value = replace(value, rank=HEADING_RANK)
        governor = _governor(span)
        target, crossed = attachment(governor, anchors, coarse=value.precision in COARSE)
        if target is not None and (described := _described_noun(span)) is not None \
                and not _harmed_in_words(span, anchors):
            target, crossed = anchors.get(described.i) if anchors.get(described.i) == described.i else None, False
        if target is not None and (owner := purpose_noun(span, day=value.precision in {P.DAY, P.TIME})) is not None:
            target = owner.i if anchors.get(owner.i) == owner.i else None  # "for a mission in December"
        if crossed and target in content_takers and past_content_date(governor, sent.doc[target], timex, published):
            crossed = False  # "invited them to rejoin the talks two weeks ago": the inviting's time
        if target is None or (crossed and (target in reporting or target in content_takers)):
            continue
        if _through_instrument(span.root, target, anchors):
            value = replace(value, rank=(value.rank[0] + len(RANK), value.rank[1]))  # any other date wins
        if published and value.value == published and _borrowed_clock(timex, timexes):
            # "The rig blew up at 10pm": the day is a guess, not the event's; a statement made at
            # "the midday briefing" keeps it, as reports are mostly of the article's day.
            for weak in (reporting if target == -1 else {target} & reporting):
                own[weak] = _better(own.get(weak), value)
            continue
        if target == -1 and report is not None and not crossed:
            own[report] = _better(own.get(report), value)
        elif target == -1:
            general = _better(general, value)
        else:
            own[target] = _better(own.get(target), value)
    for trigger, value in at_that_time.items():
        own.setdefault(trigger, value)
    return own, general


def _governor(span: Span) -> Token:
    """Where the walk up the parse starts for a time expression: its root, or the preposition just
    before it when the parser left that preposition without an object and hung the expression on
    the next word ("In nineteen ninety-one Smith was convicted": "ninety-one" as a number of
    "Smith"). A preposition needs an object, and the expression after it is that object."""
    doc = span.doc
    if span.start <= span.sent.start or span.root.head.i in range(span.start, span.end) \
            or span.root.head.i == span.root.i:
        return span.root
    before = doc[span.start - 1]
    if before.dep_ == "prep" and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children):
        return before
    return span.root


def _through_instrument(root: Token, target: int, anchors: dict[int, int]) -> bool:
    """Whether a date reached its trigger through an instrument's relative clause (``instrument_owner``)."""
    clause = next((a for a in [root, *root.ancestors] if a.dep_ == "relcl"), None)
    return clause is not None and instrument_owner(clause, anchors) == target


def _date_recalled(span: Span, timex: models.TimeExpression, anchors: dict[int, int],
                   own: dict[int, DateValue]) -> None:
    """Give a day of untold year to the trigger noun it premodifies ("the Sept. 11 attacks"), and
    to nothing else: it says when that happening was, not when the sentence's events are."""
    noun = span.root.head
    if span.root.dep_ not in PREMODIFIER_DEPS | {"nummod"}:
        return
    value = DateValue(value=timex.value, precision=P.DAY, rank=(RANK.index(P.DAY), ANCHOR_RANK[timex.anchor]))
    if anchors.get(noun.i) == noun.i:
        own[noun.i] = _better(own.get(noun.i), value)
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i in anchors and names_happening(noun):
        target = anchors[noun.head.i]  # "the Sept. 11 attacks killed ...": the killing's day too
        own[target] = _better(own.get(target), value)


def day_tokens(sent: Span, timexes: list[models.TimeExpression]) -> frozenset[int]:
    """Indices of the tokens of a sentence that lie in a calendar date of day precision (not a
    reference point such as "since 15 May"): the dates that mark a clause as reporting an event."""
    found: set[int] = set()
    for timex in timexes:
        value = date_of(timex)
        span = sent.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if value is not None and span is not None and value.precision == P.DAY and not is_reference(span):
            found.update(t.i for t in span)
    return frozenset(found)


def _in_name(span: Span, value: DateValue, anchors: dict[int, int]) -> bool:
    """Whether a year is part of a name or of a noun phrase it premodifies ("the Oil Pollution
    Act of 1990", "the 1990 Act", "eclipse the 1989 Exxon Valdez spill"): it says when the thing
    named was made or happened, not when the sentence's event did. Read from the words, as
    parsers often make such a year the verb's object. A phrase naming a trigger keeps its year
    ("after the 1989 Exxon Valdez oil spill", "a 2008 internal investigation")."""
    if value.precision not in COARSE or len(span) != 1 or harmed_in(span.root.head, anchors):
        return False
    doc = span.doc
    for token in doc[span.end: span.sent.end]:
        if token.pos_ not in {"PROPN", "NOUN", "ADJ"}:
            break
        if token.i in anchors or told_doing(token, anchors) is not None:
            return False  # "the 2019 bombing that killed one person": the killing's year
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    if before is not None and before.lower_ == "of" and before.i > 0 and doc[before.i - 1].is_title \
            and doc[before.i - 1].pos_ == "PROPN":
        return True  # "the Clean Water Act of 1972"
    return before is not None and before.lower_ in DETERMINERS and after is not None \
        and after.pos_ in {"PROPN", "NOUN", "ADJ"} and not after.is_punct


def _described_noun(span: Span) -> Token | None:
    """The noun a day or month describes when it stands between "the" and that noun ("indicted
    last year in the March 2019 shooting death") but the parser made it the preposition's object:
    a time adverbial takes no article ("in March 2019"), so after one it premodifies the noun and
    is that happening's date, not the verb's. Returns the first noun naming a happening after it,
    else the last noun of the phrase; None when the parse already reads it as a premodifier."""
    doc = span.doc
    if span.start <= span.sent.start or span.end >= span.sent.end or span.root.dep_ != "pobj":
        return None
    if doc[span.start - 1].lower_ not in DETERMINERS or doc[span.start - 1].lower_ in {"a", "an"}:
        return None
    phrase = []
    for token in doc[span.end: span.sent.end]:
        if token.pos_ not in {"NOUN", "ADJ"} and token.tag_ != "VBG":
            break
        phrase.append(token)
    nouns = [t for t in phrase if t.pos_ == "NOUN" or t.tag_ == "VBG"]
    if not nouns:
        return None
    return next((t for t in nouns if names_happening(t)), nouns[-1])


def _harmed_in_words(span: Span, anchors: dict[int, int]) -> bool:
    """``harmed_in`` read from the words, for a parse that made the date the object of "in": a
    trigger verb done in or during a dated happening is done then ("killed in the March 2019
    shooting", "agreed in the May 2019 talks"), a step of the law "in" a crime is not."""
    doc = span.doc
    if span.start - 2 < span.sent.start:
        return False
    prep = doc[span.start - 2]
    verb = prep.head
    return prep.lower_ in {"in", "during"} and verb.i in anchors and verb.pos_ == "VERB" \
        and verb.lemma_.lower() not in LEGAL_STEPS


def _heading(span: Span) -> bool:
    """Whether a date opens its sentence and is followed by a colon, as in a chronology entry or
    a photo caption ("May 6: Oil collects offshore"): the entry's date, not the event's."""
    sent = span.sent
    return span.start - sent.start <= 1 and span.end < sent.end and span.doc[span.end].text == ":"


def _borrowed_clock(timex: models.TimeExpression, timexes: list[models.TimeExpression]) -> bool:
    """Whether a clock time has no day of its own: its words name none, and no other
    expression of its sentence is a date of day precision."""
    if timex.precision != P.TIME or not BARE_CLOCK.fullmatch(timex.text.strip()):
        return False
    return not any(other is not timex and other.precision in {P.DAY, P.TIME} for other in timexes)


def _better(current: DateValue | None, candidate: DateValue) -> DateValue:
    return candidate if current is None or candidate.rank < current.rank else current
