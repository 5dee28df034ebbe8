"""Reports told beside one happening in two articles' sentences are one circumstance of it."""

from __future__ import annotations

import pytest

from dossier import models
from dossier.resolve.events import resolve_events
from .reports import arguments

T = models.EventType
# Articles of different words, so that no tie of stories joins their undated reports by wording.
TEXTS = {"a": "Flames swept the old Harlow mill before dawn and crews fought them for hours.",
         "b": "Neighbours of the textile works described smoke over the river and a night of sirens.",
         "c": "A council spokesman listed road closures, bus diversions and a shelter for families."}
DOCS = {d: models.Document(doc_id=d, text=text, outlet=d.upper()) for d, text in TEXTS.items()}


def _mention(mid, doc, sentence, trigger, event_type, *, day=None, location=None, args=()):
    """A report in sentence 0 of its article: dated by its sentence when ``day`` is given, else undated."""
    start = sentence.index(trigger)
    return models.EventMention(
        mention_id=mid, doc_id=doc, event_type=event_type, trigger=trigger, trigger_start=start,
        trigger_end=start + len(trigger), sentence_index=0, sentence_start=0, sentence_end=len(sentence),
        sentence=sentence, date_value=day, date_precision=models.Precision.DAY,
        date_source="sentence" if day else "publication", status=models.EventStatus.HAPPENED, confidence=0.9,
        location=location, arguments=args,
    )


def _fire_and_arrest(mid, doc, sentence, fire, arrest, *, suspects=()):
    """A sentence telling the mill fire (dated, placed) and, beside it, an arrest with no day."""
    return [_mention(f"{mid}f", doc, sentence, fire, T.DISASTER, day="2031-05-02", location="Harlow"),
            _mention(f"{mid}r", doc, sentence, arrest, T.ARREST, args=arguments("target", suspects))]


def _groups(mentions):
    return sorted(sorted(e.mention_ids) for e in resolve_events(mentions, DOCS))


FIRST = "A man was arrested hours after the fire at the Harlow mill."


@pytest.mark.parametrize(
    ("second", "arrest", "merged"),
    [
        ("Police held a local man after the blaze at the mill, detaining him overnight.", "held", True),
        ("A second man was arrested after the blaze at the mill.", "arrested", False),  # one more arrest
    ],
)
def test_events_mates_a_circumstance_of_one_happening_told_twice_is_one(second, arrest, merged):
    mentions = _fire_and_arrest("a", "a", FIRST, "fire", "arrested")
    mentions += _fire_and_arrest("b", "b", second, "blaze", arrest)
    assert (["ar", "br"] in _groups(mentions)) is merged


def test_events_mates_other_suspects_named_stay_two_arrests():
    mentions = _fire_and_arrest("a", "a", "Vera Holm was arrested hours after the fire at the mill.", "fire",
                                "arrested", suspects=("Vera Holm",))
    mentions += _fire_and_arrest("b", "b", "Ian Stroud was arrested after the blaze at the mill.", "blaze",
                                 "arrested", suspects=("Ian Stroud",))
    assert ["ar", "br"] not in _groups(mentions)


def test_events_mates_what_one_speaker_said_is_no_anchor():
    # one spokesman's statements of a day are joined loosely: what each tells may be anything
    said = "a"
    mentions = [
        _mention("as", said, "The spokesman said a man was arrested.", "said", T.STATEMENT, day="2031-05-02",
                 args=arguments("actor", ("Tom Reyes",))),
        _mention("ar", said, "The spokesman said a man was arrested.", "arrested", T.ARREST),
        _mention("bs", "b", "The spokesman said police arrested a woman.", "said", T.STATEMENT, day="2031-05-02",
                 args=arguments("actor", ("Tom Reyes",))),
        _mention("br", "b", "The spokesman said police arrested a woman.", "arrested", T.ARREST),
    ]
    groups = _groups(mentions)
    assert ["as", "bs"] in groups and ["ar", "br"] not in groups
