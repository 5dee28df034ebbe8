"""Speakers no reader would accept (quotes_pipeline_speakers): a headline's role noun, several
sources joined by "and", and news outlets, which become the quote's ``via``."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet
from dossier.models import Document

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not wordnet.available(), reason="WordNet 3.0 files are absent"),
]


def _checked(nlp, text: str, cue: str):
    """The quote with this cue, as the finder resolved it and after the speaker check."""
    from dossier.annotate.pipeline import annotate
    from dossier.annotate.quotes import find_quotes
    from dossier.annotate.quotes_pipeline_speakers import checked_speakers

    doc = annotate(nlp, Document(doc_id="s", text=text))
    found = [quote for quote in find_quotes(doc, "s") if quote.cue == cue]
    checked = checked_speakers(found, doc)
    return found[0], checked[0]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "via"),
    [
        # a headline's role noun is no name
        ("Filmmaker says he cannot finish the sequel on time\n\nThe director said he was busy.",
         "says", None, None),
        # several sources joined by "and"
        ("Jane Roe and the Daily Courier are reporting that the mayor will resign.",
         "are reporting", None, None),
        # an outlet relays: its name is the via
        ("The Evening Post reported that the mayor will resign in May.", "reported", None,
         "Evening Post"),
    ],
)
def test_quotes_pipeline_speakers_unacceptable_speaker_is_moved(nlp, text, cue, speaker, via):
    found, checked = _checked(nlp, text, cue)
    assert found.speaker is not None
    assert (checked.speaker, checked.via) == (speaker, via)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a name that opens its sentence
        ("Jane Roe says she will stand again.\n\nRoe was elected in May.", "says", "Jane Roe"),
        # a company named by a common noun's word: its commonest sense is no person
        ("Apple said it would open a store in the city next year.", "said", "Apple"),
        # one speaker, no conjunct
        ("Coach Jane Roe is saying that the team will appeal.", "is saying", "Jane Roe"),
    ],
)
def test_quotes_pipeline_speakers_names_stay(nlp, text, cue, speaker):
    found, checked = _checked(nlp, text, cue)
    assert checked.speaker == found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        ("The Evening Post said the vote was close. TEP added that the count resumed.",
         "TEP", "Evening Post"),
        ("The Evening Post said the vote was close. EP added that the count resumed.",
         "EP", "Evening Post"),
        # a web site, and a name set after a word for an outlet
        ("Jane Roe wrote on Ledger.com that the talks went on.", "Ledger.com", "Ledger.com"),
        ("On Friday, the film site's blog The Ledger reported that the talks had stalled.",
         "Ledger", "Ledger"),
    ],
)
def test_quotes_pipeline_speakersoutlet_names(nlp, text, name, outlet):
    from dossier.annotate.quotes_pipeline_speakers import outlet_names

    assert outlet_names(nlp(text)).get(name) == outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's name, a place's name: no outlet
        ("The mayor met Jane Roe at the town hall on Friday.", "Jane Roe"),
        ("The visitors flew home to Springfield after the game.", "Springfield"),
    ],
)
def test_quotes_pipeline_speakers_nooutlet_names(nlp, text, name):
    from dossier.annotate.quotes_pipeline_speakers import outlet_names

    assert name not in outlet_names(nlp(text))
