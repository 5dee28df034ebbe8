"""The date of each event a sentence reports: its own, another event's, or one the article gives.

Split out of ``events`` (which finds the events of a sentence and builds their mentions) because
choosing a date is a job of its own, with its own order of precedence (summarised in the ``events``
module docstring). Roughly: the event's own date in the sentence, the date of an event it happens
at, the sentence's general date, the reporting verb's date as a bound, the thread it continues,
a dated clause a stated distance away ("two days after the strike"), another event of the
sentence, the previous sentence after a connective, the talks that delegations presuppose, and
finally the paragraph, dateline or publication date kept by ``context.DocumentContext``; of those
last two, none for backstory told in the past (``date_backstory``: "the deputy was shot" in a story
about the verdict stays undated rather than take the verdict's day).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date as calendar_date, timedelta

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.arguments import predicate_of
from dossier.extract.context import FAMILIES, DocumentContext, join_thread, start_thread
from dossier.extract.date_backstory import is_backstory, note_sentence
from dossier.extract.date_shifts import main_clause, relative_days
from dossier.extract.date_content import CONTENT_TYPES, in_own_content
from dossier.extract.date_commemorated import commemorated
from dossier.extract.date_results import date_results, share_anchors
from dossier.extract.dating import DateValue, attach_dates, is_recalled
from dossier.extract.drafts import WEAK_TYPES, Draft
from dossier.extract.triggers import REPORTING
from dossier.timevalues import interval

T = models.EventType
S = models.EventStatus
REFERENCE_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until"})
SAME_TIME_PREPS = frozenset({"during", "at", "amid", "throughout"})
# Types of a relative clause that tells a happening's toll ("the accident that killed a woman").
TOLL_TYPES = frozenset({T.DEATH, T.ATTACK, T.DISASTER})
CONNECTIVES = frozenset({"those", "these", "this", "that", "then", "it", "at that time", "at the time",
                         "the same day", "that day", "on that day", "meanwhile"})


def date_sentence(drafts: list[Draft], sent: Span, timexes, context: DocumentContext) -> None:
    """Date the drafts of one sentence, and join or start the threads they belong to.

    Args:
        drafts: the sentence's drafts, described but not yet dated; their ``date``, ``date_source``,
            ``shift``, ``thread`` and (for a plan already past) ``status`` are set in place.
        sent: the sentence.
        timexes: the time expressions of the sentence.
        context: what earlier sentences of the article established; updated with the threads.
    """
    anchors = {}
    for draft in drafts:
        token = draft.trigger.token
        anchors[token.i] = token.i
        if _reference_point(token):
            continue  # the clause's date is not this event's: it happened before
        carrier = predicate_of(draft.trigger)
        if draft.trigger.nominal and token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX"}:
            carrier = token.head
        anchors.setdefault(carrier.i, token.i)
        if draft.trigger.nominal and token.dep_ == "pobj":
            anchors.setdefault(_adjunct_verb(token).i, token.i)
    anchors = {**share_anchors(drafts), **anchors}  # "Roe won 48% on Sunday": the vote's own day
    reporting = frozenset(d.trigger.token.i for d in drafts if d.event_type in WEAK_TYPES)
    report = sent.root.i if sent.root.lemma_.lower() in REPORTING and sent.root.i not in anchors else None
    published = context.published.value if context.published else None
    takers = frozenset(d.trigger.token.i for d in drafts if d.event_type in CONTENT_TYPES and not d.trigger.nominal)
    own, general = attach_dates(sent, timexes, anchors, reporting, report, published, takers)
    for draft in drafts:
        draft.shift = relative_days(draft.trigger.token)
        if draft.shift is None and not draft.trigger.nominal:
            draft.shift = relative_days(predicate_of(draft.trigger))
    report_date = own.pop(report, None) if report is not None else None
    for draft in drafts:
        if draft.trigger.token.i in own:
            draft.date, draft.date_source = own[draft.trigger.token.i], "sentence"
    _link_same_time(drafts)  # "agreed at the talks on 15 May": the talks' own date, not the sentence's
    _date_from_toll(drafts)  # "an accident that killed a woman Friday night": the accident's day
    for draft in drafts:
        if draft.date is None and general is not None and not _reference_point(draft.trigger.token):
            draft.date, draft.date_source = general, "sentence"
        elif draft.date is None and report_date is not None:  # "..., he said on Tuesday": a bound, not a date
            draft.date, draft.date_source = report_date, "document"
    for draft in drafts:
        join_thread(draft, context)
    shifted: list[tuple[Draft, bool]] = []
    _link_same_time(drafts)
    _date_from_clause(drafts, own)
    dated = [d for d in drafts if d.date is not None and not d.background and _donor(d) and d.shift is None
             and not is_recalled(d.date)]
    for draft in drafts:
        donors = [d for d in dated if _shares_clause(d.trigger.token, draft.trigger.token)]
        if draft.date is None and donors and not _reference_point(draft.trigger.token):
            draft.date, draft.date_source = donors[0].date, "document"
        if draft.date is None and _opens_with_connective(sent) and context.previous_date \
                and not _reference_point(draft.trigger.token) \
                and not (_present_tense(draft) and context.long_before(context.previous_date)):
            draft.date, draft.date_source = context.previous_date, "document"
        if draft.date is None and not draft.background:
            _bridge_to_talks(draft, sent, context)
        if draft.date is None and _reference_point(draft.trigger.token):
            # "after the earthquake": earlier than the text around it, by how much it does not say;
            # dated like a report of unknown day, it may join the event it refers back to.
            draft.date, draft.date_source = context.published, "publication"
        if draft.date is None:
            draft.date, draft.date_source = context.fallback(draft.index, draft.paragraph,
                                                             present=_present_tense(draft))
            if (draft.date, draft.date_source) == context.lead and in_own_content(draft, sent, timexes, draft.date):
                draft.date, draft.date_source = context.published, "publication"
            _narrated(draft, context)
        if draft.date is not None and draft.trigger.token.i not in own and commemorated(draft.trigger.token):
            draft.date = None  # "paid tribute Friday to the bombing victims": the bombing came before
        by_publication = draft.date_source == "publication"
        if draft.date is not None and (by_publication or (draft.date, draft.date_source) == context.lead) \
                and is_backstory(draft, context, past=_past_frame(draft) and not _present_tense(draft),
                                 pluperfect=_told_in_pluperfect(draft), reference=_reference_point(draft.trigger.token),
                                 by_publication=by_publication):
            draft.date = None  # "the deputy was shot outside an apartment" in a story about the verdict
        if draft.shift and draft.trigger.token.i not in own and not draft.anaphoric:
            shifted.append((draft, draft.date_source == "sentence"))
            draft.date, draft.date_source = _moved(draft.date, draft.shift), "document"
        _past_not_after_publication(draft, context)
        if draft.thread is None and draft.event_type in FAMILIES and draft.trigger.nominal and not draft.part:
            start_thread(draft, context)
        _past_is_not_planned(draft, context)
        if is_recalled(draft.date):
            # "since the Sept. 11 attacks": a recalled happening of untold year, whose day must not
            # pass to the paragraph or the next sentence
            draft.background = True
    _shift_from_main_clause(shifted, drafts, general)
    date_results(drafts, own, context)  # "released on Friday an update giving Roe 48%": not Friday's vote
    latest = max((d.date.value for d in drafts if d.date_source == "sentence" and _is_day(d.date)), default="")
    for draft in drafts:
        if draft.date_source == "sentence" and not draft.background and draft.shift is None \
                and draft.status == S.HAPPENED and _is_day(draft.date) and draft.date.value >= latest \
                and (draft.trigger.token.tag_ in {"NN", "NNS"} or _past_verb(draft.trigger.token)):
            # not "with the purpose of killing him"; nor a cause the sentence dates before its news
            # ("marches on Sunday in anger at the shooting a week ago")
            context.narrated[draft.event_type] = draft.date
            if draft.event_type == T.DEATH and _killed_by_someone(draft.trigger.token):
                context.narrated[T.ATTACK] = draft.date  # "Gunmen killed a guard on Saturday": an attack's day too
    note_sentence(drafts, sent, context)


def _killed_by_someone(token: Token) -> bool:
    """Whether a death is told as someone's doing: an active verb with a subject ("gunmen killed a
    guard"), or a passive with an agent ("was killed by gunmen"), not "died"."""
    children = list(token.children)
    return token.pos_ == "VERB" and (
        any(c.dep_ == "nsubj" for c in children) and any(c.dep_ == "dobj" for c in children)
        or any(c.dep_ == "agent" for c in children))


def _is_day(value: DateValue | None) -> bool:
    return value is not None and value.precision == models.Precision.DAY and len(value.value) == 10


def _shift_from_main_clause(shifted: list[tuple[Draft, bool]], drafts: list[Draft],
                            general: DateValue | None = None) -> None:
    """Count a measured distance ("her death came a day after a guide was killed") from the date
    given to the main clause's event, else from a day the clause states ("closed on Sunday, a day
    after ...": ``stated``) or the sentence gives to no event in particular ("on Monday proclaimed
    him president-elect, a day after the vote": ``general``). With none ("was heard boasting two
    weeks after his death") the shifted event stays undated: counted from the publication or
    paragraph day, it would fall on a day nothing in the text gives."""
    for draft, stated in shifted:
        main = main_clause(draft.trigger.token) or main_clause(predicate_of(draft.trigger))
        tellers = [d for d in drafts if d is not draft and d.shift is None and main is not None and _tells(d, main)]
        donor = next((d for d in tellers if d.date is not None and d.date_source != "publication"), None)
        if donor is not None:
            draft.date, draft.date_source = _moved(donor.date, draft.shift), "document"
        elif not tellers and not stated and _is_day(general):
            draft.date, draft.date_source = _moved(general, draft.shift), "document"
        elif not tellers and not stated:
            draft.date, draft.date_source = None, "publication"


def _tells(draft: Draft, head: Token) -> bool:
    """Whether a draft is the event a clause head tells: the trigger itself, the verb carrying
    it, or a trigger noun that is the verb's subject ("her death came ...")."""
    token = draft.trigger.token
    return head.i in {token.i, predicate_of(draft.trigger).i} or (
        token.dep_ in {"nsubj", "nsubjpass"} and token.head.i == head.i)


def _narrated(draft: Draft, context: DocumentContext) -> None:
    """An undated report told in the simple past, which only the lead or the publication would date,
    takes the day the article last stated for a happening of its type: a news story states the day
    of its shooting or arrest once and tells the rest of it undated ("the gunman fatally shot her",
    "police arrested him at a motel"). A date of its own paragraph still comes first."""
    narrated = context.narrated.get(draft.event_type)
    if narrated is None or draft.event_type in WEAK_TYPES or draft.status != S.HAPPENED or draft.background:
        return
    if draft.date_source != "publication" and (draft.date, draft.date_source) != context.lead:
        return
    if _told_in_past(draft) and not (context.published and narrated.value > context.published.value):
        draft.date, draft.date_source = narrated, "document"


def _told_in_past(draft: Draft) -> bool:
    """Whether the verb telling an event is a simple past, active or passive ("shot", "was shot"),
    not a pluperfect (a time before the story's) nor a present. A trigger noun that is the subject
    of a verb is told by that verb ("her death came a day after ...")."""
    token = draft.trigger.token
    if draft.trigger.nominal and token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        return _past_verb(token.head)
    return _past_verb(predicate_of(draft.trigger))


def _past_frame(draft: Draft) -> bool:
    """Whether an event is told in the simple past, by its own verb or, for a noun in a time or
    place adjunct, by the verb the adjunct hangs on ("a gun was recovered during the arrest")."""
    token = draft.trigger.token
    if draft.trigger.nominal and token.dep_ == "pobj" and token.head.lower_ in SAME_TIME_PREPS:
        return _past_verb(_adjunct_verb(token))
    return _told_in_past(draft)


def _told_in_pluperfect(draft: Draft) -> bool:
    """Whether the verb telling an event is a pluperfect ("had been shot", "had fled"), directly or
    through the participle it governs ("had won a medal for shooting a robber"), outside what a verb
    of saying reports: a time before the one the story is at."""
    token = draft.trigger.token
    verb = token.head if draft.trigger.nominal and token.dep_ in {"nsubj", "nsubjpass"} \
        and token.head.pos_ in {"VERB", "AUX"} else predicate_of(draft.trigger)
    while verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "advcl", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head.head if verb.head.dep_ == "prep" else verb.head  # "had won a medal for shooting"
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return bool(auxiliaries) and auxiliaries[0] in {"had", "'d"} and not _reported(verb)


def _reported(verb: Token) -> bool:
    """Whether a clause is what a verb of saying reports ("said they had agreed"): its pluperfect is
    the shift of tense after "said", not a time before the story's."""
    return any(a.lemma_.lower() in REPORTING for a in verb.ancestors) and any(
        t.dep_ == "ccomp" for t in [verb, *verb.ancestors])


def _past_verb(verb: Token) -> bool:
    """Whether a verb is a simple past, active or passive, or a participle adjunct of one."""
    while verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head  # "fired at him, hitting him in the chest": the participle shares its head's time
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and bool(auxiliaries) and all(
        a.lower_ in {"was", "were"} for a in auxiliaries)


def _present_tense(draft: Draft) -> bool:
    """Whether the verb telling an event is present or present perfect ("has started spilling",
    "is leaking", "says"), directly or through the verb it completes."""
    verb = predicate_of(draft.trigger)
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and verb.tag_ in {"VBG", "VB", "VBN"}:
        verb = verb.head
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return bool(tags & {"VBZ", "VBP"}) and "MD" not in tags and "VBD" not in tags


def _date_from_clause(drafts: list[Draft], own: dict[int, DateValue]) -> None:
    """"The talks opened two days after the strike on 3 May": an undated main-clause event lies
    the stated distance from the dated event of its "after"/"before" clause."""
    for clause in drafts:
        if not clause.shift or clause.trigger.token.i not in own:
            continue
        for draft in drafts:
            if draft.date is None and draft.shift is None:
                draft.date, draft.date_source = _moved(clause.date, -clause.shift), "document"


def _moved(value: DateValue | None, days: int) -> DateValue | None:
    """A day-precision date moved by some days; coarser dates stay as they are."""
    if value is None or value.precision != models.Precision.DAY or len(value.value) != 10:
        return value
    try:
        day = calendar_date.fromisoformat(value.value)
    except ValueError:
        return value
    return replace(value, value=(day + timedelta(days=days)).isoformat(), stated=None)


def _adjunct_verb(noun):
    """The verb a prepositional phrase hangs from ("to come out of the meeting on May 16"): its
    undated clause's date is the noun's when no trigger claims it."""
    current = noun
    while current.dep_ in {"pobj", "prep"} and current.head.i != current.i:
        current = current.head
    return current


def _past_is_not_planned(draft: Draft, context: DocumentContext) -> None:
    """A dated event that lies wholly before publication is no longer planned ("after the first
    round of talks in May" inside "would take a back seat"). A weekday of the past week ("is
    expected on Sunday") counted backwards is the slip instead: the plan keeps its status, not the date."""
    if draft.status != S.PLANNED or draft.date_source != "sentence" or context.published is None:
        return
    span, published = interval(draft.date.value) if draft.date else None, interval(context.published.value)
    if not (span and published and span[1] < published[0]):
        return
    if draft.date.relative and draft.date.precision == models.Precision.DAY and (published[0] - span[1]).days < 7:
        draft.date, draft.date_source = context.published, "publication"
    else:
        draft.status = S.HAPPENED


def _date_from_toll(drafts: list[Draft]) -> None:
    """A happening noun whose relative clause tells its toll ("the accident that killed a woman on
    Friday", "a blast which destroyed the depot in May") happened when the toll did: the clause's
    dated killing or destroying is the happening seen from its victims."""
    for draft in drafts:
        token = draft.trigger.token
        if draft.date is not None or not draft.trigger.nominal:
            continue
        for other in drafts:
            clause = other.trigger.token
            if other.date is None or other.event_type not in TOLL_TYPES or other.date_source != "sentence" \
                    or clause.dep_ != "relcl" or clause.head.i != token.i:
                continue
            if any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in clause.children):
                draft.date, draft.date_source = other.date, "sentence"
                break


def _past_not_after_publication(draft: Draft, context: DocumentContext) -> None:
    """A happening told in the simple past ("It took the jury two hours") is no later than the
    article: a date borrowed from a sentence before or a thread ("... when he is sentenced May 7.
    It took the jury two hours") that lies after publication is not its date, and it falls back
    to the paragraph, lead or publication date (the publication day if that is later still)."""
    if draft.date_source != "document" or draft.status != S.HAPPENED or context.published is None \
            or draft.date is None or not _told_in_past(draft):
        return
    span, published = interval(draft.date.value), interval(context.published.value)
    if not (span and published and span[0] > published[1]):
        return
    draft.date, draft.date_source = context.fallback(draft.index, draft.paragraph)
    span = interval(draft.date.value) if draft.date else None
    if span is None or span[0] > published[1]:
        draft.date, draft.date_source = context.published, "publication"


def _reference_point(token: Token) -> bool:
    """An event named to place another in time ("Last Wednesday, after the earthquake, I left"):
    the sentence's date is the other's, so it does not date this one."""
    return token.dep_ == "pobj" and token.head.lower_ in REFERENCE_PREPOSITIONS


def _donor(draft: Draft) -> bool:
    """Whether an event's date may pass to the undated events of its sentence: not from a time
    adjunct ("after the first round of talks in May" does not date the main clause)."""
    token = draft.trigger.token
    return not draft.trigger.nominal or token.dep_ in {"nsubj", "nsubjpass", "dobj", "ROOT"}


def _link_same_time(drafts: list[Draft]) -> None:
    """An event "during"/"at" another shares its date ("agreed ... at the meeting on Monday")."""
    by_carrier = {predicate_of(d.trigger).i: d for d in drafts}
    by_carrier.update({d.trigger.token.i: d for d in drafts})
    for draft in drafts:
        token = draft.trigger.token
        if not (draft.trigger.nominal and token.dep_ == "pobj" and token.head.lower_ in SAME_TIME_PREPS):
            continue
        other = by_carrier.get(token.head.head.i)
        if other is None or other is draft:
            continue
        if draft.date is None and other.date is not None:
            draft.date, draft.date_source = other.date, other.date_source
        elif other.date is None and draft.date is not None:
            other.date, other.date_source = draft.date, draft.date_source


def _bridge_to_talks(draft: Draft, sent: Span, context: DocumentContext) -> None:
    """"Kyiv's delegation gave Moscow a list": the delegations presuppose the talks, so an undated
    event they take part in is dated like the article's talks."""
    if not any(t.lemma_.lower() in {"delegation", "negotiator"} and not _in_relative_clause(t) for t in sent):
        return  # "the talks, where delegations met": the delegations describe the talks, not this event
    thread = context.antecedent("talks", T.NEGOTIATION, None, draft.index)
    if thread is not None and thread.date is not None and thread.date_source != "publication":
        draft.date, draft.date_source = thread.date, "document"


def _shares_clause(donor: Token, token: Token) -> bool:
    """Whether an event's date may pass to another of its sentence: not out of a relative or
    adjectival clause the other is not in ("the envoy, who fought there in 1992, signed ...")."""
    clause = next((a for a in [donor, *donor.ancestors] if a.dep_ in {"relcl", "acl"}), None)
    return clause is None or clause.left_edge.i <= token.i <= clause.right_edge.i


def _in_relative_clause(token: Token) -> bool:
    return any(a.dep_ in {"relcl", "acl"} for a in [token, *token.ancestors])


def _opens_with_connective(sent: Span) -> bool:
    opening = sent[:4].text.lower()
    return sent[0].lower_ in CONNECTIVES or any(opening.startswith(c) for c in CONNECTIVES if " " in c)
