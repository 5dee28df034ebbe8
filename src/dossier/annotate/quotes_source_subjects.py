"""Which noun phrase the parser offers as a cue's subject is the speaker's.

Part of quote finding (see ``quotes.py``), used by ``quotes_source.source_of`` where the plain
subject link misleads:

- a verb the parser gives several subjects has one real subject, or one list of them: a
  dateline or a time stamp set off by a dash or a line break ("WASHINGTON (AFP) – Jane Roe has
  said ...", "9:18 p.m. [paragraph] Roe is thanking ...") is none, and parts of a list ("45% of
  A, 28% of B and 12% of C say") are one;
- an infinitive hanging from a noun ("Roe has a chance to show ...", "his decision to back ...")
  is done by the noun's possessor or by the subject of the verb the noun is the object of, not
  by the noun ("a chance");
- an infinitive after an object ("the win led the chairman to declare ...", "prompting them to
  focus on ...") is done by that object (object control), not by the governing verb's subject;
- a name opening a paragraph right before the verb ("[paragraph] Roe hasn't said ...") is its
  subject even when the parser, running the paragraph into the one before, hangs it elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import breaks_line

# Verbs whose infinitive is done by their subject even with an object before it ("promised
# voters to ...").
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
# Verbs whose object is an instrument, not who acts ("used the speech to call for ...").
INSTRUMENT_VERBS = frozenset({"use", "spend", "take"})
# Words that set a dateline or a time stamp off from the lede's subject.
SETTING_OFF = frozenset({"—", "–", "--"})
# Pronouns that stand for no actor ("It is a strategy to ...").
EMPTY_PRONOUNS = frozenset({"it", "this", "that", "there", "which"})
# Object relations of a noun a verb's subject acts through ("has a chance to", "held a briefing
# to", "made a decision to").
NOUN_OBJECT_DEPS = frozenset({"dobj", "attr"})


def real_subjects(verb: Token, subjects: list[Token]) -> list[Token]:
    """The real subject among those the parser hangs on a verb, as one token or a list:
    subjects across a paragraph break are dropped, and so is one set off from the next by a
    dash or a line break (a dateline, a time stamp); of the rest the nearest before the verb
    speaks (a fronted phrase the parser took for a subject comes first), with the subjects
    it closes a list of ("45% of A, 28% of B and 12% of C say"). Empty when none is left."""
    kept = [subject for subject in subjects if not _across_paragraph(subject, verb)]
    while len(kept) > 1 and _set_off(kept[0], kept[1]):
        kept = kept[1:]
    before = [subject for subject in kept if subject.i < verb.i]
    if not before:
        return kept[:1]
    listed = [before[-1]]  # the nearest, with the list it closes
    for earlier in reversed(before[:-1]):
        if not _listed(verb.doc, earlier.right_edge.i + 1, listed[0].left_edge.i):
            break
        listed.insert(0, earlier)
    return listed


def _set_off(subject: Token, following: Token) -> bool:
    """Whether a dash or a line break stands between two subjects."""
    between = subject.doc[subject.i : following.left_edge.i]
    return any(token.text in SETTING_OFF or breaks_line(token) for token in between)


def _listed(doc, end: int, start: int) -> bool:
    """Whether only commas and a conjunction stand between two subjects."""
    between = doc[end:start]
    return all(token.text == "," or token.dep_ == "cc" for token in between)


def _across_paragraph(subject: Token, verb: Token) -> bool:
    """Whether a line break stands between the subject's head and the verb."""
    doc = verb.doc
    low, high = sorted((subject.i, verb.i))
    return any(breaks_line(token) for token in doc[low:high])


def is_infinitive(verb: Token) -> bool:
    """A "to" infinitive ("to show", "to brag")."""
    return verb.tag_ == "VB" and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    )


def infinitive_holder(noun: Token) -> Token | None:
    """Who acts in an infinitive hanging from a noun: the noun's possessor ("his decision to"),
    else the subject of the verb the noun is the object of ("Roe has a chance to"), directly or
    through a preposition ("Roe sold her shares in a bid to"), else None."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "bought shares in a bid to persuade ...": the buyer persuades
    elif noun.dep_ not in NOUN_OBJECT_DEPS:
        return None
    if verb.pos_ in ("VERB", "AUX"):
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN", "PRON"):
            if subjects[0].lower_ not in EMPTY_PRONOUNS:
                return subjects[0]
    return None


def controlling_object(infinitive: Token) -> Token | None:
    """The object before an infinitive complement, which does what the infinitive says
    ("led the chairman to declare", "forced her to concede"); None for subject control
    ("promised voters to ...") or when the governing verb has no such object."""
    if infinitive.dep_ != "xcomp" or not is_infinitive(infinitive):
        return None
    head = infinitive.head
    if head.pos_ != "VERB" or head.lemma_.lower() in SUBJECT_CONTROL | INSTRUMENT_VERBS:
        return None
    objects = [
        child for child in head.children
        if child.dep_ == "dobj" and child.i < infinitive.i
        and child.pos_ in ("PROPN", "NOUN", "PRON") and child.lower_ not in EMPTY_PRONOUNS
    ]  # fmt: skip
    return objects[0] if objects else None


def name_opening_line(cue: Token, last: int) -> tuple[int, int] | None:
    """The run of proper nouns ending at token ``last``, right before a finite cue, when a line
    break stands just before the run ("[paragraph] Jane Roe hasn't said ..."); None otherwise."""
    doc = cue.doc
    if last < 0 or last >= cue.i or doc[last].pos_ != "PROPN":
        return None
    first = last
    while first > 0 and doc[first - 1].pos_ == "PROPN" and not breaks_line(doc[first - 1]):
        first -= 1
    if first == 0 or not (breaks_line(doc[first - 1]) or doc[first - 1].is_space):
        return None
    if any(token.ent_type_ in ("DATE", "TIME") for token in doc[first : last + 1]):
        return None
    return first, last + 1
