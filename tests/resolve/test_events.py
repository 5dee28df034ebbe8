"""Event coreference across articles: what merges and what stays apart."""

from dataclasses import replace
from datetime import date

import pytest

from dossier import models
from dossier.resolve.events import resolve_events

from .reports import groups

DOCS = {d: models.Document(doc_id=d, text="x", outlet=d.upper(), published=date(2025, 6, 2)) for d in "abcd"}


def _m(mid, doc, event_type, date_value, *, precision=models.Precision.DAY, actors=(), targets=(), place=None,
       count=None, source="sentence"):
    # Each mention's trigger is its own made-up word, so the pair scorer (resolve.events_pairs)
    # sees unrelated words unless a test gives real ones.
    arguments = tuple(models.Argument(role="actor", text=a, canonical=a, start=0, end=1, country=a) for a in actors)
    arguments += tuple(models.Argument(role="target", text=t, canonical=t, start=0, end=1, country=t) for t in targets)
    quantities = ()
    if count:
        quantities = (models.EventQuantity(role="prisoners", text=str(count), low=count, high=count, start=0, end=1),)
    return models.EventMention(
        mention_id=mid, doc_id=doc, event_type=event_type, trigger=f"t{mid}", trigger_start=0, trigger_end=1,
        sentence_index=0, sentence_start=0, sentence_end=5, sentence=f"sentence {mid}", date_value=date_value,
        date_precision=precision, date_source=source, status=models.EventStatus.HAPPENED, confidence=0.9,
        arguments=arguments, quantities=quantities, location=place,
    )


def _groups(mentions):
    return groups(mentions, DOCS)


T = models.EventType


def test_events_same_type_date_and_place_merge_across_outlets():
    mentions = [_m("a1", "a", T.NEGOTIATION, "2025-06-02", place="Lake Palace"),
                _m("b1", "b", T.MEETING, "2025-06-02", place="Lake Palace")]
    assert _groups(mentions) == [["a1", "b1"]]


def test_events_different_days_stay_apart_without_a_shared_venue():
    mentions = [_m("a1", "a", T.NEGOTIATION, "2025-05-16"), _m("b1", "b", T.NEGOTIATION, "2025-06-02")]
    assert _groups(mentions) == [["a1"], ["b1"]]


def test_events_a_day_slip_at_the_same_venue_merges():
    mentions = [_m("a1", "a", T.NEGOTIATION, "2025-05-16", place="Lake Palace"),
                _m("b1", "b", T.NEGOTIATION, "2025-05-15", place="Lake Palace")]
    assert _groups(mentions) == [["a1", "b1"]]


@pytest.mark.parametrize(("actors", "merged"), [
    ((), False),  # two meetings in one city a day apart: many happen there each day
    (("Ruritania",), True),  # the same doer: one meeting that an outlet misdated
])
def test_events_a_day_slip_between_meetings_needs_shared_evidence(actors, merged):
    mentions = [replace(_m("a1", "a", T.MEETING, "2025-05-16", place="Port Lindo", actors=("Ruritania",)),
                        sentence="The president met his cabinet on Friday for a briefing on the flood."),
                replace(_m("b1", "b", T.MEETING, "2025-05-15", place="Port Lindo", actors=actors),
                        sentence="Thursday's meeting with the lenders showed their anger.")]
    assert (_groups(mentions) == [["a1", "b1"]]) is merged


def test_events_reversed_attacker_and_target_are_two_attacks():
    mentions = [_m("a1", "a", T.ATTACK, "2025-06-01", actors=("Ruritania",), targets=("Elbonia",)),
                _m("b1", "b", T.ATTACK, "2025-06-01", actors=("Elbonia",), targets=("Ruritania",))]
    assert _groups(mentions) == [["a1"], ["b1"]]


def test_events_a_span_of_days_and_one_day_inside_it_are_whole_and_part():
    mentions = [_m("a1", "a", T.PRISONER_EXCHANGE, "2025-05-23/2025-05-25", precision=models.Precision.RANGE),
                _m("b1", "b", T.PRISONER_EXCHANGE, "2025-05-23")]
    assert _groups(mentions) == [["a1"], ["b1"]]


def test_events_request_and_demand_stay_apart():
    mentions = [_m("a1", "a", T.REQUEST, "2025-05-16"), _m("a2", "a", T.DEMAND, "2025-05-16")]
    assert _groups(mentions) == [["a1"], ["a2"]]


def test_events_publication_dated_mentions_only_join_their_own_article():
    mentions = [_m("a1", "a", T.ATTACK, "2025-06-02"), _m("b1", "b", T.ATTACK, "2025-06-02", source="publication")]
    assert _groups(mentions) == [["a1"], ["b1"]]


def test_events_disjoint_counts_on_vague_dates_are_different_events():
    mentions = [_m("a1", "a", T.PRISONER_EXCHANGE, "2025-05", precision=models.Precision.MONTH, count=246),
                _m("b1", "b", T.PRISONER_EXCHANGE, "2025-05", precision=models.Precision.MONTH, count=390)]
    assert _groups(mentions) == [["a1"], ["b1"]]


def _said(mid, doc, event_type, date_value, sentence, trigger):
    start = sentence.index(trigger)
    return models.EventMention(
        mention_id=mid, doc_id=doc, event_type=event_type, trigger=trigger, trigger_start=start,
        trigger_end=start + len(trigger), sentence_index=0, sentence_start=0, sentence_end=len(sentence),
        sentence=sentence, date_value=date_value, date_precision=models.Precision.DAY, date_source="publication",
        status=models.EventStatus.HAPPENED, confidence=0.5,
    )


def test_events_undated_definite_mention_joins_the_latest_recent_event():
    mentions = [_m("a1", "a", T.NEGOTIATION, "2025-05-02"), _m("b1", "b", T.NEGOTIATION, "2025-05-16"),
                _said("c1", "c", T.NEGOTIATION, "2025-05-24", "The talks, hosted by a neighbour, went on.", "talks")]
    assert _groups(mentions) == [["a1"], ["b1", "c1"]]


def test_events_undated_indefinite_or_old_mentions_stay_alone():
    mentions = [_m("b1", "b", T.NEGOTIATION, "2025-03-01"),
                _said("c1", "c", T.NEGOTIATION, "2025-05-24", "The talks, hosted by a neighbour, went on.", "talks"),
                _said("d1", "d", T.NEGOTIATION, "2025-05-24", "New talks may follow soon.", "talks")]
    assert _groups(mentions) == [["b1"], ["c1"], ["d1"]]


def _vaguely_dated(mid, doc, sentence, date_value="2013", actors=(), event_type=T.STATEMENT):
    mention = _m(mid, doc, event_type, date_value, precision=models.Precision.YEAR, actors=actors)
    trigger = sentence.index("talks") if "talks" in sentence else 0
    return replace(mention, sentence=sentence, sentence_end=len(sentence), trigger_start=trigger,
                   trigger_end=trigger + 1)


def test_events_reports_dated_only_by_year_need_more_than_the_year_to_merge():
    mentions = [_vaguely_dated("a1", "a", "The governor declared in 2013 that the port would be rebuilt."),
                _vaguely_dated("b1", "b", "A rival party announced its boycott of the elections in 2013.")]
    assert _groups(mentions) == [["a1"], ["b1"]]


def test_events_year_dated_reports_merge_on_a_shared_participant_or_wording():
    shared = [_vaguely_dated("a1", "a", "Ruritania declared a state of emergency in 2013.", actors=("Ruritania",)),
              _vaguely_dated("b1", "b", "That year, Ruritania also spoke of sanctions.", actors=("Ruritania",))]
    worded = [_vaguely_dated("c1", "c", "The governor declared in 2013 that the port would be rebuilt."),
              _vaguely_dated("d1", "d", "In 2013 the governor declared that the port would be rebuilt.")]
    assert _groups(shared) == [["a1", "b1"]]
    assert _groups(worded) == [["c1", "d1"]]


def test_events_definite_talks_in_a_month_join_the_talks_of_that_month():
    mentions = [_m("a1", "a", T.NEGOTIATION, "2025-05-16"),
                _vaguely_dated("b1", "b", "The envoy left after the first round of talks in May.", date_value="2025-05",
                      event_type=T.NEGOTIATION)]
    assert _groups(mentions) == [["a1", "b1"]]


def test_events_undated_indefinite_report_joins_on_the_same_actor_or_exact_count():
    actor = (models.Argument(role="actor", text="Ruritania", canonical="Ruritania", start=0, end=9),)
    count = (models.EventQuantity(role="prisoners", text="300", low=300, high=300, start=0, end=3),)
    asked = replace(_said("c1", "c", T.REQUEST, "2025-05-17", "Ruritania also asked for a summit.", "asked"),
                    arguments=actor)
    agreed = replace(_said("d1", "d", T.AGREEMENT, "2025-05-17", "The sides agreed to free 300 each.", "agreed"),
                     quantities=count)
    stranger = _said("e1", "e", T.REQUEST, "2025-05-17", "A charity asked for more aid.", "asked")
    mentions = [_m("a1", "a", T.REQUEST, "2025-05-16", actors=("Ruritania",)),
                _m("b1", "b", T.AGREEMENT, "2025-05-16", count=300), asked, agreed, stranger]
    assert _groups(mentions) == [["a1", "c1"], ["b1", "d1"], ["e1"]]


def _about(mention, *keys):
    theme = models.Argument(role="theme", text="what", canonical=" ".join(sorted(keys)), start=0, end=4)
    return replace(mention, arguments=mention.arguments + (theme,))


def test_events_same_day_agreements_about_different_things_stay_apart():
    swap = _about(_m("a1", "a", T.AGREEMENT, "2025-05-16"), "people")
    truce = _about(_m("a2", "a", T.AGREEMENT, "2025-05-16"), "ceasefire", "documents")
    truce_elsewhere = _about(_m("b1", "b", T.AGREEMENT, "2025-05-16"), "ceasefire")
    untold = _m("c1", "c", T.AGREEMENT, "2025-05-16")
    groups = _groups([swap, truce, truce_elsewhere, untold])
    assert ["a2", "b1"] in groups
    assert not any({"a1", "a2"} <= set(group) for group in groups)
    assert sum("c1" in group for group in groups) == 1  # a report of no known theme still joins one of them


def test_events_undated_report_joins_the_event_it_shares_a_kind_of_theme_with():
    dated = _about(_m("a1", "a", T.AGREEMENT, "2025-05-16"), "ceasefire")
    undated = _about(_said("b1", "b", T.AGREEMENT, "2025-05-16", "The parties agreed to draft truce terms.", "agreed"),
                     "ceasefire", "documents")
    # A shared class of things ("documents") is not enough to tie an undated report to an event.
    papers = _about(_m("c1", "c", T.PROPOSAL, "2025-05-10"), "documents")
    handed = _about(_said("d1", "d", T.PROPOSAL, "2025-05-16", "The envoy handed over a memorandum.", "handed"),
                    "documents")
    assert _groups([dated, undated, papers, handed]) == [["a1", "b1"], ["c1"], ["d1"]]


def test_events_meetings_whose_party_lists_conflict_stay_apart():
    # Each report names a side the other leaves out: two meetings, even on one day at one venue.
    with_fourth = _m("a1", "a", T.MEETING, "2025-05-15", actors=("Avaria", "Borduria", "Carpania"), place="Lake Palace")
    with_other = _m("b1", "b", T.MEETING, "2025-05-15", actors=("Avaria", "Borduria", "Dalmania"), place="Lake Palace")
    # A shorter list is no conflict: it names only the sides its outlet cares about.
    shorter = _m("c1", "c", T.MEETING, "2025-05-15", actors=("Avaria", "Borduria"), place="Lake Palace")
    assert _groups([with_fourth, with_other, shorter]) in ([["a1", "c1"], ["b1"]], [["a1"], ["b1", "c1"]])


def test_events_a_broker_named_by_one_report_is_no_conflicting_party():
    host = replace(_m("a1", "a", T.NEGOTIATION, "2025-06-02", actors=("Avaria", "Borduria"), place="Lake Palace"),
                   arguments=(models.Argument(role="actor", text="Avaria", canonical="Avaria", start=0, end=1,
                                              country="Avaria"),
                              models.Argument(role="actor", text="Borduria", canonical="Borduria", start=0, end=1,
                                              country="Borduria"),
                              models.Argument(role="mediator", text="Carpania", canonical="Carpania", start=0, end=1,
                                              country="Carpania")))
    listed = _m("b1", "b", T.NEGOTIATION, "2025-06-02", actors=("Avaria", "Carpania", "Borduria"), place="Lake Palace")
    assert _groups([host, listed]) == [["a1", "b1"]]


def test_events_report_published_on_the_day_joins_an_event_sharing_any_theme_key():
    swap = _about(_m("a1", "a", T.AGREEMENT, "2025-06-02"), "people")
    same_day = _about(_said("b1", "b", T.AGREEMENT, "2025-06-02", "The envoy said they agreed to free the sick.",
                            "agreed"), "people")
    days_later = _about(_said("c1", "c", T.AGREEMENT, "2025-06-05", "They agreed to free the old.", "agreed"),
                        "people")
    assert _groups([swap, same_day, days_later]) == [["a1", "b1"], ["c1"]]


def test_events_report_misdated_by_a_day_joins_the_event_once_its_partners_are_placed():
    # a1 comes first and founds an event; b1 names no venue so cannot join it across the slip;
    # c1 joins b1. Once all are placed, a1 fits the larger event at the same venue.
    mentions = [_m("a1", "a", T.AGREEMENT, "2025-05-15", place="Lake Palace"),
                _m("b1", "b", T.AGREEMENT, "2025-05-16"),
                _m("c1", "c", T.AGREEMENT, "2025-05-16", place="Lake Palace")]
    assert _groups(mentions) == [["a1", "b1", "c1"]]


def test_events_second_chance_never_joins_a_report_to_an_undated_event():
    mentions = [_m("a1", "a", T.ATTACK, "2025-06-02"), _m("b1", "b", T.ATTACK, "2025-06-02", source="publication"),
                _m("b2", "b", T.ATTACK, "2025-06-02", source="publication")]
    assert _groups(mentions) == [["a1"], ["b1", "b2"]]


def test_events_statements_of_different_speakers_stay_apart():
    envoy = replace(_m("a1", "a", T.STATEMENT, "2025-W23", actors=("Envoy Lind",)),
                    date_precision=models.Precision.WEEK)
    president = _m("b1", "b", T.STATEMENT, "2025-06-06", actors=("President Oran",))
    same_speaker = _m("c1", "c", T.STATEMENT, "2025-06-06", actors=("President Oran",))
    assert _groups([envoy, president, same_speaker]) == [["a1"], ["b1", "c1"]]


def test_events_a_city_fits_the_fullest_place_the_event_is_given():
    # The first report names only the venue; a later one adds its city; a third names the city.
    mentions = [_m("a1", "a", T.NEGOTIATION, "2025-06-02", place="Lake Palace"),
                _m("b1", "b", T.NEGOTIATION, "2025-06-02", place="Lake Palace, Vienna"),
                _m("c1", "c", T.NEGOTIATION, "2025-06-02", place="Vienna")]
    assert _groups(mentions) == [["a1", "b1", "c1"]]


@pytest.mark.parametrize(
    ("second_keys", "second_day", "merged"),
    [
        ({"documents", "ceasefire"}, "2025-06-02", True),  # "swapped memorandums" / "exchanged documents"
        ({"ceasefire"}, "2025-06-02", False),  # nothing shared: two proposals of one day
        ({"documents"}, "2025-06-03", False),  # the next day's report may tell another exchange
    ],
)
def test_events_two_outlets_undated_reports_of_one_day_join_when_they_agree(second_keys, second_day, merged):
    first = _about(_m("a1", "a", T.PROPOSAL, "2025-06-02", source="publication"), "documents")
    second = _about(_m("b1", "b", T.PROPOSAL, second_day, source="publication"), *second_keys)
    assert (_groups([first, second]) == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(("actors", "merged"), [((), False), (("Ruritania",), True)])
def test_events_a_report_dated_only_by_its_week_needs_shared_evidence(actors, merged):
    day = replace(_m("a1", "a", T.MEETING, "2025-06-04", actors=("Ruritania",)),
                  sentence="Ruritania's envoy met the mayor of the port on Wednesday.")
    week = replace(_m("b1", "b", T.MEETING, "2025-W23", actors=actors), date_precision=models.Precision.WEEK,
                   sentence="Trade officials held a meeting in the capital last week about tariffs.")
    assert (_groups([day, week]) == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(("day", "merged"), [("2025-06-01", True), ("2025-02-25", False), ("2025-06-05", False)])
def test_events_a_dated_report_joins_a_stored_undated_event_only_if_it_came_shortly_before(day, merged):
    # A stored event known only by the day "b" reported it (2 June), and a new article dating one.
    undated = _m("b1", "b", T.ATTACK, "2025-06-02", actors=("Ruritania",), source="publication")
    stored = models.Event(event_id="evt_b", event_type=T.ATTACK, date_value=None, date_precision=models.Precision.DAY,
                          location=None, mention_ids=("b1",), doc_ids=("b",), family="attack")
    dated = _m("a1", "a", T.ATTACK, day, actors=("Ruritania",))
    events = resolve_events([dated], DOCS, existing=[(stored, [undated])])
    assert any(e.event_id == "evt_b" and "a1" in e.mention_ids for e in events) is merged


@pytest.mark.parametrize(("keys", "merged"), [(("ceasefire",), True), (("tariffs",), False)])
def test_events_the_order_of_arrival_does_not_decide_a_theme_shared_merge(keys, merged):
    # "b" reports an agreement on its publication day only; "a" dates an agreement on the same kind of thing.
    undated = replace(_about(_m("b1", "b", T.AGREEMENT, "2025-06-02", source="publication"), *keys),
                      sentence="Thirdly, both parties agreed to draft written proposals.")
    dated = replace(_about(_m("a1", "a", T.AGREEMENT, "2025-06-02"), "ceasefire"),
                    sentence="On Monday the envoys settled on a truce along the river.")
    stored = models.Event(event_id="evt_b", event_type=T.AGREEMENT, date_value=None,
                          date_precision=models.Precision.DAY, location=None, mention_ids=("b1",), doc_ids=("b",),
                          family="agreement")
    dated_first = _groups([dated, undated])
    arriving_later = resolve_events([dated], DOCS, existing=[(stored, [undated])])
    later_groups = [["a1", "b1"]] if any("a1" in e.mention_ids and "b1" in e.mention_ids for e in arriving_later) \
        else [["a1"], ["b1"]]
    assert dated_first == later_groups == ([["a1", "b1"]] if merged else [["a1"], ["b1"]])


@pytest.mark.parametrize(("published", "merged"), [("2025-05-17", True), ("2025-05-23", False)])
def test_events_a_shared_doer_ties_an_undated_report_only_within_a_day(published, merged):
    # In a story one leader does nearly everything: a week on, "Ruritania attacked ..." is another attack.
    actor = (models.Argument(role="actor", text="Ruritania", canonical="Ruritania", start=0, end=9),)
    later = replace(_said("c1", "c", T.ATTACK, published, "Ruritania attacked the border posts.", "attacked"),
                    arguments=actor)
    grouped = _groups([_m("a1", "a", T.ATTACK, "2025-05-16", actors=("Ruritania",)), later])
    assert (grouped == [["a1", "c1"]]) is merged


@pytest.mark.parametrize(("status", "merged"), [(models.EventStatus.HAPPENED, True),
                                                (models.EventStatus.PLANNED, False)])
def test_events_a_reference_back_is_to_a_past_event(status, merged):
    # "the talks" after talks of last week refers back; "before the talks" looks ahead to others.
    undated = replace(_said("c1", "c", T.NEGOTIATION, "2025-05-20", "They will decide before the talks.", "talks"),
                      status=status)
    grouped = _groups([_m("a1", "a", T.NEGOTIATION, "2025-05-16"), undated])
    assert (grouped == [["a1", "c1"]]) is merged


def test_events_independent_sources_are_outlets_and_copies_count_once():
    documents = {
        "a": models.Document(doc_id="a", text="x", outlet="Courier", published=date(2025, 6, 2)),
        "b": models.Document(doc_id="b", text="y", outlet="Courier", published=date(2025, 6, 2)),
        "c": models.Document(doc_id="c", text="z", outlet="Gazette", published=date(2025, 6, 2),
                             near_duplicate_of="a"),
        "d": models.Document(doc_id="d", text="w", published=date(2025, 6, 2)),
    }
    mentions = [_m(f"{d}1", d, T.NEGOTIATION, "2025-06-02", place="Lake Palace") for d in "abcd"]
    (event,) = resolve_events(mentions, documents)
    # Courier twice and a copy of Courier's article are one source; the article without an outlet another
    assert (event.doc_ids, event.independent_sources) == (("a", "b", "c", "d"), 2)


@pytest.mark.parametrize(("sentence", "trigger", "merged"), [
    ("The attack, hosted nowhere, was condemned.", "attack", True),  # "the attack": a reference back
    ("He condemned the assault that killed five guards.", "killed", False),  # "that" is a relative pronoun
])
def test_events_only_a_determiner_makes_a_reference_back(sentence, trigger, merged):
    undated = _said("c1", "c", T.ATTACK, "2025-05-24", sentence, trigger)
    grouped = _groups([_m("a1", "a", T.ATTACK, "2025-05-16"), undated])
    assert (grouped == [["a1", "c1"]]) is merged


@pytest.mark.parametrize(("event_type", "second", "merged"), [
    # statements, attacks and requests are many on one day: the day and type alone do not merge them
    (T.STATEMENT, {"sentence": "Lawmakers called the claim an insult on Friday."}, False),
    (T.ATTACK, {"sentence": "A man was shot dead in another city on Friday."}, False),
    # ... a shared doer or place does
    (T.STATEMENT, {"sentence": "The envoy told reporters on Friday that the plan stood.", "actors": ("Ruritania",)},
     True),
    (T.ATTACK, {"sentence": "Gunfire hit the harbour district on Friday.", "place": "Port Lindo"}, True),
    # talks are one a day in a story: the day and type suffice
    (T.NEGOTIATION, {"sentence": "Delegations sat down on Friday."}, True),
])
def test_events_types_many_a_day_need_more_than_the_day(event_type, second, merged):
    first = replace(_m("a1", "a", event_type, "2025-06-06", actors=("Ruritania",), place="Port Lindo"),
                    sentence="The president said on Friday that the harbour would reopen soon.")
    other = replace(_m("b1", "b", event_type, "2025-06-06", actors=second.get("actors", ()),
                       place=second.get("place")), sentence=second["sentence"])
    assert (_groups([first, other]) == [["a1", "b1"]]) is merged


@pytest.mark.parametrize(
    ("event_type", "sentence", "trigger", "joins"),
    [
        # "the spill" two months on is the spill of April; "the talks" then are not April's talks.
        (T.DISASTER, "Cleaning up after the spill will take years.", "spill", True),
        (T.DISASTER, "Shrimpers blame the Gulf oil spill for their losses.", "spill", True),
        (T.NEGOTIATION, "The talks, hosted by a neighbour, went on.", "talks", False),
        # An indefinite report is no reference back, however lasting its kind.
        (T.DISASTER, "A spill of that size would ruin the coast.", "spill", False),
    ],
)
def test_events_a_lasting_happening_is_referred_to_for_months(event_type, sentence, trigger, joins):
    dated = _m("a1", "a", event_type, "2025-04-20")
    later = _said("b1", "b", event_type, "2025-06-19", sentence, trigger)
    assert (_groups([dated, later]) == [["a1", "b1"]]) is joins


def test_events_a_determiner_of_the_subject_does_not_name_a_verb_trigger():
    # "The envoy handed": the determiner belongs to "envoy", so this is no "the handing-over".
    dated = _m("a1", "a", T.RELEASE, "2025-05-10")
    later = _said("b1", "b", T.RELEASE, "2025-05-16", "The envoy freed two sailors.", "freed")
    assert _groups([dated, later]) == [["a1"], ["b1"]]


@pytest.mark.parametrize(
    ("event_type", "joins"),
    [
        # In a story about a disaster every request is about it: the shared theme is no evidence.
        (T.REQUEST, False),
        # An agreement on a truce a week on is still the truce agreed (one of a kind a day).
        (T.AGREEMENT, True),
    ],
)
def test_events_a_theme_shared_over_days_ties_only_one_of_a_kind_events(event_type, joins):
    dated = _about(_m("a1", "a", event_type, "2025-05-10"), "ceasefire")
    later = _about(_said("b1", "b", event_type, "2025-05-17", "Senators asked for an inquiry into the truce.", "asked"),
                   "ceasefire")
    assert (_groups([dated, later]) == [["a1", "b1"]]) is joins


@pytest.mark.parametrize(
    ("second_actors", "joins"),
    [
        ((), False),  # "women were shot" and "airstrikes hit positions": two attacks of one report
        (("Avaria",), True),  # the same doer on the same day: one attack told twice
    ],
)
def test_events_one_article_s_attacks_of_a_day_need_shared_evidence(second_actors, joins):
    first = replace(_m("a1", "a", T.ATTACK, "2025-05-10", actors=("Avaria",)), trigger="shot", trigger_start=11,
                    trigger_end=15, sentence="Women were shot at the checkpoint near the old bridge.")
    second = replace(_m("a2", "a", T.ATTACK, "2025-05-10", actors=second_actors), trigger="thumped",
                     trigger_start=11, trigger_end=18,
                     sentence="Airstrikes thumped into positions on the eastern ridge.")
    assert (_groups([first, second]) == [["a1", "a2"]]) is joins


@pytest.mark.parametrize(
    ("sentence", "trigger", "place", "merged"),
    [
        ("The talks dragged on.", "talks", None, True),  # names nobody: may refer back
        ("The talks in Lakeside dragged on.", "talks", "Lakeside", True),  # the event's own place
        ("The talks in Port Vale dragged on.", "talks", "Port Vale", False),  # another place, nothing shared
    ],
)
def test_events_an_undated_reference_naming_other_places_is_no_reference(sentence, trigger, place, merged):
    undated = replace(_said("c1", "c", T.NEGOTIATION, "2025-05-20", sentence, trigger), location=place)
    grouped = _groups([_m("a1", "a", T.NEGOTIATION, "2025-05-16", place="Lakeside"), undated])
    assert (grouped == [["a1", "c1"]]) is merged


@pytest.mark.parametrize(
    ("trigger", "merged"),
    [("earthquake", True), ("quake", True), ("outbreak", False), ("explosion", False), ("killed", True),
     ("aftershock", False)],
)
def test_events_disasters_of_different_kinds_stay_apart(trigger, merged):
    # "the outbreak" weeks after an earthquake is no reference to it; a verb names no kind
    sentence = f"Officials spoke of the {trigger} again."
    undated = _said("c1", "c", T.DISASTER, "2025-05-30", sentence, trigger)
    quake = replace(_m("a1", "a", T.DISASTER, "2025-05-16"), trigger="earthquake")
    assert (_groups([quake, undated]) == [["a1", "c1"]]) is merged


def test_events_a_definite_undated_mention_joins_its_own_articles_earlier_event():
    # "after the quake" in a report whose lead dated the quake two days before publication
    dated = replace(_m("a1", "a", T.DISASTER, "2025-05-14"), trigger="quake")
    later = _said("a2", "a", T.DISASTER, "2025-05-16", "Crews kept digging after the quake.", "quake")
    other_day = _said("a3", "a", T.DISASTER, "2025-05-16", "A fresh quake shook the town.", "quake")
    assert _groups([dated, later, other_day]) == [["a1", "a2"], ["a3"]]


def test_events_a_disaster_dated_by_its_context_still_refers_back_by_its_definite_name():
    # "14 days after the quake": a date computed from the context, a day off the event's own
    quake = [replace(_m(f"{d}1", d, T.DISASTER, "2025-05-12"), trigger="quake") for d in "ab"]
    computed = replace(_said("c1", "c", T.DISASTER, "2025-05-13", "Rescuers worked 14 days after the quake.", "quake"),
                       date_source="document")
    assert _groups([*quake, computed]) == [["a1", "b1", "c1"]]


@pytest.mark.parametrize(
    ("sentence", "trigger", "merged"),
    [
        ("Many feared dead in Lakeland quake", "quake", True),  # a headline's place before the noun
        ("Many feared dead in a powerful quake", "quake", False),  # indefinite, naming nobody
    ],
)
def test_events_a_place_name_before_an_event_noun_names_the_known_event(sentence, trigger, merged):
    quake = [replace(_m(f"{d}1", d, T.DISASTER, "2025-05-12"), trigger="quake") for d in "ab"]
    headline = _said("c1", "c", T.DISASTER, "2025-05-13", sentence, trigger)
    assert (_groups([*quake, headline]) == [["a1", "b1", "c1"]]) is merged


def test_events_an_indefinite_report_of_a_disaster_joins_it_on_its_place_a_day_on():
    quake = [replace(_m(f"{d}1", d, T.DISASTER, "2025-05-12", place="Lakeland"), trigger="quake") for d in "ab"]
    report = replace(_said("c1", "c", T.DISASTER, "2025-05-13", "A powerful quake has hit Lakeland.", "quake"),
                     location="Lakeland")
    far = replace(_said("d1", "d", T.DISASTER, "2025-05-20", "A powerful quake has hit Lakeland.", "quake"),
                  location="Lakeland")
    assert _groups([*quake, report, far]) == [["a1", "b1", "c1"], ["d1"]]
