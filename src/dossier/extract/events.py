"""Event mentions of one annotated article: who did what to whom, when, where, how many, how sure.

Reads an annotated spaCy ``Doc`` (names, time expressions, quantities and quotes on ``doc._.dossier_*``)
and returns ``EventMention`` records, one per event type per sentence:

- triggers and their types come from ``triggers`` (ontology words that pass syntactic checks), plus
  a stage of an event named without a trigger word ("In the first stage on Friday, ...", see
  ``context.part_reference``); a relative clause with a day of its own ("the swap that was agreed
  at the talks on 15 May") reports its events, and events inside reported speech keep the speaker
  in ``reported_by``; a list of agreements after a verb of outcome ("resulted in several agreements:
  A, B and C") gives one agreement per item, each about what its own words name (``listed_drafts``);
- the date is the sentence's own (``date_source="sentence"``), else one inherited from the article
  (``"document"``: the thread the mention continues, another event of the sentence, the previous
  sentence when this one opens with "Those"/"At that time", the paragraph, the dateline), else the
  publication date (``"publication"``). An event at another ("agreed at the talks on 15 May")
  shares its date before any sentence-wide one; the date of the reporting verb heading the sentence
  ("..., the minister said on Tuesday") dates what is reported only as ``"document"``; an event in a
  measured "a day after ..." clause takes the main clause's date moved by that distance, and the
  main clause takes its dated clause's date moved back;
- roles and place come from ``arguments``, numbers from ``quantity_roles``, the status from
  ``status``, the dates from ``sentence_dates``; an exchange or agreement to exchange whose size
  the article states in another sentence takes it from there (``counts``); a toll ("the death toll
  from the quake rose to N", "26 deaths from swine flu") sizes the happening it is the toll of, or
  naming none is a mention of the kind of harm the article told of last (``tolls``); a killing naming no killer ("200
  people were killed") after the article told of a disaster is that disaster's toll (``harm_context``).

Only what a timeline can place is kept: an event that is planned, hypothetical, a bare statement
or of type OTHER needs a date of its own, and background ("has previously demanded", "has
repeatedly refused") without a date is left out.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dossier import models
from dossier.extract.arguments import document_countries, event_scope, find_arguments, find_location, predicate_of
from dossier.extract.context import STAGED_TYPES, DocumentContext, part_reference, settle_threads
from dossier.extract.counts import link_counts
from dossier.extract.dating import day_tokens
from dossier.extract.drafts import WEAK_TYPES, Draft
from dossier.extract.generic_campaign import campaign_reference
from dossier.extract.harm_context import note_named_disaster, settle_agentless_harm
from dossier.extract.listed_drafts import listed_triggers, settle_listed, with_listed
from dossier.extract.ontology import BY_TYPE, PEOPLE
from dossier.extract.quantity_roles import find_quantities
from dossier.extract.sentence_dates import date_sentence
from dossier.extract.status import event_status
from dossier.extract.themes import THEMED_TYPES, find_theme
from dossier.extract.tolls import claim_tolls, settle_tolled, toll_triggers
from dossier.extract.triggers import Trigger, find_triggers, noun_trigger

EXTRACTOR = "dossier.events.v126"
T = models.EventType
S = models.EventStatus
BACKGROUND_ADVERBS = frozenset({"previously", "earlier", "already", "repeatedly", "long", "formerly", "often",
                                "routinely", "once"})
# Longest line read as a headline (see ``_headline``).
HEADLINE_TOKENS = 20


def extract_events(doc: Doc, document: models.Document) -> list[models.EventMention]:
    """Typed event mentions of one annotated document.

    Args:
        doc: the annotated Doc (see ``dossier.annotate.pipeline.annotate``).
        document: the article, for its id and publication date.

    Returns:
        Event mentions in text order (see the module docstring for what is kept and how dates
        are chosen).
    """
    names = list(doc._.dossier_names or [])
    timexes = list(doc._.dossier_timexes or [])
    context = DocumentContext(doc, document.published, timexes)
    countries = document_countries(names)
    drafts: list[Draft] = []
    for index, sent in enumerate(doc.sents):
        drafts.extend(_sentence_drafts(sent, index, context, {
            "names": [n for n in names if n.sentence_index == index and not context.skipped_at(n.start)],
            "timexes": [t for t in timexes if t.sentence_index == index and not context.skipped_at(t.start)],
            "quantities": [q for q in (doc._.dossier_quantities or []) if q.sentence_index == index],
            "quotes": [q for q in (doc._.dossier_quotes or []) if q.sentence_index == index
                       and not context.skipped_at(q.source_start if q.source_start is not None else q.content_start)],
        }, countries))
        note_named_disaster(sent, context)
    settle_threads(context.threads)
    claim_tolls(doc, drafts, doc._.dossier_quantities or [], keep=_placeable)
    link_counts(drafts)
    return [_mention(d, document.doc_id) for d in drafts if _placeable(d)]


def _sentence_drafts(sent: Span, index: int, context: DocumentContext, records: dict,
                     countries: dict[str, str]) -> list[Draft]:
    found = find_triggers(sent, skip=context.skip, bare_defaults=tuple(context.bare_defaults),
                          dated=day_tokens(sent, records["timexes"]))
    found += toll_triggers(sent, found, records["quantities"], context.last_harm)
    found, listed = listed_triggers(sent, found)
    part, whole_word = _part_trigger(sent, found, context)
    triggers = select_triggers(found + ([part] if part else []), sent, context.previous_types)
    triggers = with_listed(triggers, [t for t, _ in listed])
    if not triggers:
        context.previous_types = set()
        return []
    paragraph = context.paragraph(triggers[0].token.idx)
    items = {id(t): item for t, item in listed}
    drafts = [Draft(trigger=t, event_type=t.event_type, sent=sent, index=index, paragraph=paragraph,
                     part=t is part and not whole_word, listed=items.get(id(t))) for t in triggers]
    settle_agentless_harm(drafts, context)
    for draft in drafts:
        _describe(draft, records, countries, single=len(drafts) == 1)
    settle_listed(drafts, records["quantities"])
    _claim_leftover_quantities(drafts, records["quantities"])
    _place_from_there(drafts, context)
    date_sentence(drafts, sent, records["timexes"], context)
    settle_tolled(drafts, records["quantities"], records["timexes"], context.published)
    _remember(drafts, context, paragraph)
    return drafts


def _part_trigger(sent: Span, found: list[Trigger], context: DocumentContext) -> tuple[Trigger | None, bool]:
    """A stage of an event as a trigger: "the second day of the exchange" is the exchange; a bare
    "In the first stage, ..." continues the event the article reports in stages, when the
    sentence reports nothing else. Also says whether the part word is itself an event word of
    the ontology ("a second round of talks"), which then stands for the whole event."""
    reference = part_reference(sent)
    if reference is None or context.skip(reference.part) or any(t.token.i == reference.part.i for t in found):
        return None, False
    defaults = tuple(context.bare_defaults)
    itself = noun_trigger(reference.part, defaults)
    if itself is not None:
        return itself, True
    if reference.whole is not None:
        whole = noun_trigger(reference.whole, defaults)
        return (Trigger(token=reference.part, definition=whole.definition, nominal=True) if whole else None), False
    if context.staged is None or any(t.event_type not in WEAK_TYPES for t in found):
        return None, False
    return Trigger(token=reference.part, definition=BY_TYPE[context.staged], nominal=True), False


def select_triggers(triggers: list[Trigger], sent: Span, previous_types: set[models.EventType]) -> list[Trigger]:
    """One trigger per event type (a verb before a noun, then the earliest), statements only alone.

    A release that is part of an exchange ("as part of the exchange, 270 soldiers returned"),
    reciprocal ("returned 246 servicemen each"), or follows a sentence about an exchange is
    reported as that exchange.
    """
    triggers = [_as_exchange(t, sent, previous_types) for t in triggers]
    best: dict[models.EventType, Trigger] = {}
    for trigger in sorted(triggers, key=lambda t: (t.nominal, t.token.i)):
        best.setdefault(trigger.event_type, trigger)
    if T.RELEASE in best and T.PRISONER_EXCHANGE in best:
        del best[T.RELEASE]
    if any(event_type not in WEAK_TYPES for event_type in best):
        best = {k: v for k, v in best.items() if k not in WEAK_TYPES}
    return sorted(best.values(), key=lambda t: t.token.i)


def _as_exchange(trigger: Trigger, sent: Span, previous_types: set[models.EventType]) -> Trigger:
    if trigger.event_type != T.RELEASE:
        return trigger
    token = trigger.token
    exchange_noun = any(t.lemma_.lower() in {"exchange", "swap"} and (
        {c.lemma_.lower() for c in t.subtree} & PEOPLE) for t in sent)
    reciprocal = any(t.lower_ == "each" for t in token.subtree) or any(
        c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in token.children)
    if exchange_noun or reciprocal or T.PRISONER_EXCHANGE in previous_types:
        return Trigger(token=token, definition=BY_TYPE[T.PRISONER_EXCHANGE], nominal=trigger.nominal)
    return trigger


def _describe(draft: Draft, records: dict, countries: dict[str, str], single: bool) -> None:
    trigger = draft.trigger
    draft.status = event_status(trigger.token, trigger.nominal)
    draft.location, draft.places = find_location(trigger, records["names"])
    draft.arguments = find_arguments(trigger, records["names"], countries, exclude=draft.places)
    draft.quantities = _per_side(trigger.token, _without_whole(draft.sent, trigger.token,
                                                              find_quantities(trigger, records["quantities"], single)))
    draft.reported_by = _reporter(trigger, records["quotes"])
    draft.background = _background(trigger, draft.sent)
    if draft.event_type == T.PROPOSAL and _within_one_side(draft.arguments):
        draft.event_type = T.STATEMENT  # a plan put to one's own leader is a report, not an offer
    if draft.event_type == T.PROPOSAL and not trigger.nominal and _floats_an_idea(trigger.token):
        draft.event_type = T.STATEMENT  # "proposed the idea of a summit": a suggestion, not terms
    if draft.event_type in THEMED_TYPES:
        theme = find_theme(trigger.token, trigger.nominal)
        draft.arguments += (theme,) if theme else ()


# Which event types a quantity role can belong to, for numbers the parse leaves unattached.
ROLE_TYPES = {
    "prisoners_each_side": {T.AGREEMENT, T.PRISONER_EXCHANGE, T.RELEASE},
    "prisoners": {T.AGREEMENT, T.PRISONER_EXCHANGE, T.RELEASE},
    "military": {T.PRISONER_EXCHANGE, T.RELEASE, T.DEPLOYMENT},
    "civilians": {T.PRISONER_EXCHANGE, T.RELEASE},
    "bodies": {T.REMAINS_EXCHANGE},
    "detainees": {T.ARREST},
    "rescued": {T.RESCUE},
    "drones": {T.ATTACK},
    "aircraft": {T.ATTACK},
    "airfields": {T.ATTACK},
    "duration": {T.NEGOTIATION, T.MEETING},
}


def _claim_leftover_quantities(drafts: list[Draft], quantities: list[models.Quantity]) -> None:
    """Give a number no event's phrase took to the nearest earlier event of a type it fits.

    "... resulted in agreements, including an exchange according to the formula 1000 for 1000":
    the parse hangs the formula off the verb, outside the agreement's phrase.
    """
    claimed = {q.start for d in drafts for q in d.quantities}
    for quantity in quantities:
        if quantity.start in claimed:
            continue
        for draft in sorted(drafts, key=lambda d: -d.trigger.token.idx):
            if draft.trigger.token.idx > quantity.start:
                continue
            found = _without_whole(draft.sent, draft.trigger.token, find_quantities(draft.trigger, [quantity], True))
            if found and draft.event_type in ROLE_TYPES.get(found[0].role, set()):
                draft.quantities = (*draft.quantities, *found)
                claimed.add(quantity.start)
                break


def _without_whole(sent: Span, trigger: Token, quantities: tuple) -> tuple:
    """Numbers of the whole are not the stage's: in "released 390 people in the first stage of a
    1,000-for-1,000 exchange" the formula sizes the exchange, not what was released."""
    reference = part_reference(sent)
    if reference is None or reference.whole is None or trigger.i in {t.i for t in reference.whole.subtree}:
        return quantities
    whole = reference.whole.subtree
    first, last = next(whole), reference.whole.doc[reference.whole.right_edge.i]
    start, end = first.idx, last.idx + len(last)
    return tuple(q for q in quantities if not start <= q.start < end)


def _per_side(trigger: Token, quantities: tuple) -> tuple:
    """"Russia and Ukraine each released 390 people": "each" on the subject or verb makes the
    number of prisoners one side's count."""
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    each = any(c.lower_ == "each" and c.i < trigger.i for h in [trigger, *subjects] for c in h.children)
    if not each:
        return quantities
    return tuple(replace(q, role="prisoners_each_side") if q.role == "prisoners" else q for q in quantities)


def _floats_an_idea(verb) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in {"idea", "notion", "possibility", "thought"}
               for c in verb.children)


def _within_one_side(arguments) -> bool:
    actors = {a.country for a in arguments if a.role == "actor"}
    targets = {a.country for a in arguments if a.role == "target"}
    return bool(actors) and actors == targets and None not in actors


def _reporter(trigger: Trigger, quotes: list[models.Quote]) -> str | None:
    at = trigger.token.idx
    for quote in quotes:
        inside = quote.content_start <= at < quote.content_end
        is_cue = quote.cue_start is not None and quote.cue_start <= at < (quote.cue_end or 0)
        if inside and not is_cue:
            return quote.speaker or quote.source
    return None


def _background(trigger: Trigger, sent: Span) -> bool:
    """Recalled or habitual: "has previously demanded", "Earlier, ...", "Putin refuses to budge";
    a fight named as a campaign, role or aim ("armed to fight the rebels", ``generic_campaign``)."""
    if trigger.event_type == T.ATTACK and campaign_reference(trigger.token, trigger.nominal):
        return True
    carrier = predicate_of(trigger)
    scope = [trigger.token, carrier] + ([carrier.head] if carrier.dep_ == "conj" else [])
    words = {c.lower_ for t in scope for c in t.children if c.dep_ == "advmod"}
    if words & BACKGROUND_ADVERBS or sent[0].lower_ in {"earlier", "previously"}:
        return True
    if _fronted_antecedent(trigger.token):
        return True
    verb = carrier if carrier.pos_ == "VERB" else None
    return verb is not None and verb.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children) and not _headline(sent)


def _headline(sent: Span) -> bool:
    """A headline tells what just happened in the present ("Club fires coach", "Actor dies at 91"):
    a short line of its own that ends without a full stop."""
    text = sent.text.strip()
    return bool(text) and "\n" not in text and len(sent) <= HEADLINE_TOKENS and text[-1] not in '.!?"\'”’:;'



def _fronted_antecedent(token) -> bool:
    """"After the deadly attack on a nightclub, voters are divided": an event named in a fronted
    "after/since/following" phrase is the earlier setting of what the sentence reports, so it
    takes no date from the article's lead (it keeps one the phrase itself gives)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"after", "since", "following"}:
        return False
    clause = prep.head
    return prep.i < clause.i and clause.dep_ in {"ROOT", "ccomp"} and prep.i == prep.sent.start


def _place_from_there(drafts: list[Draft], context: DocumentContext) -> None:
    """"A meeting, which will take place there": the place the article located an event at last.
    Only the adverb counts; the "there" of "there was a meeting" places nothing."""
    for draft in drafts:
        doc = draft.trigger.token.doc
        if draft.location is None and context.last_place and any(
                doc[i].lower_ == "there" and doc[i].dep_ == "advmod" for i in event_scope(draft.trigger)):
            draft.location = context.last_place


def _remember(drafts: list[Draft], context: DocumentContext, paragraph: int) -> None:
    placed = [d.location for d in drafts if d.location]
    if placed:
        context.last_place = placed[-1]
    dated = [d for d in drafts if d.date is not None and d.date_source != "publication" and not d.background
             and not d.shift]
    if dated:
        context.paragraph_dates[paragraph] = (dated[-1].date, dated[-1].index)
        context.previous_date = dated[-1].date
    context.previous_types = {d.event_type for d in drafts}
    staged = [d.event_type for d in drafts if d.event_type in STAGED_TYPES and not d.background]
    if staged:
        context.staged = staged[-1]
    for draft in drafts:
        if draft.trigger.definition.needs:
            context.bare_defaults.setdefault(draft.trigger.definition.name)


def _placeable(draft: Draft) -> bool:
    """Whether a timeline can place the mention (see the module docstring)."""
    own = draft.date_source == "sentence"
    if draft.background and not own:
        return False
    if draft.status in {S.PLANNED, S.HYPOTHETICAL} and not own:
        return False
    return own or draft.event_type not in WEAK_TYPES


def _mention(draft: Draft, doc_id: str) -> models.EventMention:
    token = draft.trigger.token
    sent = draft.sent
    date = draft.date
    return models.EventMention(
        mention_id=f"{doc_id}:{token.idx}:{draft.event_type.value}",
        doc_id=doc_id,
        event_type=draft.event_type,
        trigger=token.text,
        trigger_start=token.idx,
        trigger_end=token.idx + len(token.text),
        sentence_index=draft.index,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=sent.text,
        date_value=date.value if date else None,
        date_precision=date.precision if date else models.Precision.UNKNOWN,
        date_source=draft.date_source,
        status=draft.status,
        confidence=_confidence(draft),
        arguments=draft.arguments,
        quantities=draft.quantities,
        location=draft.location,
        reported_by=draft.reported_by,
        date_stated=date.stated if date else None,
        extractor=EXTRACTOR,
    )


def _confidence(draft: Draft) -> float:
    score = 0.5
    score += {"sentence": 0.2, "document": 0.1}.get(draft.date_source, 0.0)
    score += 0.1 if not draft.trigger.nominal else 0.0
    score += 0.1 if any(a.role == "actor" for a in draft.arguments) else 0.0
    score += 0.05 if draft.location else 0.0
    score -= 0.1 if draft.status != S.HAPPENED else 0.0
    return round(min(score, 0.95), 2)
