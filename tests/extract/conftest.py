"""What the extraction tests share: extraction on a text we write, over the session's pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import models
from dossier.extract.events import extract_events

PUBLISHED = date(2030, 3, 10)  # a Sunday


def roles_of(mentions, event_type: str) -> list[tuple[str, str]]:
    """(role, text) of every argument of the mentions of one event type, sorted."""
    return sorted((a.role, a.text) for m in mentions if m.event_type.value == event_type for a in m.arguments)


def annotate_and_extract(nlp, text: str, published: date | None = PUBLISHED):
    """The parsed text and its event mentions, as the pipeline would store them."""
    from dossier.annotate.pipeline import annotate

    document = models.Document(doc_id="test", text=text, published=published)
    doc = annotate(nlp, document)
    return doc, extract_events(doc, document)


@pytest.fixture(scope="module")
def extract(nlp):
    """Event mentions of a text (published on PUBLISHED unless given)."""
    return lambda text, published=PUBLISHED: annotate_and_extract(nlp, text, published)[1]


@pytest.fixture(scope="module")
def extract_doc(nlp):
    """The parsed text and its event mentions."""
    return lambda text, published=PUBLISHED: annotate_and_extract(nlp, text, published)


@pytest.fixture(scope="module")
def trigger_types(nlp):
    """Trigger word -> definition name, for the triggers of a text."""
    from dossier.annotate.pipeline import annotate
    from dossier.extract.triggers import find_triggers

    def types(text: str) -> dict[str, str]:
        doc = annotate(nlp, models.Document(doc_id="t", text=text))
        return {t.token.lower_: t.definition.name for sent in doc.sents for t in find_triggers(sent)}

    return types


@pytest.fixture
def needs_wordnet():
    """Skip a test that reads word senses when WordNet is not installed."""
    from dossier.annotate import wordnet

    if not wordnet.available():
        pytest.skip("WordNet is absent (/usr/share/wordnet); these senses are read from it")
