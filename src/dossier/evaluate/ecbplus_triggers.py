"""Reading an ECB+ event trigger with spaCy: its head lemma and the words attached to it.

The trigger's syntactic head names the happening, except after a light verb ("took place",
"opened fire"), where the noun inside the trigger does. Arguments are the nouns, names and
numbers hanging off the trigger, which tell two same-worded events apart better than every
participant of the sentence does. Split from dossier.evaluate.ecbplus, which reads the XML.
"""

from __future__ import annotations

from dossier.annotate.model import load_base_model

# Verbs that carry little meaning of their own when a noun inside the same trigger names the
# happening ("took place", "opened fire", "carried out an attack"); general English usage.
LIGHT_VERBS = frozenset("take make have give do set catch open carry hold keep get put go come".split())
# Dependency labels whose subtrees name a trigger's participants (spaCy's English label set).
ARGUMENT_DEPS = frozenset("nsubj nsubjpass dobj obj iobj agent attr dative poss compound pobj".split())
_ARGUMENT_POS = frozenset(("NOUN", "PROPN", "NUM"))


def syntactic_head(span: list) -> object:
    """The token of a trigger whose own head lies outside the trigger (the first, if several)."""
    inside = {tok.i for tok in span}
    heads = [tok for tok in span if tok.head.i not in inside or tok.head.i == tok.i]
    return heads[0] if heads else span[-1]


def _head_token(span: list) -> object:
    """The syntactic head of a trigger, or the noun it governs when the head is a light verb."""
    head = syntactic_head(span)
    if head.lemma_.lower() in LIGHT_VERBS:
        nouns = [tok for tok in span if tok.i != head.i and tok.pos_ == "NOUN"]
        if nouns:
            return nouns[0]
    return head


def _clean_lemma(token) -> str:
    """Lower-cased lemma without stray whitespace, hashtags or a possessive ending."""
    lemma = (token.lemma_ or token.text).strip().lower().lstrip("#")
    for ending in ("'s", "’s"):
        lemma = lemma.removesuffix(ending)
    return lemma or token.text.strip().lower()


def _arguments(span: list) -> tuple[str, ...]:
    """Lemmas of nouns, names and numbers attached to the trigger, one preposition deep.

    Words attached to any token of a multi-word trigger count ("checked into a clinic"), and a
    conjoined verb ("shot and killed") inherits the subject of the verb it is joined to.
    """
    inside = {tok.i for tok in span}
    head = syntactic_head(span)
    stack = [child for tok in span for child in tok.children if child.i not in inside]
    stack += [c for tok in span if tok.dep_ == "prep" for c in tok.children if c.dep_ == "pobj"]
    if head.dep_ == "conj":
        stack += [c for c in head.head.children if c.dep_.startswith("nsubj")]
    found = []
    while stack:
        token = stack.pop()
        if token.dep_ == "prep":
            stack.extend(c for c in token.children if c.dep_ == "pobj")
        elif token.dep_ in ARGUMENT_DEPS and token.i not in inside:
            found.extend(t.lemma_.lower() for t in token.subtree if t.pos_ in _ARGUMENT_POS)
    return tuple(dict.fromkeys(found))


def parse_triggers(raw: list[dict], model: str | None) -> list[dict]:
    """Head lemma, part of speech, dependency label and arguments of each mention's trigger.

    Each distinct sentence is parsed once, on the corpus tokenisation.

    Args:
        raw: mention dicts with ``doc``, ``sentence_index``, ``token_ids`` and ``words`` (the
            sentence as (token id, text) pairs), as built by dossier.evaluate.ecbplus.
        model: spaCy pipeline name; None tries the default models.

    Returns:
        One dict per mention, in order, with ``head_lemma``, ``head_pos``, ``head_dep`` and
        ``arguments``: the keyword arguments EcbMention takes for them.

    Raises:
        ModelNotAvailable: no spaCy pipeline is installed.
    """
    from spacy.tokens import Doc

    nlp = load_base_model(model)
    keys = list(dict.fromkeys((m["doc"], m["sentence_index"]) for m in raw))
    words = {(m["doc"], m["sentence_index"]): m["words"] for m in raw}
    docs = [Doc(nlp.vocab, words=[w for _, w in words[k]]) for k in keys]
    parsed = dict(zip(keys, nlp.pipe(docs, batch_size=64, disable=["ner"])))
    heads = []
    for m in raw:
        key = (m["doc"], m["sentence_index"])
        position = {t: i for i, (t, _) in enumerate(words[key])}
        span = [parsed[key][position[t]] for t in m["token_ids"] if t in position]
        head = _head_token(span)
        heads.append(dict(
            head_lemma=_clean_lemma(head), head_pos=head.pos_, head_dep=head.dep_,
            arguments=_arguments(span),
        ))
    return heads
