"""Whether a bare weekday lies ahead because a verb of planning or a present passive of expectation
("is expected", "is due") governs it, where the tense cues of ``timex_context`` see nothing forward.

The object of a plan lies ahead of the planning, even when the planning is told in the past:
"protesters planned a rally on Saturday", "they were planning to march on Monday". A plan
overtaken ("had planned"), a planned thing as a noun ("the planned rally on Saturday") or a plan
whose sentence then tells a past happening ("a service planned for Saturday was cancelled") is
left alone.

Tried and not kept (2026-11-24): a weekday after a verb in the simple present as a schedule ("the
envoys meet separately Monday"). Without a parse, a noun before "on Monday" reads as a present
verb ("told the news agency on Sunday", "a meeting of the airlines on Sunday"), and habits ("I
often get up early on Sunday"), "it is Sunday" and names ("the Sunday Sequence programme") came
out as the coming day; Timeline17's first folder fell from Date-F1 1.0 to 0.857.
"""

from __future__ import annotations

import re

from dossier.annotate.timex_context import Context

# A finite verb of planning; the object it governs lies ahead.
_PLAN = re.compile(r"\b(?:planned|planning|plans?)\b", re.IGNORECASE)
_PLAN_REACH = 80  # characters: about one clause
# A determiner or a past perfect before the planning word: a noun or adjective ("his plans", "the
# planned rally") or a plan overtaken ("had planned").
_NOT_A_LIVE_PLAN = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|had|had\s+been)\s+$", re.IGNORECASE)
# A present passive of expectation or schedule: "is expected", "are due", "is slated", "is set".
_EXPECTED = re.compile(
    r"(?:\b(?:is|are)|'s|'re)\s+(?:not\s+|now\s+|still\s+|also\s+)?(?:expected|due|slated|set)\b"
    r"(?!\s+to\s+(?:have|has)\b)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|\bbut\b|\bwhich\b|\bwho\b", re.IGNORECASE)
_SAYING = frozenset({"said", "told", "added", "noted", "stated", "reported", "claimed", "wrote", "explained",
                     "announced"})


def weekday_lies_ahead(ctx: Context, start: int, end: int) -> bool:
    """Whether a verb of planning governing a bare weekday puts it in the coming week (module docstring)."""
    if ctx.text[end:end + 2] in {"'s", "\u2019s"}:
        return False  # "after Monday's vote": a noun's day, its tense is the noun's
    return planned_ahead(ctx, start, end) or expected_ahead(ctx, start, end)


def expected_ahead(ctx: Context, start: int, end: int) -> bool:
    """Whether a present passive of expectation or schedule governs the weekday ("a ruling is
    expected Friday", "the report is due on Monday", "the vote is slated for Tuesday"): what is
    expected or due now has not happened yet. Put in the past ("was expected on Friday") or
    followed in its sentence by a past happening, it is left alone."""
    lo, hi = ctx.sentence
    window = max(lo, start - _PLAN_REACH)
    expected = list(_EXPECTED.finditer(ctx.text, window, start))
    if not expected or _CLAUSE_BREAK.search(ctx.text, expected[-1].end(), start):
        return False
    clause_break = _CLAUSE_BREAK.search(ctx.text, end, hi)
    comma = ctx.text.find(",", end, hi)
    clause_end = clause_break.start() if clause_break else comma if comma >= 0 else hi
    return not _past_after(ctx, end, clause_end)


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
