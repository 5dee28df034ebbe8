"""Quote finding on sentences written for these tests: direct, indirect, mixed, chains, refusals."""

from __future__ import annotations

import pytest

from dossier.annotate.quotes import build_name_map, find_quotes, pair_quote_marks
from dossier.models import QuoteKind


@pytest.fixture(scope="module")
def base_nlp():
    from dossier.annotate.model import load_base_model

    return load_base_model()


def _only(base_nlp, text):
    quotes = find_quotes(base_nlp(text), "d1")
    assert len(quotes) >= 1, f"no quote found in {text!r}"
    return quotes[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ('"Any aircraft that were seized must be returned," Petrenko said.',
         "Petrenko", "said", '"Any aircraft that were seized must be returned,"'),
        ('Kovalenko said: "We are ready for a meeting at any level."',
         "Kovalenko", "said:", '"We are ready for a meeting at any level."'),
        ("“We brought a full list of names. Every one of them matters,” Petrenko said after the talks.",
         "Petrenko", "said", "“We brought a full list of names. Every one of them matters,”"),
        ("The official added: “The next round will take place within weeks.”",
         "The official", "added:", "“The next round will take place within weeks.”"),
    ],
)
def test_quotes_direct(base_nlp, text, source, cue, content):
    quote = _only(base_nlp, text)
    assert (quote.kind, quote.source, quote.cue, quote.content) == (QuoteKind.DIRECT, source, cue, content)
    assert text[quote.content_start : quote.content_end] == content
    assert text[quote.source_start : quote.source_end] == source


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("Sokolov said Moscow had offered a two-month truce.",
         "Sokolov", "said", "Moscow had offered a two-month truce"),
        ("The minister noted that the talks were constructive.",
         "The minister", "noted", "that the talks were constructive"),
        ("According to Interfax-Ukraine, the convoy crossed the border at dawn.",
         "Interfax-Ukraine", "According to", "the convoy crossed the border at dawn"),
        ("The minister warned that sanctions would follow.",
         "The minister", "warned", "that sanctions would follow"),
    ],
)
def test_quotes_indirect(base_nlp, text, source, cue, content):
    quote = _only(base_nlp, text)
    assert (quote.kind, quote.source, quote.cue, quote.content) == (QuoteKind.INDIRECT, source, cue, content)


@pytest.mark.slow
def test_quotes_mixed(base_nlp):
    quote = _only(base_nlp, 'Igor Sokolov noted that Moscow "took this request into account".')
    assert quote.kind is QuoteKind.MIXED
    assert quote.content == 'that Moscow "took this request into account"'


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, speaker, via",
    [
        ("The convoy crossed the border at dawn, an Interfax source said.",
         "an Interfax source", None, "Interfax"),
        ("The two sides agreed on a new round of talks, TASS reports citing sources.",
         "sources", None, "TASS"),
    ],
)
def test_quotes_relayed_sources(base_nlp, text, source, speaker, via):
    quotes = [q for q in find_quotes(base_nlp(text), "d1") if q.via]
    assert [(q.source, q.speaker, q.via) for q in quotes] == [(source, speaker, via)]
    assert quotes[0].content == text.split(",")[0]


@pytest.mark.slow
def test_quotes_passive_stated_by(base_nlp):
    text = ("Moscow proposed a ceasefire of two days. This was stated by the head of the "
            "northern delegation, presidential aide Igor Sokolov.")
    quote = _only(base_nlp, text)
    assert quote.cue == "was stated"
    assert quote.source.endswith("Igor Sokolov")
    assert quote.content == "Moscow proposed a ceasefire of two days"
    assert quote.speaker == "Igor Sokolov"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Anna Kovalenko arrived early. Kovalenko noted that the talks were constructive.",
         "Anna Kovalenko"),
        ('Maria Petrenko said the list was ready. "We will not give up," she said.', "Maria Petrenko"),
        ("Maria Petrenko said the list was ready. He noted that the list was incomplete.",
         "Maria Petrenko"),
        ('Jane Roe said the plan failed. "It is over," Roe added.', "Jane Roe"),
        # "she" goes to the last woman who spoke, "he" to the last man, where the text tells
        ('Ms. Anna Kovac said the plan was dead. Mr. Ivo Brandt said it would pass. "It is over," she said.',
         "Anna Kovac"),
        ("Spokeswoman Lena Sterling said the vote was close. Senator Ivo Brandt said it was lost. "
         "He added that the count was wrong.", "Ivo Brandt"),
        # the person a titled phrase is about speaks, not the one it names as employer
        ('Mayor Ivo Brandt\'s spokeswoman Lena Sterling denied it. "Nice try," she said.', "Lena Sterling"),
    ],
)
def test_quotes_speaker_is_fullest_name(base_nlp, text, speaker):
    quotes = find_quotes(base_nlp(text), "d1")
    assert quotes[-1].speaker == speaker


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Governor Anna Kovac's aide said the plan was dead.",
    "Mayor Ivo Brandt's campaign manager said the poll was wrong.",
])
def test_quotes_a_persons_aide_is_not_the_person(base_nlp, text):
    (quote,) = find_quotes(base_nlp(text), "d1")
    assert quote.speaker is None and text[quote.source_start:quote.source_end].endswith(("aide", "manager"))


@pytest.mark.slow
def test_quotes_names_argument_overrides_map(base_nlp):
    quote = _only(base_nlp, "Kovalenko noted that the talks were constructive.")
    assert quote.speaker == "Kovalenko"
    quote = find_quotes(base_nlp("Kovalenko noted that the talks were constructive."), "d1",
                        names={"Kovalenko": "Anna Kovalenko"})[0]
    assert quote.speaker == "Anna Kovalenko"


@pytest.mark.slow
def test_quotes_name_map_from_person_entities(base_nlp):
    doc = base_nlp("Anna Kovalenko arrived early. Kovalenko noted that the talks were constructive.")
    assert build_name_map(doc)["Kovalenko"] == "Anna Kovalenko"


@pytest.mark.parametrize(
    "text, spans",
    [
        ('He said "yes" and "no".', [(8, 13), (18, 22)]),
        ("“One.” Then “two.”", [(0, 6), (12, 18)]),
        ('An odd " mark and "a pair" here', []),  # three straight marks: refuse them all
        ("“Open but never closed.", []),
        ("“First line”\n“second line", [(0, 12)]),  # each paragraph is judged on its own
        ("Old style ''quoted words'' here", [(10, 26)]),
    ],
)
def test_quotes_pair_marks(text, spans):
    assert pair_quote_marks(text) == spans


@pytest.mark.slow
def test_quotes_unbalanced_marks_refuse_direct(base_nlp):
    text = '"We will not give up, Petrenko said on Friday.'
    quotes = find_quotes(base_nlp(text), "d1")
    assert all(q.kind is not QuoteKind.DIRECT for q in quotes)
    assert all('"' not in q.content for q in quotes)
    assert [q.source for q in quotes] == ["Petrenko"]


@pytest.mark.slow
def test_quotes_relative_who_speaker_is_antecedent(base_nlp):
    text = "The talks were hosted by Foreign Minister Ali Demir, who said the sides would meet again."
    quote = _only(base_nlp, text)
    assert (quote.source, quote.speaker) == ("who", "Ali Demir")


@pytest.mark.slow
def test_quotes_according_to_a_rule_is_not_attribution(base_nlp):
    text = "Prisoners will be swapped according to the formula agreed last week."
    assert find_quotes(base_nlp(text), "d1") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # Whoever is asked is not the asker.
        ("Asked whether he would run again, the mayor smiled.",
         (None, "Asked", "whether he would run again")),
        ("Asked about the strike, the minister said talks would resume.",
         (None, "Asked about", "the strike")),
        # "It seems" judges the clause after it.
        ("It seems the council has run out of money.",
         (None, "seems", "the council has run out of money")),
    ],
)
def test_quotes_sourceless_frames(quote_triples, text, expected):
    assert expected in quote_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, via",
    [
        ("The mill will close in March, the company said, citing a report by its auditors.",
         "a report by its auditors", "the company"),
        ("The mill will close in March, the company said, citing rising energy costs.", "the company", None),
    ],
)
def test_quotes_citing_a_reason_is_no_source(base_nlp, text, source, via):
    quotes = [q for q in find_quotes(base_nlp(text), "d1") if q.cue and q.cue.startswith("said")]
    assert [(q.source, q.via) for q in quotes] == [(source, via)]
