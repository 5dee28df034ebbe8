"""Whether a word's arguments and frame fit an event definition: the first check on a trigger.

Split out of ``triggers`` (which finds the candidate words and makes the slot and content checks)
because this part is a different job: given one word and one definition of the ontology, look at
what the word acts on and who acts ("exchange" of prisoners, of bodies or of documents; "closed" a
border; "struck" by a quake or by a missile) and keep, refine or veto the definition. The
word-specific sense checks live in the ``_CHECKS`` table at the end; those about politics are in
``idioms``, those about things, substances and amounts (no attack, no blockade, no meeting or
accord without a party) in ``physical_senses`` and ``party_senses``, those about illnesses and
animals (an epidemic's toll, a cull) in ``health_senses``, those of ordinary life (a
traveller's visit, figures released, classes suspended) in ``civil_senses``, those of shows, sport
and trades (a host of a ceremony, a batter's hit, the writers strike) in ``show_senses``, those of
falls, fires and disaster synonyms in ``mishap_senses``, and a body's vote or "dismissed as" in
``decision_senses``, and harm done by a disaster, an illness or an accident in ``nature_senses``. Names, fixed phrases, games and films ("Fire and Rescue", "as opposed to",
"hit a field goal") are vetoed first, by ``phrase_senses`` and ``play_senses``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract import (
    civil_senses, crime_senses, custody_senses, death_senses, decision_senses, escape_senses, everyday_senses, figure_senses,
    fire_senses,
    health_senses, idioms, injury_senses, judicial_senses, mishap_senses, nature_senses, office_senses,
    outcome_senses, party_senses, phrase_senses, physical_senses, relief_senses, roster_senses, show_senses,
)
from dossier.extract.freed_parties import frees_person
from dossier.extract.frames import DOCUMENT_LIKE, LABOUR_STRIKE, MEET_OBJECTS, NO_COMMENT, PARTY_NOUNS, TALKS
from dossier.extract.ontology import (
    ARGUMENT_CLASSES, ATTACK_NOUNS, BY_TYPE, DISASTER_NOUNS, EXCHANGE_CLASSES, EventDefinition,
    FREEDOMS, OBJECT_CLASSES, PARTITIVES, ONTOLOGY, PEACEKEEPERS, definitions_for,
)
from dossier.extract.sense_parse import of_noun_or_self
from dossier.models import EventType

# WordNet lexicographer files of what force can be used on (the first sense of an object's head).
ATTACKABLE = frozenset({"noun.person", "noun.group", "noun.location", "noun.artifact", "noun.object", "noun.animal",
                        "noun.body", "noun.plant", "noun.food", "noun.Tops"})
TARGET_SENSES = frozenset({"noun.person", "noun.group", "noun.location"})
# An illness names no event by itself ("the flu" is a topic), but its toll is one: what it did.
TOLL_VERBS = frozenset({"kill"})
# Verbs of injury that need an assailant to be an attack (``injury_senses``).
INJURY_VERBS = frozenset({"injure", "hurt"})
OUTBREAK = next(d for d in ONTOLOGY if d.name == "accident")  # accidents and outbreaks
ARSON = next(d for d in ONTOLOGY if d.name == "arson")


def fit_definition(definition: EventDefinition, token: Token, lemma: str, nominal: bool,
                   bare_defaults: tuple[str, ...]) -> EventDefinition | None:
    """The definition when the word's arguments and frame fit it, else None (possibly a refinement).

    Args:
        definition: a definition of the ontology the word's lemma or form belongs to.
        token: the candidate trigger word.
        lemma: the lemma or form the definition was found under.
        nominal: whether the word is used as a noun.
        bare_defaults: as for ``triggers.find_triggers``, for a bare "the exchange".

    Returns:
        The definition, a refinement of it (a meeting "of the talks" is a negotiation), or None.
    """
    if definition.needs:
        words = argument_lemmas(token, nominal)
        if not words & ARGUMENT_CLASSES[definition.needs]:
            if not (nominal and not _content_words(token) and _bare_fit(definition, token, lemma, bare_defaults)
                    or definition.name == "release" and frees_person(token, lemma, nominal)):
                return None
    if definition.object_class and not nominal and not (
            object_heads(token) & OBJECT_CLASSES[definition.object_class]):
        return None
    if phrase_senses.sense_vetoed(definition.name, lemma, token, nominal):
        return None  # "Fire and Rescue", "hit a field goal", "as opposed to": see ``phrase_senses``
    if definition.name in {"attack", "coerce"} and not nominal and judicial_senses.court_ordered_death(token):
        return BY_TYPE[EventType.TRIAL]  # "the jury recommended that he be executed": a sentence, no killing
    if definition.event_type == EventType.ATTACK and figure_senses.topic_of_talk(token):
        return None  # "heard him talk about killing the judge": a topic, not a deed done
    if figure_senses.vetoed(definition.name, lemma, token, nominal):
        return None  # "smoke inhalation killed", "hit bottom", "held in quarantine": see ``figure_senses``
    if definition.name == "attack" and not nominal and lemma in TOLL_VERBS and (
            nature_senses.done_by_illness(token) or health_senses.done_by_illness(token)):
        return OUTBREAK  # "swine flu has killed 144", "It (the new strain) has killed 12": the outbreak's toll
    if definition.name in {"attack", "fight"} and not nominal and (
            health_senses.done_by_illness(token) or health_senses.harms_no_person(token)
            or health_senses.abstract_blow(token)):
        return None  # "it is hitting the young", "pigs were killed in the cull", "hit by fears"
    if definition.name == "attack" and not nominal and lemma in INJURY_VERBS:
        if injury_senses.hurt_in_fall(token):
            return OUTBREAK  # "was injured when he fell": an accident, as a death in a fall is
        if injury_senses.injured_in_play(token):
            return None  # "injured his left knee", "hurt during the game": no one attacked
    if definition.name == "attack" and not nominal and physical_senses.harmed_people(token):
        return None  # "treating the injured", "more than 200 wounded": people, not an attack
    if definition.name == "attack" and not nominal and nature_senses.done_by_disaster(token):
        return BY_TYPE[EventType.DISASTER]  # "It struck south of the capital": the quake named before
    if definition.name == "attack" and not nominal and (
            physical_senses.accident_toll(token) or mishap_senses.killed_in_fall(token)):
        return OUTBREAK  # "the rig exploded and sank, killing 11 workers", "killed in a fall": an accident
    if definition.name == "death" and not nominal and death_senses.dies_in_fall(token):
        return OUTBREAK  # "died in a fall", as "killed in a fall": one accident whichever verb tells it
    if definition.name == "fire" and nominal and fire_senses.fire_was_set(token):
        return ARSON  # "the arson fire", "a fire that was deliberately set": an attack, as arson is
    check = _CHECKS.get((definition.name, lemma, nominal))
    if check is not None and not check(token):
        return None
    if definition.event_type == EventType.STATEMENT and not nominal and decision_senses.announces_a_post(token):
        return BY_TYPE[EventType.APPOINTMENT]  # "announced that X will be the host"
    if definition.event_type == EventType.REJECTION and not nominal and _no_comment(token):
        return None
    if definition.name == "accident" and nature_senses.armed(token):
        return None  # "a car bomb explosion" is an attack, told by its verb
    if definition.name in {"attack", "fight"} and not nominal and (
            _figurative_object(token) or physical_senses.inert_force(token)):
        return None  # "shares hit their lowest level", "capturing oil", "the oil killed seabirds"
    if definition.event_type in {EventType.PROPOSAL} and not nominal and _object_lemma(token) == "list":
        return None  # handing over a list of people is a request, decided by the noun
    if definition.event_type == EventType.MEETING and nominal and _talks_complement(token):
        return BY_TYPE[EventType.NEGOTIATION]
    return definition


def _figurative_object(verb: Token) -> bool:
    """Whether a verb of force acts on something no force is used on: an amount, a substance, a
    ruling or a state ("hit a record", "captured the oil", "struck down the ban"). People, groups,
    places and made things can be attacked; a named object always can. Read from the first
    WordNet sense of the object's head; without WordNet nothing is vetoed."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.ent_type_:
        return obj.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"}  # "hit $9.5 billion", "hit 40 percent"
    if obj.lemma_.lower() in PARTITIVES:  # "tortured scores of refugees": the refugees
        obj = of_noun_or_self(obj)
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in ATTACK_NOUNS:
        return False  # "opened fire", "carried out strikes": the object is the attack
    senses = [s.lexname for s in wordnet.synsets(obj.lemma_.lower(), "n")[:3]]
    # the first sense decides, unless a near sense is a place, a group or a person ("the capital")
    return bool(senses) and senses[0] not in ATTACKABLE and not set(senses) & TARGET_SENSES


def _bare_fit(definition: EventDefinition, token: Token, lemma: str, bare_defaults: tuple[str, ...]) -> bool:
    """A bare "the exchange": the class named elsewhere in the sentence, else the document's first.

    An article about a prisoner swap that mentions bodies handed over the day before still means
    the swap by "the exchange came as ...": the kind it named first is its main one.
    """
    sentence = {t.lemma_.lower() for t in token.sent} | {t.lower_ for t in token.sent}
    classes = [name for name in EXCHANGE_CLASSES if sentence & ARGUMENT_CLASSES[name]]
    if classes:
        return definition.needs in classes
    possible = {d.name for d in definitions_for(lemma, True)}
    return definition.name == next((name for name in bare_defaults if name in possible), None)


def argument_lemmas(token: Token, nominal: bool) -> set[str]:
    """Lemmas (and forms) of what the trigger takes as arguments, to type exchange-like words."""
    words: set[str] = set()
    if nominal:
        parts = [t for t in token.subtree if t.i != token.i]
    else:
        parts = [t for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass", "dative", "prep", "attr", "npadvmod"}
                 for t in c.subtree]
        if token.dep_ == "xcomp":  # "the oil has started leaking": the subject of the verb it completes
            parts += [t for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
        if token.dep_ in {"relcl", "acl"}:  # "the 200 prisoners Israel freed on Saturday": the noun is its gap
            parts.append(token.head)
    # a relative clause describes an argument without being one ("returned to the village, where
    # he was pronounced dead" returns no body)
    described = {t.i for p in parts if p.dep_ == "relcl" and p.i != token.i for t in p.subtree}
    parts = [p for p in parts if p.i not in described]
    for part in parts:
        words.add(part.lemma_.lower())
        words.add(part.lower_)
    return words


def object_heads(verb: Token) -> set[str]:
    """What a verb acts on: lemmas and forms of the heads of its object (or passive subject) and
    their conjuncts, a partitive standing for its "of" noun ("hundreds of villagers"). "Closed the
    road near the border" closes a road, though the words of its arguments name a border too."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [g for h in heads if h.lemma_.lower() in PARTITIVES or h.lower_ in PARTITIVES
              for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    heads += [conj for head in heads for conj in head.conjuncts]
    return {form for head in heads for form in (head.lemma_.lower(), head.lower_)}


def _content_words(token: Token) -> list[Token]:
    return [t for t in token.subtree if t.i != token.i and t.pos_ in {"NOUN", "PROPN"}]


def _object_lemma(token: Token) -> str | None:
    obj = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return obj.lemma_.lower() if obj is not None else None


def _has_prep(token: Token, preps: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)


def _no_comment(token: Token) -> bool:
    """"declined to comment", but not "refused to respond to a demand" (a rejection of it)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT and not _answers_a_document(c)
               for c in token.children)


def _answers_a_document(verb: Token) -> bool:
    return any(p.lemma_.lower() in DOCUMENT_LIKE for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj")


def _talks_complement(token: Token) -> bool:
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "between"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            names = {obj.lemma_.lower(), obj.lower_} | {c.lemma_.lower() for c in obj.conjuncts}
            if names & (TALKS if prep.lower_ == "of" else PARTY_NOUNS):
                return True
    return False


def _call_is_request(token: Token) -> bool:
    if any(c.dep_ == "oprd" and c.ent_type_ not in {"DATE", "TIME"} for c in token.children):
        return False  # "called it a measure": naming (a date misparsed as the name is none)
    on_someone = any(c.dep_ == "prep" and c.lower_ == "on" and not any(
        g.ent_type_ in {"DATE", "TIME"} for g in c.children if g.dep_ == "pobj") for c in token.children)
    # "called for the results to be published": the parser makes "for" the mark of the clause
    for_clause = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                     for c in token.children)
    return _has_prep(token, {"for"}) or on_someone or for_clause or any(c.dep_ == "xcomp" for c in token.children)


# Kinds one "meets" as a challenge: "capable of meeting many threats", "met the challenge".
MET_CHALLENGES = frozenset({"threat", "challenge", "contingency", "danger", "emergency", "crisis", "test", "risk"})
# Nouns of assortment that stand for their "of" noun: "a variety of threats".
ASSORTMENTS = frozenset({"variety", "range", "array", "host", "series", "set", "number", "list"})


def _meet_is_meeting(token: Token) -> bool:
    obj = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if obj is not None and obj.lemma_.lower() in ASSORTMENTS:
        obj = of_noun_or_self(obj)
    if obj is not None and obj.lemma_.lower() in MET_CHALLENGES:
        return False  # a challenge faced, not a meeting of parties
    return _object_lemma(token) not in MEET_OBJECTS and not (
        idioms.met_with_reception(token) or party_senses.abstract_meeting(token))


def _not_labour_strike(token: Token) -> bool:
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        return False  # "workers are on strike"
    if show_senses.trade_strike(token):
        return False  # "the writers strike"
    return not {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod"}} & LABOUR_STRIKE


def _round_of_talks(token: Token) -> bool:
    return _talks_complement(token)


def _lets_happen(token: Token) -> bool:
    """"allowed the inspectors to return", not "were allowed to" or "the deal allows"."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    return not passive and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children)


def _volcanic(verb: Token) -> bool:
    """"The volcano erupted", "Mount Merapi erupted"; not "fighting erupted" or "protests erupted",
    nor a person or crowd that "erupted in laughter" or "into cheers"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _has_prep(verb, {"in", "into"}):
        return False
    return subject.lemma_.lower() in {"volcano", "crater", "geyser"} | DISASTER_NOUNS or (
        subject.pos_ == "PROPN" and idioms.volcanic_subject(subject))


_CHECKS = {
    ("disaster", "erupt", False): _volcanic,
    ("request", "call", False): _call_is_request,
    ("request", "call", True): lambda t: _has_prep(t, {"for"}),
    ("proposal", "suggest", False): lambda t: any(c.dep_ == "dobj" for c in t.children),
    ("meeting", "meet", False): _meet_is_meeting,
    ("attack", "strike", True): lambda t: _not_labour_strike(t) and not show_senses.weather_strike(t),
    ("protest", "strike", True): lambda t: not _not_labour_strike(t),
    ("attack", "strike", False): lambda t: _object_lemma(t) not in {"deal", "balance", "chord", "note"}
    and not nature_senses.done_by_nature(t) and not idioms.struck_down(t),
    ("attack", "shoot", False): lambda t: not (idioms.retorted(t) or idioms.shot_state(t)),
    ("attack", "hit", False): lambda t: not (nature_senses.done_by_nature(t) or show_senses.hit_in_play(t)),
    ("attack", "kill", False): lambda t: not nature_senses.done_by_nature(t),
    **{("attack", verb, False): (lambda t: not nature_senses.done_by_nature(t)) for verb in ("injure", "wound", "hurt")},
    ("attack", "pound", False): lambda t: not (nature_senses.done_by_nature(t) or physical_senses.criticism(t)),
    ("attack", "attack", False): lambda t: not (physical_senses.criticism(t) or mishap_senses.attacks_a_fire(t)
                                                or idioms.verbal_attack(t)),
    ("attack", "attack", True): lambda t: not (physical_senses.criticism(t) or idioms.verbal_attack(t)),
    ("attack", "raid", False): lambda t: not escape_senses.raid_by_law(t),
    ("attack", "raid", True): lambda t: not escape_senses.raid_by_law(t),
    ("meeting", "meeting", True): lambda t: not any(c.dep_ == "dobj" for c in t.children) or _meet_is_meeting(t),
    ("attack", "execute", False): physical_senses.executes_someone,
    **{("attack-launch", verb, False): physical_senses.armed_operation
       for verb in ("launch", "conduct", "carry", "mount")},
    **{("fight", verb, False): lambda t: not (physical_senses.strives(t) or physical_senses.fights_a_disaster(t)
                                              or idioms.fought_in_arena(t))
       for verb in ("fight", "battle")},
    **{("fight", noun, True): lambda t: not (idioms.figurative_battle(t) or physical_senses.strives(t))
       for noun in ("battle", "clash", "fighting")},
    ("agreement", "sign", False): lambda t: any(c.dep_ == "dobj" for c in t.children)
    and not idioms.signs_legislation(t),
    ("agreement", "accept", False): lambda t: not (idioms.accepts_nomination(t) or party_senses.receives_goods(t)),
    ("agreement", "deal", True): lambda t: not (party_senses.quantity_deal(t) or civil_senses.idiomatic_deal(t)),
    ("meeting", "host", False): lambda t: not (party_senses.thing_hosts(t) or show_senses.hosts_a_show(t)),
    # ordinary life: travellers' visits, figures released, classes suspended (see ``civil_senses``)
    ("meeting", "visit", False): lambda t: civil_senses.visit_is_meeting(t, False),
    ("meeting", "visit", True): lambda t: civil_senses.visit_is_meeting(t, True),
    **{("release", verb, False): civil_senses.frees_people for verb in ("release", "free", "return", "hand")},
    ("agreement", "settle", False): civil_senses.settles_something,
    **{("sanction", verb, False): civil_senses.sanctions_a_party for verb in ("suspend", "halt", "expel")},
    # politics: polls, rallies, legislation, questions (see ``idioms``)
    ("election", "poll", True): idioms.voting_poll,
    ("election", "vote", False): lambda t: not (idioms.legislative_vote(t) or idioms.manner_of_voting(t)
                                                or decision_senses.decides_by_vote(t)),
    ("election", "vote", True): lambda t: not (idioms.legislative_vote(t) or decision_senses.decides_by_vote(t)),
    ("legislate", "vote", False): lambda t: idioms.legislative_vote(t) or decision_senses.decides_by_vote(t),
    ("legislate", "vote", True): lambda t: idioms.legislative_vote(t) or decision_senses.decides_by_vote(t),
    ("legislate", "sign", False): idioms.signs_legislation,
    ("legislate", "block", False): idioms.blocks_legislation,
    ("protest", "block", False): lambda t: not (idioms.blocks_legislation(t) or physical_senses.blocks_matter(t))
    and civil_senses.people_block(t),
    ("withdrawal", "withdraw", False): civil_senses.withdraws_forces,
    ("request", "seek", False): civil_senses.seeks_something,
    ("protest", "rally", True): lambda t: not idioms.campaign_rally(t),
    ("campaign", "rally", True): idioms.campaign_rally,
    ("protest", "rally", False): idioms.rallied_in_protest,
    ("request", "ask", False): idioms.asks_for_something,
    **{("debate", noun, True): idioms.staged_debate for noun in ("debate", "debates")},
    ("agreement", "agree", False): lambda t: not (idioms.poll_share_agrees(t) or civil_senses.concurs_only(t)),
    ("protest", "demonstrate", False): lambda t: not idioms.showed_something(t),
    ("rejection", "decline", False): lambda t: not idioms.fell(t),
    ("proposal", "offer", False): lambda t: not idioms.offered_nothing(t),
    ("rejection", "deny", False): lambda t: not everyday_senses.denies_a_claim(t),
    ("attack", "beat", False): everyday_senses.beats_people,
    ("request", "appeal", False): lambda t: not idioms.courts_an_audience(t),
    ("negotiation", "talk", True): lambda t: not idioms.generic_talk(t),
    ("coerce", "order", False): lambda t: any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in t.children),
    ("negotiation", "discuss", False): lambda t: t.dep_ not in {"xcomp", "pcomp"}
    and not decision_senses.discusses_nothing(t),
    ("negotiation", "round", True): _round_of_talks,
    ("concede", "allow", False): _lets_happen,
    ("concede", "call", False): lambda t: any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children),
    ("demand", "pressure", False): lambda t: any(c.dep_ == "xcomp" for c in t.children) or _has_prep(t, {"for"}),
    ("demand", "push", False): lambda t: _has_prep(t, {"for"}) or _for_clause(t),
    ("sanction", "force", False): lambda t: _out(t),
    ("expel-people", "force", False): lambda t: _out(t),
    ("admit", "open", False): lambda t: _has_prep(t, {"to"}),
    ("admit", "reopen", False): lambda t: _has_prep(t, {"to"}),
    ("attack", "open", False): lambda t: bool(object_heads(t) & {"fire", "gunfire"}),  # "opened fire"
    ("coerce", "disperse", False): lambda t: any(c.dep_ in {"dobj", "nsubjpass"} for c in t.children),
    ("coerce", "hack", False): lambda t: not _has_prep(t, {"to"}),  # "hacked to death" is an assault
    ("cooperate", "game", True): lambda t: any(c.lemma_.lower() == "war" for c in t.children),
    ("humanitarian-access", "access", True): lambda t: bool(
        {c.lemma_.lower() for c in t.children if c.dep_ in {"amod", "compound"}} & {"humanitarian", "aid", "relief"}),
    **{("peacekeeping", verb, False): lambda t: bool(_object_words(t) & PEACEKEEPERS)
       for verb in ("deploy", "send", "dispatch", "contribute")},  # not "the peacekeeping mission sent a letter"
    ("defy", "violate", False): lambda t: not (object_heads(t) & FREEDOMS),  # "violated rights" is an accusation
    **relief_senses.RELIEF_CHECKS,  # aid, rescue, deployment: "a rescue package", "aid and abet", "deployed an app"
    **crime_senses.CRIME_CHECKS,  # escape, robbery, outage, fire: "escaped injury", "stole the show", "job cuts"
    **office_senses.OFFICE_CHECKS,  # appointment, dismissal, resignation, death: "fired a shot", "the deal died"
    **decision_senses.DECISION_CHECKS,  # "dismissed as a sham", "requesting anonymity", "insisted that"
    **mishap_senses.MISHAP_CHECKS,  # "an explosion of rioting", "found dead"
}


_CHECKS.update({**custody_senses.CUSTODY_CHECKS, **judicial_senses.TRIAL_CHECKS})
_CHECKS.update(roster_senses.ROSTER_CHECKS)  # a player signed, waived or put on injured reserve
_CHECKS.update(outcome_senses.OUTCOME_CHECKS)  # a game won, a verdict, a suicide, talks quit, a road crash


def _object_words(verb: Token) -> set[str]:
    return {t.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}


def _out(verb: Token) -> bool:
    """"forced the agency out (of the country)": a particle or preposition "out"."""
    return any(c.dep_ in {"prt", "prep"} and c.lower_ == "out" for c in verb.children)


def _for_clause(verb: Token) -> bool:
    """"pushing for the council to act" parsed as a clause marked by "for"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               for c in verb.children)
