"""Label lines, "X: Y": a speaker and their words, or a topic and the news about it.

Part of the pipeline's quote filter (see ``quotes_speech``). The finder reads a colon after a
name as a cue ("Mayor Roe: we will rebuild"), which headline style also uses for a place, a
person in the news, or the kind of item ("Springfield: Bridge Closed After Crash", "Jane Roe:
Teacher Held Over Fire", "Report: Talks Stall"). What follows a speaker's colon reads as their
words, in the first or second person; news about a topic reads in the third. So an unquoted
content after a bare colon cue is kept only when it speaks in the first or second person.
"""

from __future__ import annotations

from spacy.tokens import Span

# Cues made of punctuation alone: the colon (or dash) of a label line.
LABEL_CUES = frozenset({":", "-", "–", "—", "|"})
# Pronouns of a speaker talking (English): "we will win", "my heart goes out".
SPEAKING_PRONOUNS = frozenset(
    """i me my mine myself we us our ours ourselves you your yours yourself yourselves""".split()
)


def is_label_line(cue: Span, content: Span) -> bool:
    """Whether a colon attribution is a topic and its news, not a speaker and their words.

    Args:
        cue: the attribution's cue tokens.
        content: its content tokens.

    Returns:
        True when the cue is punctuation alone and the content, outside quotation marks, has no
        first- or second-person pronoun.
    """
    if cue.text.strip() not in LABEL_CUES:
        return False
    if any(token.is_quote for token in content[:1]):
        return False
    return not any(token.lower_ in SPEAKING_PRONOUNS for token in content)
