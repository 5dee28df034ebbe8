"""Speakers NER does not tag as people (quotes_pipeline_persons, used by quotes_speakers): a
described speaker takes a later "she" from the people in the news, a name with an age or a role
is a person, and "the governor" is the governor named before."""

from __future__ import annotations

import pytest

from dossier.annotate import wordnet


def _speakers(nlp, text: str) -> dict[str, str | None]:
    """Content -> speaker of every quote the finder returns."""
    from dossier.annotate.quotes import find_quotes

    return {quote.content: quote.speaker for quote in find_quotes(nlp(text), "d1")}


def _speaker_of(nlp, text: str, content_part: str) -> str | None:
    speakers = [
        speaker for content, speaker in _speakers(nlp, text).items() if content_part in content
    ]
    if len(speakers) != 1:
        raise AssertionError(f"expected one quote holding {content_part!r}, got {speakers}")
    return speakers[0]


@pytest.mark.slow
@pytest.mark.skipif(not wordnet.available(), reason="WordNet 3.0 files are absent")
@pytest.mark.parametrize(
    ("text", "content_part", "speaker"),
    [
        # "she" after "a neighbour" is the neighbour, not the woman the news is about
        ("Jane Roe was found dead at her home on Monday.\n\n"
         "According to a neighbour, the house had been quiet for days.\n\n"
         '"I knew something was wrong when the lights stayed off," she said.',
         "lights", None),
        # a named speaker stays the antecedent
        ("Jane Roe, the head teacher, said the school would reopen on Monday.\n\n"
         '"We owe it to the children," she said.',
         "children", "Jane Roe"),
        # a name with an age is a person's, whatever NER calls it
        ("In a village near the coast, 25-year-old Guzel said she had voted before breakfast.\n\n"
         '"He knows the fishing families well," she said.',
         "fishing", "Guzel"),
        # a name with a role noun, and its surname later, and "he" after it
        ("Kostas Varnalis, publisher of two evening papers, said the strikes showed deep anger.\n\n"
         '"This cannot go on," Varnalis said.\n\n'
         '"Nobody listens to the young," he said.',
         "young", "Kostas Varnalis"),
        ('"We want to be heard," said 32-year-old protester Dimos Karalis.\n\n'
         "Karalis said the marches would go on.",
         "marches", "Dimos Karalis"),
        # "the governor" is the governor named before, and no one when none was
        ("Port Governor Tomas Velde said the quay would reopen on Monday.\n\n"
         "The governor said repairs would cost more than expected.",
         "repairs", "Tomas Velde"),
        ("The governor said repairs would cost more than expected.", "repairs", None),
        # a title before a surname: the person named in full before
        ("Police named the officer as Tomas Velde, 37.\n\n"
         "Mr Velde said he had fired only into the air.",
         "fired", "Tomas Velde"),
    ],
)
def test_quotes_pipeline_persons_speaker(base_nlp, text, content_part, speaker):
    assert _speaker_of(base_nlp, text, content_part) == speaker


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Hugh Jackman", "Laurence Mark"], {"Jackman": "Hugh Jackman", "Mark": "Laurence Mark"}),
        # two people share the surname: it stands for neither
        (["Tom Reed", "Ann Reed", "Oscar"], {}),
    ],
)
def test_quotes_pipeline_persons_surname_map(names, expected):
    from dossier.annotate.quotes_pipeline_persons import surname_map

    assert dict(surname_map(names)) == expected
