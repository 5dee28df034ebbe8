"""The pipeline's content-shape rule (quotes_pipeline_forms): unquoted contents that are the cue's
object, a noun phrase, a relative clause or the subject's own goal are left out; clauses of
reported words stay. Each case checks the finder's own attribution first."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet

from .pipeline_quotes import found_and_kept

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not wordnet.available(), reason="WordNet 3.0 files are absent"),
]



@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a noun phrase: a statistic, not words
        ("Jane Roe added nine points for the visitors, who had won four straight games.", "added"),
        ("Jane Roe posted 21 points for the hosts.", "posted"),
        ("A family lawyer might review a custody case.", "might review"),
        # a verb that only describes the cue's noun
        ("The club issued a statement published on its website.", "issued"),
        # the object is no one who can be told: a phone call, not words
        ("The tenant had called the landlord's office to let him know the heating had failed.",
         "had called"),
        # a relative clause after a comma
        ("Jane Roe added, who scored twice in the second half.", "added"),
        # the subject's own decision or refusal
        ("The board decided to close the factory in March.", "decided"),
        ("The owners refused to let the stadium be sold to anyone else.", "refused"),
    ],
)
def test_quotes_pipeline_forms_no_words_are_left_out(nlp, text, cue):
    assert found_and_kept(nlp, text, cue) == (True, False)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The coach added that the winger would miss the final.", "added"),
        ("The club said in a statement that the winger would stay.", "said in a statement"),
        # a person told and what to do
        ("The mayor urged residents to stay indoors.", "urged"),
        # an indirect question takes no comma
        ("The reporter asked who had opened the gate.", "asked"),
        # a threat is speech
        ("The union threatened to strike in March.", "threatened"),
        # an accusation: a verb under the cue's preposition
        ("The prosecutor accused the nurse of poisoning three patients.", "accused"),
        # a clause with its own subject on the cue's noun says what the noun holds
        ("The union issued a warning that the strike would go ahead.", "issued a warning"),
        # a "that" clause hung on a noun by the parser
        ("The director denied reports that his talks with the studio hit a snag.", "denied reports"),
    ],
)
def test_quotes_pipeline_forms_words_stay(nlp, text, cue):
    assert found_and_kept(nlp, text, cue) == (True, True)
