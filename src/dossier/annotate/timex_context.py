"""What a time expression is resolved against: the publication date, the last date the text
fixed, the sentence it sits in and the tense around it; and the record a rule returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dossier.annotate.timex_lexicon import (
    FORWARD_PREPOSITIONS, FUTURE_CUES, MODAL_CUES, MODAL_PASSIVE, MONTH_AHEAD_CUES, PAST_AUXILIARY,
)
from dossier.lead_weekdays import is_prose, names_other_weekday
from dossier.models import Anchor, Precision, TimexType

_FUTURE = re.compile(FUTURE_CUES, re.IGNORECASE)
_PAST_AUXILIARY = re.compile(PAST_AUXILIARY, re.IGNORECASE)
_FORWARD = re.compile(FORWARD_PREPOSITIONS, re.IGNORECASE)
_MODAL_PASSIVE = re.compile(MODAL_PASSIVE, re.IGNORECASE)
_MODAL = re.compile(MODAL_CUES, re.IGNORECASE)
_MONTH_AHEAD = re.compile(MONTH_AHEAD_CUES, re.IGNORECASE)
# A determiner (and an adverb) before an -ed word makes it an adjective, not a past tense: "a
# still unspecified date", "the proposed merger", "its newly elected board".
# "That" is left out: before an -ed word it is mostly a relative pronoun ("the unit that arrived
# on Thursday"), whose verb is a past tense. A verb of staying before an -ed word makes it an
# adjective too ("will stay closed", "remained shut"), so the copula's own tense governs.
_ADJECTIVE_ED = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|these|those"
                           r"|stays?|stayed|staying|remains?|remained|remaining)\s+(?:[a-z]+ly\s+|still\s+)?$",
                           re.IGNORECASE)
# A past perfect ("had filed by Wednesday") keeps a deadline in the past.
_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_BOUND = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
# A present progressive ending within a few words before a weekday: "are meeting (the donors) on".
_ARRANGED = re.compile(r"(?:'re|'m|\bis|\bare|\bam)\s+(?!being\b)[a-z]{3,}ing\b(?:\s+[\w']+){0,4}\s*$",
                       re.IGNORECASE)
# What may stand between a past verb and the date it governs for the date to be the verb's own
# time ("ended Jan. 31", "fell in November"), not an argument's ("extended to Nov. 20").
_VERB_TO_DATE = re.compile(r"\s+(?:(?:on|in|at|during|last)\s+)?", re.IGNORECASE)
# A participle after a present "is" is a present passive ("closing is expected in December").
_PRESENT_AUXILIARY = re.compile(r"\b(?:is|are|am|be|being|'s|'re)\s+$", re.IGNORECASE)
ARRANGED_WINDOW = 60
# Without a publication date, the lead's dates (dateline, headline, first sentence) are the
# article's now: many reports open with a dateline, a headline and the lead sentence.
LEAD_SENTENCES = 3
# How many sentences back a day, week or month the narrative fixed still anchors deictic words
# without a publication date: a report of the Istanbul corpus names a weekday and day two sentences
# after "the day before" (measured 2026-11-23); four sentences on, ECB+ 19_6 was decades off.
NARRATIVE_REACH = 2
# A bound before an expression: "since 1958", "until her death in 1999", "through 2031".
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through)\b[^,;.()]{0,25}$", re.IGNORECASE)
# What may precede a deadline phrase that opens its clause: nothing, a quote mark, "and" or "but".
_CLAUSE_OPENING = re.compile(r"(?:^|\b(?:and|but)\s*,?)\s*[\"'“‘`]*\s*$", re.IGNORECASE)
# A modal or a contracted one before a past form: a future or conditional perfect ("will have
# stopped", "we'd have been"), no plain past.
_MODAL_WORD = re.compile(r"\b(?:will|would|shall|should|could|might|must|may)\b|'ll\b|'d\b", re.IGNORECASE)
# A present auxiliary: the clause after it is told in the present.
_PRESENT_WORD = re.compile(r"\b(?:is|are|am|has|have)\b|'re\b", re.IGNORECASE)
PERFECT_WINDOW = 50  # characters either side: about the clause the deadline sits in
# A day right after a determiner premodifies a noun ("a repeat of the April 20 blast"): it names
# an event, not the day the narrative is on.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|its|this|that)\s+$", re.IGNORECASE)
# A clock time opening a sentence with a colon is a live report's time stamp ("3.17 pm: So ...").
_TIME_STAMP = re.compile(r"\s*\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?\s*:", re.IGNORECASE)
# A clock time written alone, with no day word ("10pm", "about 3:30", "noon").
_BARE_CLOCK = re.compile(r"(?:(?:about|around|approximately)\s+)?(?:\d|noon\b|midnight\b|midday\b)", re.IGNORECASE)
# Past-tense cues: common irregular past forms and regular -ed verbs. The -ed forms are
# lower-case ("United" and "Limited" are names) and leave out words that only end in -ed
# ("hundred", "need", "proceed").
_PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|met|held|came|went|began|took|gave|made|saw|left|fell"
    r"|rose|won|lost|spoke|sent|struck|brought|fled|fought|found|kept|led|paid|ran|shot|sold"
    r"|became|bought|built|chose|drew|drove|flew|got|grew|heard|knew|stood|thought|threw|wrote"
    r"|(?-i:(?!hundred|indeed|need|proceed|exceed|succeed|speed|feed|seed|breed)[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
# Past forms of saying: the report is past, what it reports need not be.
_SAYING = frozenset({"said", "told", "added", "noted", "stated", "reported", "claimed", "wrote", "explained"})
# Units whose calendar value can serve as a later reference ("the day before").
REFERENCE_PRECISIONS = {
    Precision.DAY: "D", Precision.TIME: "D", Precision.WEEK: "W", Precision.MONTH: "M",
    Precision.QUARTER: "Q", Precision.SEASON: "M", Precision.YEAR: "Y",
}


@dataclass(frozen=True, slots=True)
class Resolved:
    """What one rule made of one match; ``point`` is the first day it denotes, if any."""

    timex_type: TimexType
    value: str | None
    precision: Precision
    anchor: Anchor
    point: date | None = None
    flag: str | None = None
    suggested_value: str | None = None
    # Comparisons ("a year earlier") do not move the story's reference date; narration does.
    sets_reference: bool = True
    # A weekday or "yesterday" counted from the text's own day (no publication date) says where
    # the narrative is, but is no new "now" for the next weekday: counted from each other, "on
    # Monday ... Tuesday ... on Wednesday" would step back a week at a time (see ``Context.now``).
    moves_now: bool = True


@dataclass(slots=True)
class Context:
    """Mutable state carried through one document, in text order.

    ``reference`` is the last calendar date the text fixed, at the granularity ``reference_unit``
    ("D", "W", "M", "Q", "Y"): anaphoric expressions ("the day before", "a year earlier")
    count from it. ``now`` is the same but for deictic words in an article with no publication
    date: it skips values that were themselves counted deictically from the text (``moves_now``),
    so every weekday counts from the day the text fixed, never from the weekday before it.
    """

    text: str
    dct: date | None
    sentence: tuple[int, int] = (0, 0)
    reference: date | None = None
    reference_unit: str = "D"
    last_quarter: tuple[int, int] | None = None
    reference_sentence: int = -1
    now: date | None = None
    now_unit: str = "D"
    now_sentence: int = -1
    now_given: int = -1  # the sentence that gave ``now`` (``now_sentence`` follows the narrative on)
    sentence_days: dict[int, list[tuple[int, date]]] = field(default_factory=dict)
    sentence_index: int = 0
    bounds: list[tuple[int, int]] = field(default_factory=list)  # every sentence's (start, end)
    # Start offsets of days no later clock time may borrow: premodifiers of a noun, and clock
    # times that were put on the publication day for want of a day of their own.
    not_narrative: set[int] = field(default_factory=set)

    def base(self) -> tuple[date | None, Anchor]:
        """The date deictic words count from: publication, else the text's own last date when
        it may stand for the article's now (``_anchors_news``), else nothing."""
        if self.dct is not None:
            return self.dct, Anchor.PUBLICATION
        if self.now is not None and self._anchors_news():
            return self.now, Anchor.TEXT
        return None, Anchor.NONE

    def _anchors_news(self) -> bool:
        """Whether, with no publication date, the text's last date may anchor "on Friday", "last
        month", "Today" or a bare "Nov. 26".

        Decision: such words tell the article's own news, so they count only from a day, week or
        month the lead gives (its first LEAD_SENTENCES sentences: dateline, headline, first
        sentence) or the narrative fixed at most NARRATIVE_REACH sentences back ("In May 1970
        students rose. On May 4 troops came"), or from a year the lead names in the
        sentence just before ("The strike began in 2019. On June 9, ..."). A year named alone
        elsewhere is background ("as it went in 1994", "the last foreign host was in 1985", "the
        2011 and 2012 galas"): counting from it dates the news decades off, so the expression
        stays unresolved instead. A bound ("since 1958", "until her death in 1999") is never
        remembered (``remember``). Anaphoric words ("the next day", "a year later") still count
        from any earlier date (``anaphor_base``).
        """
        in_lead = self.now_sentence < LEAD_SENTENCES
        if self.now_unit == "D" and self._told_on_other_day():
            return False
        if self.now_unit == "Y":
            return in_lead and self.now_sentence >= self.sentence_index - 1
        return in_lead or self.now_sentence >= self.sentence_index - NARRATIVE_REACH

    def _told_on_other_day(self) -> bool:
        """Whether the text, up to the prose sentence giving its day, tells its news on another
        weekday (``names_other_weekday``): the day is then the backstory's, not the article's now.
        A dateline or header is no prose, and its day is the article's."""
        if self.now is None or not 0 <= self.now_given < len(self.bounds):
            return False
        lo, hi = self.bounds[self.now_given]
        return is_prose(self.text[lo:hi]) and names_other_weekday(self.text[:hi], self.now)

    def anaphor_base(self) -> tuple[date | None, Anchor]:
        """The date anaphoric words count from: the text's last date, else publication."""
        if self.reference is not None:
            return self.reference, Anchor.TEXT
        if self.dct is not None:
            return self.dct, Anchor.PUBLICATION
        return None, Anchor.NONE

    def leans_future(self, start: int, end: int, *, modal: bool = False) -> bool:
        """Whether the tense cue governing the expression looks forward.

        A deadline word right before it ("until", "by") looks forward. Otherwise the cue is the
        nearest one before the expression in its sentence (the verb a temporal adjunct hangs on
        usually precedes it), else the nearest one after it. With ``modal``, a modal of possibility
        looks forward too ("might lose the seat in November"). A present tense of a scheduled
        event ("the summit, which begins Monday") does not: tried on 2026-11-23, it lowered
        Timeline17 AR-1/AR-2 (0.1672/0.0509 -> 0.1656/0.0494) for no TempEval-3 gain.
        """
        lo, hi = self.sentence
        possessive = self.text[end:end + 2] in {"'s", "\u2019s"}  # "hurt by Tuesday's quake": no deadline
        forward = None if possessive else _FORWARD.search(self.text, max(lo, start - 20), start)
        if forward and not _PERFECT.search(self.text, max(lo, start - PERFECT_WINDOW), min(hi, end + PERFECT_WINDOW)):
            return not self._fronted_past(forward.start(), end)
        cues = self._cues(start, end, modal=modal)
        before = [cue for cue in cues if cue[1] <= start]
        if before:
            return max(before, key=lambda cue: (cue[1], cue[2]))[2]
        after = [cue for cue in cues if cue[0] >= end]
        return bool(after) and min(after, key=lambda cue: (cue[0], not cue[2]))[2]

    def _fronted_past(self, deadline: int, end: int) -> bool:
        """Whether a deadline phrase opens its clause and the clause then tells the past: "by
        Thursday night the pair were reunited" says what had happened by then, as a past perfect
        does. Verbs of saying are passed over ("By Friday, officials said, aid will arrive")."""
        lo, _ = self.sentence
        if not _CLAUSE_OPENING.search(self.text, lo, deadline):
            return False
        after = sorted(cue for cue in self._cues(deadline, end, modal=True) if cue[0] >= end
                       and self.text[cue[0]:cue[1]].lower() not in _SAYING)
        return bool(after) and not after[0][2] and not _MODAL_WORD.search(self.text, end, after[0][0])

    def governed_by_past(self, start: int) -> bool:
        """Whether the nearest tense cue before ``start`` in its sentence is a past form other than
        saying, with no present auxiliary after it ("the fair ran from Monday", not "a campaign
        called Seize BP is protesting from Thursday")."""
        lo, _ = self.sentence
        before = [cue for cue in self._cues(start, start, modal=True) if cue[1] <= start]
        if not before:
            return False
        cue_start, cue_end, future, _ = max(before, key=lambda cue: (cue[1], cue[2]))
        if future or self.text[cue_start:cue_end].lower() in _SAYING:
            return False
        return not _PRESENT_WORD.search(self.text, cue_end, start)

    def leans_past(self, start: int, end: int) -> bool:
        """Whether a past verb right before the expression governs it ("the year ended Jan. 31",
        "sales fell in November"): what the text tells as done is no later than publication.

        The verb must be the nearest cue and stand next to the expression, with at most "on" or
        "in" between: a date after other words may belong to the verb's object ("extended the
        offer to Nov. 20"). A verb of saying does not count (its past is the report's), nor a
        plan put in the past ("was scheduled for"), nor a present passive ("is expected in"),
        nor a deadline word ("by", "until").
        """
        lo, _ = self.sentence
        if _FORWARD.search(self.text, max(lo, start - 20), start):
            return False
        before = [cue for cue in self._cues(start, end, modal=True) if cue[1] <= start]
        if not before:
            return False
        cue_start, cue_end, future, told = max(before, key=lambda cue: (cue[1], cue[2]))
        adjacent = _VERB_TO_DATE.fullmatch(self.text, cue_end, start) is not None
        passive = _PRESENT_AUXILIARY.search(self.text, max(lo, cue_start - 12), cue_start) is not None
        return adjacent and told and not future and not passive and self.text[cue_start:cue_end].lower() not in _SAYING

    def _cues(self, start: int, end: int, *, modal: bool) -> list[tuple[int, int, bool, bool]]:
        """The tense cues of the current sentence outside the expression: ``(start, end,
        looks_forward, is_a_past_form)``; a past form after a modal passive looks forward."""
        lo, hi = self.sentence
        cues = []
        patterns = ((_FUTURE, True), (_PAST, False)) + (((_MODAL, True), (_MONTH_AHEAD, True)) if modal else ())
        for pattern, future in patterns:
            for cue in pattern.finditer(self.text, lo, hi):
                if start <= cue.start() < end or not future and self._adjective(cue):
                    continue
                window = max(lo, cue.start() - 16)
                demoted = future and _PAST_AUXILIARY.search(self.text, window, cue.start())
                # "will be formally sentenced": room for an adverb between "be" and the participle
                promoted = not future and _MODAL_PASSIVE.search(self.text, max(lo, cue.start() - 30), cue.start())
                cues.append((cue.start(), cue.end(), bool(future and not demoted or promoted), not future))
        return cues

    def _adjective(self, cue: re.Match) -> bool:
        """Whether a past-tense cue is an -ed adjective after a determiner ("the proposed deal")."""
        word = cue.group()
        return word.endswith("ed") and bool(_ADJECTIVE_ED.search(self.text, max(0, cue.start() - 30), cue.start()))

    def arranged(self, start: int) -> bool:
        """Whether a present progressive comes right before the expression in its clause ("we're
        meeting on Saturday", "the team is flying home Sunday"): English tells an arrangement
        ahead so. Used for weekdays only: applied to every expression it lowered TempEval-3."""
        lo, _ = self.sentence
        return bool(_ARRANGED.search(self.text, max(lo, start - ARRANGED_WINDOW), start))

    def looks_forward_anywhere(self) -> bool:
        """Whether any word of the current sentence looks forward or is a modal of possibility."""
        lo, hi = self.sentence
        return bool(_FUTURE.search(self.text, lo, hi) or _MODAL.search(self.text, lo, hi))

    def tells_past(self) -> bool:
        """Whether the current sentence has a past tense other than a verb of saying, whose past
        is the report's, not the reported happening's ("said the summit is key")."""
        lo, hi = self.sentence
        return any(cue.group().lower() not in _SAYING for cue in _PAST.finditer(self.text, lo, hi))

    def remember(self, resolved: Resolved, start: int) -> None:
        """Make a resolved calendar value the reference for what follows."""
        unit = REFERENCE_PRECISIONS.get(resolved.precision)
        if resolved.point is None or unit is None or not resolved.sets_reference:
            return
        if self.dct is None and _BOUND_BEFORE.search(self.text, max(self.sentence[0], start - 30), start):
            return  # "in power since 1958": a bound, not the time the text is at (see _anchors_news)
        self.reference, self.reference_unit = resolved.point, unit
        self.reference_sentence = self.sentence_index
        if resolved.moves_now:
            self.now, self.now_unit, self.now_sentence = resolved.point, unit, self.sentence_index
            self.now_given = self.sentence_index
        else:  # "tonight", "on Friday" counted from the text's day: the text is still in that day's week
            self.now_sentence = self.sentence_index
        if unit == "D":
            self.sentence_days.setdefault(self.sentence_index, []).append((start, resolved.point))
            if not self._narrative(resolved, start):
                self.not_narrative.add(start)
        if unit == "Q":
            self.last_quarter = (resolved.point.year, (resolved.point.month - 1) // 3 + 1)

    def sentence_day(self, position: int) -> date | None:
        """The day named nearest to a position in the current sentence, if any. A day behind a
        bound ("from 18:00 until the end of Sunday") ends a span the time opens: it is not the
        time's day."""
        days = [(start, day) for start, day in self.sentence_days.get(self.sentence_index, [])
                if not (start > position and _BOUND.search(self.text, position, start))]
        if not days:
            return None
        return min(days, key=lambda item: abs(item[0] - position))[1]

    def _narrative(self, resolved: Resolved, start: int) -> bool:
        """Whether a day may be the day a later clock time is on: not a day premodifying a noun
        ("at the midday briefing" after "a repeat of the April 20 blast"), nor a bare clock time
        put on the publication day ("3 o'clock", then "The rig blew up at 10pm")."""
        if _DETERMINER_BEFORE.search(self.text, max(0, start - 6), start) and self.text[start:start + 1].isalnum():
            return False
        # A clock time that names a day of its own ("about 8.40am on Saturday") was not guessed:
        # only one put on the publication day itself was.
        guessed = resolved.precision is Precision.TIME and resolved.anchor is Anchor.PUBLICATION \
            and resolved.point == self.dct
        return not (guessed and _BARE_CLOCK.match(self.text, start))

    def recent_day(self, sentences: int) -> date | None:
        """The last day named in the ``sentences`` sentences before this one, if any. Read from
        ``sentence_days``, so it holds for rules resolved after the whole text (clock times).
        A sentence opening with a time stamp ("3.17 pm: ...") is on no earlier sentence's day,
        and days that are not the narrative's (``not_narrative``) are passed over."""
        lo, hi = self.sentence
        if _TIME_STAMP.match(self.text, lo, hi):
            return None
        for back in range(1, sentences + 1):
            days = self.sentence_days.get(self.sentence_index - back)
            if days:
                narrative = [item for item in days if item[0] not in self.not_narrative]
                return max(narrative)[1] if narrative else None
        return None

    def event_day(self, noun: str) -> date | None:
        """The day named in the latest earlier sentence that mentions an event noun ("the swap").

        "The day before the swap" counts from the swap, which the text has usually dated a few
        sentences back ("exchanged 246 prisoners on Saturday, 19 April, in one of the largest
        swaps"): any form of the word ("swaps", "voted" for "vote") counts.
        """
        stem = re.compile(rf"\b{re.escape(noun[: max(4, len(noun) - 2)])}", re.IGNORECASE)
        for index in sorted(self.sentence_days, reverse=True):
            if index < self.sentence_index and index < len(self.bounds):
                lo, hi = self.bounds[index]
                if stem.search(self.text, lo, hi):
                    return self.sentence_days[index][0][1]
        return None
