"""A fight named as a campaign, a role or an aim, not as a happening on a day.

"Fight" and "battle" name both a clash on a day ("fighting broke out in the town on Sunday",
"troops battled rebels in the streets") and a struggle carried on for months or years that
people take part in ("the militia bore the brunt of fighting the insurgents", "volunteers armed
to fight the jihadists", "two Canadians killed fighting the militants", "the battle against
the insurgents has lasted four years"). The second use reports no happening: merged across
articles, such mentions gather into one "fight" spanning years whose dates disagree.

The campaign use is read from the form of the verb, not from what is fought: a fight verb that
is not finite and has no time of its own is an activity, an aim or a role:

- an infinitive ("armed to fight them", "continuing to fight them", "wanted them to fight");
- a bare infinitive after "let", "help" or "make" ("let them fight the rebels", "helped fight");
- a gerund or participle with no auxiliary ("the brunt of fighting them", "focused on fighting
  them", "fighting them has cost lives", "killed (while) fighting them", "a sniper, fighting
  alongside volunteers");
- a fight noun aimed "against" a party, at no named place ("the battle against the insurgents").

A finite fight ("rebels fought troops in the streets", "forces are fighting the militants near
the town") and the noun "fighting" as a thing that happens ("heavy fighting broke out", "the
fighting killed 12") stay events. A campaign mention is background (``events._background``): a
timeline keeps it only with a date of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of a struggle that can be carried on over time, and their nouns.
CAMPAIGN_VERBS = frozenset({"fight", "battle", "combat", "struggle"})
CAMPAIGN_NOUNS = frozenset({"fight", "fighting", "battle", "struggle", "combat", "war", "campaign"})
# Verbs whose bare infinitive names what someone lets, helps or makes happen ("let them fight").
ENABLING = frozenset({"let", "help", "make"})
# Dependencies of a non-finite verb form: complement of a preposition, clausal subject, open
# complement, adverbial or adjectival clause.
NONFINITE_DEPS = frozenset({"pcomp", "csubj", "csubjpass", "xcomp", "advcl", "acl"})
# Prepositions naming the sides of a fight that happens ("fighting between the factions").
RECIPROCAL = frozenset({"between", "among", "amongst"})
# Prepositions of place, and of the place fought over ("the battle for the city").
LOCATIVE = frozenset({"in", "at", "near", "around", "outside", "inside", "for", "across", "over"})
# Named-entity labels of a place: "the battle against the militants in Mosul" is a battle there.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def campaign_reference(token: Token, nominal: bool) -> bool:
    """Whether a fight trigger names a campaign, a role or an aim rather than one happening."""
    if token.tag_ != "VBG" and (nominal or token.pos_ in {"NOUN", "PROPN"}):
        return _noun_against(token) or _misread_gerund(token)
    if token.lemma_.lower() not in CAMPAIGN_VERBS:
        return False
    return _infinitive(token) or _enabled(token) or _gerund(token)


def _infinitive(verb: Token) -> bool:
    """"armed to fight them", "continuing to fight them", "wanted them to fight"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _enabled(verb: Token) -> bool:
    """"Let them fight the rebels", "helped fight the insurgents" (the parser may read "helped"
    as the verb's auxiliary)."""
    if verb.tag_ != "VB":
        return False
    if verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in ENABLING:
        return True
    return any(c.dep_ == "aux" and ({c.lemma_.lower(), c.lower_} & ENABLING or c.lower_.startswith("help"))
               for c in verb.children)


def _gerund(verb: Token) -> bool:
    """A gerund or participle carried by another word ("the brunt of fighting them", "killed
    fighting them"): no auxiliary of its own, so no tense and no day."""
    if verb.tag_ != "VBG" or verb.dep_ not in NONFINITE_DEPS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in RECIPROCAL for c in verb.children):
        return False  # "fighting between the factions has raised fears": the noun, a happening
    return not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)


def _misread_gerund(noun: Token) -> bool:
    """"In terms of fighting the rebels" with "fighting" tagged a noun: one that takes a direct
    object is the gerund all the same."""
    return noun.lower_ == "fighting" and any(c.dep_ == "dobj" for c in noun.children)


def _noun_against(noun: Token) -> bool:
    """"The battle against the insurgents", "the fight against the militants": a struggle with a
    party, at no named place (then it is the battle there); the party may be a country."""
    if noun.lemma_.lower() not in CAMPAIGN_NOUNS and noun.lower_ not in CAMPAIGN_NOUNS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children):
        return False
    return not any(t.ent_type_ in PLACE_LABELS and _located(t) for t in noun.subtree if t.i != noun.i)


def _located(name: Token) -> bool:
    """A place name under a preposition of place ("in Mosul", "for Raqqa"), not a party fought
    ("the war against Iraq")."""
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in LOCATIVE
