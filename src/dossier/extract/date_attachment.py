"""The walk up the parse from a time expression to the trigger it dates (``attachment``).

Split from ``dating`` (which reads time expressions, picks their values and gives each to an event)
because this is the part that reads only the parse: which clause a date sits in, whether it climbs
out of a reported clause or an infinitive ("agreed to swap prisoners on Friday"), and when a year
describes a noun rather than dates an event ("the outcome of the May 16 talks", "Mandela in 1994").
The rules themselves are told in ``dating``'s docstring and on each function here.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.date_clauses import gapped_conjunct, instrument_owner, same_time
from dossier.extract.ontology import ACCIDENT_NOUNS, DISASTER_NOUNS, ILLNESS_NOUNS, definitions_for

PREMODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "poss"})
CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "csubj", "parataxis"})
# Clause heads a date may stop at and give to the one trigger of that clause.
OWN_CLAUSE_DEPS = CLAUSE_DEPS | {"ccomp"}
# Verbs saying only when a happening was ("the talks, which took place in May", "the outbreak that
# began in March"): in a clause on a trigger noun their date is that noun's.
OCCURRENCE_VERBS = frozenset({"begin", "start", "end", "occur", "happen", "take", "break", "erupt", "open", "close",
                              "conclude", "finish", "last"})
# Happenings the ontology has no event type for, whose date is that of what they did.
# Acts of violence named by a noun the ontology leaves to the verb ("killed in the shooting").
VIOLENCE_NOUNS = frozenset({"shooting", "stabbing", "ambush", "shootout", "gunfight", "firefight", "blast"})
HAPPENING_NOUNS = DISASTER_NOUNS | ACCIDENT_NOUNS | ILLNESS_NOUNS | VIOLENCE_NOUNS | {"disaster"}
# Steps of the law taken "in" a crime, that is in connection with it, not during it.
LEGAL_STEPS = frozenset({"indict", "charge", "convict", "sentence", "try", "acquit", "prosecute", "accuse",
                         "suspect", "implicate", "blame", "question", "investigate", "sue", "extradite", "arraign",
                         "identify", "name", "want", "seek", "fine", "jail", "imprison"})


def attachment(root: Token, anchors: dict[int, int], *, coarse: bool = False) -> tuple[int | None, bool]:
    """The trigger index a time expression dates (-1: the whole sentence, None: a side clause),
    and whether the path went up out of a reported clause or an infinitive complement ("agreed
    to swap prisoners on Friday": Friday is the swap's, not the agreeing's).

    A year (``coarse``) hung on a noun that is no trigger describes that noun when the noun is a
    name or sits in a phrase of its own ("an address in the style of Mandela in 1994", "said
    Ortega, ... from 1988 to 1991"): it dates a trigger noun above it ("the talks in Geneva in
    2014"), never a verb or the sentence. Days keep the old reading, as parsers hang "on Monday"
    on the nearest noun ("said in a statement on Monday") when it dates the verb.
    """
    if root.dep_ in PREMODIFIER_DEPS | {"nummod"} and root.head.pos_ in {"NOUN", "PROPN"} \
            and root.head.i not in anchors:
        noun = root.head
        if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i in anchors and names_happening(noun):
            return anchors[noun.head.i], False  # "an April 20 explosion killed 11 workers": the killing's day
        if harmed_in(noun, anchors):
            return anchors[noun.head.head.i], False  # "was killed in a 2015 airstrike": the killing's year
        if (doing := told_doing(noun, anchors)) is not None:
            return doing, False  # "the 2019 bombing that killed one person": the killing's year
        return None, False  # "the outcome of the May 16 talks", "eclipse the 1989 spill": the noun's date
    current = root
    crossed = described = False
    while True:
        if current.i in anchors:
            if described and not (current.pos_ in {"NOUN", "PROPN"} and anchors[current.i] == current.i):
                return None, crossed  # "rejected the idea of an address ... in 1994": the address's year
            return anchors[current.i], crossed
        if current.i != root.i and _clause_head(current):
            owner = _clause_trigger(current, anchors)
            if owner is not None:
                return owner, crossed  # "when it exploded April 20, killing 11 workers": the killing's day
        if current.dep_ in {"relcl", "acl"} and current.lemma_.lower() in OCCURRENCE_VERBS \
                and (owner := _happening_owner(current.head, anchors)) is not None:
            return owner, crossed  # "the pandemic, which began in 1918,": the pandemic's year
        if current.dep_ == "relcl" and (owner := _doing_of_happening(current, anchors)) is not None:
            return owner, crossed  # "an accident that killed a woman Friday night": the accident's day
        if current.dep_ == "relcl" and (owner := instrument_owner(current, anchors)) is not None:
            return owner, crossed  # "struck by a bullet that ricocheted ... in May": the striking's
        if current.dep_ in CLAUSE_DEPS and not _participle(current) and not same_time(current) \
                and not gapped_conjunct(current):
            return None, crossed  # a participle adjunct is in its head's clause: "Speaking on Friday, he said"
        if current.dep_ == "pobj" and current.head.lower_ in {"since", "until", "till"}:
            return None, crossed  # "since those shortly after the invasion in 2022"
        if current is not root and _object_event(current):
            return None, crossed  # "proposed a third meeting between June 20 and 30": the meeting's date
        if current.head.i == current.i:
            return (None if described else -1), crossed
        if described and current.pos_ in {"NOUN", "PROPN"} and _happening_phrase(current):
            described = False  # "the assassination attempt on the governor in 2009": the attempt's year
        described = described or coarse and (_describes_noun(current, anchors) or _parallel_name(current))
        crossed = crossed or current.dep_ in {"ccomp", "xcomp"}
        current = current.head


def _doing_of_happening(clause: Token, anchors: dict[int, int]) -> int | None:
    """The trigger noun a relative clause without a trigger tells the doing of, when that noun names
    a disaster or accident and is the clause's subject ("the fire that gutted the store on Friday",
    "an accident that killed a woman Friday night"): what a fire or crash did is the fire or crash."""
    noun = clause.head
    if anchors.get(noun.i) != noun.i or noun.lemma_.lower() not in HAPPENING_NOUNS:
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return noun.i if subject is not None and subject.lower_ in {"that", "which"} else None


def _happening_owner(noun: Token, anchors: dict[int, int]) -> int | None:
    """The trigger a happening noun stands for: itself, or, as the subject of a trigger verb it is
    the doer of ("the pandemic ... killed millions"), that verb's."""
    if anchors.get(noun.i) == noun.i:
        return noun.i
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i in anchors and names_happening(noun):
        return anchors[noun.head.i]
    return None


def _clause_trigger(head: Token, anchors: dict[int, int]) -> int | None:
    """The one trigger of the clause a date sits in, if the clause has exactly one: a date in a
    trigger's own clause dates it ("the rig, which exploded April 20, killing 11 workers")."""
    head = _clause_of(head)
    owners = {trigger for token, trigger in anchors.items() if _clause_of(head.doc[token]).i == head.i}
    return owners.pop() if len(owners) == 1 else None


def _clause_of(token: Token) -> Token:
    """The head of the clause a token is in. A present participle adjunct without subject, marker or
    auxiliary ("..., killing 11 workers", "Speaking on Friday, ...") belongs to the clause of the
    verb it hangs on; a conjoined verb ("notified Wednesday, and it was confirmed Thursday")
    heads a clause of its own."""
    current = token
    while current.head.i != current.i and not _clause_head(current):
        current = current.head
    return current


def _clause_head(token: Token) -> bool:
    if token.dep_ == "conj":
        return token.pos_ in {"VERB", "AUX"}
    return token.dep_ in OWN_CLAUSE_DEPS and not _participle(token)


def _participle(token: Token) -> bool:
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in token.children)


def _describes_noun(token: Token, anchors: dict[int, int]) -> bool:
    """Whether a preposition modifies a noun that is no trigger and is the subject's name ("said
    Ortega, ... from 1988 to 1991") or the object of a preposition that itself modifies a noun
    ("the idea of an address in 1994"). A noun in a phrase on the verb ("met him at the
    championship in 1996") is left alone: there parsers often hang the verb's own date on the
    nearest noun; so is "of" (a year in a name, "the Health Security Act of 2009", is left out
    earlier by ``_in_name``)."""
    noun = token.head
    if token.dep_ != "prep" or noun.i in anchors or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.pos_ == "PROPN":
        return noun.dep_ in {"nsubj", "nsubjpass"} and token.lower_ != "of"
    return noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"}


def _happening_phrase(noun: Token) -> bool:
    """Whether a noun, or a noun compounded with it, names something that happens."""
    return any(names_happening(t) for t in (noun, *noun.children) if t is noun or t.dep_ == "compound")


def _parallel_name(token: Token) -> bool:
    """Whether a preposition right after a conjoined name repeats a year phrase its first conjunct
    has ("in the style of Mandela in 1994 or Havel in 1990"): parsers hang the second phrase on
    the verb, but it describes the name as the first does."""
    if token.dep_ != "prep" or token.i == 0:
        return False
    name = token.doc[token.i - 1]
    name = name.head if name.dep_ == "case" else name  # "Havel's in 1990"
    first = name.head
    if name.pos_ != "PROPN" or name.dep_ != "conj" or first.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == token.lower_ and any(g.shape_ == "dddd" for g in c.children)
               for c in first.children)


def harmed_in(noun: Token, anchors: dict[int, int]) -> bool:
    """Whether a dated happening is where a trigger verb took place ("killed in a 2015 airstrike",
    "injured during the May 3 raid"): the happening is how it came about, so its date is the verb's.
    A step of the law taken "in" a crime ("indicted last year in the 2019 shooting") is taken in
    connection with it, later: the crime's date is not the indictment's."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in {"in", "during"} and prep.head.i in anchors \
        and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() not in LEGAL_STEPS and names_happening(noun)


def told_doing(noun: Token, anchors: dict[int, int]) -> int | None:
    """The trigger of a relative clause telling what a dated happening did ("the 2019 bombing that
    killed one person"; "the 1988 bombing of a jet that killed 80", where parsers hang the clause on
    the noun after "of"): what a bombing or crash did is the bombing or crash, so it shares its date."""
    if not names_happening(noun):
        return None
    holders = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj")]
    for holder in holders:
        for clause in holder.children:
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if clause.dep_ == "relcl" and clause.i in anchors and subject is not None \
                    and subject.lower_ in {"that", "which"}:
                return anchors[clause.i]
    return None


def names_happening(noun: Token) -> bool:
    """Whether a noun names something that happens (an explosion, a quake, talks), not a thing."""
    lemma = noun.lemma_.lower()
    return lemma in HAPPENING_NOUNS or bool(definitions_for(lemma, True))


def _object_event(token: Token) -> bool:
    """Whether a token is a noun naming an event that is the object of a verb, so that a date
    inside its phrase is the date of that event, not of the proposing or agreeing."""
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and bool(definitions_for(token.lemma_.lower(), True))
