"""People taken and held: captures, arrests, custody and citizenship taken away.

Split from ``physical_senses`` (which tells things from parties for words of force) because an
arrest is typed by who is taken: "captured two militants" is an arrest where "captured the town"
is a fight, "were held in camps" is custody where "held talks" is a meeting, and "stripped of
citizenship" is a sanction where "stripped the walls" is nothing. The checks are used by
``trigger_fit``'s table of word senses; ``CUSTODY_CHECKS`` also carries the checks of custody passed
on to another holder (``transfer_senses``), and the test of a captive lives in ``captives``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract import transfer_senses
from dossier.extract.captives import PERSON_GROUPS, PERSONAL_PRONOUNS, captive_party  # noqa: F401 (re-exported)
from dossier.extract.ontology import CITIZENSHIP
from dossier.extract.sense_parse import of_noun_or_self, of_phrase
from dossier.extract.thing_kinds import is_party, patients, through_amount

# Where and how people are held: "held in camps", "held without charge", "held hostage".
CUSTODY_PLACES = frozenset({"custody", "detention", "captivity", "camp", "prison", "jail", "gaol", "cell",
                            "centre", "center", "facility", "compound", "dungeon", "internment", "charge", "trial",
                            "incommunicado", "hostage", "captive"})
CUSTODY_PREPS = frozenset({"in", "at", "inside", "without", "by", "under", "for", "on"})
CAPTIVE_STATES = frozenset({"hostage", "captive", "prisoner", "incommunicado"})
CAPTIVE_NOUNS = frozenset({"prisoner", "detainee", "captive", "hostage", "pow", "suspect"})
# Particles that make "hold" something else: "hold up", "hold back", "hold on", "hold off".
HOLD_PARTICLES = frozenset({"up", "back", "on", "off", "out", "down", "together", "over"})


def captures_people(token: Token, nominal: bool = False) -> bool:
    """"captured two militants", "were seized by gunmen", "the capture of the commander": people
    taken, an arrest. "captured the town", "seized the cargo", "captured the mood" take none.

    Args:
        token: "capture" or "seize", verb or noun.
        nominal: whether the word is a noun.

    Returns:
        True when what is taken is people.
    """
    if nominal:
        taken = of_phrase(token)
        taken += [c for c in token.children if c.dep_ == "poss"]
        return any(captive_party(through_amount(t)) for t in taken)
    taken = patients(token)
    if not taken and token.dep_ == "conj" and token.head.pos_ == "VERB":
        taken = patients(token.head)  # "have been killed or captured": the first verb's subject
    if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:
        taken = [*taken, through_amount(token.head)]  # "fighters captured in the battle"
    return any(captive_party(_of_a_number(p)) for p in taken)


def _of_a_number(noun: Token) -> Token:
    """"23 of the raiders": the people a number counts, else the noun itself."""
    if not noun.like_num:
        return noun
    return of_noun_or_self(noun)


def arrests_someone(verb: Token) -> bool:
    """"arrested twelve activists", "arresting 12": people or a bare count are taken; "arrest the
    decline" takes no one, and "dead or imprisoned" describes (a participle joined to an adjective).

    Args:
        verb: "arrest", "detain" or "imprison".

    Returns:
        True when someone (or no object at all: "police arrested and charged") is taken.
    """
    if verb.dep_ == "conj" and verb.head.pos_ == "ADJ":
        return False
    targets = patients(verb)
    return not targets or any(captive_party(t) or is_party(t) or t.pos_ == "NUM" for t in targets)


def holds_captive(verb: Token) -> bool:
    """Whether "hold" keeps people in custody: people held (passive, in a place of custody, without
    charge, hostage) or prisoners held. Not "held talks", "held that", "held them responsible",
    "held up", nor "held the baby".

    Args:
        verb: "hold".

    Returns:
        True for custody as a state or an act.
    """
    children = list(verb.children)
    if any(c.dep_ == "prt" and c.lower_ in HOLD_PARTICLES for c in children) or any(
            c.dep_ in {"ccomp", "acomp"} for c in children):
        return False
    states = {c.lower_ for c in children if c.dep_ in {"oprd", "xcomp", "attr", "advmod", "dobj"}}
    if any(c.dep_ in {"oprd", "xcomp"} and c.lower_ not in CAPTIVE_STATES for c in children):
        return False  # "held them responsible", "held it to be"
    people = [p for p in patients(verb) if captive_party(p)]
    if not people:
        return False
    if states & CAPTIVE_STATES or any(p.lemma_.lower() in CAPTIVE_NOUNS for p in people):
        return True
    custody = any(c.dep_ == "prep" and c.lower_ in CUSTODY_PREPS and any(
        g.lemma_.lower() in CUSTODY_PLACES for g in c.children if g.dep_ == "pobj") for c in children)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    # "are holding thousands of militants": many people held; "held the baby" is one person in arms
    many = any(p.tag_ in {"NNS", "NNPS"} or p.ent_type_ == "NORP" for p in people)
    return custody or passive or many


def takes_citizenship(token: Token) -> bool:
    """"stripped the men of their citizenship", "revoked her passport", "the revocation of
    citizenship": what is taken is a citizenship, a nationality or a passport.

    Args:
        token: "strip", "revoke", "deprive"... or "revocation", "deprivation".

    Returns:
        True when the object, passive subject, "of" phrase or compound names one.
    """
    taken = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "compound"}]
    # "stripped the men of their citizenship": the parse may hang the "of" phrase on the object
    holders = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})]
    taken += [g for h in holders for g in of_phrase(h)]
    taken += [c for t in taken for c in t.conjuncts]
    return any(t.lemma_.lower() in CITIZENSHIP or t.lower_ in CITIZENSHIP for t in taken)


# Verbs that put or keep people in custody: "were in custody", "remain in detention", "taken into
# custody". Other verbs make custody a circumstance ("died in custody", "was tortured in detention").
CUSTODY_VERBS = frozenset({"be", "remain", "stay", "keep", "take", "place", "put", "hold", "return", "send",
                           "transfer", "spend", "languish"})


def in_custody(noun: Token) -> bool:
    """Whether "custody", "detention" or "captivity" states who is held ("520 fighters were in
    custody", "taken into custody") rather than where something else befell them ("died in custody").

    Args:
        noun: the custody noun.

    Returns:
        True unless the noun is the object of a preposition on a verb that puts or keeps no one.
    """
    if noun.dep_ != "pobj":
        return not guardianship(noun)
    prep = noun.head
    if any(c.dep_ == "mark" or c.lower_ in {"while", "when"} for c in prep.children):
        return False  # "while in custody": the circumstance of another event
    return prep.head.lemma_.lower() in CUSTODY_VERBS


# What a parent's or guardian's custody of a child is said to be ("temporary custody", "sole custody").
GUARDIANSHIP_MARKS = frozenset({"joint", "shared", "sole", "temporary", "legal", "physical", "full", "permanent",
                                "primary", "child", "parental"})


def guardianship(noun: Token) -> bool:
    """"the girl's temporary custody", "sole custody of the boy", "child custody": the care of a
    child given to a parent or a relative, which no police take. Custody that holds someone is told
    with a place or a holder ("in police custody", "taken into custody"), not with a possessor.

    Args:
        noun: "custody" not after a preposition.

    Returns:
        True when a guardianship word or a person's possessive marks the noun.
    """
    if noun.lower_ != "custody":
        return False
    marks = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}
    if marks & GUARDIANSHIP_MARKS:
        return True
    holders = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in {"its", "their"}]
    return any(captive_party(h) for h in holders)


# Adverbs that mark a verb as a figure, not a deed: "practically kidnapped", "virtually abducted".
FIGURE_HEDGES = frozenset({"practically", "virtually", "effectively", "essentially", "basically"})


def takes_a_person(verb: Token) -> bool:
    """"kidnapped two engineers", "was abducted from his shop": a person or group is taken. "The
    party kidnapped the agenda" takes none, nor does "was practically kidnapped"; with no object the
    parse can read, it stays.

    Args:
        verb: "kidnap" or "abduct".

    Returns:
        False when everything taken is a thing, a place or an idea.
    """
    if any(c.dep_ == "advmod" and c.lower_ in FIGURE_HEDGES for c in verb.children):
        return False  # "was practically kidnapped": a figure for being made to go along
    taken = patients(verb)
    return not taken or any(captive_party(t) or is_party(t) or t.pos_ == "NUM" for t in taken)


# The custody senses of arrest and citizenship words, merged into ``trigger_fit._CHECKS``.
CUSTODY_CHECKS = {
    ("arrest", "capture", False): captures_people,
    ("arrest", "seize", False): captures_people,
    ("arrest", "capture", True): lambda t: captures_people(t, nominal=True),
    ("arrest", "hold", False): holds_captive,
    ("kidnap", "kidnap", False): takes_a_person,
    ("kidnap", "abduct", False): takes_a_person,
    **{("arrest", noun, True): in_custody for noun in ("custody", "detention", "captivity")},
    ("arrest", "arrest", False): arrests_someone,
    ("arrest", "detain", False): arrests_someone,
    ("arrest", "imprison", False): arrests_someone,
    ("arrest", "arrest", True): lambda t: not {c.lemma_.lower() for c in t.children} & {"cardiac", "heart",
                                                                                       "respiratory"},
    **{("revoke-citizenship", word, nominal): takes_citizenship
       for word, nominal in (("strip", False), ("revoke", False), ("deprive", False), ("cancel", False),
                             ("rescind", False), ("withdraw", False), ("remove", False), ("revocation", True),
                             ("deprivation", True))},
    **transfer_senses.TRANSFER_CHECKS,  # handed over, transferred, repatriated, extradited to another holder
}


# A child moved between the adults who care for it: "the boy be returned to his father", "handed
# the girl to her grandmother". No captivity word in the sentence means no captors to free her from.
CHILD_WORDS = frozenset({"child", "children", "boy", "girl", "son", "daughter", "baby", "infant", "toddler",
                         "minor", "kid", "newborn", "grandson", "granddaughter", "nephew", "niece"})
CAPTIVITY_WORDS = frozenset({"kidnap", "kidnapper", "kidnapping", "abduct", "abductor", "abduction", "hostage",
                             "captor", "captivity", "ransom", "hijacker", "captive", "snatch"})


def child_handed_over(verb: Token) -> bool:
    """"Demanded that the child be returned to him", "handed the boy over to his mother": a custody
    change between guardians, not a release from captivity, unless the sentence tells of captors
    ("the kidnapped boy was returned to his parents" is a release).

    Args:
        verb: "return" or "hand" of the release definition.

    Returns:
        True when every person the verb moves is a child and nothing in the sentence holds captives.
    """
    moved = [t for t in patients(verb) if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not moved or not all(t.lemma_.lower() in CHILD_WORDS or t.lower_ in CHILD_WORDS for t in moved):
        return False
    return not any(t.lemma_.lower() in CAPTIVITY_WORDS for t in verb.sent)
