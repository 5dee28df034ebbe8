"""WordNet senses as features of the cue model: what a rare word is a kind of, and which verb a
noun or adjective is made from.

Part of quote finding (see ``quotes.py`` and ``quotes_learned``). Most words PolNeAR counts as
cues are rare ("assailed", "lambasted", "refusal"), so their own lemma feature is seen too
seldom to be weighed. Two links let them borrow weight from commoner words: a word's senses
and their hypernyms ("assail" shares a sense with "attack", "lambaste" is a kind of
"criticize"), and for a noun or adjective the verb senses WordNet derives it from or to
("claim" the noun and "claim" the verb, "refusal" and "refuse"), so that a noun cue shares what
the model learned of its verb.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.annotate import wordnet

__all__ = ["sense_features"]

# WordNet's part-of-speech letters for the parts of speech the cue model scores.
POS_LETTERS = {"VERB": "v", "NOUN": "n", "ADJ": "a"}
# Senses read per word and steps up the hypernym tree: the two commonest senses (as for the
# lexicographer files in quotes_learned) and two steps, so that "lambaste" meets "criticize"
# without reaching "act", which every verb of doing is a kind of.
SENSES = 2
DEPTH = 2
DERIVATION = "+"  # WordNet's pointer symbol for a derivationally related form


@lru_cache(maxsize=16384)
def sense_features(key: str, pos: str) -> tuple[str, ...]:
    """Feature strings for a word's senses, their hypernyms and related verb senses.

    Args:
        key: the word's lemma, lower case.
        pos: its spaCy part of speech; only VERB, NOUN and ADJ have features.

    Returns:
        ``hy=<pos><offset>`` for each sense and hypernym within ``DEPTH`` steps of the commonest
        ``SENSES`` senses, and, for a noun or adjective, for each verb sense those senses are
        derivationally related to; empty when WordNet is absent or does not know the word.
    """
    letter = POS_LETTERS.get(pos)
    if letter is None:
        return ()
    offsets: set[tuple[int, str]] = set()
    for synset in wordnet.synsets(key, letter)[:SENSES]:
        offsets |= wordnet.hypernym_closure(synset, DEPTH)
        if letter != "v":
            offsets |= {
                (offset, kind) for offset, kind in synset.targets({DERIVATION}) if kind == "v"
            }
    return tuple(sorted(f"hy={kind}{offset}" for offset, kind in offsets))
