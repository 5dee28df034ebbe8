"""Speaker names (quotes_speaker_names): a he/she continues the reporter rather than a person
named in the report, datelines and wire credits are no names, and an abbreviated title gives
way to the name after it; on sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes_speaker_names import holds_name_words, reported_mentions

from .quote_speakers import speaker_of


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, content_part, speaker",
    [
        # the person a report is about is passed over for the reporter
        ("Judge Walter Brandt told the jurors that he had weighed the ambush of Officer Leon "
         "Marsh in 2011, and he concluded that the crime deserved the harshest sentence.",
         "harshest", "Walter Brandt"),
        ("A neighbour, Frank Osei, 52, said he was not surprised that Martin Dole had been "
         "arrested.\nHe said he had often argued with the family.",
         "argued", "Frank Osei"),
        # the pronoun cannot be the reporter: a man's report, then "she", is the woman in it
        ("Tom Vale said his colleague Grace Hill had resigned.\nShe said she wanted more time with her "
         "children.", "more time", "Grace Hill"),
        # an abbreviated title before a name: the name speaks
        ('"We will appeal the ruling," said Dist. Atty. Mark Bellamy on Friday.',
         "appeal", "Mark Bellamy"),
        ("Lt. Gov. Rosa Delgado said the state would pay for the repairs.",
         "repairs", "Rosa Delgado"),
    ],
)
def test_quotes_speaker_names_speaker(base_nlp, text, content_part, speaker):
    assert speaker_of(base_nlp, text, content_part) == speaker


@pytest.mark.slow
def test_quotes_speaker_names_dateline_is_no_speaker(base_nlp):
    text = ("OSLO | Wed Jun 10 , 2009 4:10 pm EDT OSLO -LRB- Reuters -RRB- - The agency will "
            "widen its testing, its chief scientist said on Wednesday.\n"
            "He said more kits would be shipped this month.")
    assert speaker_of(base_nlp, text, "kits") in (None, "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jane Roe", True), ("Mary-Kate O'Neil", True), ("Tue Jun 9", False),
     ("-LRB- Reuters -RRB- - Ohio", False)],
)
def test_quotes_speaker_names_name_words(text, expected):
    assert holds_name_words(text) is expected


def test_quotes_speaker_names_reported_mentions():
    mentions = [(2, "Ann Roe"), (9, "Bob Lee"), (20, "Cal Fox")]
    reports = [(5, 12, "Ann Roe")]
    # Ann Roe's gender is known and fits "she": Bob Lee, inside her report, is passed over
    assert reported_mentions(mentions, reports, "f", {"Ann Roe": "f"}) == [
        (2, "Ann Roe"), (20, "Cal Fox")
    ]
    # "he" cannot continue Ann Roe: Bob Lee stays
    assert reported_mentions(mentions, reports, "m", {"Ann Roe": "f"}) == mentions


@pytest.mark.slow
def test_quotes_speaker_names_country_is_no_he(base_nlp):
    # a country acting as a subject is no antecedent of a later "he"
    text = ("Norway has confirmed its first case of the virus in a nurse who had come home from "
            "abroad, where she was treated.\n"
            "He said the nurse was in good health.")
    assert speaker_of(base_nlp, text, "good health") != "Norway"
