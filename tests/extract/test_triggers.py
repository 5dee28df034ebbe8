"""Trigger checks: lemma stems for a mislemmatized verb, and nouns of a state ("on alert")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier import models
from dossier.annotate.pipeline import annotate, build_nlp
from dossier.extract.eventive import lemma_forms
from dossier.extract.trigger_fit import object_heads
from dossier.extract.triggers import find_triggers


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [("staged", "stag", {"stag", "staged", "stage"}), ("held", "hold", {"hold", "held"}),
     ("rallies", "rally", {"rally", "rallies", "rallie"})],
)
def test_triggers_lemma_forms(word, lemma, expected):
    doc = Doc(spacy.blank("en").vocab, words=[word])
    doc[0].lemma_ = lemma
    assert lemma_forms(doc[0]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition"),
    [
        ("Troops remained on alert along the frontier.", "mobilize"),
        ("Nurses have been on strike since May.", "protest"),
        ("The mayor was put under investigation.", "investigate"),
        ("The union called off its strike.", "concede"),
        ("The general resigned on Friday.", "resign"),
        ("Officials refused to respond to the demand from the council.", "rejection"),
    ],
)
def test_triggers_frames_give_an_event(text, definition):
    doc = annotate(build_nlp(None), models.Document(doc_id="t", text=text))
    assert definition in {t.definition.name for sent in doc.sents for t in find_triggers(sent)}


def _definitions(nlp, text: str) -> set[str]:
    doc = annotate(nlp, models.Document(doc_id="t", text=text))
    return {t.definition.name for sent in doc.sents for t in find_triggers(sent)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition"),
    [
        # words of a PLOVER category
        ("Helicopters evacuated the injured from the valley.", "rescue"),
        ("Five hundred peacekeepers were deployed along the river.", "peacekeeping"),
        ("The republic opened its border to families fleeing the war.", "admit"),
        ("The government closed its borders with both neighbours.", "close-borders"),
        ("The ministry forced the aid agency out of the country.", "sanction"),
        ("The authorities expelled hundreds of migrants.", "expel-people"),
        ("Hackers defaced hundreds of government websites.", "coerce"),
        ("Riot police dispersed the marchers with tear gas.", "coerce"),
        ("The newspaper defied a ban on the opposition.", "defy"),
        ("Both armies violated the truce within hours.", "break-truce"),
        ("Police opened fire on the crowd.", "attack"),
        ("The regime restored press freedoms.", "ease-freedoms"),
        ("Humanitarian access to the camps has improved.", "humanitarian-access"),
        ("The two navies began ten days of war games.", "cooperate"),
        # frames
        ("The governor launched a mediation effort between the two clans.", "negotiation"),
        ("A relief operation began in the flooded province.", "aid"),
        ("An attempt to assassinate the mayor was foiled.", "attack"),
        ("A prisoner died as a result of torture.", "attack"),
        ("The negotiators returned to Vienna for talks.", "negotiation"),
        ("The council announced that it is prepared to impose a curfew.", "threaten"),
        ("The union is pushing hard for the council to approve the budget.", "demand"),
        ("Nurses from three charity groups donated and delivered medicine to the hospital.", "aid"),
        ("A weekly paper called Friday on readers to rally against the mayor.", "request"),
        ("The minister said the army will withdraw its troops.", "withdrawal"),
    ],
)
def test_triggers_category_words_and_frames(nlp, text, definition):
    assert definition in _definitions(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition"),
    [
        ("The garrison evacuated the town before dawn.", "rescue"),
        ("Police closed the road near the border.", "close-borders"),
        ("Workers opened the new bridge.", "admit"),
        ("Workers opened the new bridge.", "attack"),
        ("The crowd dispersed after an hour.", "coerce"),
        ("Rebels hacked the villagers to death.", "coerce"),
        ("Security forces violated the rights of detainees.", "defy"),
        ("The peacekeeping mission sent a letter to the council.", "peacekeeping"),
        ("The ministry forced the aid agency out of the country.", "expel-people"),
        ("The election campaign began on Monday.", "election"),
        ("The army is preparing a military operation.", "attack"),
        ("The swap was the only result of the talks in Geneva.", "negotiation"),
        ("The minister said the army will withdraw its troops.", "threaten"),
    ],
)
def test_triggers_frame_checks_refuse(nlp, text, definition):
    assert definition not in _definitions(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [("Soldiers drove out hundreds of villagers.", {"villager", "villagers"}),
     ("The guards expelled the miners and their families.", {"miner", "miners", "family", "families"})],
)
def test_triggers_object_heads_look_through_partitives_and_conjuncts(nlp, text, expected):
    doc = annotate(nlp, models.Document(doc_id="t", text=text))
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert expected <= object_heads(verb)


# --- politics: words with an everyday second sense (dossier.extract.idioms) ---------------------------

T = models.EventType


def _pairs(extract, text: str) -> list[tuple[models.EventType, str]]:
    return [(m.event_type, m.trigger) for m in extract(text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a survey: no election
        ("New polls released on Sunday showed the senator taking a lead in the state.", []),
        ("A new poll found on Monday that the governor trails by six points.", []),
        ("The governor leads in the polls in three states, figures showed on Monday.", []),
        ("An opinion poll published on Monday put the mayor ahead.", []),
        # voting
        ("Voters went to the polls on Sunday.", [(T.ELECTION, "polls")]),
        ("Polls opened at 7 a.m. on Tuesday.", [(T.ELECTION, "Polls")]),
        ("Polls closed at 8 p.m. in most of the state.", [(T.ELECTION, "Polls")]),
        ("The referendum was held on Sunday.", [(T.ELECTION, "referendum")]),
        ("Residents voted on Sunday in the local election.", [(T.ELECTION, "voted")]),
    ],
)
def test_triggers_polls_are_elections_only_where_people_vote(extract, text, expected):
    assert _pairs(extract, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a politician's or a campaign's rally: OTHER, kept for the timeline
        ("At a rally in Dover on Monday, the senator endorsed the governor.",
         [(T.OTHER, "rally"), (T.STATEMENT, "endorsed")]),
        ("The candidate held a rally in Salem on Monday.", [(T.OTHER, "rally")]),
        ("On Monday the governor spoke at a campaign rally in Salem.", [(T.OTHER, "rally")]),
        ("Her rally in Salem drew thousands on Monday.", [(T.OTHER, "rally")]),
        # rallies of protesters
        ("Thousands rallied against the ban on Monday.", [(T.PROTEST, "rallied")]),
        ("On Monday activists held a rally against the ban in Salem.", [(T.PROTEST, "rally")]),
        ("On Monday the senator held a rally against the ban in Salem.", [(T.PROTEST, "rally")]),
        # gathering backing, and markets
        ("The speaker rallied the party behind the bill on Monday.", []),
        ("Senators rallied behind the nominee on Monday.", []),
        ("Donors rallied around the governor on Monday.", []),
        ("The senator rallied support for the measure on Monday.", []),
        ("Stocks rallied on Monday.", []),
    ],
)
def test_triggers_campaign_rallies_are_no_protests(extract, text, expected):
    assert _pairs(extract, text) == expected


@pytest.mark.slow
def test_triggers_rally_to_protest_stays_a_protest(nlp):
    names = _definitions(nlp, "On Monday students held a rally to protest the new law.")
    assert "protest" in names and "campaign" not in names


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senators voted against the package on Monday.", [(T.OTHER, "voted")]),
        ("The house voted for the amendment on Tuesday.", [(T.OTHER, "voted")]),
        ("The council voted down the resolution on Monday.", [(T.OTHER, "voted")]),
        ("Senators voted 52-48 on Monday to block the bill.", [(T.OTHER, "voted")]),
        ("The Senate vote on the package failed on Monday.", [(T.OTHER, "vote")]),
        ("The governor signed the bill on Monday.", [(T.OTHER, "signed")]),
        ("The president signed an executive order on Monday.", [(T.OTHER, "signed")]),
        ("The two countries signed a trade agreement on Monday.", [(T.AGREEMENT, "signed")]),
        ("The senator accepted the nomination on Thursday.", []),
        ("Senators blocked a funding package on Monday.", [(T.OTHER, "blocked")]),
        ("The minority blocked the nomination on Tuesday.", [(T.OTHER, "blocked")]),
        ("Protesters blocked the road to the airport on Monday.", [(T.PROTEST, "blocked")]),
        ("Demonstrators blocked the entrance of the ministry on Monday.", [(T.PROTEST, "blocked")]),
    ],
)
def test_triggers_legislative_acts_are_no_elections_accords_or_protests(extract, text, expected):
    assert _pairs(extract, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court struck down the law on Monday.", []),
        ("The judges struck down the ban on Friday.", []),
        ("Missiles struck the town on Monday.", [(T.ATTACK, "struck")]),
        ("The governor shot back on Monday.", []),
        ("The governor shot back that the report was false.", []),
        ("Police shot back at the gunmen on Monday.", [(T.ATTACK, "shot")]),
        ("Police shot two men on Monday.", [(T.ATTACK, "shot")]),
        ("The crowd erupted in laughter on Monday.", []),
        ("The audience erupted into cheers on Monday.", []),
        ("Trump erupted in laughter on Monday.", []),
        ("The volcano erupted on Monday.", [(T.DISASTER, "erupted")]),
        ("Mount Merapi erupted on Monday.", [(T.DISASTER, "erupted")]),
        ("Fighting erupted in the north on Monday.", [(T.ATTACK, "Fighting")]),
        # a battle in an arena of words, votes or lawsuits is fought without force
        ("The mayor's legal battle with the council ended on Monday.", []),
        ("The budget fight in parliament ended on Monday.", []),
        ("A political clash over the tariffs flared on Monday.", []),
        ("A fierce battle for the bridge raged on Monday.", [(T.ATTACK, "battle")]),
        # courting an audience asks nothing; talk in general is no round of talks
        ("The governor kept appealing to voters on Monday.", []),
        ("The mayor appealed to residents to stay indoors on Monday.", [(T.REQUEST, "appealed")]),
        ("The minister appealed to donors for money on Monday.", [(T.REQUEST, "appealed")]),
        ("On Monday the envoy held a talk with his counterpart.", [(T.NEGOTIATION, "talk")]),
        ("Talk is cheap, the senator said on Monday.", [(T.STATEMENT, "said")]),
        # showing, falling, offering nothing, a phone call, a poll's answers, a reception
        ("The mayor demonstrated her skill as a negotiator on Monday.", []),
        ("Thousands demonstrated in the capital on Monday.", [(T.PROTEST, "demonstrated")]),
        ("The governor's approval rating declined on Monday.", []),
        ("The governor offered no proof on Monday.", []),
        ("The governor called the mayor on Monday.", []),
        ("The council called on the governor to resign on Monday.", [(T.REQUEST, "called")]),
        ("Only 52 percent of voters agreed on Monday.", []),
        ("The plan was met with opposition on Monday.", []),
        ("The envoys met in the capital on Monday.", [(T.MEETING, "met")]),
        # how or whether one votes is no vote held
        ("Editorials cannot tell readers how to vote, the editor wrote on Monday.", []),
        ("Residents voted in the referendum on Monday.", [(T.ELECTION, "voted")]),
        # a staged debate is candidates meeting; a dispute is not
        ("The presidential debate was held in the city hall on Monday.", [(T.MEETING, "debate")]),
        ("A debate between the two candidates took place on Monday.", [(T.MEETING, "debate")]),
        ("The debate over the harbour tariffs raged on Monday.", []),
    ],
)
def test_triggers_idioms_of_force_are_no_attacks(extract, text, expected):
    assert _pairs(extract, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her mind is shot, the senator said on Monday.", [(T.STATEMENT, "said")]),
        ("Two men were shot in the market on Monday.", [(T.ATTACK, "shot")]),
    ],
)
def test_triggers_shot_passive_needs_a_target_of_force(extract, text, expected):
    from dossier.annotate import wordnet

    if not wordnet.available():
        pytest.skip("WordNet is absent (/usr/share/wordnet): the subject's sense cannot be read")
    assert _pairs(extract, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "expected"),
    [("WORK_OF_ART", []), ("ORG", []), ("PRODUCT", []), ("EVENT", ["attack"])],
)
def test_triggers_words_inside_names_of_things_are_no_triggers(nlp, label, expected):
    from spacy.tokens import Span

    doc = annotate(nlp, models.Document(doc_id="t", text='"The Attack" premiered in Cannes on Monday.'))
    doc.ents = [Span(doc, 1, 3, label=label)]
    assert [t.definition.name for sent in doc.sents for t in find_triggers(sent)] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The Attack" premiered in Cannes on Monday.', []),
        ("The Iran nuclear deal took effect on Monday.", [(T.AGREEMENT, "deal")]),
    ],
)
def test_triggers_names_of_things_in_text(extract, text, expected):
    assert _pairs(extract, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump asked.", []),
        ('"Who paid for it?" she asked on Monday.', []),
        ("She asked on Monday whether the money was spent.", []),
        ("The senator asked for a recount on Monday.", [(T.REQUEST, "asked")]),
        ("The mayor asked the council to delay the vote on Monday.", [(T.REQUEST, "asked")]),
        ("On Monday the senator asked that the court delay the vote.", [(T.REQUEST, "asked")]),
    ],
)
def test_triggers_bare_ask_is_a_question(extract, text, expected):
    assert _pairs(extract, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause describes an argument without being one
        ("The climber was returned to the hut, where he was declared dead.", False),
        ("The bodies of the two soldiers were returned to their families.", True),
    ],
)
def test_triggers_relative_clause_is_no_argument(nlp, text, expected):
    assert ("remains_exchange" in _definitions(nlp, text)) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after "after" or "within hours of" is a report of its own, not the death's content
        ("The smuggler hanged himself in his cell hours after being arrested at the port.",
         [(T.DEATH, "hanged"), (T.ARREST, "arrested")]),
        ("The smuggler hanged himself within days of being detained.", [(T.DEATH, "hanged"), (T.ARREST, "detained")]),
        # a relative clause opened by "in which" tells a happening inside its noun
        ("It was the second police sweep in which 40 people were arrested.", [(T.ARREST, "arrested")]),
        # a plain relative clause on a person still describes them
        ("The hostages who were seized in May were freed on Monday.", [(T.RELEASE, "freed")]),
    ],
)
def test_triggers_reports_in_time_clauses_and_in_which_clauses_stand_alone(extract, text, expected):
    assert _pairs(extract, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "definition", "expected"),
    [
        ("The dockers' union voiced demands for a shorter week.", "demand", True),
        ("The envoy raised a demand for the return of the ships.", "demand", True),
        ("The mayor renewed her call for a truce in the valley.", "request", True),
        ("Farmers pressed their request for emergency credit.", "request", True),
        ("The clerk raised the list of names with the board.", "request", False),  # a list is handed, not voiced
        ("The panel discussed the demands of the strikers.", "demand", False),  # talked about, not uttered
    ],
)
def test_triggers_voicing_verbs_utter_demands_and_requests(nlp, text, definition, expected):
    assert (definition in _definitions(nlp, text)) is expected
