"""Clause shapes that say an event is not reported as done, whatever its own auxiliaries say.

Split out of ``status`` (the words scoping over a trigger) because these read the shape of the
clause the trigger stands in, not the words on it:

- a subject that says nobody did or underwent it ("none of the guests were hurt", "no one was
  hit"), also for an event noun that completes its verb ("no suspects were taken into custody");
- a generic subject in the present tense ("when one is killed, we all lose", "anyone who is
  caught"): a rule about any such event, not a report of one;
- a threat: a clause joined by "or" to an order ("stay down or we'll shoot"): it happens only if
  the order is not obeyed;
- a headline's colon: the noun before it is not an argument of the clause after it ("Riot over
  death: the man did not have a gun" does not negate the riot).
"""

from __future__ import annotations

from spacy.tokens import Token

# Subjects that say nobody did or underwent it ("none of the guests were hurt", "no one was hit").
NOBODY = frozenset({"none", "nobody", "nothing", "noone"})
# Pronouns standing for anyone at all: with a present verb they state a rule, not an event.
GENERIC_SUBJECTS = frozenset({"one", "anyone", "anybody", "whoever", "everyone", "everybody"})
RELATIVES = frozenset({"who", "that", "which"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Prepositions by which a noun completes its verb into one predicate ("taken into custody",
# "sent into exile"): who underwent the verb underwent the noun's event.
COMPLETING = frozenset({"into"})


def nobody_did(verb: Token) -> bool:
    """Whether a verb's subject is nobody: "none (of them)", "nobody", "no one", "no-one", "no
    shots"; also the subject of a verb it completes ("no-one is believed to have been hurt")."""
    current = verb
    for _ in range(3):
        for subject in (c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children) \
                    or _split_no_one(subject):
                return True
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = current.head
    return False


def nobody_underwent(noun: Token) -> bool:
    """"No suspects have been taken into custody": an event noun completing a verb whose subject
    is nobody. Not a noun of an adjunct ("no one was hurt in the attack": the attack happened)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in COMPLETING and noun.head.head.pos_ in {"VERB", "AUX"} \
        and nobody_did(noun.head.head)


def generic_present(verb: Token) -> bool:
    """Whether a verb states a rule about anyone: a generic pronoun subject and a present tense
    ("when one is killed, all of us lose", "whoever attacks a guard faces prison")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # "anyone who is caught": the relative stands for its noun
    if subject is None or subject.lower_ not in GENERIC_SUBJECTS or subject.pos_ == "NUM":
        return False
    finite = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), verb)  # "is (killed)"
    return finite.tag_ in PRESENT_TAGS


def threatened(verb: Token) -> bool:
    """Whether a verb is the threat joined by "or" to an order ("Drop it, or we'll shoot", "hand
    over the cash or I'll kill you"): an order is a bare verb with no subject or auxiliary."""
    if verb.dep_ != "conj":
        return False
    order = verb.head
    joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" for c in order.children if order.i < c.i < verb.i)
    bare = order.tag_ == "VB" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
                                          for c in order.children)
    return joined_by_or and bare


def across_colon(a: Token, b: Token) -> bool:
    """Whether a colon stands between two words of a sentence: a headline's "X: Y" is two parts,
    and a noun of the first is no argument of the second's verb."""
    low, high = sorted((a.i, b.i))
    return any(t.text == ":" for t in a.doc[low + 1: high])


def _split_no_one(subject: Token) -> bool:
    """"No-one" cut by the tokenizer into "No", "-", "one", each a subject (or "one" after them)."""
    if subject.lower_ == "no" and subject.i + 1 < len(subject.doc):
        after = subject.doc[subject.i + 1: subject.i + 3]
        return any(t.lower_ == "one" for t in after)
    if subject.lower_ == "one" and subject.i > 0:
        return any(t.lower_ == "no" for t in subject.doc[max(subject.i - 2, 0): subject.i])
    return False
