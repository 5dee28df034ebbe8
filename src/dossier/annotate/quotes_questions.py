"""Questions put to the reader or an interviewee ("Do you support the plan?", "What do you think
of the deal?") attribute nothing: the belief they name is asked about, not held by anyone.

Part of quote finding (see ``quotes.py``). On PolNeAR's training split, 3 of 26 such questions
with a verb of belief or stance after "do you" carry a gold cue; a quoted question is already
left out, as a cue inside quotation marks is never read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["asks_the_addressee"]


def asks_the_addressee(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """Whether a cue is the verb of a question whose subject is "you".

    Args:
        doc: the parsed document.
        cue: the cue's character span, or None.

    Returns:
        True when a verb of the cue has "you" as its subject, an auxiliary before that subject
        ("do you", "would you") and its sentence ends with a question mark.
    """
    span = doc.char_span(*cue, alignment_mode="expand") if cue else None
    return span is not None and any(
        _is_inverted_you(token) and _ends_with_question(token) for token in span
    )


def _is_inverted_you(verb: Token) -> bool:
    """"Do you think": "you" is the subject and an auxiliary stands before it."""
    subjects = [child for child in verb.lefts if child.dep_ == "nsubj" and child.lower_ == "you"]
    if not subjects:
        return False
    return any(
        child.dep_ in ("aux", "auxpass") and child.i < subjects[0].i for child in verb.lefts
    )


def _ends_with_question(token: Token) -> bool:
    """Whether the token's sentence closes with a question mark (closing quotes aside)."""
    words = [t for t in token.sent if not t.is_space and not t.is_quote]
    return bool(words) and words[-1].text == "?"
