"""Shares of one candidate named more or less fully by different outlets are compared as one."""

from __future__ import annotations

from dossier.compare.candidate_names import candidate_roles


def test_candidate_names_shorter_name_reads_as_fuller():
    roles = {"vote_share@roe", "vote_share@ann roe", "vote_share@piet vandam", "vote_share@piet vandam smit",
             "turnout_percent"}
    mapping = candidate_roles(roles)
    assert mapping["vote_share@roe"] == "vote_share@ann roe"
    assert mapping["vote_share@piet vandam"] == "vote_share@piet vandam smit"
    assert mapping["turnout_percent"] == "turnout_percent"


def test_candidate_names_ambiguous_surname_stays_apart():
    mapping = candidate_roles({"vote_share@roe", "vote_share@ann roe", "vote_share@tom roe"})
    assert mapping["vote_share@roe"] == "vote_share@roe"


def _share(mid, doc_id, name, low, high):
    from dossier import models

    return models.EventMention(
        mention_id=mid, doc_id=doc_id, event_type=models.EventType.ELECTION, trigger="vote", trigger_start=0,
        trigger_end=4, sentence_index=0, sentence_start=0, sentence_end=10, sentence="s", date_value="2030-03-03",
        date_precision=models.Precision.DAY, date_source="sentence", status=models.EventStatus.HAPPENED,
        confidence=0.9, quantities=(models.EventQuantity(role=f"vote_share@{name}", text=f"{low}%", low=low, high=high,
                                                         start=0, end=1),))


def test_candidate_names_rival_shares_clash_on_one_event_and_an_approximate_one_agrees():
    from datetime import date

    from dossier import models
    from dossier.compare.discrepancies import find_discrepancies

    docs = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2030, 3, 5)) for d in "abc"}
    # the commission's "Roe 52.4%", the opposition's "30% for Ann Roe", and "about 31%" (28-34)
    mentions = [_share("m1", "a", "roe", 52.4, 52.4), _share("m2", "b", "ann roe", 30, 30),
                _share("m3", "c", "ann roe", 28, 34)]
    event = models.Event(event_id="e1", event_type=models.EventType.ELECTION, date_value="2030-03-03",
                         date_precision=models.Precision.DAY, location=None,
                         mention_ids=tuple(m.mention_id for m in mentions), doc_ids=("a", "b", "c"))
    found = find_discrepancies([event], {m.mention_id: m for m in mentions}, docs)
    assert [d.attribute for d in found] == ["count:vote_share@ann roe"]
    assert {v.value for v in found[0].values} == {"52.4", "30", "28-34"}
