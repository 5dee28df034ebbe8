"""The role of a name that the trigger's own clause describes: "X, who was shot by police", "X,
shot outside an apartment", "X, who killed three men".

Split out of ``arguments``, which reads a role from the path that leads up from a name to the
trigger. Here the path goes the other way: the trigger's verb hangs below the name, in a relative
clause or a participle on it, so the name is the clause's subject or object by way of the relative
pronoun, or the participle's understood subject. A past participle on a name is passive ("the
deputy, shot in the head, ..."): the name is what the happening befell, its ``target``; a present
participle ("gunmen firing on the crowd") or a relative pronoun subject of an active verb ("X, who
killed three men") makes it the doer, the ``actor``. A relative pronoun that is the object ("X,
whom police shot") or the passive subject ("X, who was shot") makes it the ``target``.

Parsers often read "X, shot outside an apartment on Friday, died at the scene" as X the subject of
"shot" and "died" a second verb joined to it; ``aside_participle`` reads that as the passive aside
it is.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
# How the relative pronoun attaches to the clause's verb, and the role that gives the name.
RELATIVE_ROLES = {"nsubjpass": "target", "dobj": "target", "nsubj": "actor"}
# Links from a name to a noun standing for it: "Jerry Ortiz, a deputy who was shot".
SAME_PARTY = frozenset({"appos", "conj"})


def clause_role(root: Token, trigger) -> str | None:
    """The role of a name that a relative clause or a participle on it, whose verb is the trigger,
    describes (see the module docstring).

    Args:
        root: the root token of the name.
        trigger: the event's trigger (a ``triggers.Trigger``).

    Returns:
        "target", "actor", or None when the trigger's verb does not describe the name.
    """
    token = trigger.token
    if trigger.nominal or token.dep_ not in {"relcl", "acl"} or not _stands_for(token.head, root):
        return None
    if token.dep_ == "acl":
        if token.tag_ == "VBN":
            return "target"  # "the deputy, shot in the head", "Ortiz, killed on Friday"
        return "actor" if token.tag_ == "VBG" else None  # "gunmen firing on the crowd"
    pronoun = next((c for c in token.children if c.lower_ in RELATIVE_PRONOUNS), None)
    return RELATIVE_ROLES.get(pronoun.dep_) if pronoun is not None else None


def _stands_for(noun: Token, root: Token) -> bool:
    """Whether a noun is the name itself or a noun in apposition to it ("X, 35, a deputy who ...")."""
    if noun.i == root.i:
        return True
    current = noun
    for _ in range(3):
        if current.dep_ not in SAME_PARTY or current.head.i == current.i:
            return False
        current = current.head
        if current.i == root.i:
            return True
    return False


def aside_participle(root: Token, trigger) -> bool:
    """Whether a name the parser made the subject of the trigger is rather what a participle set off
    by commas after it tells: "X, shot outside an apartment on Friday, died at the scene" (the
    parser's "died" a verb joined to "shot" with no "and"). An active verb after a comma ("X,
    however, shot first and fled", "X, 35, shot two men") keeps X the doer.

    Args:
        root: the root token of the name.
        trigger: the event's trigger (a ``triggers.Trigger``).

    Returns:
        True when the name is the trigger's subject, a comma right after the name parts them, the
        trigger has no object, auxiliary or particle, and a verb joins it with no conjunction.
    """
    token = trigger.token
    if trigger.nominal or token.tag_ not in {"VBD", "VBN"} or token.i < 2:
        return False
    subject = root
    while subject.dep_ in {"compound", "appos"} and subject.head.i != subject.i:
        subject = subject.head
    if subject.dep_ != "nsubj" or subject.head.i != token.i:
        return False
    doc = token.doc
    if doc[token.i - 1].text != "," or max(t.i for t in subject.subtree if t.text != ",") != token.i - 2:
        return False  # "X, 35, shot ...": the aside between them is not the name's
    children = list(token.children)
    if any(c.dep_ in {"dobj", "aux", "auxpass", "prt", "cc", "ccomp", "xcomp"} for c in children):
        return False
    return any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and doc[c.i - 1].text == "," for c in children)


# Verbs whose subject undergoes the happening even in the active voice ("died fighting"), and harm
# verbs that take an object whenever they are active, so that one with none is a misparsed passive
# ("Britons killed fighting X include ...").
UNDERGONE = frozenset({"die", "perish", "drown"})
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "shoot", "stab", "murder", "slay", "maim"})


def pursuit_of_the_harmed(clause: Token, verb: Token) -> bool:
    """Whether a subjectless present participle on a verb tells what the verb's patient was doing
    when it befell them ("was killed fighting X", "died defending the town", "arrested trying to
    cross into Y"): its objects are the victim's foes or aims, not the event's targets. A participle
    on an active verb of doing ("launched strikes, hitting X") elaborates the act itself, and its
    object stays a target."""
    if clause.tag_ != "VBG" or clause.dep_ not in {"xcomp", "advcl"} or clause.head.i != verb.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    children = list(verb.children)
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children):
        return True
    lemma = verb.lemma_.lower()
    if lemma in UNDERGONE:
        return True
    return lemma in HARM_VERBS and verb.tag_ in {"VBD", "VBN"} and not any(
        c.dep_ in {"dobj", "dative", "ccomp"} for c in children)
