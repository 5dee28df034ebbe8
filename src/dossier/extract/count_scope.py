"""The part of a happening a count of people is restricted to: a place inside it or a group among them.

News gives the toll of a whole happening and, beside it, tolls of its parts: "80,000 died in the
capital alone", "20,000 outside the capital", "590 cases in one country and 226 in another", "85 of the
agency's staff", "seven Britons". A part's count is no rival of the whole's, so ``quantity_roles``
writes the part into the role (``ROLE@SCOPE``, see there) and outlets are compared part to part.

A place restricts a count when:
- "alone"/"only" marks it, or it is "outside"/"beyond" a place ("outside the capital");
- the sentence gives several counts and names several places (a breakdown by place).
A place phrase without either ("killed 200,000 people in the country") is read as the event's own
place, which is no scope, and so is a place the trigger itself is located at ("the quake in X killed
N people in X"). A group restricts a count when the counted noun names members of a body or state
("peacekeepers", "staff", "nationals"), an occupation a modifier narrows ("aid workers"; bare, "11
workers" are often all the victims), or a nationality or an organisation modifies or is it ("British
nationals", "UN staff", "Britons"), unless the nationality is that of the event's own place (where
the trigger is, or the country the article names most: "200,000 Haitians" in a report on a quake
there). People "from" an organisation or a body ("from its peacekeeping mission") are a group too.

Known limits: a place named only by the event's location elsewhere in the article is not known here,
so "N people in X" with X another place than the event's, alone in its sentence, stays unscoped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token
from unidecode import unidecode

from dossier.annotate.gazetteer import country_of, is_demonym, is_seat
from dossier.extract.table_lines import table_heading
from dossier.extract.word_classes import ILLNESS_NOUNS

# Nouns that name a place by kind when no name is given ("in the capital", "in the town").
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "area",
                         "state", "county", "island", "camp", "neighbourhood", "neighborhood", "suburb", "slum",
                         "department", "prefecture", "municipality", "hospital", "prison", "school"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ILLNESS_WORDS = ILLNESS_NOUNS - {"outbreak", "epidemic", "pandemic", "infection"} | {"swine"}  # an illness named
# Prepositions putting a count in a place; "outside"/"beyond" put it in the rest of the whole.
IN_PREPS = frozenset({"in", "at", "inside", "within"})
OUT_PREPS = frozenset({"outside", "beyond"})
RESTRICTORS = frozenset({"alone", "only"})
PART_PREPS = frozenset({"of", "among"})
# People counted by the body or state they belong to: always a part of the people a happening harmed.
MEMBER_NOUNS = frozenset({
    "peacekeeper", "peacekeepers", "staff", "staffer", "staffers", "employee", "employees", "national",
    "nationals", "citizen", "citizens", "expatriate", "expatriates", "diplomat", "diplomats", "missionary",
    "missionaries"})
# People counted by what they do: a part only when a modifier narrows them ("aid workers", "UN
# doctors"); bare, they are often all the victims ("the blast killed 11 workers").
OCCUPATION_NOUNS = frozenset({
    "worker", "workers", "tourist", "tourists", "journalist", "journalists", "reporter", "reporters",
    "volunteer", "volunteers", "doctor", "doctors", "nurse", "nurses", "student", "students", "teacher",
    "teachers", "priest", "priests", "nun", "nuns", "official", "officials", "policeman", "policemen",
    "officer", "officers", "firefighter", "firefighters", "pilgrim", "pilgrims"})
# Nouns that count people of any kind; a nationality on them is the group ("British people").
ANY_PEOPLE = frozenset({"people", "persons", "person", "individuals", "residents", "victims"})
GROUP_LABELS = frozenset({"NORP", "ORG"})
# What befalls the people of a group count in a harmful happening ("85 UN staff were killed", "14
# peacekeepers died", "seven Britons are missing"); a group safe, sent or present is no count of it.
HARM_WORDS = frozenset({"kill", "killed", "die", "dead", "injure", "injured", "wound", "wounded", "hurt", "lose",
                        "miss", "missing", "bury", "buried", "trap", "trapped", "homeless", "displace", "displaced",
                        "perish", "drown", "unaccounted", "murder", "murdered", "slay", "slain", "massacre",
                        "massacred"})
# Bodies people are counted from ("100 people from its peacekeeping mission").
BODY_NOUNS = frozenset({"mission", "force", "forces", "contingent", "staff", "team", "agency", "embassy", "crew",
                        "organisation", "organization", "company", "delegation"})
# Adverbs saying where most of a count lies, not that the count is of that place alone.
SPREAD_OVER = frozenset({"mostly", "mainly", "largely", "chiefly", "predominantly", "primarily", "principally",
                         "overwhelmingly"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Words by which a count spans the world rather than one country ("cases worldwide", "in 20 countries").
WORLD_WORDS = frozenset({"worldwide", "globally", "global", "world", "world's", "internationally"})


def count_scope(span: Span, trigger: Token, several: bool, carrier: Token | None = None) -> str | None:
    """The place or group a count of people is restricted to, folded for comparison.

    Args:
        span: the number's span.
        trigger: the event's trigger token.
        several: whether its sentence gives more than one count.
        carrier: a noun stating the count apart from the number, whose place phrases restrict it
            too ("the toll in the capital alone rose to N": the toll word, see ``tolls``).

    Returns:
        The scope ("capital", "outside capital", "port-au-prince", "un staff", "united kingdom
        nationals") or None when the count is of the whole happening.
    """
    heading = table_heading(span.sent)
    if heading is not None:
        return scope_form(heading)  # "GHANA:" above "Total dead: 38"
    noun = counted_noun(span)
    return _group_scope(noun, trigger) or _place_scope(span, noun, trigger, several, carrier)


def is_group(noun: Token) -> bool:
    """Whether a counted noun names a group of people narrower than "people" (``MEMBER_NOUNS``, an
    occupation a modifier narrows, a nationality)."""
    words = {noun.lower_, noun.lemma_.lower()}
    if words & MEMBER_NOUNS or _nationality(noun) is not None:
        return True
    return bool(words & OCCUPATION_NOUNS) and bool(_modifiers(noun))


def is_harmed(noun: Token) -> bool:
    """Whether a counted noun is said to be harmed: the subject or object of a verb of harm, or
    said to be dead, missing or homeless (see ``HARM_WORDS``)."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in {"acl", "amod"}}
    while noun.dep_ in {"conj", "appos"} and noun.head.i != noun.i:  # "killed 3 X and 200 Y"
        noun = noun.head
    head = noun.head
    words |= {head.lemma_.lower(), head.lower_}
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:  # "are missing", "were confirmed killed"
        words |= {c.lemma_.lower() for c in head.children if c.dep_ in {"acomp", "xcomp", "oprd", "ccomp"}}
        words |= {c.lower_ for c in head.children if c.dep_ in {"acomp", "xcomp", "oprd"}}
    return bool(words & HARM_WORDS)


def _modifiers(noun: Token) -> list[Token]:
    """Words before a counted noun that narrow it: a name, a nationality or a noun ("UN", "aid")."""
    return [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i and not c.like_num
            and (c.ent_type_ in GROUP_LABELS or is_demonym(c.text) or c.pos_ in {"NOUN", "PROPN"})]


def counted_noun(span: Span) -> Token:
    """The noun a number counts: up from "1.5" through "million" to "people"."""
    token = span.root
    while token.dep_ in {"nummod", "quantmod", "compound", "amod", "advmod"} and token.head.i != token.i:
        token = token.head
    return token


def scope_form(text: str) -> str:
    """Lower-case, accents and curly quotes folded, spaces squeezed: the form a scope is compared in."""
    return " ".join(unidecode(text).lower().replace("'s", "").split())


def _group_scope(noun: Token, trigger: Token) -> str | None:
    own = _own_countries(trigger)
    nationality = _nationality(noun)
    if nationality is not None:
        if nationality in own:
            return None
        return f"{scope_form(nationality)} nationals" if country_of(nationality) else scope_form(nationality)
    modifiers = _modifiers(noun)
    named = [c for c in modifiers if c.ent_type_ in GROUP_LABELS or is_demonym(c.text)]
    for modifier in named:
        country = country_of(modifier.text) if is_demonym(modifier.text) else None
        if country is not None and country in own:
            return None
    if noun.lower_ in ANY_PEOPLE or noun.lemma_.lower() in ANY_PEOPLE:
        if not named:
            return _body_scope(noun)
        return " ".join(scope_form(country_of(m.text) or m.text) + (" nationals" if country_of(m.text) else "")
                        for m in named[:1])
    if not is_group(noun):
        return None
    left = min((t.i for m in modifiers for t in (*m.subtree, *_entity_of(m))), default=noun.i)  # "Red Cross workers"
    words = [t.text for t in noun.doc[left: noun.i + 1] if t.dep_ not in {"det", "case", "punct"} and not t.like_num]
    return scope_form(" ".join(words))


def _entity_of(token: Token) -> tuple[Token, ...]:
    """The tokens of the named entity a token is in ("United Nations" for "Nations"), else none."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return tuple(t for t in ent if t.lower_ != "the") if ent is not None else ()


def _body_scope(noun: Token) -> str | None:
    """"100 people from its peacekeeping mission", "staff of the agency": people of a body."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "with"}):
        for body in (g for g in prep.children if g.dep_ == "pobj"):
            if body.ent_type_ == "ORG":
                return scope_form(" ".join(t.text for t in _entity_of(body)))
            if body.lemma_.lower() in BODY_NOUNS:
                words = [c.text for c in body.children if c.dep_ in {"compound", "amod"} and c.i < body.i
                         and not any(t.like_num for t in c.subtree)]  # not "9,000-strong"
                return scope_form(" ".join([*words, body.lemma_]))
    return None


def _nationality(noun: Token) -> str | None:
    """The country of a counted nationality noun ("Britons", "Americans"), else None."""
    if noun.ent_type_ in PLACE_LABELS or noun.text.isupper():  # "the US 226": a place, not its people
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} or not noun.lower_.endswith("s"):
        return None
    if is_demonym(noun.text):
        return country_of(noun.text)
    return noun.text if noun.ent_type_ == "NORP" else None  # a people the gazetteer does not list


def _own_countries(trigger: Token) -> set[str]:
    """Countries of the places the trigger itself is located at ("the quake in X", "X's quake")."""
    places = [_place_name(pobj) for _, pobj, _ in _place_phrases(trigger)]
    places += [_place_name(t) for t in trigger.children if t.dep_ in {"poss", "compound"} and _is_place(t)]
    return {country_of(p) or p for p in places} | set(_story_country(trigger.doc))


def _story_country(doc) -> list[str]:
    """The country the article names most, whose people are the happening's own ("200,000 Haitians"
    in a report on a quake there), with any others tied with it."""
    counts: dict[str, int] = {}
    for ent in (e for e in doc.ents if e.label_ in PLACE_LABELS | {"NORP"}):
        country = country_of(ent.text)
        if country is not None:
            counts[country] = counts.get(country, 0) + 1
    best = max(counts.values(), default=0)
    return [c for c, n in counts.items() if n == best] if best >= 2 else []


def _place_scope(span: Span, noun: Token, trigger: Token, several: bool, carrier: Token | None) -> str | None:
    """A place the count is restricted to: on the number, its noun, their verb or the carrier."""
    sites = [span.root, noun, *([carrier] if carrier is not None else [])]
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and noun.head.pos_ in {"VERB", "AUX"}:
        sites.append(noun.head)
    sites.extend(c for c in noun.children if c.dep_ == "acl")  # "590 people infected in X"
    own = {_place_name(pobj) for _, pobj, _ in _place_phrases(trigger) if trigger.i not in {s.i for s in sites}}
    part = _fronted_part(span, sites)
    for site in sites:
        for prep, pobj, restricted in _place_phrases(site):
            name = _place_name(pobj)
            restricted = restricted or part
            if prep.lower_ in OUT_PREPS:
                return f"outside {name}"
            if restricted or (several and _places_in(span.sent) > 1 and name not in own):
                return name
            if pobj.ent_type_ == "GPE" and name not in own and _spreads(trigger):
                return name  # "26 deaths in Mexico": an outbreak is counted country by country
    spreading = _spreads(trigger)
    for place in pointed_places(noun):
        name = _place_name(place)
        if name not in own and (spreading or several and _places_in(span.sent) > 1):
            return name
    subject = _place_subject(noun)
    if subject is not None and (several and _places_in(span.sent) > 1 or spreading):
        return _place_name(subject)  # "X has 590 cases, Y 226": a breakdown by place
    if spreading:
        return outbreak_country(noun)
    return "part" if part else None  # "Of the dead, 11 died at the scene": some of a toll told before


def _fronted_part(span: Span, sites: list[Token]) -> bool:
    """"Of those killed, 11 died in X", "Among the dead, 12 were ...": a count after a fronted "of"
    or "among" phrase naming people already counted is a part of them, not a new toll; a place
    then restricts it as "alone" would."""
    for site in sites:
        for prep in (c for c in site.children if c.dep_ == "prep" and c.lower_ in PART_PREPS and c.i < span.start):
            if any(g.dep_ == "pobj" and (g.lower_ in {"those", "them", "these"} or g.lemma_.lower() in HARM_WORDS
                                         or g.lower_ in ANY_PEOPLE) for g in prep.children):
                return True
    return False


def _spreads(trigger: Token) -> bool:
    """Whether the event is an outbreak told in a sentence about an illness: its counts are kept by
    country ("Mexico has confirmed 25 deaths" is no world toll), where a quake's are of one place."""
    return any(t.lemma_.lower() in ILLNESS_WORDS or t.lower_ in ILLNESS_WORDS for t in trigger.sent)


def _place_phrases(site: Token) -> list[tuple[Token, Token, bool]]:
    """The place phrases on a token: (preposition, place noun, whether "alone"/"only" restricts it)."""
    found = []
    for prep in (c for c in site.children if c.dep_ == "prep" and c.lower_ in IN_PREPS | OUT_PREPS):
        if prep.i > 0 and prep.doc[prep.i - 1].lower_ in SPREAD_OVER:
            continue  # "mostly in Mexico and the US": where most of them were, no part counted
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and _is_place(g)):
            found.append((prep, pobj, _restricted(prep, pobj)))
    return found


def _restricted(prep: Token, pobj: Token) -> bool:
    """"in the capital alone", "only in the capital": the place is a part of the whole."""
    marks = [c for t in (prep, pobj) for c in t.children if c.dep_ in {"advmod", "amod"}]
    after = pobj.doc[pobj.i + 1] if pobj.i + 1 < len(pobj.doc) else None
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    words = {t.lower_ for t in marks} | {t.lower_ for t in (after, before) if t is not None}
    return bool(words & RESTRICTORS)


def _is_place(token: Token) -> bool:
    return token.ent_type_ in PLACE_LABELS or token.lemma_.lower() in PLACE_NOUNS


def _place_name(pobj: Token) -> str:
    """A place's folded name: the named entity it is or names ("the town of X" is X), else the noun.
    A country's other names fold to its name ("the U.S." and "the United States" are one scope)."""
    of = [g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
          if g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS]
    token = of[0] if of else pobj
    if token.ent_type_ in PLACE_LABELS:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            words = " ".join(t.text for t in ent if t.dep_ != "det" and t.lower_ != "the")
            country = country_of(words)
            return scope_form(country if country is not None and not is_seat(words) else words)
    words = [c.text for c in token.children if c.dep_ == "compound" and c.i < token.i]  # "the port city"
    return scope_form(" ".join([*words, token.lemma_]))


def _place_subject(noun: Token) -> Token | None:
    """A place that has or reports the count ("X has 590 cases", "X confirmed 40 cases")."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.ent_type_ in PLACE_LABELS), None)


def _places_in(sent: Span) -> int:
    """How many different places a sentence names (a breakdown names two or more; "outside the
    capital" is another place than "the capital")."""
    names = {_place_name(e.root) for e in sent.ents if e.label_ in PLACE_LABELS}
    for prep in (t for t in sent if t.dep_ == "prep" and t.lower_ in IN_PREPS | OUT_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and _is_place(g)):
            names.add(("outside " if prep.lower_ in OUT_PREPS else "") + _place_name(pobj))
    return len(names)


def pointed_places(noun: Token) -> list[Token]:
    """Places a count's clause points to rather than names, nearest first: the place a "where"
    clause hangs on ("X, where it has killed 149 people") and the place "there" stands for ("45
    people have died there": the last place named before it in the sentence)."""
    found = []
    for token in (noun, *noun.ancestors):
        if token.dep_ == "relcl" and _is_place(token.head) and any(c.lower_ == "where" for c in token.children):
            found.append(token.head)
        if any(c.lower_ == "there" and c.dep_ == "advmod" for c in token.children):
            before = [e.root for e in token.sent.ents if e.label_ in PLACE_LABELS and e.end <= token.i]
            found.extend(before[-1:])
    return found


def outbreak_country(noun: Token) -> str | None:
    """The country an outbreak's count is of, when no place phrase says so: the country whose
    authority or which itself reports it ("U.S. health officials confirmed 91 cases", "Mexico puts
    the number at 840"), else the one country its sentence names ("26 deaths in X and 701 people
    infected"), unless the count is the world's ("in 20 countries", "worldwide")."""
    for verb in (t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}):
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            country = _country_named(subject)
            if country is not None:
                return country
    if _worldwide(noun):
        return None
    places = {_place_name(e.root) for e in noun.sent.ents if e.label_ == "GPE"}
    return places.pop() if len(places) == 1 else None


def _country_named(subject: Token) -> str | None:
    """The country a subject is or is of: a country's name, or a name or demonym before an
    authority noun ("U.S. officials", "Mexico's health minister", "the Mexican government")."""
    candidates = [subject] if subject.ent_type_ in PLACE_LABELS else []
    candidates += [t for t in subject.subtree if t.i < subject.i and (t.ent_type_ in PLACE_LABELS or is_demonym(t.text))]
    for token in candidates:
        if token.ent_type_ == "GPE":
            return _place_name(token)
        country = country_of(token.text)
        if country is not None:
            return scope_form(country)
    return None


def _worldwide(noun: Token) -> bool:
    """Whether a count's clause says it spans countries ("in 20 countries", "worldwide", "globally")."""
    clause = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), noun)
    return any(t.lower_ in WORLD_WORDS or t.lemma_.lower() == "country" and t.tag_ == "NNS" for t in clause.subtree)
