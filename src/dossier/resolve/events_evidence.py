"""What two reports must share to tell one happening: a doer, a name, a theme, a count, wording.

``events`` weighs where a report belongs (dates, places, scores); this module answers the
narrower questions it asks on the way. Does a report share its doer with an event's reports
(``shares_doer``; or a state on one side and a person of that state on the other:
``agent_of_doer_state``), name other parties or places than they do (``names_apart``), give the same
theme or exact count, or, on the same day, a name or a wording the fitted pair scorer finds alike
(``corroborates``)? Does it name a known event definitely ("the talks", "the Gulf oil spill":
``definite``, ``refers_back``; plurals, dates and a toll's subject as in ``event_naming``)? Kinds of event a story holds many of on a day (``MANY_A_DAY``)
need more of this than the others. Split from ``events`` with no change of behaviour.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from dossier import models
from dossier.extract.themes import theme_of
from dossier.resolve.entities import fold
from dossier.resolve.event_naming import event_noun_types, names_its_subject
from dossier.resolve.event_victims import key_parties
from dossier.resolve.events_pairs import pair_model_agrees
from dossier.resolve.events_rare import rare_undated
from dossier.resolve.events_sameday import shares_a_name

if TYPE_CHECKING:
    from dossier.resolve.events import Cluster

T = models.EventType
# Determiners of a reference back ("the talks"). Not "that": before a trigger it is nearly always a
# relative pronoun or a conjunction ("the assault that killed five", "said that talks resumed"),
# and "that meeting" is no event mention at all (see extract.eventive).
DETERMINERS = frozenset({"the", "these", "those", "this"})
SERIES_WORDS = frozenset({"first", "second", "third", "fourth", "last", "latest", "next", "previous", "recent",
                          "new", "final", "round", "rounds", "stage", "day", "part", "of"})
SIMILAR_WORDING = 70  # rapidfuzz token_sort_ratio of two sentences telling the same thing
# Words between a determiner and the trigger that keep a phrase a name of a known event ("the Gulf
# oil spill", "the Istanbul talks"): content words, not a clause or another phrase.
NOT_MODIFIERS = frozenset({"of", "that", "which", "who", "and", "or", "but", "to", "in", "on", "at", "for", "from",
                           "a", "an", "its", "their", "his", "her", "by", "with", "as", "is", "was", "are", "were"})
DOER_DAYS = 1  # a shared doer ties an undated report to an event reported at most a day apart
# Types a story holds many of on one day (statements, attacks, requests, votes): two articles'
# reports of one need more in common than their type and day, as talks, agreements and exchanges
# (one a day in a story) do not: a shared doer, place, theme, count, or wording. Three statements
# of one Friday by a French president, black lawmakers and a TV anchor are three statements. A
# capital sees many meetings a day (a cabinet briefing, a chief executive seeing lawmakers);
# rounds of talks stay one a day. So do a story's escape, robbery and outage: a heist told as "drove
# a car into the shop", "took the gems" and "the robbery" is one, and kept many a day it split one
# heist of a review story (ECB+ topic 24) into seven events.
MANY_A_DAY = frozenset({T.STATEMENT, T.ATTACK, T.REQUEST, T.DEMAND, T.REJECTION, T.PROPOSAL, T.OTHER,
                        T.ELECTION, T.PROTEST, T.MEETING, T.ARREST, T.TRIAL, T.AID, T.RESCUE, T.DEPLOYMENT,
                        # a club fires one coach and names another the same day; deaths are of people;
                        # a league plays many games a day
                        T.APPOINTMENT, T.DISMISSAL, T.RESIGNATION, T.DEATH, T.CONTEST,
                        # states take their nationals home, and hand others on, many a day
                        T.TRANSFER})
NO_NAMES: dict[str, str] = {}  # no cross-document name map: names compared as the articles write them
# Argument roles naming who or where, compared before an undated report may refer back to an event.
NAMING_ROLES = frozenset({"actor", "target", "participant", "mediator", "location"})
EVENT_TYPE_VALUES = frozenset(t.value for t in T)
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# What parts a written place into places: "97th Avenue, Richmond Hill", "High Street in Banstead".
PLACE_PARTS = re.compile(r",|\bin\b")
# Words of street and area names that name no place alone: "High Street" is in every British town.
STREET_WORDS = frozenset({"street", "st", "road", "rd", "avenue", "ave", "lane", "high", "main", "square",
                          "centre", "center", "town", "the"})
MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})


def shared_evidence(mention: models.EventMention, cluster: Cluster) -> bool:
    """Two reports dated only "in 2013" tell of one happening only if they share who did it or most
    of their wording, or one refers back to the other by a definite noun of its type ("the first
    round of talks in May"). A shared bystander is not enough: in a story about Syria, "Syria"
    takes part in every year's events."""
    if shares_doer(mention, cluster) or agent_of_doer_state(mention, cluster):
        return True
    if refers_back(mention) and mention.event_type in {m.event_type for m in cluster.mentions}:
        return True
    return max(fuzz.token_sort_ratio(mention.sentence, m.sentence) for m in cluster.mentions) >= SIMILAR_WORDING


def names_apart(mention: models.EventMention, cluster: Cluster, names: dict[str, str]) -> bool:
    """Whether an undated report names parties or places and the event names others, none shared:
    "the final visit to the telescope" is no reference to a ministers' meeting of that day, nor "the
    SARS outbreak, which began in China" to an outbreak in Mexico. A report naming nobody ("the
    talks") may still refer back. A name written inside another ("Somali pirates", "armed Somali
    pirates") is shared (``names_within``)."""
    ours = names_of(mention, names)
    theirs = cluster.named(names)
    if not ours or not theirs or ours & theirs or names_within(ours, theirs):
        return False
    # A street or building named with its town is in that town: the words show it, where a town
    # and its county ("Wellington", "Somerset") would need a gazetteer's guess.
    ours = places_of(mention, names)
    return not (ours and any(ours & places_of(m, names) for m in cluster.mentions))


def names_within(ours: set[str], theirs: set[str]) -> bool:
    """Whether a folded name of two words or more on one side is written inside one of the other's,
    word for word: a shorter or longer form of one name ("Dorrin Mill" and "the Dorrin Mill
    Creamery", "Somali pirates" and "armed Somali and Kenyan pirates"). One word in common is not
    enough: "York" is no part of "New York", nor "Egypt" of "Telecom Egypt". Words no name is known
    by alone (``STREET_WORDS``: "the", "High Street") are not counted."""
    split = [{frozenset(name.split()) - STREET_WORDS for name in side} for side in (ours, theirs)]
    return any(min(len(a), len(b)) >= 2 and (a <= b or b <= a) for a in split[0] for b in split[1])


def places_of(mention: models.EventMention, names: dict[str, str]) -> set[str]:
    """The places a mention names (its place and place arguments), each as the folded names its
    words give: "97th Avenue, Richmond Hill" is in "97th Avenue" and in "Richmond Hill", "High Street
    in Banstead" and "Banstead High Street" in "Banstead" (``PLACE_PARTS``, ``STREET_WORDS``)."""
    found = {a.canonical for a in mention.arguments if a.role == "location" and a.canonical}
    if mention.location:
        found.add(mention.location)
    parts = set()
    for place in found:
        for part in PLACE_PARTS.split(place):
            words = part.split()
            bare = [w for w in words if fold(w) not in STREET_WORDS]
            if not bare:
                continue  # "High Street" alone names no place
            parts.add(fold(names.get(fold(part), part)))
            if all(w[:1].isalpha() for w in bare):  # not "97th" of "97th Avenue": a number names no place
                parts.add(fold(" ".join(bare)))
    return parts - {""}


def names_of(mention: models.EventMention, names: dict[str, str]) -> set[str]:
    """Folded cross-document names, and countries, of the parties and places a mention names."""
    found = {fold(names.get(fold(a.canonical), a.canonical)) for a in mention.arguments
             if a.role in NAMING_ROLES and a.canonical}
    found |= {fold(a.country) for a in mention.arguments if a.role in NAMING_ROLES and a.country}
    if mention.location:
        found.add(fold(names.get(fold(mention.location), mention.location)))
    return found


def corroborates(mention: models.EventMention, cluster: Cluster, days_apart: int) -> bool:
    """Whether a mention names the event's theme ("agreed to ... a ceasefire") or an exact count
    the event's reports also give, or, reported within a day of it, its actor. Published on the
    day of the event itself, a report sharing only a class of things ("agreed on an exchange of
    wounded prisoners") corroborates too. A doer shared over a longer gap is no evidence: in a
    story one leader takes part in nearly everything ("Trump attacked Clinton" a week after
    "Trump's legal battle"). On the same day, a shared name (not a country) corroborates a report
    of a kind many a day, and the fitted pair scorer any report the rules above leave alone."""
    if days_apart <= DOER_DAYS and shares_doer(mention, cluster):
        return True
    if days_apart == 0 and mention.event_type in MANY_A_DAY and shares_a_name(mention, cluster):
        return True  # the same day's shooting of the same receptionist, at the same firm (events_sameday)
    if days_apart <= DOER_DAYS and mention.event_type not in MANY_A_DAY and (
            names_of(mention, NO_NAMES) & cluster.named(NO_NAMES) if not rare_undated(mention) else shares_a_name(mention, cluster)):
        return True  # "a powerful earthquake has hit Haiti", a day after; with no day, no country (events_rare)
    themes = _any_themes if days_apart == 0 else _event_themes
    # Nor is a shared theme, over days, for kinds of event a story holds many of: in a story about
    # a spill every request and statement is "about the spill".
    if (days_apart <= DOER_DAYS or mention.event_type not in MANY_A_DAY) \
            and themes(mention) & set().union(*(themes(m) for m in cluster.mentions)):
        return True
    counts = {count_key(q) for q in mention.quantities if q.low == q.high}
    if counts & {count_key(q) for m in cluster.mentions for q in m.quantities}:
        return True
    # "killed a worker", "the killing" (events_pairs); only on a known day: undated reports of one kind
    # from different places read alike to it (two shootings of two cities merged; stories then chained).
    # An article with no day that already tells the event in another report is no other place: its
    # "the blaze" is the fire its "flames tore through the mill" told. ECB+ build subset
    # (2026-11-24): such same-article pairs kept apart, scorer above 0.4, 16 gold-coreferent against
    # 2 not; CoNLL F1 0.732 -> 0.735, one topic moved (0.645 -> 0.663).
    if days_apart != 0 or mention.date_value is None and not any(m.doc_id == mention.doc_id for m in cluster.mentions):
        return False  # checked before the scorer, the costly part, and the article scan only when undated
    return pair_model_agrees(mention, cluster)


def _event_themes(mention: models.EventMention) -> frozenset[str]:
    """Theme keys that name a kind of event ("ceasefire", "withdrawal"): specific enough to tie an
    undated report to an event, where a class of things ("documents", "people") or the event's own
    type (a proposal "of a memorandum") is not."""
    return frozenset(key for key in theme_of(mention) if key in EVENT_TYPE_VALUES and key != mention.event_type.value)


def _any_themes(mention: models.EventMention) -> frozenset[str]:
    """Every theme key but the event's own type."""
    return theme_of(mention) - {mention.event_type.value}


def count_key(quantity: models.EventQuantity) -> tuple[str, float, float]:
    """"1,000 prisoners" and "1,000 for 1,000" count the same people: the role drops "each side"."""
    return quantity.role.removesuffix("_each_side"), quantity.low, quantity.high


def _words_before(mention: models.EventMention) -> list[str]:
    """The lower-cased words of the mention's sentence before its trigger."""
    return mention.sentence[: mention.trigger_start - mention.sentence_start].lower().split()


def definite(mention: models.EventMention) -> bool:
    """A definite name of an event: "the talks", "the spill", "the Gulf oil spill" (a determiner
    and, before an event noun, at most three modifying words)."""
    before = _words_before(mention)
    noun = bool(event_noun_types(mention.trigger))  # singular or plural: "the bombings" (event_naming)
    if _capitalised_before(mention) and noun:
        return True  # a headline's "Haiti quake", "Gulf spill": a place's name before an event noun
    if names_its_subject(mention):
        return True  # "The bombings at the embassies killed 200": the toll of a named happening
    reach = 5 if noun else 2  # "The envoy handed": no name
    for back in range(1, reach):
        if len(before) < back or before[-back] in NOT_MODIFIERS \
                or any(c.isdigit() for c in before[-back]) and not _names_a_day(before, back):
            return False
        if before[-back] in DETERMINERS:
            return True
    return False


def _names_a_day(before: list[str], back: int) -> bool:
    """Whether a number before an event noun is part of its date, "the Aug. 7 bombings" or "the
    1998 bombings", not its count ("the 12 hostages")."""
    word = before[-back].strip(".,")
    if YEAR.fullmatch(word):
        return True
    return word.isdigit() and len(before) > back and before[-back - 1].strip(".,")[:3] in MONTHS


def _capitalised_before(mention: models.EventMention) -> bool:
    """Whether the word right before the trigger is a name, not a sentence's first word."""
    head = mention.sentence[: mention.trigger_start - mention.sentence_start].rstrip()
    word_start = max(head.rfind(" "), head.rfind("\n")) + 1
    return word_start > 0 and head[word_start:][:1].isupper()


def refers_back(mention: models.EventMention) -> bool:
    """A definite noun phrase that points to a known event: "the talks", "the first round of talks",
    "the latest exchange" (a determiner followed only by words that place the event in a series)."""
    before = _words_before(mention)
    for back in range(1, 5):
        if len(before) >= back and before[-back] in DETERMINERS:
            return all(word in SERIES_WORDS for word in before[len(before) - back + 1:])
    return False


def same_day_news(mention: models.EventMention, cluster: Cluster) -> bool:
    """Two outlets' undated reports of one day ("swapped memorandums", "exchanged documents on a
    settlement") tell one happening when they were published that day and name the same actor,
    theme or count."""
    days = {m.date_value for m in cluster.mentions if m.date_source == "publication"}
    return mention.date_value in days and corroborates(mention, cluster, 0)


def same_place(a: str, b: str, names: dict[str, str]) -> bool:
    """Whether two place names are one place: the same canonical name, one inside the other, or a near spelling."""
    ca, cb = names.get(fold(a), a), names.get(fold(b), b)
    fa, fb = fold(ca), fold(cb)
    return fa == fb or fa in fb or fb in fa or fuzz.ratio(fa, fb) >= 85


def shares_doer(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether the report names a doer of the event's reports, or, for an attack, its victim
    (``event_victims``)."""
    return bool(key_parties(mention) & set().union(*(key_parties(m) for m in cluster.mentions)))


def agent_of_doer_state(mention: models.EventMention, cluster: Cluster) -> bool:
    """Whether one side's doer is a state and the other's a named person of that state: "Russia
    demanded" and "Mr Medinsky made demands" name one doer, the state and the envoy acting for it.
    Only a bare state on one side: two people of one country are two doers. No looser than
    ``shares_doer`` already is, which counts "Russia" on both sides as one doer."""
    our_states, our_agents = _doer_states(mention)
    if not our_states and not our_agents:
        return False
    theirs = [_doer_states(m) for m in cluster.mentions]
    states = set().union(*(side_states for side_states, _ in theirs))
    agents = set().union(*(side_agents for _, side_agents in theirs))
    return bool(our_states & agents or our_agents & states)


def _doer_states(mention: models.EventMention) -> tuple[set[str], set[str]]:
    """The states a report names as doers, and the states of the people it names as doers."""
    actors = [a for a in mention.arguments if a.role == "actor" and a.country]
    return ({a.country for a in actors if a.canonical == a.country},
            {a.country for a in actors if a.canonical != a.country})
