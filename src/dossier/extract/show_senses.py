"""Words of meeting and force used of shows, sport and work: no meeting, no attack.

Split out of ``trigger_fit`` (whose ``_CHECKS`` table calls these) because they are one group:
the sense a word of the ontology takes in entertainment, sport and labour news, told by what kind
of thing it acts on or who does it:

- "hosted the ceremony", "hosting the awards", "the show was hosted by a comedian": a host of a
  show, a ceremony, a contest or a broadcast presents it; he meets no one. "Hosted the talks",
  "hosted the delegation" or "hosted a summit" stays a meeting;
- "he hit." and "hitting for power" (a batter), "hit 26 home runs", "hit a low 32 million viewers"
  (an audience or a figure reached), "a hit or miss" (a success): no blow to anyone;
- "the writers strike", "the actors' strike": a strike called by people of a trade is a labour
  strike; "a lightning strike" is weather.

Kinds are read from WordNet (the first senses of a noun and the words above them); without WordNet
a short list of show nouns stands in, and the rest is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract.physical_senses import ARMED_DOERS
from dossier.extract.sense_parse import of_phrase
from dossier.extract.thing_kinds import kinds

# Heads (WordNet 3.0 nouns) of what a host presents rather than meets: shows, ceremonies, prizes,
# contests, broadcasts and feasts. Checked against the first two senses of the guest and the
# words above them, so "the Tonys" (an award) and "the program" (a broadcast) are found.
SHOW_ROOTS = ("show", "ceremony", "award", "broadcast", "contest", "festival", "celebration",
              "entertainment", "performance", "game", "tournament")
# Without WordNet: the commonest of them.
SHOW_NOUNS = frozenset({"show", "ceremony", "award", "awards", "oscars", "gala", "broadcast", "program",
                        "programme", "festival", "contest", "pageant", "telecast", "tournament", "games"})
# Prepositions through which a verb of hitting still reaches a target ("hit at", "hit back").
TARGET_PREPS = frozenset({"at", "on", "against", "into", "back"})
# Modifiers of a reached figure ("hit a low", "hit a record high").
FIGURE_WORDS = frozenset({"million", "billion", "low", "high", "record", "peak", "mark"})
# People of a trade who strike with their hands, not with arms; armed ones are left to the attack.
ARMED_PEOPLE = ARMED_DOERS | {"terrorist", "jihadist", "sniper", "bomber", "pilot", "gunner", "suicide"}
# Names that hit as states and armies do ("Israel hit back"): never a batter.
PLACES_AND_GROUPS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
# Lexicographer files of weather and nature ("a lightning strike").
WEATHER_KINDS = frozenset({"noun.phenomenon"})


@lru_cache(maxsize=1)
def _show_offsets() -> frozenset[tuple[int, str]]:
    return frozenset((s.offset, s.pos) for root in SHOW_ROOTS for s in wordnet.synsets(root, "n")[:1])


def _is_show(noun: Token) -> bool:
    """Whether a noun names a show, ceremony, prize, contest or broadcast ("the 2007 Oscars")."""
    forms = {noun.lower_, noun.lemma_.lower()}
    if forms & SHOW_NOUNS:
        return True
    if not wordnet.available():
        return False
    roots = _show_offsets()
    for form in forms | {f[:-1] for f in forms if f.endswith("s")}:
        for synset in wordnet.synsets(form, "n")[:2]:
            if (synset.offset, synset.pos) in roots or wordnet.hypernym_closure(synset, 8) & roots:
                return True
    return False


def hosts_a_show(verb: Token) -> bool:
    """"hosted the ceremony", "hosting the Tony Awards", "the program has been hosted by
    comedians", "his hosting of the show": a host presents a show; he meets nobody.

    Args:
        verb: "host".

    Returns:
        True when what is hosted is a show, a ceremony, a prize, a contest or a broadcast.
    """
    guests = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not guests:  # "hosted the show was in 1987", parsed with the object as a clause's subject
        guests = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    guests += of_phrase(verb)
    guests += [c for g in guests for c in g.conjuncts]
    return any(_is_show(g) for g in guests)


def hit_in_play(verb: Token) -> bool:
    """"Teixeira hit.", "hitting for power", "hit 26 homers", "hit a low 32 million viewers", "a hit
    or miss": a batter's hit, a figure reached, a success. A hit with a target ("hit the convoy",
    "hit back", "hit at the base") is left to the other checks.

    Args:
        verb: "hit".

    Returns:
        True when the hit is no blow to anyone.
    """
    if any(c.dep_ == "conj" and c.lemma_.lower() == "miss" for c in verb.children):
        return True  # "a hit or miss"
    if any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in TARGET_PREPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects:
        return _batter(verb)
    return any(_figure(o) or (kinds(o)[:1] == ["noun.act"] and _counted(o)) for o in objects)


def _batter(verb: Token) -> bool:
    """"He hit.", "Teixeira hit", "hitting for power": no object, done by one person or for a quality."""
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(kinds(g)[:1] == ["noun.attribute"] for g in c.children)
           for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and (subjects[0].lower_ in {"he", "she"} or subjects[0].ent_type_ == "PERSON" or (
        subjects[0].pos_ == "PROPN" and subjects[0].ent_type_ not in PLACES_AND_GROUPS))


def _figure(noun: Token) -> bool:
    return any(c.lower_ in FIGURE_WORDS for c in noun.subtree if c.i != noun.i)


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def trade_strike(noun: Token) -> bool:
    """"The writers strike", "the WGA writer's strike", "an actors' strike": called by people of a
    trade (a common noun whose first sense is a person, not an armed one), a labour strike.

    Args:
        noun: "strike".

    Returns:
        True when the strike is one of workers.
    """
    strikers = [c for c in noun.children if c.dep_ in {"compound", "poss"} and c.pos_ == "NOUN"]
    return any(kinds(s)[:1] == ["noun.person"] and not {s.lemma_.lower(), s.lower_} & ARMED_PEOPLE for s in strikers)


def weather_strike(noun: Token) -> bool:
    """"A lightning strike": what strikes is a thing of nature, not an armed party."""
    return any(c.dep_ == "compound" and kinds(c)[:1] and kinds(c)[0] in WEATHER_KINDS for c in noun.children)
