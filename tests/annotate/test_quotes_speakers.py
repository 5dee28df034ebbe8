"""Speakers (quotes_speakers): people named beside a role noun, and he/she resolved to the
nearest person before them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_speakers import speaker_of


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, content_part, speaker",
    [
        # A name set beside the head noun by commas is the person speaking.
        ("The firm's chief executive, Jane Roe, said the leak would be stopped within days.",
         "leak", "Jane Roe"),
        # So is a name closing a run of titles.
        ("Acme chief executive Tom Reed said the leak would be stopped within days.",
         "leak", "Tom Reed"),
        ("Film producer and amateur diver Carl Moss said the company had turned down his help.",
         "turned down", "Carl Moss"),
        # A name that only modifies the head names no speaker.
        ("The Reed administration said the leak would be stopped within days.", "leak", None),
        ("A letter to President Tom Reed said the leak would be stopped within days.", "leak", None),
    ],
)
def test_quotes_speakers_name_beside_role(base_nlp, text, content_part, speaker):
    assert speaker_of(base_nlp, text, content_part) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, content_part, speaker",
    [
        # A place after "of" on a person's name is their home town, never "he".
        ('David Owens, 41, of Greenfield, filled his tank at the station on Monday.\n'
         '"I do not blame the company for this," he says.',
         "blame", "David Owens"),
        # The person named after the last speaker, in the pronoun's own sentence, is "he".
        ('"The storm took my roof and now this," said Ken Ward, who runs a diner by the beach.\n'
         'Paul Hart became the face of the anger when he told angry fishermen last week, '
         '"I want my old life back," a remark many found cold.',
         "old life", "Paul Hart"),
        # A name inside the quotation is someone talked about, not the speaker.
        ('But Senator Tom Reed said his party would oppose the bill.\n'
         '"I would rather work with Senator Bill Gray on a smaller plan," he said.',
         "smaller plan", "Tom Reed"),
        # "she" skips a man named in between.
        ('Anna Kerr, the mayor, said the beaches would stay open.\n'
         'Mr. Dale Fox, her deputy, agreed.\n'
         '"We will not close a single beach," she said.',
         "single beach", "Anna Kerr"),
        # A name in apposition to the subject, or to a copula's complement, is "he" next.
        ("Ann Lake said the shelters were full.\n"
         "The region's chief fire officer, Tom Reed, will lead the search team.\n"
         "He said most of the team had worked in earthquakes before.",
         "earthquakes", "Tom Reed"),
        ("Ann Lake said the shelters were full.\n"
         "Less cautious is the local preacher Tom Reed.\n"
         "He has said the storm was a punishment.",
         "punishment", "Tom Reed"),
    ],
)
def test_quotes_speakers_pronoun_antecedent(base_nlp, text, content_part, speaker):
    assert speaker_of(base_nlp, text, content_part) == speaker
