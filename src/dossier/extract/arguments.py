"""Who takes part in an event and in which role, where it took place, and the numbers that go with it.

Roles come from the parse around the trigger: the subject of the trigger verb (or of the verb a
trigger noun is the object of), a possessor ("Russia's proposal") or a "by" agent is the ``actor``;
the object, the recipient ("gave Moscow a list") and "with/against/to/on" complements are the
``target``; "mediated by", "brokered by", "under the chairmanship of" give the ``mediator``; other
names inside the event's phrase are ``participant``s. Each name carries its country, from the
annotation or from the gazetteer of demonyms and capitals (a data table). ``actor_head`` and
``noun_phrases`` give actors that have no name ("police", "rebels in the north") as noun phrases.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dossier import models
from dossier.annotate.gazetteer import country_of
from dossier.extract.ontology import (
    ACCIDENT_NOUNS, GROUP_NOUNS, ILLNESS_NOUNS, PARTITIVES, PRONOUNS, ROLE_OF_COUNTED,
)
from dossier.extract.triggers import Trigger, noun_trigger, subjectless_clause

# A news dateline opening a lede: a place in capitals, maybe a date and a bracketed outlet, a dash
# ("ISTANBUL, June 2 (Wire) - ", "KYIV - ").
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]{2,}(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3},?(?:\s+[A-Z][a-z]+\.?\s+\d{1,2})?"
    r"\s*(?:\([^()\n]{1,30}\))?\s*[-\u2013\u2014]+\s"
)
# Words that count people of any kind; they count prisoners only in events about captives.
GENERIC_PEOPLE = frozenset({"people", "individual", "individuals"})
CAPTIVE_TYPES = frozenset({models.EventType.PRISONER_EXCHANGE, models.EventType.RELEASE, models.EventType.AGREEMENT})
ACTOR_DEPS = frozenset({"nsubj", "poss", "agent"})
TARGET_DEPS = frozenset({"dobj", "dative", "nsubjpass", "iobj"})
TARGET_PREPS = frozenset({"with", "against", "to", "on", "from", "into"})
# "demanded that the US cancel", "threatened to cut electricity to X": who the content is about.
CONTENT_TARGET_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})
SHARED_PREPS = frozenset({"between", "among"})
MEDIATION_VERBS = frozenset({"mediate", "broker", "host", "chair", "facilitate", "sponsor"})
MEDIATION_NOUNS = frozenset({"chairmanship", "auspices", "mediation"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# Nouns that keep a place to themselves: happenings without an event type of ours, and history.
PLACE_HOLDERS = ACCIDENT_NOUNS | ILLNESS_NOUNS | {"history", "disaster", "war", "conflict", "crisis"}
# Nouns for a settlement or area named after "of": "the village of X", "the north of X".
AREAS = frozenset({"village", "town", "city", "province", "region", "district", "port", "capital", "enclave",
                   "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "outskirts", "centre", "center", "heart", "edge", "suburb", "suburbs"})
# An event noun after these shares the place of an event around it ("agreed at the talks in X").
SHARED_PLACE_PREPS = frozenset({"at", "during", "in", "amid", "on"})
VENUE_WORDS = frozenset({"palace", "hotel", "center", "centre", "hall", "house", "building", "embassy", "residence",
                         "stadium", "square", "airport", "office", "headquarters", "mansion", "kremlin"})
ROLE_BY_WORD = {word: role for role, words in ROLE_OF_COUNTED.items() for word in words}
FORMULA = re.compile(r"\b(\d[\d,]*)\s*(?:-|\s)?\s*for\s*(?:-|\s)?\s*(\d[\d,]*)\b")


def event_scope(trigger: Trigger) -> set[int]:
    """Token indices that belong to the event's phrase: the trigger's subtree and the verb that
    carries it ("the talks ended in the X Palace" puts the palace in the talks' scope)."""
    token = trigger.token
    scope = {t.i for t in predicate_of(trigger).subtree} | {t.i for t in token.subtree}
    if trigger.nominal and token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        head = token.head
        for child in head.children:
            if child.dep_ in {"prep", "npadvmod", "dobj", "advmod"}:
                scope |= {t.i for t in child.subtree}
    return scope


def predicate_of(trigger: Trigger) -> Token:
    """The verb that carries a trigger noun (its subject or object slot), else the trigger itself."""
    token = trigger.token
    if trigger.nominal and token.dep_ in {"dobj", "nsubjpass", "attr"} and token.head.pos_ in {"VERB", "AUX"}:
        return token.head
    return token


def find_arguments(trigger: Trigger, names: list[models.EntityMention], countries: dict[str, str],
                   *, exclude: set[tuple[int, int]] = frozenset()) -> tuple[models.Argument, ...]:
    """The named participants of one event mention, each with a role and a country.

    Args:
        trigger: the event's trigger.
        names: the names of the trigger's sentence.
        countries: canonical name -> country, gathered over the whole document.
        exclude: (start, end) spans of names already used as the event's place.

    Returns:
        Arguments in text order; a name appears once, in its most specific role.
    """
    doc = trigger.token.doc
    predicate = predicate_of(trigger)
    scope = {t.i for t in predicate.subtree} | {t.i for t in trigger.token.subtree}
    dateline = DATELINE.match(trigger.token.sent.text)
    lede = trigger.token.sent.start_char + (dateline.end() if dateline else 0)
    arguments = []
    for name in names:
        if (name.start, name.end) in exclude or name.label not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        if name.end <= lede:
            continue  # "ISTANBUL, June 2 (Wire) -": where the story was filed, not who took part
        span = doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None:
            continue
        role = _mediator(span.root) or _present(span.root) or _role(span.root, trigger.token, predicate)
        if role is None and span.root.i in scope:
            role = "participant"
        if role is not None:
            arguments.append(_argument(role, name, countries))
    return tuple(arguments)


def _elaborations(predicate: Token) -> set[int]:
    """Participial elaborations of the verb ("launched ..., hitting dozens of aircraft"), whose
    objects are the event's targets too."""
    return {c.i for c in predicate.children if c.dep_ == "advcl" and c.tag_ == "VBG" and subjectless_clause(c)}


def _role(root: Token, trigger: Token, predicate: Token) -> str | None:
    """Role of a name from the path between it and the trigger (or the verb carrying it)."""
    current = root
    steps = 0
    heads = {trigger.i, predicate.i} | _elaborations(predicate)
    entry = None  # how the name attaches to the verb of a reported or demanded clause
    while current.head.i != current.i and steps < 8:
        dep, head = current.dep_, current.head
        if dep in {"ccomp", "xcomp"} and head.i in heads:
            return "target" if entry in CONTENT_TARGET_DEPS else None
        if head.pos_ in {"VERB", "AUX"} and entry is None:
            entry = dep if dep != "pobj" else None
        if dep == "pobj" and entry is None and head.lower_ in TARGET_PREPS:
            entry = "pobj"
        if head.i in heads:
            if dep in ACTOR_DEPS:
                return "actor"
            if dep in TARGET_DEPS:
                return "target"
            if dep == "prep":
                return _prep_role(current.lower_)
            return None
        if dep == "pobj" and head.lower_ in SHARED_PREPS:
            return "actor"
        if dep == "pobj" and head.dep_ == "agent" and head.head.i in heads:
            return "actor"
        if dep in {"relcl", "advcl", "ccomp", "acl"}:
            return None
        if dep == "pobj" and head.dep_ == "prep" and head.head.i in heads:
            return _prep_role(head.lower_)
        current = head
        steps += 1
    return None


def _prep_role(prep: str) -> str | None:
    if prep in TARGET_PREPS:
        return "target"
    if prep in SHARED_PREPS or prep == "of":
        return "actor"
    return None


def _present(root: Token) -> str | None:
    """'with X in attendance': someone present, not a party acted upon."""
    for prep in (c for c in root.children if c.dep_ == "prep"):
        if any(o.lemma_.lower() in {"attendance", "presence"} for o in prep.children):
            return "participant"
    return None


def _mediator(root: Token) -> str | None:
    """'mediated by X', 'brokered by X', 'under the chairmanship of X'."""
    current = root
    for _ in range(4):
        head = current.head
        if current.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in MEDIATION_VERBS:
            return "mediator"
        if current.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEDIATION_NOUNS:
            return "mediator"
        if current.dep_ == "conj":
            current = head
            continue
        return None
    return None


def _argument(role: str, name: models.EntityMention, countries: dict[str, str]) -> models.Argument:
    country = name.country or countries.get(name.canonical) or country_of(name.canonical)
    canonical = country if name.label in {"GPE", "NORP"} and country else name.canonical
    return models.Argument(role=role, text=name.text, canonical=canonical, start=name.start, end=name.end,
                           country=country)


def document_countries(names: list[models.EntityMention]) -> dict[str, str]:
    """Canonical name -> country, from each name's own country or the demonym in its role."""
    countries: dict[str, str] = {}
    for name in names:
        country = name.country or _country_of_role(name.role)
        if country:
            countries.setdefault(name.canonical, country)
    return countries


def _country_of_role(role: str | None) -> str | None:
    for word in (role or "").split():
        country = country_of(word)
        if country:
            return country
    return None


def find_location(trigger: Trigger, names: list[models.EntityMention]) -> tuple[str | None, set[tuple[int, int]]]:
    """Where the event took place: a venue over a city, "Venue, City" when both are given.

    Args:
        trigger: the event's trigger.
        names: the names of its sentence.

    Returns:
        The place (or None) and the spans of the names used for it. Countries are not places here
        ("talks with Turkey"), and only names after a place preposition, or a city possessing a
        venue ("Istanbul's X Palace"), count.
    """
    doc = trigger.token.doc
    scope = event_scope(trigger)
    destination = _destination(trigger)
    venue = city = None
    used: set[tuple[int, int]] = set()
    for name in names:
        span = doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None:
            continue
        travelled_to = span.root.i in destination and name.label in {"FAC", "GPE", "LOC"}
        if not travelled_to and (span.root.i not in scope or not _is_place(name, span)):
            continue
        if _place_of_other_event(span.root, trigger):
            continue
        if _is_venue(name):
            venue = venue or name.canonical
        elif (name.label in {"GPE", "LOC"} or _named_area(span)) and country_of(name.canonical) != name.canonical:
            city = city or name.canonical
        else:
            continue
        used.add((name.start, name.end))
    if venue and city:
        return f"{venue}, {city}", used
    return venue or city, used


def _destination(trigger: Trigger) -> set[int]:
    """Where a party went for an event: "flew to Ankara for talks" holds the talks in Ankara."""
    token = trigger.token
    if not (trigger.nominal and token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "VERB"):
        return set()
    verb = token.head.head
    return {t.i for child in verb.children if child.dep_ == "prep" and child.lower_ == "to" for t in child.subtree}


def _place_of_other_event(place: Token, trigger: Trigger) -> bool:
    """Whether a place belongs to another event noun between it and the trigger: "struck
    airfields ... on the eve of talks in X" puts X at the talks, not at the strike. An event noun
    of the same type, or one the trigger happens at ("agreed at the talks in X"), passes it on."""
    stop = {trigger.token.i, predicate_of(trigger).i}
    current = place.head
    while current.i not in stop and current.head.i != current.i:
        if current.pos_ == "NOUN":
            if current.lemma_.lower() in PLACE_HOLDERS and not _shares_place(current):
                return True  # "the worst spill in US history", "the oil spill in the Gulf"
            other = noun_trigger(current)
            if other is not None and other.event_type != trigger.event_type and not _shares_place(current):
                return True
        current = current.head
    return False


def _shares_place(noun: Token) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ in SHARED_PLACE_PREPS and noun.head.head.pos_ in {"VERB", "AUX"}


def _named_area(span: Span) -> bool:
    """A name that an area noun after a place preposition introduces: "in the village of X", "in
    the north of X". The noun says it is a place whatever the tagger thought it was."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    area = doc[span.start - 2]
    return area.lemma_.lower() in AREAS and _placed(area)


def _placed(noun: Token) -> bool:
    """Whether a noun stands after a place preposition, itself or through "the north of"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS


def _is_venue(name: models.EntityMention) -> bool:
    return name.label == "FAC" or name.canonical.split()[-1].lower() in VENUE_WORDS


def _is_place(name: models.EntityMention, span: Span) -> bool:
    if name.label not in {"FAC", "GPE", "LOC", "ORG"}:
        return False
    if _named_area(span):
        return True
    if name.label == "ORG" and name.canonical.split()[-1].lower() not in VENUE_WORDS:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = doc[span.start - 2]
    if before is not None and before.lower_ in PLACE_PREPS:
        return True
    if before is not None and before.text == "," and span.start > 1 and doc[span.start - 2].lower_ in VENUE_WORDS:
        return True  # "the X Palace, Istanbul"
    root = span.root
    if root.dep_ == "poss":  # "Istanbul's X Palace"
        return root.head.lower_ in VENUE_WORDS or root.head.ent_type_ == "FAC"
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


# Counts of people harmed: a count of the wounded, the displaced or those affected is not a count of
# the dead (words on the counted noun or the verb it is the subject or object of).
CASUALTY_ROLES = frozenset({"military", "civilians", "people"})
FATES = {
    "wounded": frozenset({"injure", "wound", "hurt", "maim", "injured", "wounded"}),
    "displaced": frozenset({"displace", "displaced", "homeless", "evacuate", "flee", "uproot", "relocate"}),
    "affected": frozenset({"affect", "affected", "need", "require", "depend", "receive", "help", "feed", "reach"}),
}


def find_quantities(trigger: Trigger, quantities: list[models.Quantity], single: bool) -> tuple[models.EventQuantity, ...]:
    """Numbers of the event with their role (military, civilians, bodies, drones, duration...).

    Args:
        trigger: the event's trigger.
        quantities: the quantities of its sentence.
        single: whether the trigger is the only event of its sentence (then every number is its).

    Returns:
        Event quantities; "N for N" and "N ... each" become ``prisoners_each_side``.
    """
    doc = trigger.token.doc
    scope = event_scope(trigger)
    found = []
    for quantity in quantities:
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or not (single or span.root.i in scope):
            continue
        role = _quantity_role(quantity, span)
        if role is None:
            continue
        if role == "prisoners" and (quantity.counted or "").lower() in GENERIC_PEOPLE \
                and trigger.event_type not in CAPTIVE_TYPES:
            role = "people"  # "3 million people" hit by a quake were no one's prisoners
        if role in CASUALTY_ROLES and (fate := _fate(span)):
            role = f"{role}_{fate}"  # "killed 200,000 and left 1.5 million homeless": two fates, no clash
        found.append(models.EventQuantity(role=role, text=quantity.text, low=quantity.low, high=quantity.high,
                                          start=quantity.start, end=quantity.end))
    return tuple(_dedupe(found))


def _quantity_role(quantity: models.Quantity, span: Span) -> str | None:
    doc = span.doc
    after = doc[span.end: span.end + 4].text.lower()
    sentence = span.sent.text
    offset = quantity.start - span.sent.start_char
    for formula in (m for m in FORMULA.finditer(sentence) if m.group(1) == m.group(2)):
        # "1000 for 1000" after the number, or the whole formula read as one quantity ("1000-for-1000")
        inside = formula.start() <= offset < formula.end()
        if inside or quantity.text.replace(",", "") in formula.group(1).replace(",", ""):
            return "prisoners_each_side"
    counted = (quantity.counted or "").lower()
    role = ROLE_BY_WORD.get(counted)
    if role is None and counted in {"unmanned", "aerial"}:
        role = "drones"
    if role is None:
        return None
    if role == "duration" and not any(t.lemma_ == "last" for t in span.sent):
        return None
    if re.search(r"\beach\b", after) and role in {"military", "civilians", "prisoners"}:
        return "prisoners_each_side"
    return role


def _fate(span: Span) -> str | None:
    """What befell the people counted, when it is not death: wounded, displaced or affected."""
    token = _counted_noun(span)
    words = {c.lemma_.lower() for c in token.children if c.dep_ in {"amod", "acl", "relcl", "oprd"}}
    if token.dep_ == "dobj":  # "left 1,500 people homeless": the state is the verb's complement
        words |= {c.lemma_.lower() for c in token.head.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}}
    verb = _harm_verb(span) or (token.head.lemma_.lower() if token.dep_ in {"nsubj", "nsubjpass"}
                                and token.head.pos_ == "VERB" else None)
    words |= {verb} if verb else set()
    for fate, cues in FATES.items():
        if words & cues:
            return fate
    return None


def _counted_noun(span: Span) -> Token:
    """The noun a number counts: up from "1.5" through "million" to "people"."""
    token = span.root
    while token.dep_ in {"nummod", "quantmod", "compound", "amod", "advmod"} and token.head.i != token.i:
        token = token.head
    return token


def _harm_verb(span: Span) -> str | None:
    """The lemma of the verb a counted noun is the object or passive subject of, if any."""
    token = _counted_noun(span)
    if token.dep_ in {"dobj", "nsubjpass", "conj"} and token.head.pos_ in {"VERB", "NOUN", "PROPN", "NUM"}:
        head = token.head
        while head.dep_ == "conj" and head.pos_ != "VERB":
            head = head.head
        return head.lemma_.lower() if head.pos_ == "VERB" else None
    return None


def _dedupe(found: list[models.EventQuantity]) -> list[models.EventQuantity]:
    seen, result = set(), []
    for quantity in found:
        key = (quantity.role, quantity.low, quantity.high)
        if key not in seen:
            seen.add(key)
            result.append(quantity)
    return result


# --- actor noun phrases (who is named by a subject or object, with or without a proper name) ---

ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
NOT_IN_PHRASE = frozenset({"relcl", "advcl", "ccomp", "npadvmod"})
NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def is_pronoun(token: Token) -> bool:
    """A pronoun ("it", "they") rather than a name that looks like one ("US")."""
    return token.pos_ == "PRON" or (token.lower_ in PRONOUNS and token.pos_ != "PROPN")


def actor_like(head: Token) -> bool:
    """A name, a nationality, or a noun for people, a group or an institution."""
    if is_pronoun(head) or head.ent_type_ in NON_ACTOR_ENTITIES:
        return False
    return head.pos_ == "PROPN" or head.ent_type_ in ACTOR_ENTITIES or head.lemma_.lower() in GROUP_NOUNS


def actor_head(head: Token, owner: bool = True) -> Token | None:
    """The token naming the actor of a noun phrase: the head itself, the "of" phrase of a
    partitive ("thousands of students"), the author of a thing ("calls by X", "a demand from X"), an
    owner or nationality ("Sweden's decision", "an Indian proposal") when ``owner`` is set, the "of"
    phrase of a thing ("positions of the army"), or None."""
    inner = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    partitive = head.lower_ in PARTITIVES or head.lemma_.lower() in PARTITIVES or head.pos_ == "NUM"
    if inner is not None and partitive:
        return actor_head(inner, owner)
    if actor_like(head):
        return head
    if inner is not None and inner.pos_ == "PROPN":
        return inner
    author = _author(head) if inner is None or not actor_like(inner) else None  # "withdrawal of X from Y": X
    if author is not None:
        return author
    named = next((c for c in head.children if c.dep_ == "poss" and actor_like(c) or c.dep_ in {"amod", "compound", "nmod"}
                  and c.ent_type_ in ACTOR_ENTITIES), None)
    if owner and named is not None:
        return named
    return inner if inner is not None and actor_like(inner) else None


def _author(head: Token) -> Token | None:
    """Who a thing comes from: "calls by X", "a demand from X", "a protest staged by X"."""
    agents = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"by", "from"} for p in c.children
              if p.dep_ == "pobj"]
    agents += [p for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for agent in agents:
        if actor_like(agent) or any(c.dep_ in {"poss", "amod", "compound"} and actor_like(c) for c in agent.children):
            return agent
    return None


def noun_phrases(head: Token) -> list[str]:
    """Texts of the actors a head names: its noun phrase without article, relative clause or time
    ("the rebels in the north who ..." -> "rebels in the north"), split at "and" into actors
    ("X and Y", "US and British forces"); a name after ", or" is another name of the same actor."""
    members = [head] + [c for c in head.conjuncts if c.i > head.i and actor_like(c) and not _alias(c)]
    split = {m.i for m in members}
    texts = []
    for member in members:
        texts += _split_modifiers(member, split)
    return list(dict.fromkeys(t for t in texts if t))


def _alias(conjunct: Token) -> bool:
    """"the Agency, or IAEA": a name joined by a comma and "or" renames the actor before it."""
    doc, start = conjunct.doc, conjunct.left_edge.i
    return start >= 2 and doc[start - 1].lower_ == "or" and doc[start - 2].text == ","


def _split_modifiers(head: Token, split: set[int]) -> list[str]:
    for modifier in (c for c in head.children if c.dep_ in {"amod", "compound", "nmod"}):
        others = [o for o in modifier.conjuncts if o.i > modifier.i]
        if others and all(o.pos_ in {"ADJ", "PROPN"} or o.ent_type_ in ACTOR_ENTITIES for o in others):
            split = split | {o.i for o in others}
            return [_phrase_text(head, split, (modifier, other)) for other in [modifier, *others]]
    return [_phrase_text(head, split, None)]


def _phrase_text(head: Token, split: set[int], swap: tuple[Token, Token] | None) -> str:
    kept = _phrase_tokens(head, split)
    if swap is not None and swap[0].i != swap[1].i:
        removed = {t.i for t in _phrase_tokens(swap[0], split)}
        at = next(n for n, t in enumerate(kept) if t.i in removed)
        kept = [t for t in kept if t.i not in removed]
        kept[at:at] = _phrase_tokens(swap[1], split)
    while kept and (kept[0].dep_ == "det" and kept[0].ent_iob_ == "O" or kept[0].is_punct):
        kept = kept[1:]
    while kept and (kept[-1].is_punct and kept[-1].text != ")" or kept[-1].dep_ in {"cc", "prep", "case"}):
        kept = kept[:-1]
    pieces = [t.text + (t.whitespace_ if n + 1 < len(kept) and kept[n + 1].i == t.i + 1 else " ")
              for n, t in enumerate(kept)]
    return "".join(pieces).strip()


def _phrase_tokens(head: Token, split: set[int]) -> list[Token]:
    kept, stack = {head.i}, [head]
    while stack:
        for child in stack.pop().children:
            if child.i in split and child.i != head.i or not _in_phrase(child):
                continue
            kept.add(child.i)
            stack.append(child)
    tokens = [head.doc[i] for i in sorted(kept)]
    appositive = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
    comma = next((t.i for t in tokens if t.i > head.i and t.text == "," and t.i + 1 not in appositive), None)
    return [t for t in tokens if comma is None or t.i < comma]


def _in_phrase(child: Token) -> bool:
    if child.dep_ in NOT_IN_PHRASE:
        return False
    if child.dep_ == "cc":  # "and" stays only inside one actor ("helicopters and tanks")
        return not any(c.dep_ == "conj" and actor_like(c) for c in child.head.children)
    if child.dep_ == "prep":  # "on Tuesday", "for three hours", "by dumping": time and means
        objects = [p for p in child.children if p.dep_ in {"pobj", "pcomp"}]
        return not any(p.ent_type_ in NON_ACTOR_ENTITIES or p.dep_ == "pcomp" for p in objects)
    return child.ent_type_ not in {"DATE", "TIME"}
