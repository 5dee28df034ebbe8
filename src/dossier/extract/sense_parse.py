"""Small parse readers shared by the word-sense checks (``relief_senses``, ``crime_senses``...).

The words of a verb's object and subject, of a token's sentence or of some of its dependents, the
objects of its prepositions or of a noun's "of", a count or partitive standing for what it counts,
and sums of money. Kept in one place so that each sense module reads the parse the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.ontology import PARTITIVES

# Money given: its words, units and symbols ("$100m", "£75,000", "10 million euros").
MONEY_WORDS = frozenset({
    "money", "cash", "fund", "funds", "funding", "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen",
    "yuan", "rupee", "rupees", "franc", "francs", "$", "£", "€", "us$", "budget", "sum", "m", "bn", "contribution",
    "contributions",
})


def words(tokens) -> set[str]:
    """Lemmas and lower-cased forms of the tokens."""
    return {form for t in tokens for form in (t.lemma_.lower(), t.lower_)}


def sentence_words(token: Token) -> set[str]:
    """The words of the sentence a token stands in."""
    return words(token.sent)


def children_words(token: Token, deps: set[str]) -> set[str]:
    """The words under a token's dependents of the given relations ("amod", "compound"...)."""
    return words(t for c in token.children if c.dep_ in deps for t in c.subtree)


def object_words(verb: Token) -> set[str]:
    """The words of what a verb acts on (object, passive subject, dative), with their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative", "attr"}]
    return words(t for h in heads for t in h.subtree)


def subject_words(verb: Token) -> set[str]:
    """The words of a verb's subject, or of the verb it completes or is conjoined to."""
    heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not heads and verb.dep_ in {"xcomp", "conj"}:  # "began to arrive", "landed and unloaded"
        heads = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return words(t for h in heads for t in h.subtree)


def money(tokens) -> bool:
    """A sum of money among the words: a MONEY entity or a currency word or symbol."""
    tokens = list(tokens)
    return any(t.ent_type_ == "MONEY" for t in tokens) or bool(words(tokens) & MONEY_WORDS)


def object_heads(verb: Token) -> list[Token]:
    """The heads of what a verb acts on, through amounts ("thousands of troops") and conjuncts."""
    heads = [through(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    return heads + [c for h in heads for c in h.conjuncts]


def object_tokens(verb: Token) -> list[Token]:
    """The words of a verb's object; a sum the parser hung off the verb ("it's raised $66m") too."""
    return [t for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}
            or c.dep_ == "npadvmod" and c.ent_type_ == "MONEY" for t in c.subtree]


def of_phrase(noun: Token) -> list[Token]:
    """The objects of a noun's "of" ("the rescue of a girl", "the deployment of 3,000 troops")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def of_noun_or_self(noun: Token) -> Token:
    """The first object of a noun's "of" ("1,000 barrels of crude": "crude"), else the noun itself."""
    return next(iter(of_phrase(noun)), noun)


def quantifier_over(noun: Token, quantifiers: frozenset[str]) -> Token:
    """The quantifier whose "of" phrase a noun stands in ("a number of agreements", "the number of
    deaths": "number"), else the noun: the phrase stands where the quantifier stands."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in quantifiers:
        return head.head
    return noun


def prep_objects(verb: Token, preps: set[str]) -> list[Token]:
    """The objects of a verb's prepositions ("from the rubble", "out of the ruins")."""
    found = []
    for prep in (c for c in verb.children if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in preps | {"out"}):
        for child in prep.children:
            if child.dep_ == "pobj":
                found.append(child)
            elif child.dep_ == "prep":  # "out of the rubble", "from under the debris"
                found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def through(noun: Token) -> Token:
    """A count, quantifier or partitive stands for its "of" noun ("seven of whom", "a number of
    people", "scores of US troops")."""
    if noun.pos_ in {"NUM", "PRON", "DET"} or noun.lemma_.lower() in PARTITIVES | {"score", "scores", "dozen"}:
        return of_noun_or_self(noun)
    return noun
