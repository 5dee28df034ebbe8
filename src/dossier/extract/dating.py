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
did ("struck by a bullet that ricocheted ... in May") dates the trigger, below any other date of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.ontology import ACCIDENT_NOUNS, DISASTER_NOUNS, ILLNESS_NOUNS, definitions_for
from dossier.extract.date_clauses import instrument_owner, same_time
from dossier.extract.date_references import is_reference
from dossier.timevalues import interval

P = models.Precision
PREMODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "poss"})
CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "csubj", "parataxis"})
# Clause heads a date may stop at and give to the one trigger of that clause.
OWN_CLAUSE_DEPS = CLAUSE_DEPS | {"ccomp"}
# Words before a year that make it premodify a noun phrase ("the 1989 spill", "its 2008 law").
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
# A heading's date ("May 6: ...") loses to any other date of its sentence.
HEADING_RANK = (99, 99)
# A clock time and nothing else ("10pm", "about 3:30 p.m.", "midday"): it has no day of its own.
BARE_CLOCK = re.compile(r"(?:(?:about|around|approximately|at)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
                        r"|noon|midnight|midday|mid-day)(?:\s+[A-Z]{2,4})?", re.IGNORECASE)
# Verbs saying only when a happening was ("the talks, which took place in May", "the outbreak that
# began in March"): in a clause on a trigger noun their date is that noun's.
OCCURRENCE_VERBS = frozenset({"begin", "start", "end", "occur", "happen", "take", "break", "erupt", "open", "close",
                              "conclude", "finish", "last"})
# Happenings the ontology has no event type for, whose date is that of what they did.
HAPPENING_NOUNS = DISASTER_NOUNS | ACCIDENT_NOUNS | ILLNESS_NOUNS | {"disaster"}
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
    for timex in timexes:
        value = date_of(timex)
        span = sent.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if value is None and published and span is not None and YEARLESS_DAY.fullmatch(timex.value or ""):
            _date_recalled(span, timex, anchors, own)
        if value is None or span is None or is_reference(span) or _in_name(span, value, anchors):
            continue
        if _heading(span):
            value = replace(value, rank=HEADING_RANK)
        target, crossed = _attachment(span.root, anchors, coarse=value.precision in COARSE)
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
    return own, general


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
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i in anchors and _names_happening(noun):
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
    if value.precision not in COARSE or len(span) != 1 or _harmed_in(span.root.head, anchors):
        return False
    doc = span.doc
    for token in doc[span.end: span.sent.end]:
        if token.pos_ not in {"PROPN", "NOUN", "ADJ"}:
            break
        if token.i in anchors:
            return False
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    if before is not None and before.lower_ == "of" and before.i > 0 and doc[before.i - 1].is_title \
            and doc[before.i - 1].pos_ == "PROPN":
        return True  # "the Clean Water Act of 1972"
    return before is not None and before.lower_ in DETERMINERS and after is not None \
        and after.pos_ in {"PROPN", "NOUN", "ADJ"} and not after.is_punct


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


def _attachment(root: Token, anchors: dict[int, int], *, coarse: bool = False) -> tuple[int | None, bool]:
    """The trigger index a time expression dates (-1: the whole sentence, None: a side clause),
    and whether the path went up out of a reported clause or an infinitive complement ("agreed
    to swap prisoners on Friday": Friday is the swap's, not the agreeing's).

    A year (``coarse``) hung on a noun that is no trigger describes that noun when the noun is a
    name or sits in a phrase of its own ("an address in the style of Mandela in 1994", "said
    Ortega, ... from 1988 to 1991"): it dates a trigger noun above it ("the talks in Geneva in
    2014"), never a verb or the sentence. Days keep the old reading, as parsers hang "on Monday"
    on the nearest noun ("said in a statement on Monday") when it dates the verb.
    """
    if root.dep_ in PREMODIFIER_DEPS | {"nummod"} and root.head.pos_ in {"NOUN", "PROPN"} \
            and root.head.i not in anchors:
        noun = root.head
        if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i in anchors and _names_happening(noun):
            return anchors[noun.head.i], False  # "an April 20 explosion killed 11 workers": the killing's day
        if _harmed_in(noun, anchors):
            return anchors[noun.head.head.i], False  # "was killed in a 2015 airstrike": the killing's year
        return None, False  # "the outcome of the May 16 talks", "eclipse the 1989 spill": the noun's date
    current = root
    crossed = described = False
    while True:
        if current.i in anchors:
            if described and not (current.pos_ in {"NOUN", "PROPN"} and anchors[current.i] == current.i):
                return None, crossed  # "rejected the idea of an address ... in 1994": the address's year
            return anchors[current.i], crossed
        if current.i != root.i and _clause_head(current):
            owner = _clause_trigger(current, anchors)
            if owner is not None:
                return owner, crossed  # "when it exploded April 20, killing 11 workers": the killing's day
        if current.dep_ in {"relcl", "acl"} and current.lemma_.lower() in OCCURRENCE_VERBS \
                and (owner := _happening_owner(current.head, anchors)) is not None:
            return owner, crossed  # "the pandemic, which began in 1918,": the pandemic's year
        if current.dep_ == "relcl" and (owner := _doing_of_happening(current, anchors)) is not None:
            return owner, crossed  # "an accident that killed a woman Friday night": the accident's day
        if current.dep_ == "relcl" and (owner := instrument_owner(current, anchors)) is not None:
            return owner, crossed  # "struck by a bullet that ricocheted ... in May": the striking's
        if current.dep_ in CLAUSE_DEPS and not _participle(current) and not same_time(current):
            return None, crossed  # a participle adjunct is in its head's clause: "Speaking on Friday, he said"
        if current.dep_ == "pobj" and current.head.lower_ in {"since", "until", "till"}:
            return None, crossed  # "since those shortly after the invasion in 2022"
        if current is not root and _object_event(current):
            return None, crossed  # "proposed a third meeting between June 20 and 30": the meeting's date
        if current.head.i == current.i:
            return (None if described else -1), crossed
        if described and current.pos_ in {"NOUN", "PROPN"} and _happening_phrase(current):
            described = False  # "the assassination attempt on the governor in 2009": the attempt's year
        described = described or coarse and (_describes_noun(current, anchors) or _parallel_name(current))
        crossed = crossed or current.dep_ in {"ccomp", "xcomp"}
        current = current.head


def _doing_of_happening(clause: Token, anchors: dict[int, int]) -> int | None:
    """The trigger noun a relative clause without a trigger tells the doing of, when that noun names
    a disaster or accident and is the clause's subject ("the fire that gutted the store on Friday",
    "an accident that killed a woman Friday night"): what a fire or crash did is the fire or crash."""
    noun = clause.head
    if anchors.get(noun.i) != noun.i or noun.lemma_.lower() not in HAPPENING_NOUNS:
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return noun.i if subject is not None and subject.lower_ in {"that", "which"} else None


def _happening_owner(noun: Token, anchors: dict[int, int]) -> int | None:
    """The trigger a happening noun stands for: itself, or, as the subject of a trigger verb it is
    the doer of ("the pandemic ... killed millions"), that verb's."""
    if anchors.get(noun.i) == noun.i:
        return noun.i
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i in anchors and _names_happening(noun):
        return anchors[noun.head.i]
    return None


def _clause_trigger(head: Token, anchors: dict[int, int]) -> int | None:
    """The one trigger of the clause a date sits in, if the clause has exactly one: a date in a
    trigger's own clause dates it ("the rig, which exploded April 20, killing 11 workers")."""
    head = _clause_of(head)
    owners = {trigger for token, trigger in anchors.items() if _clause_of(head.doc[token]).i == head.i}
    return owners.pop() if len(owners) == 1 else None


def _clause_of(token: Token) -> Token:
    """The head of the clause a token is in. A present participle adjunct without subject, marker or
    auxiliary ("..., killing 11 workers", "Speaking on Friday, ...") belongs to the clause of the
    verb it hangs on; a conjoined verb ("notified Wednesday, and it was confirmed Thursday")
    heads a clause of its own."""
    current = token
    while current.head.i != current.i and not _clause_head(current):
        current = current.head
    return current


def _clause_head(token: Token) -> bool:
    if token.dep_ == "conj":
        return token.pos_ in {"VERB", "AUX"}
    return token.dep_ in OWN_CLAUSE_DEPS and not _participle(token)


def _participle(token: Token) -> bool:
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in token.children)


def _describes_noun(token: Token, anchors: dict[int, int]) -> bool:
    """Whether a preposition modifies a noun that is no trigger and is the subject's name ("said
    Ortega, ... from 1988 to 1991") or the object of a preposition that itself modifies a noun
    ("the idea of an address in 1994"). A noun in a phrase on the verb ("met him at the
    championship in 1996") is left alone: there parsers often hang the verb's own date on the
    nearest noun; so is "of" (a year in a name, "the Health Security Act of 2009", is left out
    earlier by ``_in_name``)."""
    noun = token.head
    if token.dep_ != "prep" or noun.i in anchors or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.pos_ == "PROPN":
        return noun.dep_ in {"nsubj", "nsubjpass"} and token.lower_ != "of"
    return noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"}


def _happening_phrase(noun: Token) -> bool:
    """Whether a noun, or a noun compounded with it, names something that happens."""
    return any(_names_happening(t) for t in (noun, *noun.children) if t is noun or t.dep_ == "compound")


def _parallel_name(token: Token) -> bool:
    """Whether a preposition right after a conjoined name repeats a year phrase its first conjunct
    has ("in the style of Mandela in 1994 or Havel in 1990"): parsers hang the second phrase on
    the verb, but it describes the name as the first does."""
    if token.dep_ != "prep" or token.i == 0:
        return False
    name = token.doc[token.i - 1]
    name = name.head if name.dep_ == "case" else name  # "Havel's in 1990"
    first = name.head
    if name.pos_ != "PROPN" or name.dep_ != "conj" or first.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == token.lower_ and any(g.shape_ == "dddd" for g in c.children)
               for c in first.children)


def _harmed_in(noun: Token, anchors: dict[int, int]) -> bool:
    """Whether a dated happening is where a trigger verb took place ("killed in a 2015 airstrike",
    "injured during the May 3 raid"): the happening is how it came about, so its date is the verb's."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in {"in", "during"} and prep.head.i in anchors \
        and prep.head.pos_ == "VERB" and _names_happening(noun)


def _names_happening(noun: Token) -> bool:
    """Whether a noun names something that happens (an explosion, a quake, talks), not a thing."""
    lemma = noun.lemma_.lower()
    return lemma in HAPPENING_NOUNS or bool(definitions_for(lemma, True))


def _object_event(token: Token) -> bool:
    """Whether a token is a noun naming an event that is the object of a verb, so that a date
    inside its phrase is the date of that event, not of the proposing or agreeing."""
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and bool(definitions_for(token.lemma_.lower(), True))
