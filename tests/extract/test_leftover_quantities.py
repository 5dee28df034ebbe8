"""Numbers the parse leaves outside every event phrase go to the nearest event they fit."""

from datetime import date

import pytest

from dossier import models
from dossier.pipeline import analyze_document


@pytest.mark.slow
def test_leftover_quantities_formula_goes_to_the_agreement():
    text = ("On March 3, 2025, the delegations of Ruritania and Elbonia met in Geneva. The meeting lasted three "
            "hours and resulted in several agreements, including a large swap of captives according to the "
            "formula \"500 for 500\".")
    analysis = analyze_document(models.Document(doc_id="lq", text=text, published=date(2025, 3, 3)))
    agreement = next(m for m in analysis.events if m.event_type == models.EventType.AGREEMENT)
    assert ("prisoners_each_side", 500.0) in {(q.role, q.low) for q in agreement.quantities}
