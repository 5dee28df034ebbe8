"""The per-document stages (annotate, then extract) as one pure function of an article.

``analyze_document`` only needs the article and a model name, so it runs the same way in this
process, in a test, or on a Dask worker; the spaCy pipeline is built once per process.
"""

from __future__ import annotations

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp, sentences_of
from dossier.extract.events import EXTRACTOR, extract_events
from dossier.extract.person_attributes import EXTRACTOR as ATTRIBUTES_EXTRACTOR
from dossier.extract.person_attributes import extract_person_attributes

# Changing any per-document stage changes this, so `dossier build` re-analyses stored articles.
ANALYSIS_VERSION = f"annotate.v91+{EXTRACTOR}+{ATTRIBUTES_EXTRACTOR}"


def analyze_document(document: models.Document, model: str | None = None) -> models.DocumentAnalysis:
    """Annotate one article and extract its event mentions and what it states about people.

    Args:
        document: the stored article.
        model: spaCy pipeline name; None uses the default (see ``dossier.config``).

    Returns:
        A DocumentAnalysis whose every record carries the document id and character spans.
    """
    nlp = build_nlp(model)
    doc = annotate(nlp, document)
    sentences = tuple(sentences_of(doc, document.doc_id))
    names = tuple(doc._.dossier_names or ())
    timexes = tuple(doc._.dossier_timexes or ())
    return models.DocumentAnalysis(
        doc_id=document.doc_id,
        sentences=sentences,
        entities=names,
        timexes=timexes,
        quantities=tuple(doc._.dossier_quantities or ()),
        quotes=tuple(doc._.dossier_quotes or ()),
        events=tuple(extract_events(doc, document)),
        attributes=tuple(extract_person_attributes(
            document.text, document.doc_id, names, sentences, document.published, timexes)),
        version=ANALYSIS_VERSION,
    )
