"""Words of force and blockade used of things, substances and amounts: no attack, no protest.

Split out of ``trigger_fit`` (whose ``_CHECKS`` table and ``fit_definition`` call these) because
they are one group: the literal or technical second sense of a word of the ontology, told by what
kind of thing its subject or object is. News about accidents, markets and engineering is full of
them:

- a verb of force or fighting whose object (or passive subject) is a substance, an amount or an
  act ("capturing more than half of the oil", "shares were hit"), whose doer is a substance or a
  natural thing ("the oil killed seabirds", "the sun beating down"), or a made thing that strikes
  the ground or a substance ("the device hit the seafloor"), uses no force;
- "battling to contain the slick" strives; "fighting the fire" or "the spill" combats a disaster;
- "under attack for its plans", "attacked over a video", "pounded for not acting" is criticism;
- "launched an operation" is an armed one only when told so: a military word, an "against"
  phrase, a state or an armed group launching it, or arms named in the sentence;
- a participle of killing attached to a clause of an explosion, a sinking or a collapse ("the rig
  exploded and sank, killing 11 workers") counts that accident's dead;
- "blocked" a substance, a hole, a leak or the spread of something, or blocked by ice or by rough
  seas, is no blockade.

People as what is taken tell the custody senses of the same words (``captures_people``,
``holds_captive``): "captured two militants" is an arrest where "captured the town" is a fight and
"captured the mood" nothing; "were being held in camps" is custody, "the court held that" a ruling;
"stripped of their citizenship" a penalty, "stripped the engine" none.

The same reading of kinds tells meetings and agreements without a party (``party_senses``). Kinds
(and the doers and patients of a verb) are read in ``thing_kinds``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract.ontology import (
    ACCIDENT_NOUNS, DISASTER_NOUNS, GROUP_NOUNS, ILLNESS_NOUNS, PEOPLE, definitions_for,
)
from dossier.extract.sense_parse import of_phrase
from dossier.extract.thing_kinds import AMOUNTS, MATTER, NATURE, doers, first_kind, is_party, kinds, patients
from dossier.models import EventType

# Where a noun stands in a clause: a participle there names who it befell ("the injured").
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos"})
# Entity labels of amounts ("$2m", "40 percent"): nothing one uses force on.
AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# Modifiers that make a substance a weapon ("a chemical attack", "tear gas", "nerve agent").
WEAPON_MARKS = frozenset({"chemical", "nerve", "tear", "poison", "mustard", "sarin", "chlorine", "toxic"})
# Words through which a made thing is a weapon (WordNet heads of its hypernyms).
WEAPON_ROOTS = ("weapon", "weaponry", "projectile", "munition", "explosive_device", "military_vehicle",
                "warplane", "warship", "bomb")
FORCE_WEAPONS = frozenset({"bomb", "missile", "rocket", "shell", "drone", "mortar", "grenade", "mine", "bullet",
                           "artillery", "jet", "warplane", "tank", "gunship", "helicopter", "ied", "explosive"})
# Disasters one fights without fighting anyone ("fighting the fire", "battling the slick").
DISASTER_WORDS = ACCIDENT_NOUNS | DISASTER_NOUNS | ILLNESS_NOUNS | {
    "blaze", "flame", "flames", "slick", "pollution", "gusher", "contamination", "disaster", "wildfire", "oil"}
# Prepositions of a reason for blame ("attacked over its handling", "under attack for its plans").
REASON_PREPS = frozenset({"for", "over"})
BLAME_SENSES = frozenset({"noun.communication", "noun.act", "noun.cognition", "noun.attribute",
                          "noun.possession", "noun.state", "noun.motive", "noun.feeling"})
# Verbs of an accident a participle of killing can hang on ("exploded, killing", "sank, killing").
ACCIDENT_VERBS = frozenset({"explode", "sink", "collapse", "crash", "capsize", "derail", "burn", "topple",
                            "overturn", "ignite", "erupt", "blow", "catch", "cave", "plunge"})
TOLL_LEMMAS = frozenset({"kill", "injure", "wound"})
# What makes an "operation" armed: its modifiers, or who launches it.
ARMED_MARKS = frozenset({"military", "ground", "air", "combat", "security", "armed", "army", "naval", "special",
                         "counter-terrorism", "counterterrorism", "counterinsurgency", "anti-terror", "punitive",
                         "offensive", "commando", "rescue-and-strike", "retaliatory", "covert", "police"})
ARMED_DOERS = frozenset({"army", "troop", "troops", "force", "forces", "military", "militant", "rebel", "insurgent",
                         "police", "navy", "soldier", "fighter", "militia", "guerrilla", "jet", "drone", "marine",
                         "commando", "regime", "junta", "gunman", "gunmen", "air"})
ARMED_WORDS = FORCE_WEAPONS | ARMED_DOERS | {"gun", "gunfire", "airstrike", "artillery", "shelling", "raid",
                                             "offensive", "militant", "rebels", "war", "combat"}
AMBIGUOUS_OPERATIONS = frozenset({"operation", "operations"})
# Measures and bare amounts that are never a party ("barrels" is first a container to WordNet).
MEASURES = frozenset({"barrel", "barrels", "gallon", "gallons", "litre", "liter", "litres", "liters", "ton",
                      "tons", "tonne", "tonnes", "cubic", "much", "less"})


def _bare_amount(noun: Token) -> bool:
    """"1,000 barrels a day", "how much is captured": a measure or amount with no "of" thing."""
    return noun.lemma_.lower() in MEASURES or noun.lower_ in MEASURES


def _arms_substance(noun: Token) -> bool:
    return any(c.lemma_.lower() in WEAPON_MARKS for c in noun.subtree)


@lru_cache(maxsize=1)
def _weapon_synsets() -> frozenset[tuple[int, str]]:
    return frozenset((s.offset, s.pos) for root in WEAPON_ROOTS for s in wordnet.synsets(root, "n")[:1])


def _weapon(noun: Token) -> bool:
    """A weapon or an armed craft: by name, else by a WordNet hypernym of its first sense."""
    if noun.lemma_.lower() in FORCE_WEAPONS or _arms_substance(noun):
        return True
    senses = wordnet.synsets(noun.lemma_.lower(), "n")[:1]
    return bool(senses) and bool(wordnet.hypernym_closure(senses[0], 12) & _weapon_synsets())


def inert_force(verb: Token) -> bool:
    """Whether a verb of force acts on or by things no force is used with: an amount or a
    substance hit or captured ("shares were hit", "capturing half of the oil"), a substance or a
    natural thing as doer ("the oil killed seabirds", "the sun beating down"), or a made thing
    that is no weapon meeting the ground or a substance ("the device hit the seafloor").

    Args:
        verb: a verb of the attack or fight definitions.

    Returns:
        True when the verb reports no use of force.
    """
    targets = patients(verb)
    if any(t.ent_type_ in AMOUNT_ENTITIES or _bare_amount(t) or first_kind(t, MATTER | AMOUNTS) for t in targets):
        return True
    for doer in doers(verb):
        if first_kind(doer, MATTER | NATURE) and not _arms_substance(doer):
            return True
        if first_kind(doer, frozenset({"noun.artifact"})) and not _weapon(doer) and targets and all(
                first_kind(t, MATTER | NATURE) for t in targets):
            return True
    return False


def strives(token: Token) -> bool:
    """"battling to contain the slick", "the battle to bring the company to account": fighting
    that is a struggle to do something other than use force.

    Args:
        token: "fight", "battle", "struggle" as verb or noun.

    Returns:
        True when an infinitive of a verb that is no attack completes it.
    """
    if fights_for_a_goal(token):
        return True
    deps = {"xcomp", "advcl"} if token.pos_ == "VERB" else {"acl", "relcl"}
    for clause in (c for c in token.children if c.dep_ in deps):
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            lemma = clause.lemma_.lower()
            return not any(d.event_type == EventType.ATTACK for d in definitions_for(lemma, False))
    return False


def fights_for_a_goal(verb: Token) -> bool:
    """"The job women say they had to fight for", "parents fighting for a new school": fighting
    *for* something, with no opponent (no object, no "against" or "with") and no armed doer, is a
    struggle to get it; "rebels fought for control of the town" stays fighting.

    Args:
        verb: "fight", "battle" or "struggle" as a verb.

    Returns:
        True when the verb is such a struggle.
    """
    if verb.pos_ != "VERB" or not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"against", "with", "alongside"})
           for c in verb.children):
        return False
    clause = verb.head if verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"} else verb
    doers = [c for v in {verb, clause} for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not any(d.lemma_.lower() in ARMED_DOERS | ARMED_WORDS or d.lower_ in ARMED_DOERS | ARMED_WORDS
                   for d in doers)


def fights_a_disaster(verb: Token) -> bool:
    """"fighting the fire", "battled the spill", "fought against the flames": a disaster fought,
    read from the object's head, its compounds and its "of" nouns (a parse may make "the Gulf of
    Mexico oil spill" an object "Gulf")."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
              for g in c.children if g.dep_ == "pobj"]
    heads += [g for h in heads for g in of_phrase(h)]
    words = heads + [c for h in heads for c in h.children if c.dep_ == "compound"]
    return any(w.lemma_.lower() in DISASTER_WORDS or w.lower_ in DISASTER_WORDS for w in words)


def criticism(token: Token) -> bool:
    """"attacked over its handling of the leak", "under attack from the president for its plans",
    "pounded for not acting": blame given for a deed, words or a plan, which is no use of force.
    A time or a place after "over" or "for" ("over the weekend", "over the border") is none.

    Args:
        token: "attack" (verb or noun) or "pound".

    Returns:
        True when a reason phrase names what is blamed.
    """
    if any(c.dep_ == "dobj" for c in token.children):
        return False  # "protesters attacked the police over the arrest": force with a reason
    holders = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        holders.append(token.head.head)  # "is under attack ... for": the reason hangs on "is"
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS):
        for reason in prep.children:
            if reason.dep_ == "pcomp":
                return True  # "for not acting"
            if reason.dep_ == "pobj" and reason.ent_type_ not in {"DATE", "TIME", "GPE", "LOC"} and (
                    first_kind(reason, BLAME_SENSES)):
                return True
    return False


def accident_toll(verb: Token) -> bool:
    """"The rig exploded and sank, killing 11 workers", "the platform blew up, injuring 17": a
    participle of killing hung on a clause whose thing exploded, sank or collapsed (of itself: with
    no object, and no weapon or person as subject) counts that accident's dead.

    Args:
        verb: "kill", "injure" or "wound".

    Returns:
        True when the verb counts an accident's toll.
    """
    if verb.lemma_.lower() not in TOLL_LEMMAS or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"}:
        return False
    clause = _governing_clause(verb)
    subjects = doers(clause) or (doers(clause.head) if clause.dep_ == "conj" else [])
    if any(s.lemma_.lower() in DISASTER_WORDS | {"blowout"} and not _weapon(s) for s in subjects):
        return True  # "the accident that set afire and sank the rig, killing"
    accident = clause.lemma_.lower() in ACCIDENT_VERBS or any(
        v.lemma_.lower() in ACCIDENT_VERBS for v in clause.conjuncts)
    if not accident or any(c.dep_ == "dobj" and c.lemma_.lower() != "fire" for c in clause.children):
        return False  # "blew himself up", "blew up the bridge": someone's act
    return not any(s.ent_type_ in {"PERSON", "NORP"} or _weapon(s) or _person_noun(s) for s in subjects)


def _governing_clause(participle: Token) -> Token:
    """The verb a participle hangs on: its head, or an accident verb just before its comma ("the
    rig, which later sank, killing" parsed onto the main clause), and of coordinated verbs the
    accident one."""
    before = participle.doc[max(participle.i - 2, participle.sent.start)]
    if participle.nbor(-1).lower_ == "," and before.lemma_.lower() in ACCIDENT_VERBS:
        return before
    clause = participle.head
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and clause.lemma_.lower() not in ACCIDENT_VERBS:
        clause = clause.head
    return clause


def _person_noun(noun: Token) -> bool:
    return noun.lemma_.lower() in PEOPLE | GROUP_NOUNS or "noun.person" in kinds(noun)[:1]


def armed_operation(verb: Token) -> bool:
    """Whether "launched / conducted an operation" is an armed one: a military modifier or an
    "against" phrase, a state, a people or an armed group as its doer, or, with no doer named,
    arms named in the sentence (also for an organisation's name). Other objects of the attack-launch
    definition are left alone.

    Args:
        verb: "launch", "conduct", "carry", "mount".

    Returns:
        False only for an operation nothing marks as armed ("launched the new operation").
    """
    operations = [p for p in patients(verb) if p.lower_ in AMBIGUOUS_OPERATIONS]
    if not operations or len(operations) < len(patients(verb)):
        return True
    for operation in operations:
        if any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in ARMED_MARKS for c in operation.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in operation.children):
            return True
    subjects = [s for s in doers(verb) if s.pos_ != "PRON"]
    if any(s.ent_type_ in {"GPE", "NORP"} or s.lemma_.lower() in ARMED_DOERS for s in subjects):
        return True
    if any(s.ent_type_ != "ORG" for s in subjects):
        return False  # "the company launched a clean-up operation"
    return any(t.lemma_.lower() in ARMED_WORDS for t in verb.sent)  # "it", "Hezbollah": the sentence tells


def blocks_matter(verb: Token) -> bool:
    """"booms to block the oil", "failed to block a massive leak", "hydrates blocked up the
    canopy", "blocked by ice crystals", "rough seas blocked efforts": a substance, a hole or a
    flow is stopped, or a thing of nature stops something. People blocking a road is a protest.

    Args:
        verb: "block".

    Returns:
        True when the block is physical, not a blockade.
    """
    stopped = MATTER | AMOUNTS | NATURE | {"noun.shape", "noun.process", "noun.event"}
    if any(first_kind(p, stopped) for p in patients(verb)):
        return True
    return any(first_kind(d, MATTER | NATURE | {"noun.process"}) for d in doers(verb))


def executes_someone(verb: Token) -> bool:
    """"executed the prisoners" is a killing; "executing this job" or "the plan" carries it out."""
    targets = patients(verb)
    return not targets or any(is_party(t) for t in targets)



def harmed_people(verb: Token) -> bool:
    """Whether a participle of harm names people, not an event: "the injured are lying in the
    garden", "treating the wounded", "more than 200 wounded" (a determiner or a count on a participle
    standing where a noun stands).

    Args:
        verb: "injured", "wounded", "killed"... as the parser tags it.

    Returns:
        True for a group of people named by what befell them.
    """
    if verb.tag_ != "VBN" or verb.dep_ not in NOUN_SLOTS:
        return False
    return any(c.dep_ in {"det", "nummod", "amod", "quantmod"} for c in verb.children) and not any(
        c.dep_ in {"auxpass", "aux", "nsubjpass", "agent"} for c in verb.children)
