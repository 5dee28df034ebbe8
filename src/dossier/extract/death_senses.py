"""Deaths in their literal sense: "X died at his home on Thursday", "the death of the singer"; not
"the wind died down", "the deal died", "dying to know", "sentenced to death".

Split from ``office_senses`` (which joins ``DEATH_CHECKS`` into ``OFFICE_CHECKS``) because a death has
its own twin to tell apart: the toll of another happening. A death told as the toll of another
happening ("two men died in the crash", "died of his wounds", "three people died when the bomb
exploded") is left to that happening's type: the person must be one (not counted, not plural) and
the cause no attack, disaster or accident. Who dies is the subject of the verb or the possessor or
"of" noun of the noun ("Smith died", "Smith's death", "the death of Smith"), hence the actor; that
role is read by ``arguments``, not set here. A death in a fall ("died in a fall", "died after
slipping and falling") is an accident, as "killed in a fall" is (``dies_in_fall``, read by
``trigger_fit``): the same happening told with either verb gets one type.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.mishap_senses import killed_in_fall
from dossier.extract.person_heads import clause_subject, is_person
from dossier.extract.sense_parse import of_phrase, prep_objects, words
from dossier.extract.word_classes import ACCIDENT_NOUNS, DISASTER_NOUNS, VIOLENT_CAUSES

# Who dies as the toll of something else: "the third victim died on the way to hospital".
TOLL_PEOPLE = frozenset({"victim", "victims", "casualty", "casualties", "passenger", "passengers", "hostage"})
# Verbs by which a death is another happening's toll: "died when he was shot".
VIOLENT_VERBS = frozenset({"shoot", "stab", "kill", "bomb", "attack", "beat", "explode", "crash", "collapse", "strike",
                           "hit", "blow", "detonate", "sink", "ambush", "murder", "execute"})
# Particles that turn a verb to another sense: "died down", "fired up", "stepped up".
OFF_PARTICLES = frozenset({"down", "out", "away", "off", "up", "back", "over"})


def _counted(head: Token) -> bool:
    """"two men", "200 people", "climbers", "many": a count is a toll, not one person's death."""
    if any(c.dep_ == "nummod" for c in head.children) or head.like_num:
        return True
    if head.lower_ in {"they", "them", "we", "us", "many", "most", "some", "all", "both", "others"}:
        return True
    if any(c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in head.children):
        return True  # "Tennant and Hakim died at the scene": a toll of two ("my brother and only sibling": one)
    return head.tag_ in {"NNS", "NNPS"} and head.ent_type_ != "PERSON"


def _toll_cause(token: Token) -> bool:
    """The death is the toll of another happening: "in the crash", "of his wounds", "when the
    bomb exploded", "after he was shot"."""
    causes = prep_objects(token, {"in", "from", "of", "after", "during", "following", "amid", "as", "due"})
    causes += [g for c in causes if c.lemma_.lower() in {"result", "consequence"} for g in of_phrase(c)]
    struck = [c for p in token.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pcomp"]
    if any(c.lemma_.lower() in VIOLENT_VERBS for c in struck):
        return True  # "died after being struck by a car"
    if words(t for c in causes for t in c.subtree) & (VIOLENT_CAUSES | DISASTER_NOUNS | ACCIDENT_NOUNS):
        return True
    clauses = [c for c in token.children if c.dep_ in {"advcl", "conj"}]
    clauses += [c for clause in clauses for c in clause.conjuncts]
    if token.dep_ == "conj" and token.head.lemma_.lower() in VIOLENT_VERBS:
        return True  # "was shot and died"
    return any(c.lemma_.lower() in VIOLENT_VERBS for c in clauses)


def _dies(verb: Token) -> bool:
    """"X died at his home on Thursday", "X, who died Friday", "has died of cancer"; not "the wind
    died down", "the deal died", "dying to know", "two men died in the crash".

    Args:
        verb: "die", or "pass" (with "away").

    Returns:
        True when one person dies of no attack, disaster or accident.
    """
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    if lemma == "pass" and "away" not in particles:
        return False
    if lemma != "pass" and particles & OFF_PARTICLES:
        return False
    if verb.tag_ == "VBG" and (prep_objects(verb, {"for"}) or any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)):
        return False  # "dying to see it", "dying for a drink"
    subject = clause_subject(verb)
    if subject is not None and subject.lower_ in {"who", "whom"} and subject.head.dep_ in {"relcl", "acl"}:
        subject = subject.head.head
    if subject is not None:  # "One of the most famous godfathers, Vincent Gigante, has died"
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subject)
    if subject is None or not is_person(subject) or subject.lemma_.lower() in TOLL_PEOPLE:
        return False
    return not (_counted(subject) or _toll_cause(verb) or _harmed_by_violence(subject))


def _harmed_by_violence(person: Token) -> bool:
    """"police said he stabbed his neighbour, who died later in hospital", "the boy hit by the
    bullet, who died later": the one who dies is who a verb of violence of the sentence acts on, so the death is
    that deed's toll."""
    return person.dep_ in {"dobj", "nsubjpass"} and person.head.lemma_.lower() in VIOLENT_VERBS or any(
        c.dep_ == "acl" and c.lemma_.lower() in VIOLENT_VERBS for c in person.children)


def dies_in_fall(verb: Token) -> bool:
    """"the climber died in a fall", "two hikers died after slipping and falling": people dying in
    a fall, an accident like "killed in a fall"; not "the project died after a fall in funding".

    Args:
        verb: "die".

    Returns:
        True when a person or people die and a cause phrase of the verb names a fall.
    """
    if verb.lemma_.lower() != "die" or {c.lower_ for c in verb.children if c.dep_ == "prt"} & OFF_PARTICLES:
        return False
    subject = clause_subject(verb)
    if subject is not None and subject.lower_ in {"who", "whom"} and subject.head.dep_ in {"relcl", "acl"}:
        subject = subject.head.head
    people = subject is not None and (is_person(subject) or subject.lemma_.lower() in TOLL_PEOPLE
                                      or subject.like_num or subject.lower_ in {"they", "many", "both"})
    return people and killed_in_fall(verb)


def _death_noun(noun: Token) -> bool:
    """"the death of X", "X's death", "his death"; not "deaths" (a toll), "sentenced to death",
    "beaten to death", "the death of the deal", "cause of death"."""
    if noun.tag_ == "NNS" or noun.dep_ == "pobj" and noun.head.lower_ in {"to", "of"}:
        return False
    holders = of_phrase(noun) + [c for c in noun.children if c.dep_ == "poss"]
    if not holders or not all(is_person(h) for h in holders):
        return False
    return not (any(_counted(h) for h in holders) or _toll_cause(noun))


DEATH_CHECKS = {
    **{("death", verb, False): _dies for verb in ("die", "pass")},
    ("death", "death", True): _death_noun,
}
