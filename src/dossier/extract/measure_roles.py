"""Roles of the numbers that size an election or a quake, which outlets report and disagree on.

Split out of ``quantity_roles`` (counts of people harmed, held or exchanged) because an election and
an earthquake are sized by their own measures, not by people befallen by them:

- an election: ``candidates`` ("288 candidates"), ``seats`` ("125 seats", "a 125-seat parliament"),
  ``voters`` (those eligible: "2.5 million eligible voters", "2.5 million people are eligible to
  vote") and ``turnout_percent`` ("turnout reached 93.87 percent", "90 per cent of eligible voters
  took part"). A legal floor ("valid only with a turnout over 50 percent") is no turnout, and a
  share of the candidates ("90 percent of the candidates") is none either;
- a quake: ``magnitude`` ("a 5.6 magnitude earthquake", "magnitude of 6.1", "measuring 5.6 on the
  Richter scale", "a magnitude-5.2 quake", "a 6.1 quake"); an aftershock's magnitude is kept apart
  as ``magnitude@aftershocks``, so it is never compared with the main shock's.

- a shooting or stabbing: ``hits`` (the times the victim was hit: "shot 11 times", "hit by seven
  bullets", "seven bullets struck him") and ``shots_fired`` ("fired 41 shots", "41 rounds were
  fired"), kept apart because a shot fired need not hit.

The unit is part of the role, so compare (which reads roles by equality) never sets a percentage
against a count of people, nor a magnitude against either.

Left without a role, by decision: the distance of a fall ("fell 2,000 feet", "about 600 metres")
and the age of a victim ("32-year-old"). Outlets do disagree on them, but a fall is rarely the
trigger of the event it sizes (the death is), its distance comes in two units with a conversion
in brackets that would clash with itself, and an age belongs to a person, not to the event: both
need a record of their own (a person's age, a distance with its unit normalised) rather than a
count role.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dossier import models
from dossier.extract.count_scope import counted_noun
from dossier.extract.thing_kinds import kinds
from dossier.extract.vote_shares import VOTE_SHARE, vote_share

SCOPE_MARK = "@"  # as ``quantity_roles.SCOPE_MARK``
CANDIDATE_WORDS = frozenset({"candidate", "candidates", "contender", "contenders", "nominee", "nominees"})
SEAT_WORDS = frozenset({"seat", "seats", "mandate", "mandates"})
VOTER_WORDS = frozenset({"voter", "voters", "elector", "electors", "electorate"})
# Words by which a count of people is of those allowed to vote ("eligible", "registered").
ELIGIBLE_WORDS = frozenset({"eligible", "registered", "entitled"})
# Words of taking part in a vote, said of a share of the voters ("90 percent of voters took part").
PARTAKING = frozenset({"participate", "vote", "cast", "turn", "take", "go"})
# Words of a rule or a hypothesis rather than a result: "valid only with a turnout over 50 percent".
RULE_WORDS = frozenset({"can", "could", "must", "should", "would", "need", "needed", "valid", "validity", "threshold",
                        "minimum", "required", "require", "if", "unless"})
QUAKE_WORDS = frozenset({"earthquake", "quake", "tremor", "temblor", "aftershock", "shock", "jolt"})
# A magnitude is a small decimal: "6.1", "5.6" (a quake counted by a whole number is a number of quakes).
MAGNITUDE_TEXT = re.compile(r"^(?:magnitude-)?\d\.\d{1,2}$")
GLUED_MAGNITUDE_TEXT = re.compile(r"^magnitude-\d")
MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|measuring|measured|registering|registered)(?:\s+of)?\s*$")


def is_measure(quantity) -> bool:
    """Whether a quantity is a share or a magnitude, no count of anything ("93.87 percent", "5.6"
    before "magnitude"): it makes no breakdown of a count by place (see ``count_scope``).

    Args:
        quantity: a ``models.Quantity``.

    Returns:
        True for a percentage or a magnitude.
    """
    counted = (quantity.counted or "").lower().lstrip("-")
    text = quantity.text.lower()
    return counted in {"percent", "magnitude"} or bool(GLUED_MAGNITUDE_TEXT.match(text)) or (
        bool(MAGNITUDE_TEXT.match(text)) and counted in QUAKE_WORDS)


def election_role(counted: str | None, span: Span) -> str | None:
    """The role of a number in an election (see the module docstring), or None.

    Args:
        counted: the quantity's counted noun as the annotator wrote it.
        span: the number's span in the parsed sentence.

    Returns:
        ``candidates``, ``seats``, ``voters`` or ``turnout_percent``; None for any other number.
    """
    counted = (counted or "").lower().lstrip("-")
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "of" and counted != "percent":
        return None  # "37 of the candidates": a part of the whole count
    if counted in CANDIDATE_WORDS:
        return None if _share(span) else "candidates"
    if counted in SEAT_WORDS:
        return "seats"
    if counted == "percent":
        if (contender := vote_share(span)) is not None:
            return f"{VOTE_SHARE}{SCOPE_MARK}{contender}"
        return "turnout_percent" if _turnout(span) else None
    noun = counted_noun(span)
    if counted in VOTER_WORDS or _eligible(noun):
        return "voters"
    return None


def magnitude_role(counted: str | None, span: Span) -> str | None:
    """``magnitude`` for a quake's magnitude, ``magnitude@aftershocks`` for an aftershock's, else None.

    Args:
        counted: the quantity's counted noun as the annotator wrote it.
        span: the number's span in the parsed sentence.

    Returns:
        The role, or None when the number is no magnitude (a count of quakes, a distance).
    """
    counted = (counted or "").lower().lstrip("-")
    first = span[0].lower_.lstrip("-")
    if not MAGNITUDE_TEXT.match(first) and counted != "magnitude":
        return None
    doc = span.doc
    before = doc[max(span.sent.start, span.start - 3): span.start].text.lower()
    after = doc[span.end: min(span.sent.end, span.end + 5)].text.lower()
    said = (counted in {"magnitude"} | QUAKE_WORDS or bool(MAGNITUDE_BEFORE.search(before))
            or "richter" in after or after.startswith(("-magnitude", "magnitude")))
    if not said:
        return None
    return "magnitude@aftershocks" if _of_aftershocks(span) else "magnitude"


def _of_aftershocks(span: Span) -> bool:
    """Whether the number sizes an aftershock: the first quake word up from the number (within a few
    steps: "aftershocks varying from 2.8 to 3.8 degrees") is an aftershock."""
    for token in [span.root, *span.root.ancestors][:7]:
        if token.lemma_.lower() in QUAKE_WORDS or token.lower_ in QUAKE_WORDS:
            return token.lemma_.lower() == "aftershock" or token.lower_ == "aftershocks"
    return False


def _share(span: Span) -> bool:
    """"90 percent of the 288 candidates": the whole a share is taken from, not a count of its own."""
    noun = counted_noun(span)
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and any(
        t.lower_ in {"percent", "%", "cent", "half", "third", "most", "all"} for t in noun.head.head.subtree
        if t.i < noun.head.i)


def _eligible(noun: Token) -> bool:
    """"2.5 million eligible people", "2.5 million Turkmens are eligible to vote", "people registered"."""
    words = {c.lower_ for c in noun.children if c.dep_ in {"amod", "acl", "relcl"}}
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        words |= {noun.head.lower_} | {c.lower_ for c in noun.head.children if c.dep_ in {"acomp", "oprd", "xcomp"}}
    if not words & ELIGIBLE_WORDS:
        return False
    return (noun.pos_ == "PROPN" or noun.ent_type_ == "NORP" or noun.lemma_.lower() in VOTER_WORDS | {
        "people", "person", "citizen", "resident", "adult"} or kinds(noun)[:1] == ["noun.person"])


def _turnout(span: Span) -> bool:
    """Whether a percentage is the turnout: the sentence says "turnout", or the share is of the voters
    and they voted ("90 per cent of eligible voters had participated"); never a rule or a floor."""
    sent = span.sent
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if lemmas & RULE_WORDS:
        return False
    if "turnout" in lemmas:
        return True
    noun = counted_noun(span)
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    voters = any(g.lemma_.lower() in VOTER_WORDS | {"electorate"} for c in of for g in c.subtree)
    verb = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else None
    return voters and verb is not None and verb.lemma_.lower() in PARTAKING


def election_triggers(sent: Span, found: list, quantities) -> list:
    """A trigger for the election a sentence sizes without a verb or noun the trigger finder took:
    "turnout reached 93.87 percent in the election", "turnout was almost 90%". Given only when a
    number of the sentence has an election's role and no election trigger is found; the trigger is
    the election noun of the sentence ("election", "poll", "vote"), else the word "turnout", else the
    candidates when the sentence counts both them and the seats they run for ("288 candidates are
    vying for 125 seats").

    Args:
        sent: the sentence.
        found: the triggers already found in it.
        quantities: the quantities of the sentence.

    Returns:
        At most one new trigger (a ``triggers.Trigger``), as a list.
    """
    from dossier.extract.ontology import BY_TYPE, definitions_for  # noqa: PLC0415 -- avoids an import cycle
    from dossier.extract.triggers import Trigger  # noqa: PLC0415 -- ``triggers`` reads ``tolls``, which calls this

    election = BY_TYPE.get(models.EventType.ELECTION)
    if election is None or any(t.event_type == models.EventType.ELECTION for t in found):
        return []
    doc = sent.doc
    spans = [doc.char_span(q.start, q.end, alignment_mode="expand") for q in quantities]
    if not any(s is not None and election_role(q.counted, s) for q, s in zip(quantities, spans)):
        return []
    taken = {t.token.i for t in found}
    nouns = [t for t in sent if t.pos_ == "NOUN" and t.i not in taken and any(
        d.event_type == models.EventType.ELECTION for d in definitions_for(t.lemma_.lower(), True))]
    nouns = nouns or [t for t in sent if t.lower_ == "turnout" and t.i not in taken]
    roles = {election_role(q.counted, s): s for q, s in zip(quantities, spans) if s is not None}
    if not nouns and "candidates" in roles and "seats" in roles:
        nouns = [counted_noun(roles["candidates"])]  # "288 candidates are vying for 125 seats": the contest
    return [Trigger(token=nouns[0], definition=election, nominal=True)] if nouns else []


# Words of a shot and verbs by which it hits or is fired ("seven bullets hit him", "fired 41 rounds").
SHOT_WORDS = frozenset({"bullet", "bullets", "round", "rounds", "shot", "shots"})
HITTING = frozenset({"hit", "strike", "enter", "pierce", "wound"})
FIRING = frozenset({"fire", "discharge", "shoot", "unload", "empty"})
# Verbs of a blow counted in "times" ("shot 11 times", "stabbed 20 times").
BLOWS = frozenset({"shoot", "hit", "strike", "stab", "wound"})


def shot_role(quantity: models.Quantity, span: Span) -> str | None:
    """``hits`` for the times a victim was hit, ``shots_fired`` for shots fired, None otherwise."""
    counted = (quantity.counted or "").lower()
    noun = counted_noun(span)
    if quantity.vague:
        return None  # "several times" is no count to set against "11 times"
    if counted == "times":
        verb = noun.head
        if verb.lemma_.lower() not in BLOWS or noun.dep_ not in {"npadvmod", "advmod", "dobj"}:
            return None
        victim = any(c.dep_ in {"dobj", "nsubjpass"} and c.i != noun.i for c in verb.children)
        return "hits" if victim or verb.lemma_.lower() != "shoot" else "shots_fired"  # "shot three times at"
    if counted not in SHOT_WORDS:
        return None
    verbs = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} else []
    if noun.dep_ == "pobj" and noun.head.lower_ == "by":  # "hit by seven bullets"
        verbs.append(noun.head.head)
    verbs += [c for c in noun.children if c.dep_ in {"acl", "amod"}]  # "seven bullets fired by police"
    lemmas = {v.lemma_.lower() for v in verbs}
    if lemmas & HITTING and not (noun.dep_ == "acl" or lemmas & FIRING and noun.dep_ != "nsubj"):
        return "hits"
    return "shots_fired" if lemmas & FIRING else None


def without_hit_breakdowns(found: list[models.EventQuantity]) -> list[models.EventQuantity]:
    """Drop the hits of a sentence that gives several ("one bullet entered his shoulder, two others
    struck his legs"): a breakdown by wound, not the number of times the victim was hit."""
    hits = {(q.low, q.high) for q in found if q.role == "hits"}
    return [q for q in found if q.role != "hits"] if len(hits) > 1 else found
