"""Whether an unquoted content has the shape of someone's words: a clause, not an object or a goal.

Part of the pipeline's quote filter (see ``quotes_speech`` and ``quotes_pipeline_cues``). Many
reporting verbs also name acts ("add", "post", "call", "show", "review"), and the finder reads
whatever follows them as the content. A fourth review of eight short ECB+ stories found such
"quotes" in sports results ("added six rebounds for the home side, which won ..."), phone calls
("had called the neighbour's house to say she had arrived"), displays ("the footage shows her
falling") and decisions ("decided to go for it", "refused to let ..."). Reported words, when not
in quotation marks, are a clause ("that ...", "the plan failed", "how it happened") or, after a
verb of telling, a person told and what to do ("urged people to stay away"). So a content outside
quotation marks is left out when:

- it holds no verb that the cue governs: a noun phrase ("six rebounds for the side, which won"),
  or a verb that only describes the cue's noun ("a statement released on Monday"); a "that"
  clause with its own subject counts wherever the parser hangs it;
- the cue's object is no one who could be told ("called the house to let them know"), though
  one with a verb after it ("urged people to stay") is kept;
- it is a relative clause set off by a comma after the cue ("Roe added, who finished with ..."),
  or one before the cue ("Roe, who looked as though he was pressing"): an indirect question takes
  no comma ("asked who had called"), and a reporting clause after its content needs a clause;
- it is an infinitive sharing the cue's subject ("decided to go", "refused to let") after a verb
  that is no promise, threat, request or claim: the infinitive is the subject's own act or goal;
- it is a person and an infinitive after a verb that engages or moves people ("signed a guard to
  fill the spot", "hired a coach to rebuild"), found by a fifth review of sports stories: only a
  verb of telling makes the person someone told. A verb outside the hand lexicon tells when its
  two commonest WordNet senses are both communication ("implored residents to leave"); "sign" is
  first writing one's name, then engaging someone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.annotate import wordnet
from dossier.annotate.quotes_lexicon import ALL_CUES

# Parts of speech of a verb heading a clause (spaCy's universal tags).
VERB_POS = frozenset({"VERB", "AUX"})
# Dependencies of a verb that only describes a noun ("a statement released on Monday").
NOUN_MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})
# Dependencies of a clause's own subject ("what sets him apart is ..." is a clausal subject).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Dependencies of a cue's object ("added six rebounds").
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
# Dependencies of a relative "that" inside its own clause ("the car that he drove").
OWN_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})
# Relative pronouns opening a relative clause (English).
RELATIVE_WORDS = frozenset({"who", "which", "whom", "whose"})
# Verbs whose infinitive with the same subject is speech: promises, threats, requests and claims
# ("vowed to rebuild", "threatened to resign", "asked to see a lawyer", "claimed to be a doctor");
# English commissive and directive speech acts that take a subject-control infinitive.
SPEECH_INFINITIVE_VERBS = frozenset(
    """promise vow pledge threaten swear offer agree volunteer guarantee undertake ask request
    demand beg plead claim profess purport""".split()
)
# Lexicographer files of nouns that name who can be told something (WordNet 3.0 names): by the
# commonest sense a person or a group ("people", "the public"); by a later one only a person ("fans"
# is first a device), since many things are also groups ("a house" is a household).
ADDRESSEE_LEXNAMES = frozenset({"noun.person", "noun.group"})
PERSON_LEXNAME = "noun.person"
# Senses of an object noun read for a person.
ADDRESSEE_SENSES = 3
# Lexicographer file of telling; a verb outside the lexicon tells a person to act only when its
# ``TELLING_SENSES`` commonest senses are all filed there.
TELLING_LEXNAME = "verb.communication"
TELLING_SENSES = 2
# Named-entity labels of addressees.
ADDRESSEE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def has_said_form(cue: Span, content: Span) -> bool:
    """Whether a content outside quotation marks has the shape of reported words.

    Args:
        cue: the cue's tokens.
        content: the content's tokens.

    Returns:
        False for a content that is the cue's object or goal, a noun phrase, a verb describing a
        noun, or a relative clause (see the module docstring); True otherwise, and for any
        content with a quotation mark, which shows words quoted.
    """
    if any(token.is_quote for token in content):
        return True
    tops = [token for token in content if not content.start <= token.head.i < content.end]
    tops += [token for token in content if token.head == token]
    clauses = [token for token in tops if token.pos_ in VERB_POS]
    # "accused the nurse of poisoning ...": a verb under a preposition the cue governs
    clauses += [
        token for token in content
        if token.dep_ == "pcomp" and token.pos_ in VERB_POS and token.head.head in tops
    ]
    # "people in the town that the victim was from abroad": a "that" clause the parser hung on a
    # noun is still a clause with its own subject
    clauses += [token for token in content if _is_that_clause(token)]
    if not clauses or all(_describes_cue(token, cue) for token in clauses):
        return False
    objects = [token for token in tops if token.dep_ in OBJECT_DEPS and token.head in cue]
    if objects and not any(_may_be_told(token) for token in objects):
        return False
    if objects and _engages(cue):
        return False
    if _is_relative_aside(cue, content):
        return False
    return not _is_own_infinitive(cue, content)


def _engages(cue: Span) -> bool:
    """A verb outside the lexicon that engages, hires or sends the person it takes ("signed a
    guard to fill the spot"), not one of telling (see the module docstring)."""
    verbs = [token for token in cue if token.pos_ == "VERB" and token.dep_ != "aux"]
    if not verbs or not wordnet.available():
        return False
    for verb in verbs:
        lemmas = _lemmas(verb)
        if lemmas & ALL_CUES:
            return False
        senses = wordnet.synsets(verb.lemma_.lower(), "v")[:TELLING_SENSES]
        if not senses or all(sense.lexname == TELLING_LEXNAME for sense in senses):
            return False
    return True


def _describes_cue(verb: Token, cue: Span) -> bool:
    """A verb that only describes the cue's noun: "a statement | released on Monday"; a clause
    with its own subject says what the noun holds ("the claim | that the road was closed")."""
    own_subject = any(child.dep_ in SUBJECT_DEPS for child in verb.children)
    return verb.dep_ in NOUN_MODIFIER_DEPS and verb.head in cue and not own_subject


def _is_that_clause(token: Token) -> bool:
    """A verb with its own subject whose clause opens with a "that" that is not its object or
    subject (a relative "the car that he drove" is no clause said)."""
    if token.pos_ not in VERB_POS or not any(c.dep_ == "nsubj" for c in token.children):
        return False
    first = token.left_edge
    return first.lower_ == "that" and not (first.head == token and first.dep_ in OWN_ARGUMENTS)


def _may_be_told(token: Token) -> bool:
    """Whether a cue's object can be someone told: a pronoun, a name of a person or body, or a
    noun that names a person or a group (an unknown noun may)."""
    if token.pos_ == "PRON" or token.ent_type_ in ADDRESSEE_LABELS:
        return True
    if token.pos_ == "PROPN":
        return True
    if token.pos_ != "NOUN" or not wordnet.available():
        return token.pos_ != "NUM"
    senses = wordnet.synsets(token.lemma_.lower(), "n")[:ADDRESSEE_SENSES]
    if not senses or senses[0].lexname in ADDRESSEE_LEXNAMES:
        return True
    return any(sense.lexname == PERSON_LEXNAME for sense in senses)


def _is_relative_aside(cue: Span, content: Span) -> bool:
    """A relative clause set off by a comma right after the cue ("Roe added, who finished ..."),
    or one the cue comes after ("Roe, who looked as though he was pressing")."""
    first = content[0]
    if first.lower_ not in RELATIVE_WORDS:
        return False
    if cue.start >= content.end:
        return True
    between = content.doc[cue.end : content.start]
    return any(token.text == "," for token in between)


def _is_own_infinitive(cue: Span, content: Span) -> bool:
    """An infinitive sharing an active cue verb's subject ("decided to go"), after a verb that
    makes no promise, threat, request or claim."""
    if content[0].lower_ != "to" or content[0].tag_ != "TO":
        return False
    verbs = [token for token in cue if token.pos_ == "VERB" and token.dep_ != "aux"]
    if not verbs or any(_is_passive(verb) for verb in verbs):
        return False  # "is said to be": hearsay, judged by the cue rules
    return not any(_lemmas(verb) & SPEECH_INFINITIVE_VERBS for verb in verbs)


def _is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def _lemmas(token: Token) -> set[str]:
    word = token.lower_
    lemmas = {token.lemma_.lower(), word}
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            lemmas |= {word[: -len(ending)], word[: -len(ending)] + "e"}
    return lemmas
