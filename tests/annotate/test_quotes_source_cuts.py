"""Where a source begins and ends (quotes_source_span, quotes_source, quotes_found): datelines,
bullets, floated quantifiers, clauses of saying and paragraph ends stay out, and a passive clause
on a noun names no speaker. On sentences written for these tests."""

from __future__ import annotations

import pytest


def sources(quote_triples, text: str, cue_word: str) -> list[str | None]:
    """The sources of the quotes whose cue holds ``cue_word``."""
    return [source for source, cue, _ in quote_triples(text) if cue and cue_word in cue]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # A dateline closed by a spaced hyphen, after a place in capitals or an agency's credit.
        ("PORTLAND - Republican candidate Jane Roe said the mill would reopen.",
         "said", "Republican candidate Jane Roe"),
        ("Mar 3 (Wire) - State senator Jane Roe said on Friday that the mill would reopen.",
         "said", "State senator Jane Roe"),
        # A list bullet glued to the name.
        ("The count was slow.\n\n-Jane Roe explains why the count was slow.",
         "explains", "Jane Roe"),
        # A floated quantifier after the subject.
        ("The mayor and the governor both said the bridge would be rebuilt.",
         "said", "The mayor and the governor"),
    ],
)  # fmt: skip
def test_quotes_source_leaves_out_layout_and_quantifiers(quote_triples, text, cue, expected):
    assert sources(quote_triples, text, cue) == [expected]


@pytest.mark.slow
def test_quotes_source_cuts_a_clause_of_saying_on_an_inner_noun(quote_triples):
    """"who said ..." after an apposition is an attribution of its own, not part of the name."""
    text = (
        "“The roads are a disgrace,” said Jane Roe, a nurse from Dayton, Ohio, who said she "
        "drives them every day."
    )
    found = quote_triples(text)
    assert ("Jane Roe, a nurse from Dayton, Ohio,", "said", "“The roads are a disgrace,”") in found


@pytest.mark.slow
def test_quotes_source_keeps_a_describing_clause_on_an_inner_noun(quote_triples):
    """A clause that only describes ("who voted for ...") stays, as annotators keep it."""
    text = "“The roads are a disgrace,” said Jane Roe, a nurse from Dayton, Ohio, who voted for him."
    assert sources(quote_triples, text, "said")[0].endswith("who voted for him")


@pytest.mark.slow
def test_quotes_source_stops_at_a_paragraph_end(quote_triples):
    """A name after "“...,” said" is the speaker even when the parser runs the sentence on into
    the next paragraph, and the source stops at the paragraph's end."""
    text = (
        "“We will not give up,” said Jane Roe, a fellow at the Center for Rural Policy\n\n"
        "Her group has called for new rules on the sale of farmland."
    )
    found = sources(quote_triples, text, "said")
    assert found and all("Her group" not in (source or "") for source in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue",
    [
        ("She wrote a novel titled “The Long Field” about her town.", "titled"),
        ("The senator, who was lambasted for saying taxes must rise, lost the primary.",
         "lambasted"),
    ],
)  # fmt: skip
def test_quotes_source_passive_clause_on_a_noun_has_none(quote_triples, text, cue):
    """The noun a passive clause hangs on is what is named or judged, not who speaks."""
    assert all(source is None for source in sources(quote_triples, text, cue))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The governor is now assured of winning the nomination.", "The governor"),
        ("Many farmers are convinced that the tariffs will hurt them.", "Many farmers"),
    ],
)  # fmt: skip
def test_quotes_source_agentless_persuasion_passive(quote_triples, text, expected):
    """Without a ``by`` agent, whoever "is convinced" or "is assured" holds the belief."""
    found = [
        source for source, cue, _ in quote_triples(text)
        if cue and ("convinced" in cue or "assured" in cue)
    ]  # fmt: skip
    assert found == [expected]


@pytest.mark.slow
def test_quotes_source_keeps_the_month_of_a_poll(quote_triples):
    """"a poll in February": the month it was taken tells which poll, and stays."""
    text = "Support is falling, according to a CNN/ORC poll in February."
    assert sources(quote_triples, text, "according") == ["a CNN/ORC poll in February"]


@pytest.mark.slow
def test_quotes_source_surname_tagged_as_adverb(quote_triples):
    """"“...,” said Skelly": a rare surname the tagger takes for an adverb is the speaker."""
    text = (
        "“Having access to the file and two people who understand it is valuable,” said Skelly, "
        "explaining he worked more closely with the team."
    )
    assert sources(quote_triples, text, "said") == ["Skelly"]


@pytest.mark.slow
def test_quotes_source_between_quotation_and_verb(quote_triples):
    """"“...,” the mayor's aide Jane Roe wrote": the words between the quotation and the verb
    are the writer."""
    text = "“It is over,” the mayor’s aide Jane Roe wrote on Twitter."
    assert sources(quote_triples, text, "wrote") == ["the mayor’s aide Jane Roe"]
