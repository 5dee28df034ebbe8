"""Side clauses whose date is, or is not, the date of the trigger they hang on.

Split from ``dating`` (which walks a time expression up the parse to the trigger it dates) because
these are questions about one clause's grammar, asked while walking:

- a clause told at the same time as its head: "while"/"when" clauses, an "as" clause in the
  progressive ("was killed as she was walking to the temple on Friday"), a present participle
  on the subject ("a woman crossing the street on Friday was struck"), and an "after"/"before"
  clause measured as a moment away ("shot shortly after he came home on Friday night");
- a relative clause on the thing a trigger verb was done by, from or with, telling what that thing
  did ("was struck by a bullet that ricocheted off a wall in May"): the same happening, seen from
  the thing;
- a participle the parser hung on a number that is really a passive with its auxiliary left out
  ("six were killed and 40 injured in the attack on Friday"): no side clause at all.
"""

from __future__ import annotations

from spacy.tokens import Token

# Markers of an adverbial clause that happens at the time of its head ("died while crossing").
SAME_TIME_MARKERS = frozenset({"while", "whilst", "when"})
# "As" is also causal ("as prices rose, ...") and comparative; in the progressive it is the
# background the head's event happened in ("as she was on her way", "as they were firing").
PROGRESSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are"})
# Words measuring an "after"/"before" clause as a moment away ("shortly after", "minutes before",
# "just after"): the head happened on the clause's day (hours may cross midnight, days do not count).
MOMENT_WORDS = frozenset({"shortly", "soon", "just", "right", "immediately", "moments", "minutes", "seconds",
                          "instants"})
# Prepositions that introduce what a happening was done by, from or with: an agent, a source or
# an instrument ("struck by a car", "hit from a bullet", "killed with a knife").
INSTRUMENT_PREPOSITIONS = frozenset({"by", "from", "with"})
RELATIVIZERS = frozenset({"that", "which"})
# Name kinds that make an antecedent a doer with a life of its own ("a man who moved in 2009").
PERSON_KINDS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def gapped_conjunct(clause: Token) -> bool:
    """Whether a past participle hung on a number or noun is the second half of a passive with
    its auxiliary left out ("Six people were killed and 40 injured in the attack on Friday";
    "more than 100 were killed and 1,000 others wounded"): parsers make "injured" a modifier of
    "40", but it is a clause conjoined with "were killed", sharing its auxiliary and adjuncts."""
    noun = clause.head
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and noun.dep_ == "conj" \
        and noun.head.pos_ in {"VERB", "AUX"} and noun.head.tag_ == "VBN" \
        and any(c.dep_ in {"auxpass", "aux"} for c in noun.head.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in clause.children)


def same_time(clause: Token) -> bool:
    """Whether a side clause shares the time of the clause it hangs on.

    Args:
        clause: the head of an adverbial or adjectival clause.

    Returns:
        True for a "while"/"when" clause, an "as" clause whose verb is in the progressive or is
        "be" ("as she was on her way"), and a present participle without subject on the subject
        of its head ("a woman crossing the street on Friday was struck"), and an infinitive of
        purpose inside one of these ("crossing the street to attend a service Friday"), and an
        "after"/"before" clause measured as a moment away ("shortly after he came home on Friday").
        Other "after", "before", "since" and "until" clauses keep their own time.
    """
    if clause.dep_ == "advcl" and _purpose(clause):
        return same_time(clause.head)  # "as she was on her way to attend services on Friday"
    if clause.dep_ == "advcl":
        markers = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        return bool(markers & SAME_TIME_MARKERS) or ("as" in markers and _progressive(clause)) \
            or _moment_away(clause)
    if clause.dep_ == "acl" and clause.tag_ == "VBG":
        noun = clause.head
        return noun.dep_ in {"nsubj", "nsubjpass"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in clause.children)
    return False


def _moment_away(clause: Token) -> bool:
    """Whether an adverbial clause is marked "after"/"before" and measured as a moment away
    ("shortly after", "minutes before"): its day is its head's. "Days after", "a week before" and a
    bare "after" are not (``date_shifts`` counts the measured ones)."""
    marker = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
    if marker is None:
        return False
    measures = [t for t in clause.doc[clause.left_edge.i: marker.i] if t.head.i in {marker.i, clause.i}
                and t.dep_ in {"advmod", "npadvmod"}]
    return any(t.lower_ in MOMENT_WORDS for m in measures for t in m.subtree)


def _purpose(clause: Token) -> bool:
    """Whether a clause is a bare infinitive of purpose ("to attend services"): inside a clause of
    going ("on her way", "crossing the street") it is where the going led, on the same day."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _progressive(clause: Token) -> bool:
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if clause.lemma_ == "be" and clause.pos_ in {"AUX", "VERB"}:
        return True  # "as she was on her way": a state the head's event interrupts
    return clause.tag_ == "VBG" and bool(auxiliaries & PROGRESSIVE_AUXILIARIES)


def instrument_owner(clause: Token, anchors: dict[int, int]) -> int | None:
    """The trigger a relative clause on an instrument or agent thing belongs to, if any.

    "Was struck by a bullet that ricocheted off a fence in May": what the bullet did is the
    striking seen from the bullet, so a date in the clause dates the striking.

    Args:
        clause: the head of a relative clause with no trigger of its own.
        anchors: token index -> trigger token index.

    Returns:
        The trigger index, or None when the antecedent is a person, a group or a place ("a man who
        moved there in 2009"), the relativizer is not the clause's subject ("a gun that he bought in
        2010"), the verb is not a simple past, or the preposition names no agent or instrument.
    """
    noun = clause.head
    if clause.dep_ != "relcl" or clause.tag_ not in {"VBD", "VBN"} or noun.ent_type_ in PERSON_KINDS:
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in RELATIVIZERS:
        return None
    if clause.tag_ == "VBN" and not any(c.lower_ in {"was", "were"} for c in clause.children):
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in INSTRUMENT_PREPOSITIONS or prep.head.pos_ != "VERB":
        return None
    return anchors.get(prep.head.i)
