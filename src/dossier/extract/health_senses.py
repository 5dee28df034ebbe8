"""Words of force used of illnesses, animals and germs: a toll, not an attack.

Split out of ``trigger_fit`` because news about epidemics reads our conflict ontology's verbs in
their medical or farming sense, told by who or what does them and to whom:

- an illness, told by name ("H5N1", "cholera"), by a general word ("the strain", "a fever"), by a
  WordNet sense under illness or microorganism, or by a pronoun whose antecedent is one ("A new
  strain emerged last month. It has killed 12"), kills without attacking: its dead are the
  outbreak's toll. So does a participle of killing hung on a clause whose subject is an illness
  ("a fever has broken out in the region, killing 9");
- animals killed ("dozens of pigs were killed in the cull") and a thing killed ("kill it", said of
  germs) are no attack on anyone;
- a blow dealt by a feeling, a thought, a state or a rule ("stocks hit by fears of a recession",
  "exports hit by bans") is none.

Kinds are read from WordNet where it is installed; without it only the word lists decide.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract.ontology import GROUP_NOUNS, ILLNESS_NOUNS, PEOPLE
from dossier.extract.sense_parse import of_phrase
from dossier.extract.thing_kinds import doers, is_party, kinds, noun_before, patients

# General words for an illness or its agent, besides the ontology's illness nouns ("the strain
# has killed", "the bug spread"); an illness is also any word matching a virus's subtype name.
ILLNESS_WORDS = ILLNESS_NOUNS | frozenset({"strain", "fever", "bug", "germ", "germs", "pathogen", "bacterium",
                                          "bacteria", "superbug", "microbe", "sickness", "contagion", "pox"})
SUBTYPE_NAME = re.compile(r"^(a/)?h\d{1,2}n\d{1,2}$")  # influenza subtypes: "H1N1", "H5N1", "A/H7N9"
# WordNet words whose first sense heads the illnesses and their agents (WordNet 3.0).
ILLNESS_ROOTS = ("illness", "microorganism", "infectious_agent")
# Pronouns that stand for a thing, whose antecedent a previous subject can be.
THING_PRONOUNS = frozenset({"it", "which", "that"})
# How many sentences back a pronoun's antecedent is looked for.
ANTECEDENT_REACH = 2
# Verbs whose subject "it" can only be an illness ("it rarely infects people").
INFECTION_VERBS = frozenset({"infect", "sicken", "mutate", "reassort"})
# Verbs of hearsay a participle describing a noun is made of ("a strain said to have killed").
HEARSAY = frozenset({"say", "believe", "think", "report", "suspect", "estimate", "know", "fear"})
# Verbs whose subject reports rather than does ("officials said"): no antecedent for "it".
REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "state", "add", "confirm", "note"})
# First senses of nouns that harm no one, skipped in looking for what "it" stands for.
HARMLESS_KINDS = frozenset({"noun.feeling", "noun.cognition", "noun.communication", "noun.attribute", "noun.time",
                            "noun.quantity", "noun.relation", "noun.motive"})
# Nouns that are forms or kinds of what their "of" phrase names ("a new strain of bird flu").
KIND_NOUNS = frozenset({"strain", "form", "type", "kind", "variant", "outbreak", "case", "cases", "wave"})
ANIMAL_KINDS = frozenset({"noun.animal"})
# Animal words WordNet files elsewhere ("animal" is noun.Tops, "herd" a group), and the commonest
# farm animals for when WordNet is absent.
ANIMAL_WORDS = frozenset({"animal", "animals", "livestock", "poultry", "herd", "flock", "cattle", "pig", "pigs",
                          "swine", "hog", "hogs", "piglet", "piglets", "bird", "birds", "chicken", "chickens", "cow",
                          "cows", "goat", "goats", "sheep", "duck", "ducks", "fowl"})
# Feelings, thoughts, states, rules and costs hit nobody ("hit by fears", "hit by the downturn",
# "hit by bans", "hit by rising costs"); "noun.attribute" is left out, as "force" is first a
# quality to WordNet. A subject must be a mood ("flu fears have hit them").
ABSTRACT_BLOWS = frozenset({"noun.feeling", "noun.cognition", "noun.state", "noun.communication", "noun.possession"})
MOODS = frozenset({"noun.feeling", "noun.cognition"})
BLOW_LEMMAS = frozenset({"hit", "strike", "pound"})
KILLING_LEMMAS = frozenset({"kill", "shoot", "execute", "massacre"})


@lru_cache(maxsize=1)
def _illness_synsets() -> frozenset[tuple[int, str]]:
    return frozenset((s.offset, s.pos) for root in ILLNESS_ROOTS for s in wordnet.synsets(root, "n")[:1])


def _illness_word(noun: Token) -> bool:
    lemma, form = noun.lemma_.lower(), noun.lower_
    if lemma in ILLNESS_WORDS or form in ILLNESS_WORDS or SUBTYPE_NAME.match(form):
        return True
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    senses = wordnet.synsets(lemma, "n")[:1]
    if not senses:
        return False
    roots = _illness_synsets()
    return (senses[0].offset, senses[0].pos) in roots or bool(wordnet.hypernym_closure(senses[0], 12) & roots)


def is_illness(noun: Token) -> bool:
    """Whether a noun names an illness or what causes one: by word, subtype name, WordNet sense,
    compound ("the H1N1 strain") or, for a word of kind, its "of" phrase ("a strain of flu").

    Args:
        noun: a noun (or a pronoun, which is none).

    Returns:
        True for illnesses and their agents.
    """
    if noun.pos_ == "PRON":
        return False
    if _illness_word(noun) or any(c.dep_ == "compound" and SUBTYPE_NAME.match(c.lower_) for c in noun.children):
        return True
    if noun.lemma_.lower() in KIND_NOUNS:
        return any(_illness_word(g) for g in of_phrase(noun))
    return False


def antecedent(pronoun: Token) -> Token | None:
    """The noun a thing pronoun ("it", "which") stands for, as a doer of harm.

    A relative stands for the noun its clause describes (else the noun before it). "It" stands for
    the nearest subject before it in its sentence, else for the first subject of the sentence
    before (or the one before that) that could do harm: one that is singular, neither a pronoun nor
    the subject of a reporting verb, and not a feeling, thought, message or quality ("One fear is
    that the virus might mutate. It has killed 257": the virus). A plural subject stands aside for
    its "of" noun ("cases of a new strain appeared").

    Args:
        pronoun: a pronoun token.

    Returns:
        The antecedent noun, or None when none is found.
    """
    if pronoun.lower_ in {"which", "that"}:
        return _relative_antecedent(pronoun)
    if pronoun.lower_ != "it":
        return None
    earlier = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ != "PRON"]
    if earlier:
        return earlier[-1]
    sent = pronoun.sent
    for _ in range(ANTECEDENT_REACH):
        if sent.start == 0:
            return None
        sent = pronoun.doc[sent.start - 1].sent
        found = next((c for c in _subject_candidates(sent) if _can_do_harm(c)), None)
        if found is not None:
            return found
    return None


def _relative_antecedent(pronoun: Token) -> Token | None:
    clause = pronoun.head
    while clause.dep_ in {"ccomp", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head  # "which officials suspect has killed", "which is said to have killed"
    if clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"}:
        return clause.head
    before = noun_before(pronoun)
    return None if before is pronoun else before


def _subject_candidates(sent) -> list[Token]:
    """Singular nouns in subject position, in text order; a plural subject gives its "of" noun."""
    found = []
    for subject in (t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}):
        if subject.head.lemma_.lower() in REPORTING_VERBS:
            continue
        if subject.tag_ in {"NNS", "NNPS"}:
            found += [g for g in of_phrase(subject) if g.tag_ in {"NN", "NNP"}]
        else:
            found.append(subject)
    return found


def _can_do_harm(noun: Token) -> bool:
    senses = kinds(noun)
    return noun.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL"} and not (
        senses and senses[0] in HARMLESS_KINDS and not is_illness(noun))


def _illness_doer(noun: Token) -> bool:
    if noun.lower_ == "it" and any(v.lemma_.lower() in INFECTION_VERBS for v in (noun.head, *noun.head.conjuncts)):
        return True  # "it rarely infects people but has killed 257"
    if noun.lower_ in THING_PRONOUNS:
        found = antecedent(noun)
        return found is not None and is_illness(found)
    return is_illness(noun)


def done_by_illness(verb: Token) -> bool:
    """Whether an illness does what a verb says: its subject or agent ("the H5N1 strain has
    killed", "It has killed", the pronoun's antecedent an illness), or, for a participle or a
    coordinated verb, the subject of the clause it hangs on ("a fever broke out, killing 9").

    Args:
        verb: a verb of force ("kill", "hit", "strike").

    Returns:
        True when the doer is an illness.
    """
    found = doers(verb)
    if found:
        return any(_illness_doer(d) for d in found)
    current = verb
    for _ in range(3):  # "broke out, killing 9", "suspected of having killed", "a strain said to have killed"
        if current.dep_ in {"acl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN"}:
            return _illness_doer(current.head)
        if current.dep_ not in {"advcl", "conj", "xcomp", "ccomp", "pcomp", "pobj", "prep"} or current.head.i == current.i:
            return False
        current = current.head
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and current.pos_ in {"VERB", "AUX"}:
            return any(_illness_doer(d) for d in subjects)
        if not subjects and current.lemma_.lower() in HEARSAY and current.tag_ in {"VBN", "VBD"}:
            described = _noun_before(current)  # "the strain now said to have killed 42", parsed as a clause
            return described is not None and _illness_doer(described)
    return False


def _noun_before(verb: Token) -> Token | None:
    """The noun just before a subjectless participle (adverbs skipped), which it describes."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ == "ADV":
        i -= 1
    before = verb.doc[i] if i >= verb.sent.start else None
    return before if before is not None and before.pos_ in {"NOUN", "PROPN"} else None


def _animal(noun: Token) -> bool:
    """An animal, not a person: by its first two WordNet senses, the first of which is no person."""
    if noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or noun.pos_ == "PRON":
        return False
    if noun.lemma_.lower() in PEOPLE | GROUP_NOUNS:
        return False
    if noun.lemma_.lower() in ANIMAL_WORDS or noun.lower_ in ANIMAL_WORDS:
        return True
    senses = kinds(noun)
    return bool(senses) and senses[0] != "noun.person" and bool(set(senses[:2]) & ANIMAL_KINDS)


def harms_no_person(verb: Token) -> bool:
    """Whether a verb of killing acts only on animals or a thing: "pigs were killed in the cull",
    "killed dozens of goats", "kill it" (a germ, a slogan's "it"). People or groups among what is
    killed keep the attack.

    Args:
        verb: a verb of the attack definition.

    Returns:
        True when everything killed is an animal or the pronoun "it".
    """
    if verb.lemma_.lower() not in KILLING_LEMMAS:
        return False
    targets = patients(verb)
    if not targets and verb.dep_ == "conj" and verb.tag_ == "VBN":  # "the animals were found and killed"
        targets = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return bool(targets) and all(t.lower_ in {"it", "itself"} or _animal(t) for t in targets)


def abstract_blow(verb: Token) -> bool:
    """"Stocks hit by fears of a recession", "exports hit by bans", "flu fears have hit them": the
    agent of "hit" is a feeling, a thought, a state, a rule or a cost, or its subject a feeling or a
    thought (by the first WordNet sense), so nobody is hit; "hardest hit are ..." ranks who
    suffered most.

    Args:
        verb: a verb of the attack definition (only "hit", "strike" and "pound" are read).

    Returns:
        True when the doer is abstract in those senses.
    """
    if verb.lemma_.lower() not in BLOW_LEMMAS:
        return False
    if not any(c.dep_ in {"nsubj", "agent", "dobj"} for c in verb.children) and any(
            c.dep_ == "advmod" and c.tag_ in {"RBS", "JJS"} for c in verb.children):
        return True  # "hardest hit are Peru and Chile": a ranking of who suffered most
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "flu fears have hit them hard"
    return any(_abstract(g, ABSTRACT_BLOWS) for g in agents) or any(_abstract(g, MOODS) for g in subjects)


def _abstract(noun: Token, wanted: frozenset[str]) -> bool:
    """A common noun first of all of a kind in ``wanted``, and no party, illness or name."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or is_party(noun) or is_illness(noun):
        return False
    senses = kinds(noun)
    return bool(senses) and senses[0] in wanted
