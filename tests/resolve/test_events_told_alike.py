"""An undated event joins the event of its family that its story's articles tell in kindred words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier import models
from dossier.resolve.events_told_alike import join_told_alike

from .reports import article_ties, arguments, event, report

T = models.EventType
HARBOUR = ("The coast guard captured nine smugglers who tried to board a grain freighter off Port Avel. The cutter "
           "Marisol chased their skiff for an hour before the crew surrendered. The smugglers will be handed to "
           "prosecutors in Port Avel, the coast guard said.")
HARBOUR_AGAIN = ("Nine smugglers were arrested by the coast guard after they tried to board a grain freighter off "
                 "Port Avel. The cutter Marisol chased their skiff for an hour. Prosecutors in Port Avel will "
                 "receive the smugglers, the coast guard said.")
HARBOUR_LATER = ("The coast guard said it had captured nine smugglers off Port Avel when the cutter Marisol caught "
                 "their skiff near a grain freighter. Prosecutors in Port Avel will charge the crew.")
MOUNTAIN = ("Rangers arrested four poachers in the Kessel hills after a week of tracking them through the pine "
            "forest. The poachers carried two rifles and snares, the park office said, and face heavy fines.")


def _report(mid, doc, sentence, trigger, *, day=None, kind=T.ARREST, count=None):
    """A report dated by its sentence when ``day`` is given, else by nothing at all."""
    quantities = ()
    if count is not None:
        quantities = (models.EventQuantity(role="people", text=str(count), low=count, high=count, start=0, end=1),)
    return report(mid, doc, sentence, trigger, event_type=kind, day=day, quantities=quantities)


def _captured(count=None):
    return event(_report("a1", "a", "The coast guard captured nine smugglers off Port Avel.", "captured", count=count),
                  _report("c1", "c", "The coast guard said it had captured nine smugglers off Port Avel.", "captured",
                          count=count))


def _arrested(*, doc="b", day=None, count=None, stored=False):
    return event(_report("b1", doc, "Nine smugglers were arrested by the coast guard off Port Avel.", "arrested",
                          day=day, count=count),
                  _report("b2", doc, "The smugglers were captured by the coast guard off Port Avel.", "captured",
                          day=day, count=count), stored=stored)


def test_events_told_alike_an_undated_event_joins_its_story_s_kindred_event():
    captured, arrested = _captured(), _arrested()
    join_told_alike([captured, arrested], article_ties({"a": HARBOUR, "b": HARBOUR_AGAIN, "c": HARBOUR_LATER}))
    assert sorted(m.mention_id for m in captured.mentions) == ["a1", "b1", "b2", "c1"]
    assert arrested.mentions == []


@pytest.mark.parametrize(
    ("arrested", "texts", "captured_count"),
    [
        # the arrest is told in an article of another story: rangers and poachers, not the coast guard
        (_arrested(), {"a": HARBOUR, "b": MOUNTAIN, "c": HARBOUR_LATER}, None),
        # one story, but the counts clash: two arrests
        (_arrested(count=4), {"a": HARBOUR, "b": HARBOUR_AGAIN, "c": HARBOUR_LATER}, 9),
        # an event with a day of its own is left to the dated rules
        (_arrested(day="2031-05-05"), {"a": HARBOUR, "b": HARBOUR_AGAIN, "c": HARBOUR_LATER}, None),
        # an event stored by an earlier batch keeps its id: it is not moved
        (_arrested(stored=True), {"a": HARBOUR, "b": HARBOUR_AGAIN, "c": HARBOUR_LATER}, None),
    ],
)
def test_events_told_alike_keeps_apart_without_one_story_and_no_veto(arrested, texts, captured_count):
    captured = _captured(count=captured_count)
    join_told_alike([captured, arrested], article_ties(texts))
    assert [m.mention_id for m in arrested.mentions] == ["b1", "b2"]


def test_events_told_alike_unrelated_words_stay_apart():
    captured = _captured()
    charged = event(_report("b1", "b", "Nine smugglers were charged by prosecutors in Port Avel.", "charged",
                             kind=T.ARREST))
    join_told_alike([captured, charged], article_ties({"a": HARBOUR, "b": HARBOUR_AGAIN, "c": HARBOUR_LATER}))
    assert [m.mention_id for m in charged.mentions] == ["b1"]


MOUNTAIN_AGAIN = ("Four poachers were held by rangers in the Kessel hills. They carried rifles and snares through "
                  "the pine forest, the park office said.")


@pytest.mark.parametrize("second_doc, joins", [("c", True), ("n", False)])
def test_events_told_alike_an_event_of_three_articles_needs_two_reading_like_the_story(second_doc, joins):
    told = event(_report("a1", "a", "The coast guard captured nine smugglers off Port Avel.", "captured"),
                 _report("x1", second_doc, "The coast guard said it had captured nine smugglers off Port Avel.",
                         "captured"),
                 _report("m1", "m", "Rangers captured four poachers in the Kessel hills.", "captured"))
    arrested = _arrested()
    arrested.add(_report("b3", "b", "Nine smugglers were captured by the coast guard off Port Avel.", "captured"))
    ties = article_ties({"a": HARBOUR, "b": HARBOUR_AGAIN, "c": HARBOUR_LATER, "m": MOUNTAIN, "n": MOUNTAIN_AGAIN})
    join_told_alike([told, arrested], ties)
    assert (len(arrested.mentions) == 6) is joins


# A short wire story of the smugglers' arrest: too few words in common with the others to read like them.
HARBOUR_WIRE = "Smugglers held. Officers detained a crew at sea overnight, officials said."


def _named(mid, doc, sentence, trigger, *, doer=None):
    """An undated report placed at Port Avel, its doer named when ``doer`` is given."""
    mention = _report(mid, doc, sentence, trigger)
    actors = arguments("actor", [doer]) if doer else ()
    return replace(mention, location="Port Avel", arguments=actors)


@pytest.mark.parametrize(("doer", "joins"), [("coast guard", True), ("navy", False), (None, False)])
def test_events_told_alike_an_undated_event_naming_the_undated_event_s_place_joins_it(doer, joins):
    # the wire article reads like no other, but its report names the place the undated event's reports
    # name and its doer; one naming another doer, or none where the event names its doer, may tell
    # another arrest at that place (two sub-topics' pirate captures in one gulf)
    captured = event(_named("a1", "a", "The coast guard captured nine smugglers off Port Avel.", "captured",
                            doer="coast guard"),
                     _named("c1", "c", "The coast guard said it had captured nine smugglers off Port Avel.",
                            "captured", doer="coast guard"))
    wire = event(_named("w1", "w", "Nine smugglers were captured off Port Avel.", "captured", doer=doer))
    join_told_alike([captured, wire], article_ties({"a": HARBOUR, "c": HARBOUR_LATER, "w": HARBOUR_WIRE}))
    assert (wire.mentions == []) is joins


def test_events_told_alike_a_named_place_does_not_join_an_event_with_a_day():
    captured = event(_named("a1", "a", "The coast guard captured nine smugglers off Port Avel.", "captured"))
    captured.add(replace(_named("c1", "c", "The coast guard said it had captured nine smugglers off Port Avel.",
                                "captured"), date_value="2031-05-05", date_source="sentence"))
    wire = event(_named("w1", "w", "Nine smugglers were captured off Port Avel.", "captured"))
    join_told_alike([captured, wire], article_ties({"a": HARBOUR, "c": HARBOUR_LATER, "w": HARBOUR_WIRE}))
    assert [m.mention_id for m in wire.mentions] == ["w1"]


def test_events_told_alike_a_place_parsed_as_a_party_or_only_in_the_sentence_is_the_place():
    # "at a Port Avel quay" is often parsed as a party, or not at all; a report of the same doer
    # there tells the undated event placed at Port Avel
    captured = event(_named("a1", "a", "The coast guard captured nine smugglers off Port Avel.", "captured"))
    party = event(replace(_report("w1", "w", "Nine smugglers were captured at a Port Avel quay.", "captured"),
                          arguments=arguments("participant", ["Port Avel"])))
    join_told_alike([captured, party], article_ties({"a": HARBOUR, "w": HARBOUR_WIRE}))
    assert party.mentions == []
    unparsed = event(_report("w2", "w", "Nine smugglers were captured at a Port Avel quay.", "captured"))
    join_told_alike([captured, unparsed], article_ties({"a": HARBOUR, "w": HARBOUR_WIRE}))
    assert unparsed.mentions == []


def test_events_told_alike_a_report_naming_only_another_party_does_not_join():
    # an offer to one player is made by several teams: the player named is no place, nor a doer
    captured = event(_named("a1", "a", "The coast guard captured nine smugglers off Port Avel.", "captured"))
    other = event(replace(_report("w1", "w", "Nine smugglers were captured, Elm Trading said.", "captured"),
                          arguments=arguments("participant", ["Elm Trading"])))
    join_told_alike([captured, other], article_ties({"a": HARBOUR, "w": HARBOUR_WIRE}))
    assert len(other.mentions) == 1


@pytest.mark.parametrize(("sentence", "joins"), [
    # the parse found no doer, but the sentence writes the event's doer in full: it names it
    ("The Port Avel Coast Guard on Sunday boarded a skiff and captured nine smugglers.", True),
    # a lone word the event's parse took for a doer ("Avel") is as often a place or a kind
    ("Nine smugglers were captured near Avel on Sunday.", False),
])
def test_events_told_alike_a_doer_written_in_an_unparsed_sentence_names_it(sentence, joins):
    captured = event(*(replace(_report(mid, doc, text, "captured"), arguments=arguments("actor", [doer]))
                       for mid, doc, text, doer in [
                           ("a1", "a", "The Port Avel Coast Guard captured nine smugglers.", "Port Avel Coast Guard"),
                           ("c1", "c", "Avel captured nine smugglers, officials said.", "Avel")]))
    wire = event(_report("w1", "w", sentence, "captured"))
    join_told_alike([captured, wire], article_ties({"a": HARBOUR, "c": HARBOUR_LATER, "w": HARBOUR_WIRE}))
    assert (wire.mentions == []) is joins


def test_events_told_alike_a_country_written_in_the_sentence_names_no_election():
    # "The parliament election is over in Borduria" may tell any of Borduria's elections
    vote = event(*(replace(_report(mid, doc, text, "election", kind=T.ELECTION),
                           arguments=arguments("actor", ["Republic of Borduria"], country=True))
                   for mid, doc, text in [("a1", "a", "The Republic of Borduria held its election on Sunday."),
                                          ("c1", "c", "The Republic of Borduria said its election went well.")]))
    wire = event(_report("w1", "w", "The parliament election is over in the Republic of Borduria.", "election",
                         kind=T.ELECTION))
    join_told_alike([vote, wire], article_ties({"a": HARBOUR, "c": HARBOUR_LATER, "w": HARBOUR_WIRE}))
    assert [m.mention_id for m in wire.mentions] == ["w1"]
