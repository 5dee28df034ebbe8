"""One sentence -> (PLOVER event type, source actors, target actors), with the event extractor.

The sentence goes through the same annotation pipeline and trigger finder as an article; the
trigger highest in the parse (closest to the root, a verb before a noun, a reported event before
the verb of saying) decides the type through ``ontology.plover_of``, and its ``actor`` and
``target`` arguments are the sources and targets. A subject or object without a name ("Police
arrested ...") is given as its noun phrase.

Known limits: one event per sentence; a sentence whose only trigger is a verb of saying is
classified as CONSULT; no trigger gives None.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.arguments import document_countries, find_arguments, predicate_of
from dossier.extract.triggers import Trigger, find_triggers

MAX_TARGETS = 2
NP_INTERNAL = frozenset({"compound", "amod", "poss", "nmod", "case"})
# Common nouns that name a group of people, usable as an actor when no name is given.
GROUP_NOUNS = frozenset({"people", "civilian", "refugee", "soldier", "troop", "worker", "student", "protester",
                         "demonstrator", "official", "rebel", "militant", "government", "force", "police",
                         "authority", "prisoner", "journalist", "activist", "villager", "resident", "member",
                         "leader", "detainee", "guerrilla", "candidate", "inspector", "observer", "minister"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which"})


def plover_classify(text: str, model: str | None = None) -> tuple[str | None, list[str], list[str]]:
    """Classify one sentence for the PLOVER benchmark.

    Args:
        text: the sentence.
        model: spaCy pipeline name; None uses the default. The pipeline is built once per process.

    Returns:
        (PLOVER type or None, source actor texts, target actor texts).

    Raises:
        ModelNotAvailable: no spaCy pipeline is installed.
    """
    nlp = build_nlp(model)
    doc = annotate(nlp, models.Document(doc_id="plover", text=text))
    names = list(doc._.dossier_names or [])
    triggers = [t for sent in doc.sents for t in find_triggers(sent)]
    if not triggers:
        return None, [], []
    main = min(triggers, key=_rank)
    arguments = find_arguments(main, names, document_countries(names))
    predicate = predicate_of(main)
    sources = _phrases(doc, [a for a in arguments if a.role == "actor"]) or _phrase(predicate, {"nsubj"})
    targets = _phrases(doc, [a for a in arguments if a.role == "target"]) or _phrase(predicate, {"dobj", "dative"}, True)
    return main.plover, _unique(sources), _unique(targets)[:MAX_TARGETS]


def _phrases(doc, arguments: list[models.Argument]) -> list[str]:
    """Names of one noun phrase as one actor: "Russian President Boris Yeltsin", "Poland's parliament"."""
    groups: dict[int, list[int]] = {}
    for argument in arguments:
        span = doc.char_span(argument.start, argument.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        while head.dep_ in NP_INTERNAL and head.head.i != head.i and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head
        bounds = groups.setdefault(head.i, [span.start_char, span.end_char])
        bounds[0] = min(bounds[0], span.start_char)
        bounds[1] = max(bounds[1], span.end_char, head.idx + len(head.text))
    return [doc.text[start:end] for start, end in sorted(groups.values())]


def _rank(trigger: Trigger) -> tuple[int, int, int, int]:
    depth = 0
    token = predicate_of(trigger)
    while token.head.i != token.i:
        token = token.head
        depth += 1
    saying = int(trigger.definition.name == "statement")
    return saying, depth, int(trigger.nominal), trigger.token.i


def _phrase(verb: Token, deps: set[str], groups_only: bool = False) -> list[str]:
    for child in verb.children:
        if groups_only and child.pos_ != "PROPN" and child.lemma_.lower() not in GROUP_NOUNS:
            continue
        if child.dep_ in deps and child.lower_ not in PRONOUNS and child.pos_ in {"NOUN", "PROPN"}:
            words = [t for t in child.subtree if t.dep_ not in {"relcl", "acl", "punct"} and t.i <= child.i]
            text = " ".join(t.text for t in words if t.dep_ != "det")
            return [text] if text else []
    return []


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))
