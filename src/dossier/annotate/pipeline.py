"""Building the annotation pipeline and running it on one article."""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from dossier import models
from dossier.annotate import factories
from dossier.annotate.model import load_base_model


@functools.lru_cache(maxsize=4)
def build_nlp(model: str | None = None) -> Language:
    """The pretrained pipeline plus our components, built once per process and model name."""
    nlp = load_base_model(model)
    for name in factories.BEFORE_PARSER:
        if name not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe(name, before="parser")
    for name in factories.COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def annotate(nlp: Language, document: models.Document) -> Doc:
    """Run the whole pipeline on one document, with its id and date available to the components."""
    doc = nlp.make_doc(document.text)
    doc._.dossier_doc_id = document.doc_id
    doc._.dossier_published = document.published
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def sentences_of(doc: Doc, doc_id: str) -> list[models.Sentence]:
    return [
        models.Sentence(doc_id=doc_id, index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(doc.sents)
    ]
