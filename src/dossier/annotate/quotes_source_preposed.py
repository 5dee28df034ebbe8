"""The speaker standing between a quotation and its verb when the parser missed the subject.

Part of quote finding (see ``quotes_source``). In ``“...,” screenwriter Jane Roe wrote`` the
words between the closing quotation mark and the verb can only be who wrote; the parser, reading
across the quotation, sometimes hangs them on a verb inside it (an object, a parataxis) or makes
the verb a participle on them, and the verb is left without a subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# Marks that close a quotation; a plain double quote closes one when punctuation precedes it.
CLOSING_MARKS = frozenset({"”", "''", '"'})
# Punctuation that ends the quoted words before the closing mark.
QUOTE_ENDS = frozenset({",", "!", "?", "."})
# Verb tags that make the words between quotation and cue more than a name: a finite verb (a
# clause) or a participle (an aside, "Roe, wearing a scarf, said", left to quotes_source_stranded).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBG", "VBN"})
# What cannot open a speaker's name ("and said", "then wrote"); a title may be mistagged a verb
# ("screenwriter" as VB), so verbs are not among them.
NON_OPENERS = frozenset({"CCONJ", "SCONJ", "ADP", "ADV", "PART", "AUX", "PUNCT", "PRON", "NUM"})
# Longest name-with-title this reads ("the presumptive Republican nominee, Jane Roe,").
MAX_WORDS = 12
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "agent"})


def subject_after_quotation(cue: Token) -> tuple[int, int] | None:
    """The token span of the noun phrase between a closing quotation mark and a subjectless
    verb of saying (``“...,” the mayor's aide Jane Roe wrote``), or None; it must hold a name,
    which the words of a clause rarely do without a finite verb."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if any(child.dep_ in SUBJECT_DEPS for child in cue.children):
        return None
    doc = cue.doc
    start = cue.i
    while start > 0 and cue.i - start < MAX_WORDS and doc[start - 1].text not in CLOSING_MARKS:
        start -= 1
    if start < 2 or start == cue.i or doc[start - 1].text not in CLOSING_MARKS:
        return None
    if doc[start - 2].text not in QUOTE_ENDS:
        return None
    words = doc[start : cue.i]
    if words[0].pos_ in NON_OPENERS or not any(token.pos_ == "PROPN" for token in words):
        return None
    if any(token.tag_ in FINITE_TAGS or "\n" in token.text for token in words):
        return None
    end = cue.i
    if doc[end - 1].text == "," and sum(token.text == "," for token in words) < 2:
        end -= 1  # a comma closes an aside only if one opened inside the name
    if doc[end - 1].pos_ not in ("PROPN", "NOUN", "PUNCT"):
        return None
    return start, end
