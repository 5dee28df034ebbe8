"""Who is speaking: the source span of a cue, as a token span of a noun phrase.

Part of quote finding (see ``quotes.py``). The source is the cue's subject, the ``by`` agent of a
passive, the subject borrowed from the verb a participle hangs from, or the noun an ``acl`` cue
modifies; failing all these, a name or a noun phrase opening the sentence and set off by an
aside before the cue (``quotes_source_stranded``). Noun phrases are cut in ``quotes_source_span``.
Spans follow the attribution annotators' habits: a relative clause stays unless it reports
something itself, an apposition keeps its closing comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import ALL_CUES, NON_SOURCES, lemma
from dossier.annotate.quotes_source_experiencer import experiencer_of
from dossier.annotate.quotes_source_participle import governing_verb
from dossier.annotate.quotes_source_preposed import subject_after_quotation
from dossier.annotate.quotes_source_expletive import expletive_controller, is_expletive
from dossier.annotate.quotes_source_span import np_span
from dossier.annotate.quotes_source_stranded import stranded_subject
from dossier.annotate.quotes_source_subjects import (
    controlling_object,
    infinitive_holder,
    is_infinitive,
    real_subjects,
)

__all__ = [
    "agent_of",
    "antecedent_of_who",
    "is_passive_clause",
    "np_span",
    "source_of",
    "stranded_subject",
]

# What a trailing participle follows: a comma, or a quotation closed on one.
CLAUSE_BREAKS = frozenset({",", "”", '"', "''"})
# What a verb reports or acts on, after it: a parenthetical "Roe added" has none of these.
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "acomp", "attr", "dative"})
# Verbs whose object is whom the stance is about: they never put their speaker after them
# ("..., said Roe" but not "..., attacked Roe"), so the noun after them is no inverted subject.
TARGET_VERBS = frozenset(
    """endorse attack blast condemn denounce praise defend oppose criticize criticise support
    back blame slam mock decry applaud thank congratulate lambaste chastise credit assail urge
    persuade convince remind accuse tell""".split()
)


def source_of(cue: Token) -> tuple[int, int] | None:
    """The subject, or the ``by`` agent of a passive; a participle or conjunct ("..., saying
    that ...") borrows the subject of the verb it hangs from, an infinitive the object before
    it ("led Roe to declare"), and an ``acl`` its noun, or for an infinitive the noun's holder
    ("has a chance to show"; see ``quotes_source_subjects``). An emotion verb's source is who
    feels ("the plan angered voters"; see ``quotes_source_experiencer``)."""
    experiencer = experiencer_of(cue)
    if experiencer is not None:
        return np_span(experiencer)
    inverted = _inverted_subject(cue) or subject_after_quotation(cue)
    if inverted is not None:
        return inverted
    verb = cue
    controlled = False  # climbed from an infinitive or a gerund the subject does
    conjoined = False  # climbed from a conjunct, which shares its head's subject, passive or not
    for _ in range(3):
        wanted = ("nsubj", "nsubjpass") if controlled or conjoined else ("nsubj",)
        subjects = real_subjects(verb, [
            child for child in verb.children
            if child.dep_ in wanted
            and (child.lower_ not in NON_SOURCES or _is_relative_subject(child))
        ])  # fmt: skip
        if subjects and verb.i != cue.i and is_expletive(subjects[0], verb):
            return expletive_controller(verb)  # "It took him a day to reply": him
        if subjects:
            return np_span(subjects[0])[0], np_span(subjects[-1])[1]
        for child in verb.children if not conjoined else ():
            if child.dep_ == "agent":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return _with_loose_apposition(verb, np_span(objects[0]))
        governing = governing_verb(verb)  # "spent the morning defending": who spent it
        if governing is not None:
            return source_of(governing) or np_span(verb.head, stop=verb.i)
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            holder = infinitive_holder(verb.head) if is_infinitive(verb) else None
            return np_span(holder) if holder is not None else np_span(verb.head, stop=verb.i)
        if verb.dep_ in ("acl", "relcl") and is_infinitive(verb):
            holder = infinitive_holder(verb.head)  # "Roe had nothing to say about ..."
            return np_span(holder) if holder is not None else None
        controller = controlling_object(verb)  # "led the chairman to declare"
        if controller is not None:
            return np_span(controller)
        controlled = _controlled(verb)
        conjoined = _shares_head_subject(verb)  # "Roe was praised by X and said": Roe
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head  # "by saying": climb over the preposition too
        elif verb.dep_ not in ("advcl", "xcomp", "conj") and not _misattached(verb):
            return None
        if verb.head.i == verb.i:
            return None
        verb = _reporter_of(verb.head) if _trailing_participle(verb, cue) else verb.head
    return None


def _controlled(verb: Token) -> bool:
    """Whether the subject of the verb above does this one, even a passive subject: an
    infinitive complement ("Roe is expected to argue", "was asked to explain") or a gerund
    after a preposition ("Roe was fired after criticizing ...", "can be forgiven for not
    knowing"). A participle after a comma is not ("Roe was endorsed by the union, saying ...":
    the union may be speaking)."""
    if verb.dep_ == "xcomp":
        return is_infinitive(verb)
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep"


def is_passive_clause(verb: Token) -> bool:
    """A passive clause on a noun, "a book titled ...", "a senator who was lambasted for ...":
    the noun is what is named or judged, not who speaks (see ``quotes_source_named``). Asked
    of the cue only: a cue inside such a clause is still the noun's own ("Roe, quoted as
    saying ...")."""
    if verb.dep_ not in ("acl", "relcl"):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # after a bare name the parser may take a main verb for one ("Roe named Doe as ...")
        return verb.head.pos_ == "NOUN" and not any(
            child.dep_ in ("aux", "nsubj") for child in verb.children
        )
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def _shares_head_subject(verb: Token) -> bool:
    """A conjunct with no subject of its own, not even "there" or "it" ("and there were
    complaints"): it shares its head's, which speaks even when the head is a passive ("Roe was
    praised by the union and said ...": Roe, not the union)."""
    return verb.dep_ == "conj" and not any(
        child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in verb.children
    )


def _trailing_participle(verb: Token, cue: Token) -> bool:
    """", adding ...", ", while insisting ...": the cue itself, a participle after a comma."""
    if verb.i != cue.i or cue.dep_ != "advcl" or cue.tag_ != "VBG":
        return False
    first = cue.left_edge.i
    return first > 0 and cue.doc[first - 1].text in CLAUSE_BREAKS


def _reporter_of(verb: Token) -> Token:
    """"Roe insisted that the party has grown, adding ...": the parser hangs a participle after a
    comma from the nearest verb, which may lie inside what another cue reports; the participle
    then goes with that cue, whose speaker is also the participle's (on PolNeAR's training
    split the reported clause's subject was wrong for 13 of 25 such participles sampled). A
    parenthetical verb of saying, with a subject and nothing reported after it, is the
    participle's reporter itself, wherever the parser hangs it (""...,” Roe added, saying ...",
    "X is wrong, Roe said, adding ..."); not a verb inside what is reported ("Roe told the AP
    that she would not seek a recount, conceding ...")."""
    if _parenthetical(verb):
        return verb
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and lemma(verb.head) in ALL_CUES:
        return verb.head
    return verb


def _parenthetical(verb: Token) -> bool:
    """A verb of saying with its own subject and no object or complement after it ("Roe
    added", "the source recalled")."""
    if lemma(verb) not in ALL_CUES or not any(child.dep_ == "nsubj" for child in verb.children):
        return False
    return not any(child.dep_ in COMPLEMENT_DEPS for child in verb.rights)


def _is_relative_subject(pronoun: Token) -> bool:
    """"the union, which has endorsed her": the relative pronoun is the source, as annotators
    mark it ("who" already is); the noun it stands for is found for the speaker."""
    return pronoun.tag_ == "WDT" and pronoun.head.dep_ == "relcl"


def _misattached(verb: Token) -> bool:
    """"Majorities of voters going to the polls say ...": the parser takes the participle for
    the main verb and hangs the real one from it as ``dep``; its subject is the participle's."""
    head = verb.head
    return verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBG" and (
        head.i < verb.i
    )


def _inverted_subject(cue: Token) -> tuple[int, int] | None:
    """"..., said Jane Roe": after a quotation the speaker may follow the verb, and the parser
    then rarely calls it a subject."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if doc[cue.i - 1].text not in (",", "”", '"', "''"):
        return None
    if doc[cue.i - 1].text == "," and lemma(cue) in TARGET_VERBS:
        return None  # "Roe, the party's leader, attacked Trump": Trump is the target
    if any(child.dep_ in ("nsubj", "nsubjpass", "agent") for child in cue.children):
        return None
    if _shares_subject(cue):
        return None
    following = doc[cue.i + 1]
    head = following
    while head.head.i != cue.i and head.head.i > cue.i and head.head.i != head.i:
        if _name_taken_for_later_subject(head, cue):
            return np_span(head)
        head = head.head
    if head.head.i != cue.i or (
        head.pos_ not in ("PROPN", "NOUN", "PRON") and not _is_name_taken_for_adverb(head)
    ):
        return None
    if head.ent_type_ in ("DATE", "TIME"):
        return None
    return np_span(head)


def _name_taken_for_later_subject(token: Token, cue: Token) -> bool:
    """"“...,” said Jane Roe, a fellow at the institute. Roe's party ...": where the sentence
    after a quotation runs on into the next, the parser may make the name after the verb the
    subject of a later verb ("said the woman, who like many here ..."); right after a closing
    quotation mark, a noun phrase there is the speaker."""
    if token.dep_ != "nsubj" or token.pos_ not in ("PROPN", "NOUN") or token.head.i <= token.i:
        return False
    return cue.doc[cue.i - 1].text in ("”", '"', "''") and token.left_edge.i == cue.i + 1


def _is_name_taken_for_adverb(token: Token) -> bool:
    """"..., said Skelly, explaining ...": an unfamiliar surname after the verb may be tagged
    an adverb; a capitalised word there, not opening the sentence, is a name."""
    return (
        token.pos_ == "ADV"
        and token.is_title
        and token.is_alpha
        and token.i > token.sent.start
        and token.ent_type_ not in ("DATE", "TIME")
    )


def _shares_subject(cue: Token) -> bool:
    """"Roe came to town, recited her plans and ...": a verb coordinated after a plain comma
    with an earlier verb that has a subject shares that subject; the noun after it is its
    object. After a quotation ("“...,” said Roe") the speaker may still follow."""
    doc = cue.doc
    if cue.dep_ != "conj" or cue.head.i > cue.i or cue.head.pos_ not in ("VERB", "AUX"):
        return False
    after_quotation = cue.i > 1 and doc[cue.i - 2].text in CLAUSE_BREAKS - {","}
    if doc[cue.i - 1].text != "," or after_quotation:
        return False
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.head.children)


def _with_loose_apposition(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """"stated by the head of the delegation, aide Jane Roe": the parser often hangs the name on
    the verb instead of the noun; take it back into the source."""
    doc = verb.doc
    left, right = span
    if right >= len(doc) or doc[right].text != ",":
        return span
    for child in verb.rights:
        if child.dep_ in ("npadvmod", "appos", "dep") and child.left_edge.i == right + 1:
            if child.pos_ == "PROPN":
                return left, child.right_edge.i + 1
    return span


def antecedent_of_who(doc, source: tuple[int, int]) -> tuple[int, int] | None:
    """"Jane Roe, who said ...": the source span stays "who" (as annotators mark it), but the
    speaker is the noun phrase the relative clause hangs from."""
    who = doc[source[0]]
    if source[1] - source[0] != 1 or who.head.dep_ != "relcl":
        return None
    if who.lower_ != "who" and not _is_relative_subject(who):
        return None
    return np_span(who.head.head, stop=who.head.left_edge.i)


def agent_of(cue: Token) -> tuple[int, int] | None:
    """The noun phrase of a passive's ``by`` agent ("the plan proposed by the mayor"), or None."""
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return np_span(objects[0])
    return None
