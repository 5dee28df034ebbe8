"""Word-level evidence for event coreference: how two trigger lemmas relate, which words count.

Hand-written lists of general news English (never taken from a benchmark's gold chains or error
lists) plus a crude suffix stemmer, so that "died", "death" and "dead" or "shoot" and "shooting"
can meet without a lexical database. Split from dossier.resolve.coref, which scores and clusters.
"""

from __future__ import annotations

import functools
import re

# Words that name the same kind of happening in news English, written from general knowledge of
# the language (not taken from any benchmark). Verbs, their usual nouns and adjectives sit together
# so that "died", "death" and "dead" meet; word families ("shoot"/"shooting") are found by
# _same_family and need not be listed.
SYNONYM_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in """
kill murder slay slaying assassinate assassination homicide massacre execute execution;
die death dead perish fatal fatality demise; shoot shooting shot gunfire gunshot;
wound injure injury hurt; attack assault strike raid bombing bomb ambush offensive;
arrest detain detention capture apprehend nab custody seize;
charge accuse indict indictment allegation;
convict conviction sentence sentencing jail imprison;
earthquake quake tremor temblor seism aftershock; blaze fire inferno flame wildfire;
flood flooding deluge inundate; storm hurricane cyclone typhoon;
crash collision collide accident wreck; rob robbery heist theft steal burglary burglarize loot;
escape flee breakout getaway; find discover discovery locate uncover;
win victory triumph beat defeat; lose loss defeat;
hire appoint appointment nominate nomination; resign resignation quit;
dismiss sack oust ouster; announce announcement unveil reveal launch introduce introduction;
acquire acquisition buy purchase takeover; merge merger; meet meeting talk talks summit;
agree agreement deal accord pact treaty; sign signing; protest demonstration rally;
damage destroy destruction devastate wreck; rescue save evacuate evacuation;
explode explosion blast detonate; elect election vote win
""".replace("\n", " ").split(";"))
_GROUPS_OF: dict[str, frozenset[int]] = {}
for _index, _group in enumerate(SYNONYM_GROUPS):
    for _word in _group:
        _GROUPS_OF[_word] = _GROUPS_OF.get(_word, frozenset()) | {_index}

# Function words and pronouns, which say nothing about which event a sentence reports.
STOPWORDS = frozenset("""
a an the of in on at to for from by with as and or but nor not no so if than then that this these
those there here is are was were be been being am has have had having do does did will would shall
should can could may might must it its he him his she her hers they them their theirs we us our you
your i me my who whom whose which what when where why how all any some each both after before over
under into onto about up down out off also just only very more most other such same one two s said
says say told according mr mrs ms
""".split())

# Verbs of saying: two reports of speech are two speech events unless they share a speaker and
# a moment, which rarely holds across articles (general English, not from any benchmark).
REPORTING = frozenset(
    "say tell report state statement add claim announce confirm deny note explain comment remark "
    "insist reply respond write quote".split()
)

_SUFFIXES = ("ings", "ing", "ions", "ion", "ments", "ment", "ers", "er", "ed", "es", "s")
WORD = re.compile(r"[^\W_]+", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of ``text`` minus function words and one-letter tokens."""
    return frozenset(
        w for w in (t.lower() for t in WORD.findall(text)) if len(w) > 1 and w not in STOPWORDS
    )


def stem(word: str) -> str:
    """``word`` without its first matching inflectional or derivational suffix (crude, on purpose)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _groups(word: str) -> frozenset[int]:
    return _GROUPS_OF.get(word, frozenset()) | _GROUPS_OF.get(stem(word), frozenset())


def _same_family(a: str, b: str) -> bool:
    """Derivations of one word ("arrest"/"arrests", "quake"/"earthquake")."""
    if stem(a) == stem(b):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.endswith(short)


def lemma_relation(a: str, b: str) -> str:
    """How two lower-cased trigger lemmas relate, the closest relation first.

    Args:
        a: one lemma.
        b: the other lemma.

    Returns:
        "same", "family" (derivations), "synonym" (SYNONYM_GROUPS), "prefix" (only the first four
        letters agree, "flood"/"floodplain") or "none".
    """
    if a == b:
        return "same"
    if _same_family(a, b):
        return "family"
    if _groups(a) & _groups(b):
        return "synonym"
    if len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]:
        return "prefix"
    return "none"
