"""How a mention's own sentence frames its event: realised or not, specific or generic, when, which one.

Two mentions of one kind of happening in one story ("the quake" and "aftershocks", "the arrest"
and "another arrest") are where the coreference scorer errs most. Their sentences often say which
is which: one did not happen or may yet happen ("could face charges"), one speaks of the kind in
general ("earthquakes are common here"), one is future and one past, one is announced as a new
instance ("a second attack", "the latest quake") or counts several ("two earthquakes"). This module
reads those signals from a spaCy parse of the sentence (the status through
dossier.extract.status.event_status) into a MentionSignals record per mention.

Measured on ECB+ (scripts/fit-coref.py --signals) and not used by the scorer: see the fifth pass in
dossier.resolve.coref's docstring. spaCy and its model are optional here: when no pipeline loads,
``read_signals`` returns nothing and ``signal_evidence`` answers 0 for every pair.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dossier.errors import DossierError, ModelNotAvailable

if TYPE_CHECKING:
    from dossier.resolve.coref_features import CorefMention

# Statuses of dossier.extract.status that say the event has not (yet) taken place, and a question.
UNREALISED = frozenset({"negated", "hypothetical", "planned", "question"})
# Words that mark a trigger as one more instance of its kind, or an earlier one (general English).
NEW_INSTANCE = frozenset("""another second third fourth fifth new fresh latest further renewed
    subsequent additional repeated more next separate""".split())
EARLIER_INSTANCE = frozenset("previous earlier prior last former past first initial original".split())
# Determiners and modifiers of a kind rather than an instance.
GENERIC_WORDS = frozenset("every each any all such most many some".split())
HABITUAL = frozenset("often usually always frequently typically generally sometimes routinely regularly "
                     "rarely seldom commonly normally".split())
DEFINITE = frozenset("the this that these those".split())
INDEFINITE = frozenset(("a", "an"))
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens several "
                          "hundreds thousands multiple numerous".split())
_DIGITS = re.compile(r"\d")
# Pair evidence by kind of signal, in the order signal_evidence returns it.
SIGNAL_GROUPS: Mapping[str, tuple[str, ...]] = {
    "status": ("realised_differ", "either_negated", "either_unrealised"),
    "generic": ("generic_differ", "either_generic"),
    "tense": ("tense_differ", "future_and_past"),
    "instance": ("either_new", "either_earlier", "both_indefinite", "either_indefinite"),
    "count": ("plural_differ", "either_plural"),
}
SIGNAL_FEATURES = tuple(name for names in SIGNAL_GROUPS.values() for name in names)
# Signals kept between calls, keyed by (sentence, trigger span, trigger), least recently used
# dropped first: 20,000 is four times all of ECB+. Parsed sentences are kept only briefly, since a
# Doc is large and a sentence's mentions come together.
_CACHE_SIZE = 20_000
_PARSED = 256
_lock = threading.Lock()


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionSignals:
    """What a mention's sentence says about its event, beyond which event it is.

    ``status`` is a dossier.models.EventStatus value or "question"; ``tense`` is "past",
    "perfect", "present", "future" or "" (no finite verb governs the trigger); ``definite``
    is "definite", "indefinite" or "" (bare or a verb); ``instance`` is "new" ("another",
    "second", "latest"), "earlier" ("previous", "first") or ""; ``plural`` says the trigger is a
    plural noun or counted by a number above one; ``generic`` that it names a kind (a bare plural,
    "every"/"such", a habitual adverb).
    """

    status: str = "happened"
    tense: str = ""
    definite: str = ""
    instance: str = ""
    plural: bool = False
    generic: bool = False


@functools.cache
def _pipeline() -> Any:
    """The base spaCy pipeline without its entity recogniser, or None when none loads."""
    try:
        from dossier.annotate.model import load_base_model

        return load_base_model()
    except (ImportError, ModelNotAvailable, OSError):
        return None


@functools.lru_cache(maxsize=_PARSED)
def _parse(sentence: str) -> Any:
    return _pipeline()(sentence, disable=["ner"])


def _trigger_token(doc: Any, trigger: str, span: tuple[int, int] | None) -> Any:
    """The token heading the trigger's characters (its first whole-word match when no span is known)."""
    if span is None:
        found = re.search(rf"\b{re.escape(trigger)}\b", doc.text)
        span = (found.start(), found.end()) if found else (0, 0)
    inside = [t for t in doc if t.idx < span[1] and t.idx + len(t.text) > span[0]]
    if not inside:
        return None
    indices = {t.i for t in inside}
    heads = [t for t in inside if t.head.i not in indices or t.head.i == t.i]
    return (heads or inside)[0]


def _governing_verb(token: Any) -> Any:
    """The verb whose tense frames the trigger: itself, or the verb a noun is an argument of."""
    if token.pos_ in {"VERB", "AUX"}:
        return token
    head = token.head
    if token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "conj"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if token.dep_ == "pobj" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _tense(verb: Any) -> str:
    """Past, perfect, present or future, from the verb's tag and its auxiliaries."""
    if verb is None:
        return ""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in auxiliaries}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if any(c.lemma_ == "have" for c in auxiliaries) and verb.tag_ == "VBN":
        return "past" if any(c.tag_ == "VBD" for c in auxiliaries) else "perfect"
    tags = {verb.tag_} | {c.tag_ for c in auxiliaries}
    if "VBD" in tags:
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    return ""


def _signals(token: Any, sentence: str) -> MentionSignals:
    """The signals of one trigger token in its parsed sentence."""
    from dossier.extract.status import event_status

    nominal = token.pos_ in {"NOUN", "PROPN"}
    modifiers = {c.lower_ for c in token.children if c.dep_ in {"det", "amod", "nummod", "predet", "advmod"}}
    verb = _governing_verb(token)
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"} if verb is not None else set()
    counted = any(c.dep_ == "nummod" and (c.lower_ in _NUMBER_WORDS or (_DIGITS.search(c.text) and c.text != "1"))
                  for c in token.children)
    plural = nominal and (token.tag_ in {"NNS", "NNPS"} or counted)
    determined = any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)
    generic = bool(modifiers & GENERIC_WORDS or adverbs & HABITUAL
                   or (nominal and token.tag_ == "NNS" and not determined))
    status = event_status(token, nominal).value
    if sentence.rstrip().endswith("?"):
        status = "question"
    definite = "definite" if modifiers & DEFINITE or any(c.dep_ == "poss" for c in token.children) \
        else "indefinite" if modifiers & INDEFINITE else ""
    instance = "new" if modifiers & NEW_INSTANCE else "earlier" if modifiers & EARLIER_INSTANCE else ""
    return MentionSignals(status=status, tense=_tense(verb), definite=definite if nominal else "",
                          instance=instance, plural=plural, generic=generic)


def read_signals(mentions: Sequence[CorefMention]) -> Mapping[str, MentionSignals]:
    """The signals of each mention whose trigger is found in its parsed sentence.

    Args:
        mentions: mentions with their sentences.

    Returns:
        Mention id to MentionSignals; empty when no spaCy pipeline is installed.
    """
    if _pipeline() is None:
        return {}
    found = {}
    with _lock:
        for mention in mentions:
            if mention.sentence:
                signals = _mention_signals(mention.sentence, mention.trigger_span, mention.trigger)
                if signals is not None:
                    found[mention.mention_id] = signals
    return found


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _mention_signals(sentence: str, span: tuple[int, int] | None, trigger: str) -> MentionSignals | None:
    token = _trigger_token(_parse(sentence), trigger, span)
    return None if token is None else _signals(token, sentence)


def signal_evidence(a: MentionSignals | None, b: MentionSignals | None,
                    groups: Sequence[str] = tuple(SIGNAL_GROUPS)) -> list[float]:
    """The pair evidence of two mentions' signals, 0/1 values in the order of SIGNAL_GROUPS.

    Args:
        a: one mention's signals; None (not read) gives zeros.
        b: the other's.
        groups: which SIGNAL_GROUPS to return, in that mapping's order whatever the order given.

    Returns:
        One value per feature name of the chosen groups.

    Raises:
        DossierError: a group name is not in SIGNAL_GROUPS.
    """
    unknown = set(groups) - set(SIGNAL_GROUPS)
    if unknown:
        raise DossierError(f"unknown signal groups {sorted(unknown)}; choose from {', '.join(SIGNAL_GROUPS)}")
    chosen = [name for name in SIGNAL_GROUPS if name in groups]
    if a is None or b is None:
        return [0.0] * sum(len(SIGNAL_GROUPS[name]) for name in chosen)
    values = {
        "status": [(a.status in UNREALISED) != (b.status in UNREALISED), "negated" in (a.status, b.status),
                   a.status in UNREALISED or b.status in UNREALISED],
        "generic": [a.generic != b.generic, a.generic or b.generic],
        "tense": [bool(a.tense and b.tense and a.tense != b.tense),
                  {a.tense, b.tense} in ({"future", "past"}, {"future", "perfect"})],
        "instance": ["new" in (a.instance, b.instance), "earlier" in (a.instance, b.instance),
                     a.definite == b.definite == "indefinite", "indefinite" in (a.definite, b.definite)],
        "count": [a.plural != b.plural, a.plural or b.plural],
    }
    return [float(value) for name in chosen for value in values[name]]
