"""Page furniture is a sentence of its own and no name (lines written for these tests).

A wire dateline glued to the lead became the lead's subject, and its weekday and day were read as a
person's name, to whom a later "he said" was given.
"""

from __future__ import annotations

import pytest

from dossier.models import Document

DATELINE_STORY = (
    "PORTVILLE | Wed Feb 7 , 2018 9:12 am EST PORTVILLE (Wire) - The port authority is close to "
    "closing the harbour , its chief engineer said on Wednesday .\n"
    "The storm had damaged two piers , he said .\n"
)
CREDIT_STORY = "Photograph : Jo Hart\\/Stock Images The dock workers walked out on Friday .\n"
ADDRESS_STORY = "http: / / www. example. com / 2018 / 02 / harbour - closes - after - storm /\nThe harbour closed.\n"
PLAIN_STORY = "Officials in Portville said on Wednesday the harbour would close , Mayor Ann Ruiz said .\n"


def _annotate(nlp, text):
    from dossier.annotate.pipeline import annotate

    return annotate(nlp, Document(doc_id="f", text=text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "furniture", "next_sentence"),
    [
        (DATELINE_STORY, "PORTVILLE | Wed Feb 7 , 2018 9:12 am EST PORTVILLE (Wire) -", "The port authority"),
        (CREDIT_STORY, "Photograph : Jo Hart\\/Stock Images", "The dock workers"),
        (ADDRESS_STORY, "http: / / www. example. com / 2018 / 02 / harbour - closes - after - storm /", "The harbour"),
    ],
)
def test_sentence_starts_furniture_is_a_sentence_of_its_own(nlp, text, furniture, next_sentence):
    sentences = [s.text.strip() for s in _annotate(nlp, text).sents]
    assert sentences[0] == furniture
    assert sentences[1].startswith(next_sentence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dateline's place and agency are names the article carries; its day and clock are not
        (DATELINE_STORY, {"PORTVILLE", "Wire"}),
        (CREDIT_STORY, set()),
        (ADDRESS_STORY, set()),
    ],
)
def test_sentence_starts_furniture_gives_no_name_but_its_place(nlp, text, names):
    doc = _annotate(nlp, text)
    end = next(iter(doc.sents)).end_char
    assert {n.text for n in doc._.dossier_names if n.start < end} <= names


@pytest.mark.slow
def test_sentence_starts_dateline_is_no_speaker(nlp):
    speakers = {q.speaker for q in _annotate(nlp, DATELINE_STORY)._.dossier_quotes}
    assert not any(s and ("Feb" in s or "Wed" in s or "PORTVILLE" in s) for s in speakers)


@pytest.mark.slow
def test_sentence_starts_prose_keeps_its_names(nlp):
    doc = _annotate(nlp, PLAIN_STORY)
    assert len(list(doc.sents)) == 1
    assert {"Portville", "Ann Ruiz"} <= {n.text for n in doc._.dossier_names}


NOTICE_STORY = (
    "The harbour reopened on Monday , the port authority said .\n"
    "Views expressed do not represent those of the Courier .\n"
)


@pytest.mark.slow
def test_sentence_starts_comment_notice_reports_no_words(nlp):
    # The outlet's notice on readers' comments is furniture: its verb is no cue of anyone's words,
    # while the article's own quote stays.
    quotes = _annotate(nlp, NOTICE_STORY)._.dossier_quotes
    assert [q.cue for q in quotes] == ["said"]


@pytest.mark.slow
def test_sentence_starts_lead_after_a_credit_keeps_its_subject(nlp):
    """After a photo credit the parser cut "Greece | and Turkey agreed": a lowercase word on the
    line of a word that ends no sentence starts none."""
    text = (
        "The foreign minister speaks to reporters at the harbour in Piraeus. Photograph: Jo Hart/Stock Images\n\n"
        "Greece and Turkey agreed to reopen the ferry line and swapped lists of stranded crews at a meeting in Athens on Monday.\n"
    )
    sentences = [s.text.strip() for s in _annotate(nlp, text).sents]
    assert sentences[-1].startswith("Greece and Turkey agreed")
    assert all(not s[0].islower() for s in sentences if s)


@pytest.mark.slow
def test_sentence_starts_full_stop_before_lowercase_still_splits(nlp):
    text = "The ferry left at dawn. iPhones were sold out by noon, the shop said.\n"
    sentences = [s.text.strip() for s in _annotate(nlp, text).sents]
    assert sentences == ["The ferry left at dawn.", "iPhones were sold out by noon, the shop said."]
