"""Whose blast: a bomb's, when the sentence or the article before it told of a bombing.

A blast or an explosion is an accident of itself ("an explosion at the refinery killed 11
workers"), and the trigger rules type it so. But news of a bombing tells the bomb once, in its
lead, and then speaks of "the blast", "the explosions" or "a massive blast ... killing 40": the
same words now name the attack. What the writer said caused the blast decides:

- a blast marked as an accident's ("a gas explosion", "the boiler blast", "an explosion at the
  chemical plant", "the volcanic blast") stays a disaster, whatever else the article says;
- otherwise, when its own sentence or an earlier one tells of a bomb, a bombing, a bomber, an
  explosive device or terrorism (not denied: "police ruled out a bomb", "no sign of terrorism"),
  the blast is that attack;
- with no bombing told, it stays a disaster.

``harm_context`` retypes the drafts; this module only reads the words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Nouns and verbs of a blast.
BLAST_NOUNS = frozenset({"explosion", "blast", "detonation", "blowup", "blow-up"})
BLAST_VERBS = frozenset({"explode", "detonate", "blow"})
# Words telling that someone set off a blast: a bomb, its maker, its deed, or terrorism.
BOMB_WORDS = frozenset({"bomb", "bombing", "bomber", "car-bomb", "carbomb", "explosive", "explosives",
                        "detonator", "ied", "grenade", "terrorism", "terrorist", "terrorists"})
# What blows up of itself, or where an accident's blast happens: "a gas explosion", "the blast at the refinery".
ACCIDENT_SOURCES = frozenset({
    "gas", "methane", "propane", "butane", "boiler", "furnace", "fuel", "tank", "tanker", "pipeline", "pipe",
    "refinery", "plant", "factory", "mill", "reactor", "transformer", "dust", "firework", "fireworks",
    "volcano", "volcanic", "eruption", "coal", "colliery", "oil", "rig", "chemical", "chemicals",
    "fertilizer", "warehouse", "depot", "steam", "cylinder", "stove", "heater", "battery", "engine", "sawmill",
})
# Verbs and words that deny a bomb ("ruled out a bomb", "no evidence of terrorism").
DENIALS = frozenset({"rule", "exclude", "deny", "dismiss", "discount"})
# Verbs of harm a blast can be the doer or cause of.
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim", "damage", "destroy", "wreck", "rip", "tear",
                        "level", "flatten", "shatter", "devastate"})
CAUSE_PREPS = frozenset({"in", "by", "from", "after", "following", "during"})


def bombing_told(sent: Span) -> bool:
    """Whether the sentence or an earlier one of its article tells of a bomb or terrorism, not denied.

    Args:
        sent: the sentence a blast stands in.

    Returns:
        True when a bomb word stands in the article up to the sentence's end and is not denied.
    """
    doc = sent.doc
    return any(_bomb_word(t) and not _denied(t) for t in doc[:sent.end])


def _bomb_word(token: Token) -> bool:
    """A bomb word used as a noun or a modifier ("the bomb", "terrorist blasts"); "explosive" only as
    a noun ("explosives were found"), not as a quality ("an explosive issue")."""
    word, lemma = token.lower_, token.lemma_.lower()
    if word.startswith("explosive"):
        return token.pos_ in {"NOUN", "PROPN"}
    return word in BOMB_WORDS or lemma in BOMB_WORDS or word.endswith(("bombing", "bombings"))


def _denied(word: Token) -> bool:
    """"No bomb was found", "ruled out terrorism", "there was no sign of a bomb", "not a bomb"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return True
    current = word
    for _ in range(4):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in current.children):
            return True
        if current.pos_ in {"VERB", "AUX"}:
            return current.lemma_.lower() in DENIALS or any(c.dep_ == "neg" for c in current.children)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def accident_blast(blast: Token) -> bool:
    """Whether a blast is marked as an accident's: by its modifiers ("a gas explosion", "the
    volcanic blast"), what blew up ("the explosion of a fuel tank") or where ("at the refinery")."""
    words = [c for c in blast.subtree if c.i != blast.i and c.pos_ in {"NOUN", "PROPN", "ADJ"}]
    return any(w.lemma_.lower() in ACCIDENT_SOURCES or w.lower_ in ACCIDENT_SOURCES for w in words)


def blast_of(token: Token) -> Token | None:
    """The blast a disaster's trigger tells: the trigger itself ("the explosions"), or the doer or
    cause of a verb of harm ("the blast killed 30", "killed in an explosion", "a blast wrecked the
    building, killing 30"). A verb of blowing up ("the depot exploded") is its own blast."""
    if token.lemma_.lower() in BLAST_NOUNS or token.lower_ in BLAST_NOUNS:
        return token
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    if token.lemma_.lower() in BLAST_VERBS:
        return token
    verbs = [token]
    if token.dep_ in {"advcl", "conj", "xcomp"} and token.head.pos_ == "VERB":
        verbs.append(token.head)  # "a blast wrecked the building, killing 30"
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and _is_blast(child):
                return child
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in CAUSE_PREPS):
                found = next((g for g in child.children if g.dep_ == "pobj" and _is_blast(g)), None)
                if found is not None:
                    return found
        if verb is not token and verb.lemma_.lower() in BLAST_VERBS:
            return verb  # "the tank exploded, killing 11"
    return None


def _is_blast(noun: Token) -> bool:
    return noun.lemma_.lower() in BLAST_NOUNS or noun.lower_ in BLAST_NOUNS


def bomb_blast(token: Token) -> bool:
    """Whether a disaster's trigger tells a blast that the sentence or its article says a bomb set
    off (see the module docstring).

    Args:
        token: the trigger of a draft typed a disaster.

    Returns:
        True when it should be read as an attack.
    """
    blast = blast_of(token)
    if blast is None or accident_blast(blast):
        return False
    if blast.pos_ in {"VERB", "AUX"}:  # what blew up: "the tank exploded" is an accident
        subjects = [c for c in blast.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(accident_blast(s) or s.lemma_.lower() in ACCIDENT_SOURCES for s in subjects):
            return False
    return bombing_told(token.sent)
