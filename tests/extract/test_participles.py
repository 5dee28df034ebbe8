"""Participles the parser misreads as verbs do not become events."""

from datetime import date

import pytest

from dossier import models
from dossier.pipeline import analyze_document


@pytest.mark.slow
def test_participles_after_a_number_are_not_attacks():
    # From our example corpus (examples/feed/item-1.html), where the parser reads the first
    # "wounded" as a verb.
    text = ("In a separate transfer mediated by the United Arab Emirates, Russia also handed back 31 wounded "
            "Ukrainian soldiers and received 15 wounded Russian servicemen, officials on both sides said.")
    analysis = analyze_document(models.Document(doc_id="pa", text=text, published=date(2025, 3, 3)))
    assert models.EventType.ATTACK not in {m.event_type for m in analysis.events}


@pytest.mark.slow
def test_participles_the_verb_itself_still_counts():
    text = "On March 2, 2025, shelling wounded 12 civilians in Ruritania's border town."
    analysis = analyze_document(models.Document(doc_id="pb", text=text, published=date(2025, 3, 3)))
    assert models.EventType.ATTACK in {m.event_type for m in analysis.events}
