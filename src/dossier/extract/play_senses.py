"""Words of force, custody, protest and request used of games and films: no attack, no arrest.

Split out of ``trigger_fit`` (whose ``fit_definition`` asks ``play_vetoed``) because sport and
film reports borrow the ontology's words for plays of a game and for making a film:

- "hit his receiver for a touchdown", "hit a field goal", "his jump shot", "hitting the veteran
  in the end zone" after a pass: a play of a game is near the verb, and no weapon or harm is;
- "was held to two catches" (a count of plays), "was called for a foul" (a passive call on a
  player), "rallied to forge a tie" in a game: no custody, no request, no protest;
- "marched the team to the 7" (a transitive march leads someone), "his team's shot at the
  playoffs" (a chance at an event), "visiting Evansville" (a participle before a name);
- "the film begins shooting", "the sequel is set to hit theaters": a work of film or print does
  not attack; "torturing himself over a decision" is no attack on anyone else.

A play is a noun whose WordNet domain (its own, or its hypernyms') is a sport; without WordNet a
short list of plays stands in.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract.physical_senses import ARMED_WORDS
from dossier.extract.thing_kinds import is_party, kinds, through_amount

# Depth of hypernyms searched from a domain up to sport (American football -> ... -> sport).
SPORT_DEPTH = 8
# Without WordNet: plays of the commonest games (WordNet 3.0 knows them all but "end zone").
FALLBACK_PLAYS = frozenset({"touchdown", "field goal", "jump shot", "free throw", "home run", "rebound",
                            "interception", "layup", "end zone", "penalty kick", "corner kick", "three-pointer"})
# Senses of players and teams ("winger", "striker"): a role, not a play ("right-winger" in politics).
PLAYERS = frozenset({"noun.person", "noun.group"})
# Ordinals that number a period of a game when the parser tags none.
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                      "final", "last", "opening"})
# Words that put a weapon, an armed party or a harm in the sentence: then no sport reading is taken
# ("troops hit the convoy at the pass").
HARM_WORDS = ARMED_WORDS | {"gun", "gunman", "gunmen", "gunfire", "bullet", "pistol", "rifle", "knife", "dead",
                            "death", "kill", "wound", "injure", "murder", "victim", "hospital", "convoy"}
# Results a side rallies to in a game ("rallied to forge a tie", "rallied from a deficit").
GAME_RESULTS = frozenset({"tie", "lead", "win", "victory", "draw", "deficit", "comeback", "equaliser", "equalizer"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"})
# Reflexive acts that are real harm (a suicide, a suicide bombing), which keep their reading.
SELF_HARM = frozenset({"kill", "shoot", "blow", "stab", "hang", "burn", "immolate", "detonate"})
# Kinds of what one has "a shot at" or is "captured in/on" without force: events, acts, states.
ABSTRACT_AIMS = frozenset({"noun.event", "noun.act", "noun.state", "noun.possession", "noun.attribute",
                           "noun.cognition", "noun.time"})


@lru_cache(maxsize=1)
def _sport() -> frozenset[tuple[int, str]]:
    return frozenset((s.offset, s.pos) for s in wordnet.synsets("sport", "n")[:1])


@lru_cache(maxsize=4096)
def _sport_domain(offset: int, pos: str) -> bool:
    """Whether a domain synset is a sport (American football, basketball...) or sport itself."""
    return bool(wordnet.hypernym_closure(wordnet.synset_at(pos, offset), SPORT_DEPTH) & _sport())


@lru_cache(maxsize=8192)
def _is_play_word(word: str) -> bool:
    """One of the word's first two senses belongs to a sport's domain ("touchdown", "pass", "foul");
    only the sense's own domain counts, since one level up "zone" and "break" would count too."""
    if word in FALLBACK_PLAYS:
        return True
    return any(s.lexname not in PLAYERS and any(_sport_domain(o, p) for o, p in s.targets([";c"]))
               for s in wordnet.synsets(word, "n")[:2])


@lru_cache(maxsize=4096)
def _is_game_period(word: str) -> bool:
    """"Quarter", "inning", "half": one of the first three senses is a time of a sport."""
    return any(s.lexname == "noun.time" and any(_sport_domain(o, p) for o, p in s.targets([";c"]))
               for s in wordnet.synsets(word, "n")[:3])


def is_play(noun: Token) -> bool:
    """Whether a noun (with its compound: "jump shot", "field goal") names a play of a game.

    Args:
        noun: a noun token.

    Returns:
        True for touchdowns, field goals, jump shots, passes, fouls and the like; never for names.
    """
    if noun.pos_ != "NOUN" or noun.ent_type_ not in {"", "DATE", "TIME"}:
        return False  # a name is no play; "the fourth quarter" is tagged a date
    compounds = [c for c in noun.children if c.dep_ in {"compound", "amod"} and c.i == noun.i - 1]
    forms = [f"{c.lower_} {noun.lemma_.lower()}" for c in compounds] + [noun.lemma_.lower()]
    if any(_is_play_word(form) for form in forms):
        return True
    ordinal = any(c.ent_type_ == "ORDINAL" or c.lower_ in ORDINALS for c in noun.children)
    return ordinal and _is_game_period(noun.lemma_.lower())  # "the fourth quarter", "the ninth inning"


def _harm_near(token: Token) -> bool:
    return any(t.lemma_.lower() in HARM_WORDS or t.lower_ in HARM_WORDS for t in token.sent)


def in_play(verb: Token) -> bool:
    """Whether a verb of force or custody tells a play: a play of a game among its own words
    ("hit Wayne for a touchdown", "hit a field goal"), or in its sentence with a named or personal
    target ("threw a pass ... before hitting the veteran"), and no weapon or harm in the sentence.

    Args:
        verb: the trigger.

    Returns:
        True when the verb reports a play of a game.
    """
    if _harm_near(verb):
        return False
    if verb.i > 0 and _is_play_word(f"{verb.nbor(-1).lower_} {verb.lower_}"):
        return True  # "his jump shot" parsed as a participle "shot"
    if any(is_play(t) for t in verb.subtree if t.i != verb.i):
        return True
    return any(is_play(t) for t in verb.sent if t.i != verb.i) and any(
        c.dep_ in {"dobj", "nsubjpass"} and is_party(c) for c in verb.children)


def marches_someone(verb: Token) -> bool:
    """"Marched the team down the field", "marched the prisoners away": a transitive march leads
    someone; a protest march has no object."""
    return any(c.dep_ == "dobj" for c in verb.children)


def rallied_in_game(verb: Token) -> bool:
    """"Rallied to forge a tie", "rallied from a deficit to win": a side coming back in a game,
    told by the result it rallied to; "rallied to demand reforms" stays a protest."""
    return any(t.lemma_.lower() in GAME_RESULTS for t in verb.subtree if t.i != verb.i)


def fights_through(verb: Token) -> bool:
    """"Fighting through a double-team", "fought through the pain": pushing past something, not
    fighting anyone; "fought through the night" (a time) or "through the streets" (a place) is a fight."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    passed = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "through" for p in c.children
              if p.dep_ == "pobj"]
    return any(p.pos_ == "NOUN" and not {"noun.time", "noun.location"} & set(kinds(p)[:2]) for p in passed)


def held_to_count(verb: Token) -> bool:
    """"Was held to two catches", "held to 12 points": kept to a number, not in custody; "held to
    ransom" has no number."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "nummod" or g.like_num for p in c.children if p.dep_ == "pobj" for g in p.subtree)
        for c in verb.children)


def called_on_player(verb: Token) -> bool:
    """"Davis was called for interference": a passive "called for" with a person as subject is an
    official's call (or a summons), not a request; "called for a truce" (active) is one."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    has_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return passive and has_for and any(s.ent_type_ == "PERSON" or s.lower_ in {"he", "she"} for s in subjects)


def chance_at(verb: Token) -> bool:
    """"A shot at the playoffs", "their shot at the title": a chance at an event or a prize, not a
    shot at a person, a place or a thing."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    aims = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children if p.dep_ == "pobj"]
    return any(not is_party(a) and kinds(a)[:1] and kinds(a)[0] in ABSTRACT_AIMS for a in aims)


def harms_only_self(verb: Token) -> bool:
    """"Torturing himself over the decision", "beat herself up": a reflexive object of a verb of
    force is no attack, except the reflexives of real self-harm ("killed himself")."""
    if verb.lemma_.lower() in SELF_HARM:
        return False
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)


def _doers(verb: Token) -> list[Token]:
    """Subjects of the verb, or of the verbs it completes ("the film is set to hit theaters")."""
    current = verb
    for _ in range(3):
        found = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found or current.dep_ not in {"xcomp", "conj"}:
            return found
        current = current.head
    return []


def _is_work(noun: Token) -> bool:
    if noun.ent_type_ == "WORK_OF_ART":
        return True
    return noun.pos_ == "NOUN" and not is_party(noun) and kinds(noun)[:1] == ["noun.communication"]


def work_acts(verb: Token) -> bool:
    """"The film begins shooting in August", "the sequel is scheduled to hit theaters", "the report
    hit the government": a work of film or print (or a message) shoots or hits no one. Also a
    work shot ("shooting the film", "the scene was shot")."""
    patients = [through_amount(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_is_work(d) for d in _doers(verb)) or any(_is_work(p) for p in patients)


def attributive(token: Token) -> bool:
    """"Visiting Evansville", "the visiting team", "a striking image", "it's striking that": a
    participle used as an adjective, before its noun or after "be" with nothing acted on."""
    if token.dep_ in {"amod", "compound"} or token.tag_ == "JJ":
        return True
    if token.tag_ != "VBG" or any(c.dep_ in {"dobj", "nsubjpass", "prep", "dative"} for c in token.children):
        return False
    return token.dep_ in {"acomp", "ROOT"} and any(
        c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"} for c in token.children)
