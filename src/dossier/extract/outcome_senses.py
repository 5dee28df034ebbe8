"""Sense checks for happenings that end something: a game won, a verdict, a life taken, talks quit
(and, through ``road_senses``, a pedestrian struck by a car).

The ontology's definitions "contest", "court-outcome", "suicide", "quit-talks" and "collision" take
very common verbs ("win", "find", "kill", "pull", "hit"), which report such an outcome in one
construction only: "won the game", not "won support"; "found him guilty", not "found the report";
"killed himself", not "killed three soldiers"; "pulled out of the talks", not "pulled a gun";
"struck by a car", not "struck by a missile". Each check reads that construction from the parse.
Kept apart from the other ``*_senses`` modules because these words are ordinary outside these
frames and the checks are about the frame, not the word.

Known limits: one parse per sentence; sport is told by the words of the sentence (a score, a game,
a season), so a result told with none of them ("Lyon beat Nantes") is missed.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dossier.extract import road_senses

# What is won or lost in a contest ("won the title", "clinched a playoff berth", "lost the final").
PRIZES = frozenset({"game", "match", "title", "championship", "cup", "tournament", "medal", "gold", "silver",
                    "bronze", "series", "final", "semifinal", "pennant", "trophy", "berth", "spot", "crown", "bout",
                    "playoff", "playoffs", "marathon", "race", "league", "division", "contest", "showdown",
                    "derby", "rematch", "tiebreaker", "victory", "win", "place"})
# Prizes that are contests of sport by themselves ("won the marathon", "lost the semifinal").
SPORT_PRIZES = frozenset({"game", "match", "championship", "tournament", "cup", "trophy", "pennant", "marathon",
                          "bout", "derby", "playoff", "playoffs", "semifinal", "final", "rematch", "tiebreaker"})
# Words that place a sentence in sport (a game, its scoring, its seasons and places).
SPORT_WORDS = frozenset({"game", "games", "match", "season", "playoff", "playoffs", "touchdown", "goal", "quarter",
                         "inning", "innings", "overtime", "league", "championship", "tournament", "coach", "team",
                         "basket", "rebound", "rebounds", "yard", "yards", "olympic", "olympics", "semifinal", "final",
                         "berth", "stadium", "halftime", "kickoff", "scorer", "scoring", "points", "striker",
                         "quarterback", "pitcher", "fans", "cup", "derby", "race"})
# Words that place a contest in politics, war or court instead ("won the race for governor",
# "defeated the rebels", "a victory in court").
NOT_SPORT = frozenset({"election", "vote", "votes", "poll", "polls", "ballot", "referendum", "war", "battle",
                       "troops", "rebels", "army", "militants", "lawsuit", "appeal", "bill", "motion", "candidate",
                       "governor", "senate", "parliament", "seat", "seats", "nomination", "primary"})
# A game's score: "20-13", "20 - 13", "13-all".
SCORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?(?:\d{1,3}|all)\b")
# Nouns of a game's result ("the 20-13 win", "a 3-1 defeat", "the overtime loss").
RESULT_NOUNS = frozenset({"victory", "win", "defeat", "loss"})
RESULT_VERBS = frozenset({"beat", "defeat", "edge", "rout", "down", "top", "outlast", "outscore", "blank", "lose"})
RECORD_NOUNS = frozenset({"record", "mark"})
# Words that make "game" or "match" a fixture of a competition ("the playoff game", "a cup match").
GAME_MODIFIERS = frozenset({"playoff", "playoffs", "divisional", "championship", "title", "league", "cup", "home",
                            "road", "wild-card", "semifinal", "final", "quarterfinal", "exhibition", "preseason",
                            "bowl", "conference", "division", "opening", "rivalry", "derby", "qualifying", "group"})
GAME_NOUNS = frozenset({"game", "match", "playoff", "final", "semifinal", "tilt", "showdown", "fixture"})
RIVAL_PREPS = frozenset({"against", "between", "versus", "vs", "vs."})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "yourself", "ourselves"})
COURT_FINDINGS = frozenset({"guilty", "innocent"})
# What one pulls out of or walks away from when quitting talks or a deal.
TALKS_OR_DEALS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "deal",
                            "agreement", "accord", "pact", "treaty", "contract", "bid", "merger", "takeover",
                            "project", "sequel"})
QUIT_PARTICLES = frozenset({"out", "away"})
def _political(token: Token) -> bool:
    """Whether the sentence of a word holds a word of elections, war or courts."""
    sent = token.sent
    return bool(({t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}) & NOT_SPORT)


def sporting(token: Token) -> bool:
    """Whether the sentence of a word is about sport: it holds a score or a word of games and
    seasons, and no word of elections, war or courts.

    Args:
        token: any word of the sentence.

    Returns:
        True for a sentence about a game, a season or a race.
    """
    sent = token.sent
    if _political(token):
        return False
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    return bool(SCORE.search(sent.text)) or bool(words & SPORT_WORDS)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def wins_a_prize(verb: Token) -> bool:
    """"won the game", "clinched a playoff berth", "lost the final", "won 20-13": a contest's
    result; not "won support", "lost his job" or "won the election".

    Args:
        verb: "win", "clinch", "lose", "capture", "claim", "earn" or "secure".

    Returns:
        True when the object is a prize of a contest in a sentence about sport, or the verb has
        no object and the sentence gives a score.
    """
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1 or any(c.dep_ in {"dative", "nsubjpass", "auxpass"} for c in verb.children):
        return False  # "earned him the title 'the Boss'" (a name given), "was lost for the season" (injured)
    if not (sporting(verb) or (not _political(verb) and any(_lemma(o) in SPORT_PRIZES for o in objects))):
        return False
    if objects:  # an award "of" something ("a medal of honour") is no prize of a contest
        return any((_lemma(o) in PRIZES or o.lower_ in PRIZES)
                   and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children) for o in objects)
    return _lemma(verb) in {"win", "lose"} and bool(SCORE.search(verb.sent.text))


def beats_a_rival(verb: Token) -> bool:
    """"beat the visitors 20-13", "defeated the champions in overtime": one side beating another
    in a game; not "defeated the rebels" (war) nor "beat the prisoners" (no game).

    Args:
        verb: "beat", "defeat", "edge", "rout", "down", "top".

    Returns:
        True when the verb has an object or a passive subject in a sentence about sport.
    """
    has_rival = any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)
    return has_rival and sporting(verb) and not any(c.dep_ == "prt" for c in verb.children)


def sets_a_record(verb: Token) -> bool:
    """"broke the scoring record", "set a school record", "tied the mark": a record in sport;
    not "set the record straight" nor "prices hit a record".

    Args:
        verb: "set", "break", "tie", "equal".

    Returns:
        True when the object is a record and the sentence is about sport.
    """
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    held = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in {"on", "of"}
            for g in p.children if g.dep_ == "pobj"]  # "broke his 30-year hold on the record"
    if not any(_lemma(o) in RECORD_NOUNS for o in objects + held):
        return False
    if any(c.dep_ in {"oprd", "acomp", "advmod"} and c.lower_ == "straight" for c in verb.children):
        return False
    return sporting(verb)


def passes_for_record(verb: Token) -> bool:
    """"passed the old star for the record": overtaking a record holder; not "passed the bill".

    Args:
        verb: "pass".

    Returns:
        True when a "for" phrase holds a record and the one passed is a person named, or the
        sentence is about sport.
    """
    record = any(c.dep_ == "prep" and c.lower_ == "for" and any(_lemma(g) in RECORD_NOUNS for g in c.subtree)
                 for c in verb.children)
    person = any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)
    return record and (person or sporting(verb))


def _fixture(noun: Token) -> bool:
    """A game or match of a competition: a modifier names it ("the playoff game") or a rival does
    ("the match against the champions")."""
    if _lemma(noun) not in GAME_NOUNS:
        return False
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    if any(_lemma(m) in GAME_MODIFIERS or m.lower_ in GAME_MODIFIERS for m in modifiers):
        return True
    return any(c.dep_ == "prep" and c.lower_ in RIVAL_PREPS for c in noun.children)


def game_noun(noun: Token) -> bool:
    """"the playoff game", "Sunday's cup match", "the final against the hosts": a fixture of a
    competition; not "a video game", "the waiting game" nor "a match for the suspect's DNA".

    Args:
        noun: "game", "match", "playoff", "final", "tilt", "showdown" or "fixture".

    Returns:
        True for a fixture (see ``_fixture``) in a sentence about sport.
    """
    if _lemma(noun) in {"playoff", "playoffs"}:
        return noun.dep_ not in {"compound", "amod"} and sporting(noun)
    return _fixture(noun) and sporting(noun)


def meets_a_rival(verb: Token) -> bool:
    """"are due to meet the Steelers in a playoff match", "will face the hosts in the final",
    "take on the champions", "will play in the cup final": one side playing another; not "met
    the owner" nor "played a role".

    Args:
        verb: "meet", "face", "play" or "take" ("take on").

    Returns:
        True when the verb has a rival (a name, or "against" one) or plays in a fixture, in a
        sentence that names a fixture or a score.
    """
    if _lemma(verb) == "take" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return False
    if not sporting(verb):
        return False
    fixtures = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" and _fixture(g)]
    if fixtures:
        return True
    rivals = [c for c in verb.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in {"ORG", "GPE"})]
    against = any(c.dep_ == "prep" and c.lower_ in RIVAL_PREPS for c in verb.children)
    game_words = {t.lemma_.lower() for t in verb.sent} & GAME_NOUNS
    return bool(rivals or against) and (bool(game_words) or bool(SCORE.search(verb.sent.text)))


def contest_noun(noun: Token) -> bool:
    """"the 20-13 victory", "after the win over the champions": a game's result, in a sentence
    about sport; not "an election victory" nor "a win for democracy".

    Args:
        noun: "victory", "win" or "defeat".

    Returns:
        True in a sentence about sport, with no political modifier.
    """
    return sporting(noun)


def scored_result(noun: Token) -> bool:
    """"a 27-24 overtime loss", "the 3-1 win": a result noun with a game's score before it, which only
    a game played can have. The score may be one token or split by the tokenizer ("27 - 24").

    Args:
        noun: "victory", "win", "defeat" or "loss".

    Returns:
        True when a score stands among the few words before the noun, inside its noun phrase.
    """
    if noun.lemma_.lower() not in RESULT_NOUNS:
        return False
    start = min(t.i for t in noun.subtree)
    before = noun.doc[max(start, noun.i - 6):noun.i].text
    return bool(SCORE.search(before))


def game_loss(noun: Token) -> bool:
    """"the 27-24 loss at Chicago", "Sunday's loss to the Rams": a game lost, told by its score or its
    rival ("to", "at", "against"), in a sentence about sport; not "job losses", "loss of life" nor
    "a loss to the family".

    Args:
        noun: "loss".

    Returns:
        True for a scored loss, or one to a named rival, in a sentence about sport.
    """
    if not sporting(noun) or noun.dep_ == "compound":
        return False
    return scored_result(noun) or bool(_rivals(noun))


def _rivals(noun: Token) -> list[Token]:
    """The named side a result was against: "to the Bears", "over San Francisco", "at Chicago"."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "at", "against", "over", "vs", "vs."}
            for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in {"ORG", "GPE", "NORP"})]


def result_told(noun: Token) -> bool:
    """"the 27-24 loss", "the win over San Francisco", "last week's loss to the Bears": a result noun
    with a score or a named rival reports a game that was played, wherever it stands in the
    sentence (``eventive``). Whether the sentence is about sport is checked by the contest checks.

    Args:
        noun: any noun.

    Returns:
        True for "victory", "win", "defeat" or "loss" with a score before it or a named rival.
    """
    return noun.lemma_.lower() in RESULT_NOUNS and (scored_result(noun) or bool(_rivals(noun)))


def takes_own_life(verb: Token) -> bool:
    """"hanged himself", "killed herself", "was found hanged", "committed suicide", "took his own
    life": a suicide; not "hanged a picture", "killed three soldiers" nor "took his life in his hands".

    Args:
        verb: "hang", "kill", "commit" or "take".

    Returns:
        True when the verb's object is the doer (a reflexive pronoun, "his own life", "suicide"),
        or "hanged" is what someone was found.
    """
    lemma = _lemma(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in {"hang", "kill"}:
        if any(o.lower_ in REFLEXIVES for o in objects):
            return True
        return lemma == "hang" and verb.dep_ in {"xcomp", "oprd"} and _lemma(verb.head) == "find"
    if lemma == "commit":
        return any(_lemma(o) == "suicide" for o in objects)
    if lemma == "take":
        return any(_lemma(o) == "life" and any(c.lower_ == "own" for c in o.children) for o in objects)
    return False


def suicide_noun(noun: Token) -> bool:
    """"his suicide", "the suicide of the boss": a death; not "a suicide bomber" (a modifier),
    "a suicide attempt" nor "attempted suicide".

    Args:
        noun: "suicide".

    Returns:
        True when the noun heads its phrase and nothing makes it an attempt or an attack.
    """
    if noun.dep_ in {"compound", "amod", "nmod"}:
        return False
    modifiers = {_lemma(c) for c in noun.children if c.dep_ in {"amod", "compound"}}
    return not modifiers & {"attempt", "attempted", "failed", "assisted", "bomb", "bombing", "attack"}


def court_finding(verb: Token) -> bool:
    """"found him guilty", "was found not guilty", "pleaded guilty", "confessed to killing": a step
    of a criminal case; not "found the report", "pleaded for calm" nor "confessed that he was nervous".

    Args:
        verb: "find", "plead" or "confess".

    Returns:
        True for a finding or plea of guilt, or a confession to a deed.
    """
    lemma = _lemma(verb)
    if lemma in {"find", "plead"}:
        predicates = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp", "advmod", "dobj"}]
        return any(p.lower_ in COURT_FINDINGS or (p.lower_ == "contest" and lemma == "plead") for p in predicates)
    if lemma == "confess":
        deeds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ in {"pobj", "pcomp"}]
        deeds += [c for c in verb.children if c.dep_ == "dobj"]
        return any(_lemma(d) not in {"be", "feel", "have", "love", "nothing", "something"} for d in deeds)
    return False


def plea_noun(noun: Token) -> bool:
    """"a guilty plea", "a plea of not guilty", "the plea deal": a step of a criminal case; not "a
    plea for help" (a request).

    Args:
        noun: "plea".

    Returns:
        True when guilt, innocence or a bargain qualifies the plea.
    """
    words = {c.lower_ for c in noun.subtree} | {noun.head.lemma_.lower()}
    return bool(words & (COURT_FINDINGS | {"bargain", "deal", "contest"}))


def quits_talks(verb: Token) -> bool:
    """"pulled out of negotiations", "walked away from the deal", "backed out of the contract",
    "withdrew from the talks": a party quitting talks or a deal; not "pulled out a gun" nor
    "walked away from the crash".

    Args:
        verb: "pull", "walk", "back", "drop" or "withdraw".

    Returns:
        True when a particle or preposition of leaving governs talks or a deal.
    """
    leaving = any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in QUIT_PARTICLES for c in verb.children)
    if not leaving and _lemma(verb) != "withdraw":
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in QUIT_PARTICLES]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _lemma(obj) in TALKS_OR_DEALS or obj.lower_ in TALKS_OR_DEALS:
                return True
    return False


OUTCOME_CHECKS = {
    **{("contest", verb, False): wins_a_prize for verb in ("win", "clinch", "capture", "claim", "earn", "secure")},
    **{("contest", verb, False): beats_a_rival for verb in RESULT_VERBS - {"lose"}},
    ("contest", "lose", False): wins_a_prize,
    **{("contest", verb, False): sets_a_record for verb in ("set", "break", "tie", "equal")},
    **{("contest", noun, True): contest_noun for noun in ("victory", "win", "defeat")},
    ("contest", "loss", True): game_loss,
    **{("contest", noun, True): game_noun for noun in GAME_NOUNS | {"playoffs"}},
    **{("contest", verb, False): meets_a_rival for verb in ("meet", "face", "play", "take")},
    ("contest", "pass", False): passes_for_record,
    **{("suicide", verb, False): takes_own_life for verb in ("hang", "kill", "commit", "take")},
    ("suicide", "suicide", True): suicide_noun,
    **{("court-outcome", verb, False): court_finding for verb in ("find", "plead", "confess")},
    ("court-outcome", "plea", True): plea_noun,
    **{("quit-talks", verb, False): quits_talks for verb in ("pull", "walk", "back", "drop", "withdraw")},
    **road_senses.ROAD_CHECKS,  # "struck by a van": a road accident
}
