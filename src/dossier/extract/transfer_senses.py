"""Custody passed on: people handed over, transferred, repatriated or extradited to another holder.

A transfer of custody is neither a release nor an arrest: the people moved are not set free and
were taken before. "The militia handed 13 foreign fighters to Iraq", "the men were transferred to
Iraqi custody", "the state repatriated two children from the camp", "he was extradited" tell that
a state, a force or an authority gives people it holds to another, or takes its own nationals home
from a camp abroad. The same verbs say other things: "handed over the keys", "transferred money"
and "returned home from holiday" move no one held; prisoners of war handed back in a swap are freed
(the exchange and its releases keep their types), as are hostages handed to their families.

So a word of moving people is a transfer when (1) what it moves is people, (2) the sentence tells
no exchange, no soldiers' return from captivity and no hostage-taking, and (3) it names where the
people go: into custody or a prison, to a state or an authority, or home; "repatriate" and
"extradite" carry the crossing of borders in themselves. A state or authority as the destination
needs a word of custody in the sentence or captives as the people moved ("the patient was
transferred to Baghdad" is a move to hospital). The checks are merged into ``trigger_fit``'s table
through ``custody_senses.CUSTODY_CHECKS``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.gazetteer import country_of, is_seat
from dossier.extract.captives import captive_party
from dossier.extract.sense_parse import of_noun_or_self, of_phrase
from dossier.extract.thing_kinds import patients, through_amount

# Where people go into custody: "transferred to Iraqi custody", "handed to the authorities".
CUSTODY_DESTINATIONS = frozenset({"custody", "detention", "prison", "jail", "gaol", "camp", "authority",
                                  "authorities", "police", "court", "tribunal", "government", "judiciary", "regime",
                                  "army", "military", "forces", "militia"})
# Destinations that stand for a state: "returned to their home countries", "sent home".
STATE_DESTINATIONS = frozenset({"country", "countries", "homeland", "homelands", "home", "motherland"})
STATE_ENTITIES = frozenset({"GPE", "NORP", "ORG"})
# Words telling that the people moved were held: then a state as the destination is a transfer.
CUSTODY_WORDS = frozenset({"custody", "detention", "detain", "detainee", "prison", "prisoner", "jail", "camp",
                           "capture", "arrest", "hold", "captive", "trial", "prosecute", "prosecution", "suspect",
                           "extradite", "extradition", "repatriate", "repatriation", "deport", "deportation"})
# Captives whose move names the custody they come from: "handed 13 prisoners to Iraq".
CAPTIVES = frozenset({"prisoner", "detainee", "captive", "suspect", "fighter", "militant", "jihadist",
                      "insurgent", "extremist", "convict", "inmate"})
# Prisoners of war handed back are freed, and a swap of them is an exchange: both keep their types.
SOLDIERS = frozenset({"soldier", "serviceman", "servicemen", "servicewoman", "personnel", "pow", "pows", "troop",
                      "sailor", "marine", "airman", "pilot", "veteran", "defender", "serviceperson"})
EXCHANGE_WORDS = frozenset({"exchange", "swap", "trade", "return"})
# A hostage handed to its family or a mediator is set free: a release.
HOSTAGE_WORDS = frozenset({"hostage", "kidnap", "kidnapper", "kidnapping", "abduct", "abduction", "captor",
                           "ransom", "hijacker"})
# The sides of a war ("handed over to the Ukrainian side"), and the humanitarian bodies and kin that
# receive people set free ("to the Red Cross", "to their families"): what they receive is a release.
FREEING_RECEIVERS = frozenset({"side", "sides", "cross", "crescent", "icrc", "unicef", "unhcr", "charity",
                               "family", "families", "relative", "relatives", "parent", "parents"})
# Verbs that name the crossing of a border to a state's own or another's justice by themselves.
BORDER_VERBS = frozenset({"repatriate", "extradite"})
DESTINATION_PREPS = frozenset({"to", "into"})


def moves_detainees(verb: Token) -> bool:
    """Whether a verb of moving people passes custody to another holder (see the module docstring).

    Args:
        verb: "transfer", "hand", "return", "repatriate" or "extradite".

    Returns:
        True for people moved into custody, to a state or an authority, or across a border.
    """
    lemma = verb.lemma_.lower()
    own = any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children)
    # an intransitive "returned to the UK and police arrested him" moves no one the next verb acts on
    moved = [_people_counted(p) for p in patients(verb)] if own or verb.dep_ == "conj" and lemma != "return" else []
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        moved.append(_people_counted(verb.head))  # "the fighters handed to Iraq"
    if not moved and own:  # "is likely to be repatriated", "expected him to be extradited"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or (
            _raised_subjects(verb) if verb.dep_ == "xcomp" else [])
        moved = [_people_counted(p) for p in subjects]
    if not moved and lemma == "return":
        return _goes_home_from_custody(verb)
    if not moved or not any(captive_party(p) for p in moved) or _freed_instead(verb, moved):
        return False
    return _names_custodial_move(verb, moved, lemma in BORDER_VERBS)


def moves_detainees_noun(noun: Token) -> bool:
    """"The transfer of 13 fighters to Iraq", "the repatriation of the children", "the handover of
    the suspects to the police": the nouns of the same move, read from their "of" phrase, possessor
    or compound. "An extradition treaty" (a noun modifying another) is no move made.

    Args:
        noun: "transfer", "handover", "repatriation" or "extradition".

    Returns:
        True when the noun moves people to a custodian, a state or across a border.
    """
    if noun.dep_ == "compound":
        return False
    moved = [_people_counted(p) for p in of_phrase(noun)]
    moved += [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}]
    if not any(captive_party(p) for p in moved) or _freed_instead(noun, moved):
        return False
    border = noun.lemma_.lower() in {"repatriation", "extradition"}
    return _names_custodial_move(noun, moved, border)


def _people_counted(noun: Token) -> Token:
    """"More than 500 of its citizens", "half of the detainees": the people an amount counts."""
    noun = through_amount(noun)
    return of_noun_or_self(noun) if noun.like_num else noun


def _names_custodial_move(word: Token, moved: list[Token], border: bool) -> bool:
    """Whether the move has a custodial destination, a state with custody told, or a border verb."""
    destinations = _destinations(word, moved)
    if any(d.lemma_.lower() in CUSTODY_DESTINATIONS or d.lower_ in CUSTODY_DESTINATIONS for d in destinations):
        return True
    if border:
        return True
    if any(_a_country(d) for d in destinations) and any(c.dep_ == "auxpass" for c in word.children):
        return True  # "she was returned to the UK": someone sent her across a border
    sentence = {t.lemma_.lower() for t in word.sent}
    held = bool(sentence & CUSTODY_WORDS) or any(p.lemma_.lower() in CAPTIVES for p in moved)
    # a state, a home, or (people known to be held) any named place: "transferred to al-Roj"
    return held and any(d.ent_type_ in STATE_ENTITIES or d.lower_ in STATE_DESTINATIONS or d.pos_ == "PROPN"
                        for d in destinations)


def _a_country(token: Token) -> bool:
    """Whether a token stands in the name of a country, not a city ("the UK", not "Baghdad")."""
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if name is None or name.label_ != "GPE":
        return False
    text = name.text[4:] if name.text.lower().startswith("the ") else name.text
    return country_of(text) is not None and not is_seat(text)


def _raised_subjects(verb: Token) -> list[Token]:
    """Who a passive infinitive moves when its subject stands on the verb above: "Roe is likely
    to be repatriated", "expected Doe to be extradited"."""
    head = verb.head
    while head.dep_ in {"xcomp", "acomp"} and head.head.i != head.i:
        head = head.head
    return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]


def _destinations(word: Token, moved: list[Token] = ()) -> list[Token]:
    """Where a verb or noun sends people: the objects of its "to"/"into" (or of those the parse hung
    on the people moved: "the transfer of 13 fighters to Iraq"), "home" as an adverb, and the
    conjuncts of each ("to Iraq and Syria")."""
    found = [g for h in (word, *moved) for c in h.children if c.dep_ in {"prep", "dative"}
             and c.lower_ in DESTINATION_PREPS for g in c.children if g.dep_ == "pobj"]
    found += [c for c in word.children if c.dep_ in {"advmod", "npadvmod", "dobj"} and c.lower_ == "home"]
    found += [c for d in found for c in d.conjuncts]
    # "to the custody of Iraq", "to the Iraqi authorities": the head word decides, its modifier the state
    found += [m for d in found for m in d.children if m.dep_ in {"amod", "compound", "poss"} and m.ent_type_]
    return found


def _freed_instead(word: Token, moved: list[Token]) -> bool:
    """Whether the move frees people rather than passes them on: soldiers among those moved, a
    sentence telling of an exchange or of hostages, prisoners given to a side of a war, to a
    humanitarian body or to their families."""
    if any(t.lemma_.lower() in SOLDIERS or t.lower_ in SOLDIERS for p in moved for t in p.subtree):
        return True  # "246 servicemen", "military personnel and civilians"
    if {t.lemma_.lower() for t in word.sent} & HOSTAGE_WORDS or _tells_exchange(word):
        return True
    return any(t.lemma_.lower() in FREEING_RECEIVERS or t.lower_ in FREEING_RECEIVERS
               for d in _destinations(word, moved) for t in d.subtree)


def _tells_exchange(word: Token) -> bool:
    """"As part of the exchange", "swapped ... and handed over", "each": a swap, whose handing
    over is its half; "returned" as another word of the sentence counts only as a noun ("in return")."""
    for token in word.sent:
        if token.i == word.i:
            continue
        lemma = token.lemma_.lower()
        if lemma == "return" and token.pos_ != "NOUN":
            continue
        if lemma in EXCHANGE_WORDS or token.lower_ in EXCHANGE_WORDS:
            return True
    return False


def _goes_home_from_custody(verb: Token) -> bool:
    """"She returned to Kazakhstan from the camp": a person leaving custody abroad for a state. An
    active "return" with no one moved is otherwise a person's own travel ("returned home from holiday")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(captive_party(s) for s in subjects):
        return False
    origins = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"]
    from_custody = any(o.lemma_.lower() in CUSTODY_DESTINATIONS - {"authority", "authorities", "government"}
                       for o in origins)
    to_state = any(d.ent_type_ in STATE_ENTITIES or d.lower_ in STATE_DESTINATIONS for d in _destinations(verb))
    return from_custody and to_state


TRANSFER_CHECKS = {
    **{("transfer", verb, False): moves_detainees
       for verb in ("transfer", "hand", "return", "repatriate", "extradite")},
    **{("transfer", noun, True): moves_detainees_noun
       for noun in ("transfer", "handover", "repatriation", "extradition")},
}
