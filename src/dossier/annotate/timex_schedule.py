"""Whether a bare weekday lies ahead because of the verb that governs it, where the tense cues of
``timex_context`` see nothing forward.

Two facts of English news prose, both for weekdays only (a bare weekday is read as the past one
unless something looks forward):

- A simple present with a weekday tells a schedule: "the two envoys meet separately Monday",
  "the summit opens Friday in Geneva", "officials said the talks resume Tuesday". A present
  cannot be a day already gone (that would be "met", "opened"), so the day is the coming one.
  Headlines use the present for the past ("Rebels seize town Monday"), so a line without a full
  stop is left alone, and so is a sentence that tells anything in the past or the perfect, or
  whose weekday opens it ("On Monday, officials said ...": the day is the saying's).
- The object of a plan lies ahead of the planning, even when the planning is told in the past:
  "protesters planned a rally on Saturday", "they were planning to march on Monday". A plan
  overtaken ("had planned"), a planned thing as a noun ("the planned rally on Saturday") or a
  plan whose sentence then tells a past happening ("a service planned for Saturday was
  cancelled") is left alone.
"""

from __future__ import annotations

import re

from dossier.annotate.timex_context import Context

# A sentence that ends in a full stop, question or exclamation mark, perhaps inside quotes: prose,
# not a headline.
_PROSE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
# The perfect and words that tell the past without a past-tense form.
_PAST_WORDS = re.compile(
    r"\b(?:has|have|had|'ve|since|ago|last|earlier|previous|yesterday|recent|recently|before)\b",
    re.IGNORECASE)
# A saying verb right before the weekday ("said Monday", "told reporters Monday", "said on Monday").
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|added|noted)\b(?:\s+[\w']+){0,2}\s+(?:on\s+)?$",
    re.IGNORECASE)
# A weekday closing a phrase on something that came first ("remain in the morgue after the crash
# Monday"): the day is that happening's, which the present of the main verb says nothing about.
_AFTER_PHRASE = re.compile(r"\b(?:after|following|despite|amid|over)\b(?:\s+[\w'-]+){0,4}\s+(?:on\s+)?$",
                           re.IGNORECASE)
# Words that may open a sentence before a fronted weekday: "On Monday, ...", "Late Monday ...".
_FRONTED = re.compile(r"^\s*[\"'“]?\s*(?:(?:on|early|late|by|and|but|then|also)\s+)*$", re.IGNORECASE)
# A finite verb of planning; the object it governs lies ahead.
_PLAN = re.compile(r"\b(?:planned|planning|plans?)\b", re.IGNORECASE)
_PLAN_REACH = 80  # characters: about one clause
# A determiner or a past perfect before the planning word: a noun or adjective ("his plans", "the
# planned rally") or a plan overtaken ("had planned").
_NOT_A_LIVE_PLAN = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|had|had\s+been)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|\bbut\b|\bwhich\b|\bwho\b", re.IGNORECASE)
# Common irregular past forms the context's past cues leave out; with any -ed word they mark a
# verb before the weekday as past.
_IRREGULAR_PAST = frozenset(
    "sank fell rose ran came went took gave made saw left hit struck shot fled fought found kept led "
    "paid sold sent spoke stood threw wrote won lost met held began broke brought built bought caught "
    "chose drew drove flew froze got grew heard hid knew lay laid lit meant quit rang rode sang sat "
    "slept slid split spread stole stuck swam swore swept tore told understood woke wore wound was were "
    "did had put set cut hurt shut burst cast cost let read spent bent lent dealt felt knelt wept "
    "dreamt learnt burnt bound ground fed bled sped led forgot forgave bore tore shook rose arose "
    "overtook undertook withdrew foresaw oversaw beat bit bred clung dug flung hung sought taught thought "
    "fought caught brought stung strode strove struck swung".split())
_NOT_A_VERB_BEFORE = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this",
                                "that", "these", "those", "of", "in", "on", "at", "for", "to", "from", "with", "by"})
_SAYING = frozenset({"said", "told", "added", "noted", "stated", "reported", "claimed", "wrote", "explained",
                     "announced"})


def weekday_lies_ahead(ctx: Context, start: int, end: int) -> bool:
    """Whether the verb governing a bare weekday puts it in the coming week (module docstring)."""
    if ctx.text[end:end + 2] in {"'s", "\u2019s"}:
        return False  # "after Monday's vote": a noun's day, its tense is the noun's
    return scheduled_present(ctx, start, end) or planned_ahead(ctx, start, end)


def scheduled_present(ctx: Context, start: int, end: int) -> bool:
    """Whether a weekday sits in a prose sentence told wholly in the simple present ("the envoys
    meet separately Monday"), with a verb before it and none of saying right before it."""
    lo, hi = ctx.sentence
    sentence = ctx.text[lo:hi]
    if not _PROSE_END.search(sentence) or ctx.tells_past() or _PAST_WORDS.search(sentence):
        return False
    if _FRONTED.match(ctx.text, lo, start) or _SAID_BEFORE.search(ctx.text, max(lo, start - 40), start) \
            or _AFTER_PHRASE.search(ctx.text, max(lo, start - 50), start):
        return False
    if not _present_verb_before(ctx, start):
        return False
    return not _says(ctx.text[lo:hi]) or _reported(ctx, start)


def _present_verb_before(ctx: Context, start: int) -> bool:
    """Whether the word before the weekday (past "on" and adverbs: "meet separately Monday") reads
    as a finite present verb: lower case, no past, participle or gerund form, and not after a
    determiner or preposition ("crossing the pass on Friday": a noun)."""
    lo, _ = ctx.sentence
    words = re.findall(r"[A-Za-z'-]+", ctx.text[lo:start])
    while words and (words[-1].lower() in {"on", "again", "also", "early", "late"} or words[-1].endswith("ly")):
        words.pop()
    if len(words) < 2:
        return False
    verb, before = words[-1], words[-2].lower()
    lower = verb.lower()
    if not verb.islower() or lower.endswith(("ed", "ing")) or lower in _IRREGULAR_PAST or lower in _SAYING \
            or lower in _NOT_A_VERB_BEFORE:
        return False
    return before not in _NOT_A_VERB_BEFORE


def _says(text: str) -> bool:
    return any(word.lower() in _SAYING for word in re.findall(r"[A-Za-z]+", text))


def _reported(ctx: Context, start: int) -> bool:
    """Whether the weekday is in what a verb of saying reports, not on the saying: the verb comes
    before it ("officials said the talks resume Monday") or after a comma that follows it ("the
    talks resume Monday, officials said")."""
    lo, hi = ctx.sentence
    tail = ctx.text[start:hi]
    comma = tail.find(",")
    return _says(ctx.text[lo:start]) or (comma >= 0 and _says(tail[comma:]))


def planned_ahead(ctx: Context, start: int, end: int) -> bool:
    """Whether a live finite verb of planning in the weekday's clause governs it ("protesters
    planned a rally on Saturday") and nothing after the weekday tells a past happening."""
    lo, hi = ctx.sentence
    window = max(lo, start - _PLAN_REACH)
    plans = list(_PLAN.finditer(ctx.text, window, start))
    if not plans:
        return False
    plan = plans[-1]
    if _NOT_A_LIVE_PLAN.search(ctx.text, max(lo, plan.start() - 12), plan.start()):
        return False
    if _CLAUSE_BREAK.search(ctx.text, plan.end(), start):
        return False
    return not _past_after(ctx, end, hi)


def _past_after(ctx: Context, end: int, hi: int) -> bool:
    """Whether a past form other than saying or part of a plan ("were planning") follows."""
    for word in re.finditer(r"[A-Za-z']+", ctx.text[end:hi]):
        lower = word.group().lower()
        if lower in _SAYING or lower in {"planned"}:
            continue
        if lower in {"was", "were"}:
            following = ctx.text[end + word.end():end + word.end() + 12].lower()
            if following.lstrip().startswith("planning"):
                continue
            return True
        if lower in {"had", "did"} or (lower.endswith("ed") and len(lower) > 4 and lower not in {"need", "speed"}
                                       and word.group()[0].islower()):
            return True
    return False
