"""Who holds the stance of an emotion verb: the one who feels it, not what causes it.

Part of quote finding (see ``quotes.py``), used by ``quotes_source.source_of``. With a verb of
feeling whose object is the one who feels ("the ruling angered the party's leaders", "the plan
has unsettled voters"), the subject is the cause and the object holds the attitude, as
annotators of attribution mark it; in the passive the subject feels ("Roe was troubled by the
report"), and the ``by`` agent is again the cause. Verbs that also report speech with the
speaker as subject ("convinced", "reminded", "cheered the decision") are left out, but for the
agentless passive of persuading ("Roe is convinced that ..."), whose subject holds the belief.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate.quotes_lexicon import lemma

# Verbs of feeling whose object is the one who feels (object-experiencer verbs).
EXPERIENCER_OBJECT_VERBS = frozenset(
    """anger infuriate enrage outrage incense exasperate frustrate annoy irritate upset
    unsettle alarm scare frighten terrify worry trouble disturb dismay disappoint
    disillusion embarrass offend shock stun surprise astonish delight please thrill
    reassure bother""".split()
)
# Verbs of persuading: in the active the persuader speaks ("Roe convinced them that ..."), but
# a passive with no ``by`` agent states a conviction its subject holds ("Roe is convinced that
# ...", "is now assured of winning", "is still persuaded of the benefits").
PERSUASION_VERBS = frozenset({"convince", "persuade", "assure"})
# Words that name no one who could feel.
EMPTY_WORDS = frozenset({"it", "this", "that", "there", "which", "what"})
# Parts of speech of a noun phrase's head that can name who feels.
HOLDER_POS = frozenset({"NOUN", "PROPN", "PRON"})


def experiencer_of(cue: Token) -> Token | None:
    """The head of the noun phrase that feels what an emotion verb says: the direct object in
    the active, the subject in the passive; None for other verbs or when no such noun stands."""
    if cue.pos_ == "VERB" and lemma(cue) in PERSUASION_VERBS:
        return _convinced(cue)
    if cue.pos_ != "VERB" or lemma(cue) not in EXPERIENCER_OBJECT_VERBS:
        return None
    passive = any(child.dep_ in ("nsubjpass", "auxpass") for child in cue.children)
    wanted = "nsubjpass" if passive else "dobj"
    for child in cue.children:
        if child.dep_ == wanted and child.pos_ in HOLDER_POS and child.lower_ not in EMPTY_WORDS:
            return child
    return None


def _convinced(cue: Token) -> Token | None:
    """The subject of an agentless passive of persuading, who holds the conviction."""
    children = {child.dep_ for child in cue.children}
    if "auxpass" not in children or "agent" in children:
        return None
    for child in cue.children:
        if child.dep_ == "nsubjpass" and child.pos_ in HOLDER_POS:
            return None if child.lower_ in EMPTY_WORDS else child
    return None
