"""Counts a sentence gives that are not of the trigger's happening, and police counted as police.

- Police are no military: "two plainclothes officers", "three policemen were hurt" count officers of
  the police. They are people of the kind ``police`` (``people@police``), like any other kind of
  person harmed (``people@firefighters``), so they are compared only with other counts of police
  and never with a whole toll or with soldiers. A bare "officers" is the police's when a police
  word stands in its sentence and no armed-forces word does ("Police said two officers were
  wounded"); an "army officer" stays military. No role of its own: compare already treats every
  ``people`` count as a count of harm, and a new role would need every stage to learn it.
- People taken into custody in a clause of their own ("the window was hit with bricks, and 46
  people were arrested") are the arrest's, never the count of an attack, a riot or a fire the
  sentence also tells.
- A count whose happening carries its own year far from the article's ("the 1968 flu killed 1-4
  million", "an epidemic of 1347 to 1351 killed 75 million") sizes that earlier happening, not
  what the article reports; it is left off unless the year is within a year of publication.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from dossier.extract.count_scope import counted_noun, is_harmed

# Heads that name officers of the police whatever modifies them.
POLICE_HEADS = frozenset({"policeman", "policemen", "policewoman", "policewomen", "constable", "constables",
                          "cop", "cops", "detective", "detectives", "patrolman", "patrolmen", "lawman", "lawmen"})
# Heads that are police only with a police word on them ("police officers", "sheriff's deputies").
RANK_HEADS = frozenset({"officer", "officers", "sergeant", "sergeants", "deputy", "deputies", "trooper", "troopers",
                        "agent", "agents", "lieutenant", "lieutenants", "captain", "captains", "inspector"})
POLICE_MARKS = frozenset({"police", "plainclothes", "plain-clothes", "plainclothesmen", "detective", "undercover",
                          "patrol", "traffic", "sheriff", "sheriff's", "nypd", "lapd", "state", "county",
                          "constabulary", "narcotics", "anti-crime", "swat", "riot", "transit", "highway"})
# Words of the armed forces: with one in the sentence, a bare "officers" is not read as police.
ARMED_MARKS = frozenset({"army", "military", "soldier", "soldiers", "troop", "troops", "navy", "naval", "marine",
                         "marines", "air", "force", "forces", "militant", "militants", "rebel", "rebels", "war"})
# Heads that count people only as officers of something; a plain "deputies" are lawmakers too.
BARE_RANK_HEADS = frozenset({"officer", "officers"})
POLICE_KIND = "police"
# Verbs of taking people into custody (their counted object or passive subject are detainees).
CUSTODY_VERBS = frozenset({"arrest", "detain", "apprehend", "jail", "imprison", "book", "handcuff", "nab", "round"})
YEAR = re.compile(r"^(\d{4})")
# A year written alone ("an epidemic of 1832", "1347 to 1351"), which the time tagger may leave out.
BARE_YEAR = re.compile(r"^(?:1[0-9]|20)\d{2}$")
NEAR_YEARS = 1
# Parts of a trigger's clause that are not its happening's own phrase: a year there dates the event
# ("In 2004, a flood killed ...") or another happening ("killed when it crashed ...").
ASIDE_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl", "ccomp", "conj", "parataxis", "relcl", "xcomp"})
# Words after which a year is a bound of a comparison, not the happening's own year.
BOUNDS = frozenset({"since", "before", "after", "until", "till", "than"})


def is_police(span: Span) -> bool:
    """Whether a number counts officers of the police (see the module docstring)."""
    noun = counted_noun(span)
    word = noun.lower_
    if word in POLICE_HEADS or noun.lemma_.lower() in POLICE_HEADS:
        return True
    if word not in RANK_HEADS:
        return False
    marks = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"}}
    marks |= {g.lower_ for c in noun.children if c.dep_ in {"compound", "poss"} for g in c.subtree}
    if marks & ARMED_MARKS:
        return False
    if marks & POLICE_MARKS:
        return True
    words = {t.lower_ for t in span.sent}
    return word in BARE_RANK_HEADS and bool(words & (POLICE_HEADS | {"police"})) and not words & ARMED_MARKS


def taken_into_custody(span: Span, trigger: Token) -> bool:
    """Whether a number counts people taken into custody by a verb other than the trigger ("the
    van was hit, and 46 people were arrested"): the arrest's count, not the trigger's."""
    noun = counted_noun(span)
    while noun.dep_ in {"conj", "appos"} and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    return noun.dep_ in {"dobj", "nsubjpass"} and verb.i != trigger.i and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in CUSTODY_VERBS and trigger.lemma_.lower() not in CUSTODY_VERBS


def of_an_earlier_year(span: Span, trigger: Token) -> bool:
    """Whether the number or its happening's phrase carries a year far from the article's
    ("the 1968 flu killed 1-4 million"): the count sizes that earlier happening.

    The phrases read are the number's own, the trigger's, and the subject of each verb from the
    trigger up its clause ("an epidemic of 1347 ... was one of the deadliest, killing 75 million");
    a year said of the whole sentence ("In 2004, ...") dates the event and is left to dating.
    """
    doc = span.doc
    published: date | None = getattr(doc._, "dossier_published", None)
    if published is None:
        return False
    adverbials = {t.i for c in trigger.children if c.dep_ in ASIDE_DEPS for t in c.subtree}
    tokens = {t.i for t in span.root.subtree} | ({t.i for t in trigger.subtree} - adverbials)
    tokens |= {t.i for t in counted_noun(span).subtree}
    verb = trigger
    for _ in range(3):
        tokens |= {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        if verb.dep_ not in {"advcl", "xcomp", "conj", "acl"} or verb.head.i == verb.i:
            break
        verb = verb.head
    sentence = span.sent  # every phrase read lies in the number's sentence (a parse never crosses one)
    tokens -= {t.i for bound in sentence if bound.lower_ in BOUNDS for t in bound.subtree}  # "the worst since 2001": a bound
    years = [int(t.text) for t in (doc[i] for i in tokens) if t.ent_type_ == "DATE" and BARE_YEAR.match(t.text)]
    for timex in doc._.dossier_timexes or ():  # "1968", "in May 1968", which the parser may not tag
        if timex.end <= sentence.start_char or timex.start >= sentence.end_char:
            continue
        year = YEAR.match(timex.value or "")
        span_of = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if year and span_of is not None and any(t.i in tokens for t in span_of):
            years.append(int(year.group(1)))
    return any(abs(year - published.year) > NEAR_YEARS for year in years)


def harmed_police(span: Span, whole: Token, fate: str | None) -> bool:
    """Whether counted police are harmed ("three officers were hurt", "60 people, including 12 police
    officers"), not the ones who act: the active subject of a verb with an object ("two officers
    shot the teenager") is the doer, whatever the verb."""
    noun = counted_noun(span)
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
    if noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for v in verbs for c in v.children):
        return False
    return bool(fate) or is_harmed(noun) or is_harmed(whole)


def is_arrester(noun: Token) -> bool:
    """Whether counted people are the active subject of a verb of custody ("two officers arrested
    him"): those who made the arrest, not those taken."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in CUSTODY_VERBS
