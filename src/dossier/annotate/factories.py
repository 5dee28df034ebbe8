"""Our spaCy pipeline components, all registered here.

Each component calls a pure function of the annotate package and keeps its records on a ``Doc``
extension attribute (``doc._.dossier_*``); the time expressions and quantities are also laid out as
span groups in ``doc.spans`` for displaCy and debugging. The document's id and publication date travel
on ``doc._.dossier_doc_id`` and ``doc._.dossier_published``, set before the components run.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dossier.annotate.names import find_names
from dossier.annotate.quantities import find_quantities
from dossier.annotate.quotes import find_quotes
from dossier.annotate.quotes_speech import reported_speech
from dossier.annotate.sentence_starts import mark_sentence_starts
from dossier.annotate.timex import find_time_expressions

EXTENSIONS = (
    "dossier_doc_id",
    "dossier_published",
    "dossier_names",
    "dossier_timexes",
    "dossier_quantities",
    "dossier_quotes",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

COMPONENTS = ("dossier_names", "dossier_timex", "dossier_quantities", "dossier_quotes")
# Runs before the parser, which keeps the sentence starts it is given.
BEFORE_PARSER = ("dossier_sentence_starts",)


@Language.factory("dossier_sentence_starts", default_config={})
def make_sentence_starts(nlp: Language, name: str):
    return mark_sentence_starts


@Language.factory("dossier_names", default_config={})
def make_names(nlp: Language, name: str):
    def names_component(doc: Doc) -> Doc:
        doc._.dossier_names = find_names(doc, doc._.dossier_doc_id or "")
        return doc

    return names_component


@Language.factory("dossier_timex", default_config={})
def make_timex(nlp: Language, name: str):
    def timex_component(doc: Doc) -> Doc:
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        timexes = find_time_expressions(
            doc.text, doc._.dossier_published, doc_id=doc._.dossier_doc_id or "", sentence_bounds=bounds
        )
        doc._.dossier_timexes = timexes
        doc.spans["dossier_timex"] = _spans(doc, timexes, "TIMEX")
        return doc

    return timex_component


@Language.factory("dossier_quantities", default_config={})
def make_quantities(nlp: Language, name: str):
    def quantities_component(doc: Doc) -> Doc:
        quantities = find_quantities(doc, doc._.dossier_doc_id or "")
        doc._.dossier_quantities = quantities
        doc.spans["dossier_quantities"] = _spans(doc, quantities, "QUANTITY")
        return doc

    return quantities_component


@Language.factory("dossier_quotes", default_config={})
def make_quotes(nlp: Language, name: str):
    def quotes_component(doc: Doc) -> Doc:
        names = {m.text: m.canonical for m in (doc._.dossier_names or []) if m.label == "PERSON"}
        doc._.dossier_quotes = reported_speech(find_quotes(doc, doc._.dossier_doc_id or "", names=names), doc)
        return doc

    return quotes_component


def _spans(doc: Doc, records, label: str):
    spans = []
    for record in records:
        span = doc.char_span(record.start, record.end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans
