"""Line breaks end sentences: a headline or a dateline without a full stop is no part of the lead.

An analyst reading an event's evidence must see the lead sentence, not the headline and the
"Published ..." line glued to it, and the dateline's date must not date the lead's events.
"""

from __future__ import annotations

import pytest

from dossier.annotate.sentence_starts import hard_wrapped
from dossier.models import Document

HEADLINE_STORY = (
    "Ferry operator fined over harbour collision\n\n"
    "Posted March 3, 2011\n\n"
    "A court fined the ferry operator on Tuesday after its vessel struck a pier in the harbour."
)
LINE_PER_PARAGRAPH = (
    "Storm closes mountain pass\n"
    "The pass was shut on Sunday after heavy snow fell overnight.\n"
    "Drivers were told to wait in the valley towns."
)
WRAPPED = (
    "The ministry said on Monday that the new rules for hauliers would come\n"
    "into force in the spring, after a consultation with the freight trade\n"
    "associations that had lasted most of the winter months this year.\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first_sentences"),
    [
        (HEADLINE_STORY, ["Ferry operator fined over harbour collision", "Posted March 3, 2011", "A court fined"]),
        (LINE_PER_PARAGRAPH, ["Storm closes mountain pass", "The pass was shut", "Drivers were told"]),
    ],
)
def test_sentence_starts_a_line_without_a_stop_is_a_sentence_of_its_own(nlp, text, first_sentences):
    from dossier.annotate.pipeline import annotate

    sentences = [s.text.strip() for s in annotate(nlp, Document(doc_id="p", text=text)).sents]
    assert len(sentences) == len(first_sentences)
    assert all(s.startswith(start) for s, start in zip(sentences, first_sentences))


@pytest.mark.slow
def test_sentence_starts_a_hard_wrapped_sentence_stays_whole(nlp):
    from dossier.annotate.pipeline import annotate

    sentences = list(annotate(nlp, Document(doc_id="w", text=WRAPPED)).sents)
    assert len(sentences) == 1


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [(WRAPPED, True), (LINE_PER_PARAGRAPH, False), (HEADLINE_STORY, False), ("One line only.", False)],
)
def test_sentence_starts_hard_wrapped_text_is_told_from_paragraph_lines(text, wrapped):
    assert hard_wrapped(text) is wrapped


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The van was found at dawn, harbour police Lt. Anna Berg said.",
        "Sgt. Tomas Vidal said the driver had fled on foot.",
    ],
)
def test_sentence_starts_a_name_after_a_title_starts_no_sentence(nlp, text):
    from dossier.annotate.pipeline import annotate

    assert len(list(annotate(nlp, Document(doc_id="t", text=text)).sents)) == 1
