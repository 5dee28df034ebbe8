"""Words of office and death in their literal sense: appointments, dismissals, resignations, deaths.

Split from ``trigger_fit`` (whose table of word-sense checks registers ``OFFICE_CHECKS``) because
each of these words has an everyday twin: "fired a shot", "named after her aunt", "a man named
Smith", "named in the lawsuit", "nominated for an Emmy", "dismissed the claims", "quit smoking",
"the wind died down", "the deal died", "dying to know", "an appointment with the dentist". A
literal reading needs a person who gets, loses or leaves a post, or who dies.

Roles (read by ``arguments`` from the parse, not set here): who appoints or fires is the actor,
who is appointed or fired the object, hence the target; who resigns or dies is the subject of the
verb or the possessor or "of" noun of the noun ("Smith resigned", "Smith's death", "the death of
Smith"), hence the actor, the one who did it.

Deaths, whose twin is the toll of another happening, are checked in ``death_senses`` and joined into
``OFFICE_CHECKS`` here; who is a person is read in ``person_heads``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.death_senses import DEATH_CHECKS
from dossier.extract.person_heads import clause_subject, is_person
from dossier.extract.sense_parse import object_heads, of_phrase, prep_objects, words
from dossier.extract.word_classes import AWARDS, FIRED_THINGS, HONOURS, OFFICE_ROLES, OFFICES

# What one is "named as" in a case, which is no post: "named as a suspect".
NO_POSTS = frozenset({"suspect", "defendant", "witness", "victim", "plaintiff", "accomplice", "co-defendant",
                      "respondent", "co-conspirator", "beneficiary", "executor", "heir"})
# What an honour is "of": "coach of the year", "person of the week".
PERIODS = frozenset({"year", "week", "month", "decade", "century", "season", "game", "match", "night", "day"})
# Verbs completing a post one is given ("named to succeed him", "picked to lead the team").
OFFICE_VERBS = frozenset({"be", "lead", "succeed", "serve", "host", "coach", "head", "run", "replace", "take",
                          "become", "manage", "chair", "direct", "fill", "oversee", "helm", "captain", "steer"})
# Where a shot is aimed, and particles of other senses: "fired at/on/into", "fired up", "fired off".
AIMED = frozenset({"at", "on", "upon", "into", "toward", "towards"})
PARTICLES = frozenset({"up", "off", "away", "back", "over"})
# What one steps down from that is no office: "stepped down from the podium".
PLACES_STEPPED_FROM = frozenset({"podium", "stage", "stair", "stairs", "plane", "ladder", "train", "bus", "platform",
                                 "car", "stool", "chair", "pedestal", "kerb", "curb", "step", "steps", "rostrum"})
# Appointments of private life: "an appointment with the dentist", "a hair appointment".
PRIVATE_APPOINTMENTS = frozenset({"dental", "dentist", "doctor", "medical", "hair", "hospital", "clinic", "gp",
                                  "vet", "salon", "hairdresser", "eye", "follow-up", "check-up"})
# A party's nomination is a candidacy, not a post given: "won the Republican nomination".
CANDIDACIES = frozenset({"republican", "democratic", "presidential", "party", "gop", "labour", "conservative"})
# Moods that "resignation" names: "a sense of resignation", "sighed with resignation".
MOODS = frozenset({"sense", "air", "note", "mood", "tone", "feeling", "look", "shrug", "sigh", "mixture", "kind"})


def _roles(verb: Token) -> list[Token]:
    """The post a verb gives: "as coach", "named him director" (oprd), "to be surgeon general",
    "picked to lead the team", "named to the board", "nominated for surgeon general"."""
    found = [g for g in prep_objects(verb, {"as"})]
    # a day the parser took for the post ("were named Thursday in a bulletin") is a time, not a post
    found += [c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.ent_type_ not in {"PERSON", "DATE", "TIME"}]
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        if clause.lemma_.lower() == "be":
            found += [c for c in clause.children if c.dep_ == "attr"]
        elif clause.lemma_.lower() in OFFICE_VERBS:
            found.append(clause)
    found += [g for g in prep_objects(verb, {"to", "for"}) if g.lemma_.lower() in OFFICES | OFFICE_ROLES]
    # "named assistant manager Tony DiLeo coach", parsed with the name as a compound of the post
    found += [h for h in object_heads(verb) if h.lemma_.lower() in OFFICE_ROLES
              and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in h.children)]
    return found


def _honour(role: Token) -> bool:
    """"coach of the year", "Sexiest Man Alive", "one of the 50 future leaders", a name ("Olympia")."""
    if role.pos_ == "VERB":
        return False
    modifiers = [c for c in role.children if c.dep_ in {"amod", "compound", "nmod", "advmod"}]
    periods = [g for g in of_phrase(role) if g.lemma_.lower() in PERIODS]
    if role.ent_type_ == "PERSON" or role.lemma_.lower() in NO_POSTS | HONOURS or periods:
        return True
    return any(t.tag_ in {"JJS", "RBS"} for t in modifiers) or bool(words(modifiers) & HONOURS)


def _appointees(verb: Token) -> list[Token]:
    """Who is given a post: the object or passive subject, or a name the parser made the object
    predicate ("named Laura Kent as chief executive" with "Kent" as oprd)."""
    heads = object_heads(verb)
    heads += [c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"]
    return [h for h in heads if is_person(h)]


def _awarded(verb: Token) -> bool:
    """"nominated for an Oscar", "nominated as best actor": a prize, not a post."""
    parts = [t for g in prep_objects(verb, {"for"}) for t in g.subtree] + prep_objects(verb, {"as"})
    return bool(words(parts) & AWARDS)


def _gives_post(verb: Token, role_needed: bool) -> bool:
    people, roles = _appointees(verb), _roles(verb)
    if _awarded(verb) or any(_honour(r) for r in roles):
        return False
    if people:
        active = any(c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ == "auxpass" for c in verb.children)
        return bool(roles) or (active and not role_needed)
    subject = clause_subject(verb)  # a headline's "Comedian Ann Lee picked to host the awards"
    return bool(roles) and subject is not None and subject.dep_ == "nsubj" and is_person(subject)


# --- appointment --------------------------------------------------------------------------------

def _appoints(verb: Token) -> bool:
    """"appointed X coach", "nominated X as surgeon general", "hired X", "was promoted to chief";
    not "nominated for an Emmy", "hired a car", "unless they are nominated".

    Args:
        verb: "appoint", "nominate", "hire" or "promote".

    Returns:
        True when a person is given a post: named with it, or by someone who gives it.
    """
    return _gives_post(verb, role_needed=False)


def _names_to_post(verb: Token) -> bool:
    """"named X as host", "was named interim coach", "picked X to lead", "tapped X for the post";
    not "named after", "a man named X", "named in the lawsuit", "named coach of the year",
    "picked the team to win", "phones were tapped".

    Args:
        verb: "name", "pick", "tap", "designate" or "choose".

    Returns:
        True when a person is given a post that the sentence names.
    """
    if prep_objects(verb, {"after", "in", "by"}) and not _roles(verb):
        return False
    return _gives_post(verb, role_needed=True)


def _sworn_in(verb: Token) -> bool:
    """"was sworn in as governor", "swore in the new cabinet"; not "swore to fight", "swore at him"."""
    return any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "in" and not any(
        g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _appointment_noun(noun: Token) -> bool:
    """"the appointment of X", "X's nomination", "his hiring"; not "an appointment with the
    dentist", "an Emmy nomination", "the Republican nomination", "by appointment"."""
    modifiers = words(c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"})
    if prep_objects(noun, {"with"}) or modifiers & PRIVATE_APPOINTMENTS or noun.head.lower_ == "by":
        return False
    prizes = [t for g in prep_objects(noun, {"for"}) for t in g.subtree]
    if (modifiers | words(prizes)) & AWARDS or modifiers & CANDIDACIES:
        return False
    holders = of_phrase(noun) + [c for c in noun.children if c.dep_ == "poss"]
    if any(h.lemma_.lower() == "candidate" for h in holders):
        return False  # "the nomination of candidates" for an election
    return any(is_person(h) for h in holders)


# --- dismissal ----------------------------------------------------------------------------------

def _from_office(verb: Token) -> bool:
    """"fired from his job", "quit as coach", "dismissed from the company", "sacked by the club"."""
    posts = prep_objects(verb, {"from", "as"})
    return any(g.lemma_.lower() in OFFICES | OFFICE_ROLES or g.ent_type_ == "ORG" for g in posts)


def _when(prep: Token) -> bool:
    """"on Saturday", "at 9 a.m.": a time, not what is aimed at."""
    return any(g.ent_type_ in {"DATE", "TIME"} for g in prep.children if g.dep_ == "pobj")


def _dismisses(verb: Token) -> bool:
    """"fired coach X", "X was sacked", "ousted the chairman", "dismissed the minister", "fired from
    his job"; not "fired a shot", "fired at the crowd", "rockets were fired", "fired up the fans",
    "dismissed the claims", "sacked the city".

    Args:
        verb: "fire", "sack", "oust", "dismiss", "axe", "can", "depose" or "unseat".

    Returns:
        True when a person loses a post.
    """
    if any(c.dep_ == "prep" and c.lower_ in AIMED and not _when(c) or c.dep_ == "prt" and c.lower_ in PARTICLES
           for c in verb.children):
        return False
    heads = object_heads(verb)
    if words(heads) & FIRED_THINGS or prep_objects(verb, {"with"}) and verb.lemma_.lower() == "fire":
        return False
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() == "time" for c in verb.children):
        return False  # "sacked five times": a quarterback brought down
    return any(is_person(h) for h in heads) or _from_office(verb)


def _removes_from_office(verb: Token) -> bool:
    """"removed from office", "removed X as chairman", "relieved of his command"; not "removed the
    debris" or "removed from the list"."""
    posts = [g for g in prep_objects(verb, {"from", "as", "of"}) if g.lemma_.lower() in OFFICES | OFFICE_ROLES]
    people = [h for h in object_heads(verb) if is_person(h)]
    return bool(posts and (people or not object_heads(verb)))


def _dismissal_noun(noun: Token) -> bool:
    """"the dismissal of the coach", "Cheeks's firing", "the ouster of the president", "the
    dismissal came hours later"; not "the dismissal of the charges", "the firing of rockets"."""
    holders = of_phrase(noun) + [c for c in noun.children if c.dep_ == "poss"]
    if holders:
        return any(is_person(h) for h in holders) and not words(holders) & FIRED_THINGS
    return noun.lemma_.lower() in {"dismissal", "sacking", "ouster", "ousting"}


# --- resignation --------------------------------------------------------------------------------

def _resigns(verb: Token) -> bool:
    """"resigned", "resigned as minister", "resigned the presidency"; not "resigned himself to
    defeat" or "resigned to his fate"."""
    if any(c.lower_ in {"himself", "herself", "themselves", "myself", "ourselves"} for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in OFFICES | OFFICE_ROLES for c in verb.children):
        return False  # "resigning the pitcher" (re-signing: a contract renewed); "resigned his seat" stays
    fates = [g for g in prep_objects(verb, {"to"}) if g.lemma_.lower() not in OFFICES | OFFICE_ROLES]
    return not (fates and verb.tag_ == "VBN" and any(c.dep_ in {"auxpass", "aux"} for c in verb.children))


def _quits(verb: Token) -> bool:
    """"quit as coach", "quit the cabinet", "she quit on Monday"; not "quit smoking", "quit the talks"."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "ccomp"}]
    if objects:
        return all(o.lemma_.lower() in OFFICES | OFFICE_ROLES or o.ent_type_ == "ORG" for o in objects)
    subject = clause_subject(verb)
    return _from_office(verb) or (subject is not None and (is_person(subject) or
                                                            subject.lemma_.lower() in OFFICES))


def _steps_down(verb: Token) -> bool:
    """"stepped down as chairman", "will step aside"; not "stepped down from the podium", "stepped up"."""
    if not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"down", "aside"} for c in verb.children):
        return False
    return not words(prep_objects(verb, {"from", "off"})) & PLACES_STEPPED_FROM


def _abdicates(verb: Token) -> bool:
    """"the king abdicated", "abdicated the throne"; not "abdicated responsibility"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.lemma_.lower() in {"throne", "crown", "power", "presidency", "office", "post"} for o in objects)


def _resignation_noun(noun: Token) -> bool:
    """"his resignation", "the resignation of the minister", "announced her resignation"; not "a
    sense of resignation", "with resignation"."""
    if noun.dep_ == "pobj" and (noun.head.lower_ in {"with", "in"} or noun.head.head.lemma_.lower() in MOODS):
        return False
    holders = of_phrase(noun) + [c for c in noun.children if c.dep_ == "poss"]
    return not holders or any(is_person(h) or h.lemma_.lower() in OFFICES for h in holders)


OFFICE_CHECKS = {
    **{("appointment", verb, False): _appoints for verb in ("appoint", "nominate", "hire", "promote")},
    **{("appointment", verb, False): _names_to_post
       for verb in ("name", "pick", "tap", "designate", "announce", "unveil", "select", "choose")},
    ("appointment", "swear", False): _sworn_in,
    **{("appointment", noun, True): _appointment_noun for noun in ("appointment", "nomination", "hiring")},
    **{("dismissal", verb, False): _dismisses
       for verb in ("fire", "sack", "oust", "dismiss", "axe", "ax", "can", "depose", "unseat")},
    **{("dismissal", verb, False): _removes_from_office for verb in ("remove", "relieve")},
    **{("dismissal", noun, True): _dismissal_noun
       for noun in ("dismissal", "firing", "sacking", "ouster", "ousting", "removal")},
    ("resign", "resign", False): _resigns,
    ("resign", "quit", False): _quits,
    ("resign", "step", False): _steps_down,
    ("resign", "abdicate", False): _abdicates,
    **{("resign", noun, True): _resignation_noun for noun in ("resignation", "abdication")},
    **DEATH_CHECKS,  # "X died on Thursday", not "the deal died"
}
