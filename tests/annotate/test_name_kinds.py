"""Headline verbs run into names, datelines' weekdays and degrees after names, on Docs built by
hand (spacy.blank). Sentences written for these tests."""

import pytest
import spacy
from spacy.tokens import Span

from dossier.annotate import wordnet
from dossier.annotate.name_kinds import is_calendar_or_degree, without_headline_verbs

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent (Debian package wordnet-base)")
NLP = spacy.blank("en")


def _span(text: str, words: str, label: str = "PERSON", others: tuple[tuple[str, str], ...] = ()):
    """A one-sentence Doc of ``text`` with ``words`` tagged ``label`` (and ``others`` tagged too)."""
    doc = NLP(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or doc[token.i - 1].is_space
    spans = []
    for n, (part, part_label) in enumerate(((words, label), *others)):
        start = text.rindex(part) if n else text.index(part)  # other names: their last occurrence
        spans.append(doc.char_span(start, start + len(part), label=part_label))
    doc.ents = spans
    return spans[0]


@needs_wordnet
@pytest.mark.parametrize(
    "text,words,kept",
    [
        ("Governor Nominates Dalia Wenborne For Top Court Seat", "Nominates Dalia Wenborne", "Dalia Wenborne"),
        ("Singer Dalia Wenborne Checks Out Of Desert Clinic", "Dalia Wenborne Checks Out", "Dalia Wenborne"),
        ("Coach Dalia Wenborne Said To Be Close To Deal", "Dalia Wenborne", "Dalia Wenborne"),
        ("Dalia Wenborne owns Sears Holdings and two other firms.", "Sears Holdings", "Sears Holdings"),
        ("Dalia Wenborne Wins Second Term\n\nDalia Wenborne was re-elected.", "Dalia Wenborne Wins", "Dalia Wenborne"),
        ("Coach Dalia Wenborne Burns Wins Second Term", "Dalia Wenborne Burns", "Dalia Wenborne Burns"),
        # a surname with a capital inside it ("McTavish") is still a person's name named without the verb
        ("Walt McTavish Dies at 81\n\nWalt McTavish, a former mayor, died.", "Walt McTavish Dies", "Walt McTavish"),
        # a state or a past participle after the name says what became of someone
        ("Dalia Wenborne Dead at 81\n\nDalia Wenborne died on Sunday.", "Dalia Wenborne Dead", "Dalia Wenborne"),
        ("Dalia Wenborne Arrested in Leeds\n\nDalia Wenborne was held.", "Dalia Wenborne Arrested", "Dalia Wenborne"),
        ("Dalia Wenborne Jailed for Fraud\n\nDalia Wenborne was sentenced.", "Dalia Wenborne Jailed", "Dalia Wenborne"),
        # a noun after the name is a place or body named after the person, not a fate
        ("Dalia Wenborne Center Opens\n\nDalia Wenborne gave the land.", "Dalia Wenborne Center", "Dalia Wenborne Center"),
        ("Mayor Flips Wenborne Plan On Parks\n\nDalia Wenborne wrote the plan. Wenborne left.", "Flips Wenborne",
         "Wenborne"),
        ("Mayor Flips Wenborne Plan On Parks\n\nThe plan was hers.", "Flips Wenborne", "Flips Wenborne"),
        ("Singer Checks Into Desert Springs Clinic", "Checks Into Desert Springs Clinic", "Desert Springs Clinic"),
    ],
)
def test_name_kinds_headline_verbs_leave_the_name(text, words, kept):
    others = tuple((name, "PERSON") for name in ("Dalia Wenborne", "Walt McTavish") if f"\n\n{name}" in text)
    trimmed = without_headline_verbs(_span(text, words, others=others))
    assert trimmed is not None and trimmed.text == kept


@needs_wordnet
@pytest.mark.parametrize(
    "text,words,alone,kept",
    [
        # a word the article tags alone as a person is a name named without the headline's verb
        ("Senator Wenborne Overturns Park Rule\n\nSenator Wenborne spoke at noon.", "Wenborne Overturns",
         "Wenborne", "Wenborne"),
        ("Senator Wenborne Overturns Park Rule\n\nThe senator spoke at noon.", "Wenborne Overturns", None,
         "Wenborne Overturns"),
        # an adverb in "-ly" between the name and what became of it goes with the fate
        ("Wenborne Reportedly Freed After Talks\n\nDalia Wenborne was let go.", "Wenborne Reportedly Freed",
         "Dalia Wenborne", "Wenborne"),
        ("Wenborne Reportedly Freed After Talks\n\nNo one was let go.", "Wenborne Reportedly Freed", None,
         "Wenborne Reportedly Freed"),
    ],
)
def test_name_kinds_headline_verbs_after_a_name_written_alone(text, words, alone, kept):
    trimmed = without_headline_verbs(_span(text, words, others=((alone, "PERSON"),) if alone else ()))
    assert trimmed is not None and trimmed.text == kept


@needs_wordnet
def test_name_kinds_lone_headline_verb_is_no_name():
    assert without_headline_verbs(_span("Club Rehires Former Coach After Losing Season", "Rehires")) is None


@pytest.mark.parametrize(
    "text,words,label,others,no_name",
    [
        ("Markets opened Thu Jun 4 with small gains.", "Thu Jun", "DATE", (), True),
        ("The letter was signed by Dalia Wenborne, MD, on Friday.", "MD", "GPE", (("Dalia Wenborne", "PERSON"),), True),
        ("Mass was said by Msgr. Orrin Tapley at noon.", "Msgr", "GPE", (("Orrin Tapley", "PERSON"),), True),
        ("The bishop asked Msgr. Tapley to stay.", "Msgr", "GPE", (), True),
        ("She earned her MD degree in Ohio.", "MD", "GPE", (), True),
        ("The clinic moved to Rockville, MD, last year.", "MD", "GPE", (("Rockville", "GPE"),), False),
        ("The clinic moved to Rockville last year.", "Rockville", "GPE", (), False),
    ],
)
def test_name_kinds_calendar_words_and_degrees_are_no_names(text, words, label, others, no_name):
    assert is_calendar_or_degree(_span(text, words, label, others)) is no_name


@pytest.mark.parametrize(
    "text,words,no_name",
    [("Users of XB7 were told to update.", "XB7", True), ("The ship sailed to Tabora at dawn.", "Tabora", False),
     ("The storm reached 1999 levels.", "1999", False)],
)
def test_name_kinds_one_word_place_with_a_digit_is_no_place(text, words, no_name):
    from dossier.annotate.names import _versioned_place

    assert _versioned_place(_span(text, words, "GPE")) is no_name


@needs_wordnet
@pytest.mark.parametrize(
    "text,words,phrase",
    [
        ("Hornets Beat Owls 20-13 To Clinch Playoff Berth", "Playoff Berth", True),
        ("Woman Hurt In Crash, Driver Charged", "Driver Charged", True),
        ("Dalia Wenborne Wins Second Term\n\nDalia Wenborne was re-elected.", "Dalia Wenborne", False),
        ("Dario Venn was given a playoff berth.", "Dario Venn", False),
        ("Police in Leeds arrested Rose Baker on Monday.", "Rose Baker", False),
        ("Hornets Clinch Playoff Berth with 20-13 Win Over Owls", "Playoff Berth", True),
    ],
)
def test_name_kinds_headline_phrase_of_common_words(text, words, phrase):
    from dossier.annotate.name_kinds import is_headline_phrase

    assert is_headline_phrase(_span(text, words)) is phrase


@pytest.mark.parametrize(
    "tags,phrase",
    [(("NNP",) * 6 + ("VBN", "VBG", "JJ", "IN", "NNP"), True), (("NNP",) * 11, False)],
)
def test_name_kinds_a_whole_headline_with_its_verb_is_no_name(tags, phrase):
    from dossier.annotate.name_kinds import is_headline_phrase

    text = "Former Key Harbor Gang Boss Rival Found Hanging Dead In Brenmoor"
    span = _span(text, text, "ORG")
    for token, tag in zip(span, tags):
        token.tag_ = tag
    assert is_headline_phrase(span) is phrase


@needs_wordnet
@pytest.mark.parametrize(
    "text,words,phrase",
    [
        ("Fans hope Lena Ross returns for Burning Bridges next year.", "Burning Bridges", True),
        ("The premiere of Chasing Shadows drew a crowd.", "Chasing Shadows", True),
        ("Fielding Yost coached the team for years.", "Fielding Yost", False),
        ("Peyton Manning threw two passes.", "Peyton Manning", False),
    ],
)
def test_name_kinds_a_person_opening_with_a_gerund_is_a_phrase(text, words, phrase):
    from dossier.annotate.name_kinds import is_gerund_phrase

    assert is_gerund_phrase(_span(text, words)) is phrase


@needs_wordnet
@pytest.mark.parametrize(
    "word,kind",
    [("sheriff", True), ("comedian", True), ("novelist", True), ("economist", True), ("reporter", True),
     ("child", False), ("victim", False), ("witness", False),
     # WordNet's first sense of these names one person (a poet, a president): no title
     ("lindsay", False), ("lincoln", False)],
)
def test_name_kinds_person_noun_is_an_office_or_trade(word, kind):
    from dossier.annotate.name_words import person_noun

    assert person_noun(word) is kind
