"""Moves of a team's roster: a player signed, waived, or placed on injured reserve.

A club's roster is a set of posts, and its moves are the hirings and removals of sport news:
"signed a backup tailback" hires a player (an APPOINTMENT, as "hired" is), "waived the rookie"
and "placed the quarterback on injured reserve" take one off the active roster (a DISMISSAL: the
club removes a person from a post it holds, though for an injury rather than a fault; the
sentence that is the event's summary says which). The ontology's docstring
(``ontology_incident_types``) gives the decision.

The everyday twins stay out: "signed the treaty", "signed autographs" (no person signed), "placed
flowers on the grave", "put the plan on hold", "waived the fee" (no person put on a reserve list
or waived). The checks are registered in ``trigger_fit``'s table through ``ROSTER_CHECKS``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.person_heads import PERSON_NOUNS, is_person
from dossier.extract.thing_kinds import kinds

# The lists a player is put on when taken off the active roster ("injured reserve", "the
# disabled list", "IR", "the reserve/PUP list").
RESERVE_WORDS = frozenset({"reserve", "ir", "list"})
RESERVE_MODIFIERS = frozenset({"injured", "disabled", "reserve", "injury", "pup", "non-football"})


def _objects(verb: Token) -> list[Token]:
    """The object of a verb, or its subject when passive ("was placed on injured reserve")."""
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]


def placed_on_reserve(verb: Token) -> bool:
    """"placed the quarterback on injured reserve", "was put on IR", "moved him to the disabled
    list"; not "placed flowers on the grave" nor "put the plan on hold".

    Read from the words after the verb as well as from its parse: the parser often mistakes the
    position ("placed running back Lee on injured reserve" with "running" as a verb) or hangs the
    list on the player, and only players are put on these lists, so the phrase tells the sense.

    Args:
        verb: "place", "put" or "move".

    Returns:
        True when "on" or "to" a reserve or injury list follows the verb within a few words.
    """
    sent_end = verb.sent.end
    for token in verb.doc[verb.i + 1:min(verb.i + 9, sent_end)]:
        if token.lower_ in {"on", "to", "onto"} and _reserve_phrase(token):
            return True
    return False


def _reserve_phrase(preposition: Token) -> bool:
    """Whether the words after a preposition name a reserve list: "[the] injured reserve", "IR",
    "the disabled list", "the reserve list"."""
    doc = preposition.doc
    words = [t.lower_ for t in doc[preposition.i + 1:min(preposition.i + 5, preposition.sent.end)]]
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:1] == ["ir"]:
        return True
    return len(words) >= 2 and words[0] in RESERVE_MODIFIERS and words[1] in RESERVE_WORDS


def _person_itself(head: Token) -> bool:
    """A person by its own head word, not by a role word beside it: "an executive order" is no one."""
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in PERSON_NOUNS or kinds(head)[:1] == ["noun.person"]
    return is_person(head)


def waives_a_player(verb: Token) -> bool:
    """"waived the rookie kicker", "was waived on Monday"; not "waived the fee" nor "waived his right"."""
    return any(_person_itself(o) for o in _objects(verb))


def signs_a_player(verb: Token) -> bool:
    """"signed cornerback Ann Lee", "signed a backup tailback off the practice squad", "was signed
    to a one-year deal"; not "signed the treaty", "signed autographs" nor "signed off on the plan".

    Args:
        verb: "sign" or "re-sign".

    Returns:
        True when the one signed is a person (a name, a pronoun or a noun of people).
    """
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "signed off", "signed up"
    return any(_person_itself(o) for o in _objects(verb))


ROSTER_CHECKS = {
    **{("roster-removal", verb, False): placed_on_reserve for verb in ("place", "put", "move")},
    ("roster-removal", "waive", False): waives_a_player,
    **{("roster-signing", verb, False): signs_a_player for verb in ("sign", "re-sign")},
}
