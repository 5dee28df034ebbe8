"""How far an event lies from the event of its main clause: "a day after", "two days before".

Split from ``dating`` (which gives each time expression to the event it dates) because a measured
"after"/"before" clause dates nothing itself: it moves a date the main clause has, so the caller
needs both the distance (``relative_days``) and the main clause it counts from (``main_clause``).
"""

from __future__ import annotations

from spacy.tokens import Token

# Units of a measured "N <unit> after/before" clause, in days; hours and minutes keep the main date.
UNIT_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
# Counts written as words in "two days after"; a bare "days after" has no count and shifts nothing.
COUNT_WORDS = {"a": 1, "an": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def relative_days(token: Token) -> int | None:
    """How many days an event lies from the event of its main clause, when it sits in a measured
    "after"/"before" clause: "The talks came a day after Ukraine hit X" gives -1 for "hit",
    "attacked two days before the summit opened" gives +2 for "opened"; "hours after" gives 0.

    Args:
        token: the event's trigger, or the verb carrying it.

    Returns:
        Days to add to the main clause's date, or None when the token heads no such clause or
        the distance is not stated ("days after", "a few weeks before").
    """
    found = _measured_clause(token)
    if found is None:
        return None
    marker, main = found
    measures = [c for c in (*token.children, *marker.children, *main.children)
                if c.dep_ == "npadvmod" and c.i < marker.i and c.right_edge.i == marker.i - 1]
    if _measure_before(marker):
        measures.append(marker.head)  # "a day after ...", the parser hanging "after" on "day"
    distance = _distance(measures[0]) if measures else None
    if distance is None:
        return None
    return -distance if marker.lower_ == "after" else distance


def main_clause(token: Token) -> Token | None:
    """The head of the main clause an "after"/"before" clause hangs on ("came" in "Mr X's death came
    a day after Y was killed"): the event whose date a measured distance counts from.

    Args:
        token: the event's trigger, or the verb carrying it.

    Returns:
        The main clause's head, or None when the token heads no "after"/"before" clause.
    """
    found = _measured_clause(token)
    return found[1] if found is not None else None


def _measured_clause(token: Token) -> tuple[Token, Token] | None:
    """The marker ("after", "before") and main clause head of the clause a token heads, if any."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children):
        marker = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
        return (marker, token.head) if marker is not None else None
    if token.dep_ == "pobj" and token.head.lower_ in {"after", "before"} and token.head.dep_ == "prep":
        return token.head, _clause_head(token.head)
    marker = _split_marker(token)
    return (marker, token.head) if marker is not None else None


def _clause_head(marker: Token) -> Token:
    """The head an "after"/"before" phrase hangs on, past a measure it hangs from ("a day after")."""
    head = marker.head
    return head.head if _measure_before(marker) else head


def _measure_before(marker: Token) -> bool:
    """Whether "after"/"before" hangs on the measure before it: "a day after" as an adverb, or as an
    apposition to the day the main clause states ("on Monday, a day after the vote")."""
    head = marker.head
    return head.i < marker.i and (head.dep_ == "npadvmod" or (
        head.dep_ == "appos" and head.lemma_.lower() in UNIT_DAYS))


def _split_marker(token: Token) -> Token | None:
    """The "after"/"before" a verb's clause follows when the parser split that clause: "closed on
    Sunday, a day after four soldiers, A, B and C, were released" made "soldiers" the preposition's
    object and "were released" a second verb of the main clause, with no "and" before it. A verb
    conjoined with no coordinator whose subject lies between the preposition and itself (or which
    has none) is the clause the preposition introduces: a preposition takes one noun phrase, and a
    finite verb right after it is no second predicate of the main subject."""
    if token.dep_ not in {"conj", "advcl"} or token.pos_ not in {"VERB", "AUX"} or token.i < token.head.i:
        return None
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.i < token.i for c in token.head.children):
        return None  # "kept the road closed and released the soldiers": a true second verb
    markers = [t for t in token.doc[token.head.i + 1: token.i]
               if t.lower_ in {"after", "before"} and t.dep_ == "prep"
               and any(c.dep_ == "pobj" for c in t.children)]
    if not markers:
        return None
    marker = markers[-1]
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.i < marker.i for s in subjects):
        return None
    between = set(range(marker.right_edge.i + 1, token.i))
    for subject in subjects:
        between -= {t.i for t in subject.subtree}
    # nothing but the clause's own subject, auxiliaries and commas between the noun and the verb
    loose = [token.doc[i] for i in between if not token.doc[i].is_punct and token.doc[i].dep_ not in {"aux", "auxpass", "neg"}]
    return None if loose else marker


def _distance(measure: Token) -> int | None:
    unit = UNIT_DAYS.get(measure.lemma_.lower())
    if unit is None:
        return None
    if unit == 0:
        return 0
    counts = [c for c in measure.children if c.dep_ in {"nummod", "det"}]
    if not counts:
        return None
    word = counts[0].lower_.replace(",", "")
    count = int(word) if word.isdigit() else COUNT_WORDS.get(word)
    return None if count is None else count * unit
