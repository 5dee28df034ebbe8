"""A number that elides its noun borrows it from the count before it."""

from datetime import date

import pytest

from dossier import models
from dossier.annotate.pipeline import annotate


@pytest.mark.slow
def test_quantities_elided_noun_is_borrowed_from_the_previous_count(nlp):
    doc = annotate(nlp, models.Document(doc_id="q1", text="Elbonia received 512 bodies, and Ruritania 37.",
                                        published=date(2025, 4, 20)))
    counted = {q.text: q.counted for q in doc._.dossier_quantities}
    assert counted == {"512": "bodies", "37": "bodies"}


@pytest.mark.slow
def test_quantities_bare_number_before_a_noun_is_not_elided(nlp):
    doc = annotate(nlp, models.Document(doc_id="q2", text="Elbonia received 512 bodies, and 37 were still missing.",
                                        published=date(2025, 4, 20)))
    assert {q.text: q.counted for q in doc._.dossier_quantities}["37"] != "bodies"
