"""Words of the conflict ontology used of ordinary life: visits, releases, deals and suspensions.

Split out of ``trigger_fit`` because these checks are one group: a word whose political sense needs
a party on the right side of it, told from what its arguments are.

- "visit" is a meeting when an official, a named person or an institution visits, or is visited,
  or the visit is a state or official one; a pupil who visited a country, travellers advised not
  to visit it, a patient who visited a clinic or people visiting a website meet nobody;
- "release", "hand", "free" and "return" free people: "released figures / a report / a
  statement" publishes, "handing out masks" distributes, "returned to work" resumes;
- "deal" in "what's the big deal" or "the real deal" is no agreement, nor "settle" without
  anything settled ("unable to settle after university");
- "suspend", "halt" and "expel" are sanctions only against another party: aid, talks, flights or
  imports to or from a state, visas for a people, diplomats expelled. A government suspending its
  own classes, services halted or events suspended is a closure, no sanction.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract import custody_senses, decision_senses
from dossier.extract.ontology import GROUP_NOUNS, PEOPLE
from dossier.extract.thing_kinds import doers, is_party, kinds, patients

# People who act for a state or an institution (a visit by one of them is a meeting).
OFFICIALS = frozenset({
    "president", "minister", "premier", "chancellor", "leader", "official", "officials", "envoy", "ambassador",
    "diplomat", "delegation", "secretary", "king", "queen", "prince", "pope", "mayor", "governor", "general",
    "commander", "chief", "head", "senator", "congressman", "lawmaker", "mp", "spokesman", "director",
    "director-general", "commissioner", "emir", "sheikh", "monarch", "ministers", "leaders", "inspector",
    "inspectors", "mediator", "negotiator", "representative", "delegate", "delegates", "team"})
# Named visitors that act for someone; a people (NORP) visiting is travellers.
OFFICIAL_ENTITIES = frozenset({"PERSON", "ORG", "GPE"})
VISITED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
OFFICIAL_VISITS = frozenset({"state", "official", "royal", "diplomatic", "presidential", "ministerial"})
# Nouns WordNet files first as groups that are things here ("released data", "suspended classes").
THING_GROUPS = frozenset({"data", "class", "flight", "statistic", "series", "set", "collection"})
# What "settle" settles when it is an agreement ("settled the dispute", "settled on a plan").
SETTLE_PREPS = frozenset({"on", "for", "with", "out"})
IDIOM_DEAL_MODIFIERS = frozenset({"big", "real", "raw", "whole"})
# What a sanction suspends or halts besides a relation named by its party: aid, talks, trade.
RELATION_OBJECTS = frozenset({
    "aid", "assistance", "talks", "negotiations", "relations", "ties", "cooperation", "co-operation", "trade",
    "import", "imports", "export", "exports", "visa", "visas", "membership", "loan", "loans", "funding", "deliveries",
    "delivery", "flight", "flights", "shipments", "supplies", "contacts", "dialogue", "program", "programme",
    "sales", "waiver", "waivers", "embargo", "sanctions"})
TOWARD_PREPS = frozenset({"to", "from", "with", "for", "against", "of"})
FOREIGN_ENTITIES = frozenset({"GPE", "NORP", "ORG", "LOC"})
# What one withdraws from a bank rather than from a front: "withdraw cash", "withdrew savings".
MONEY_OBJECTS = frozenset({"cash", "money", "savings", "funds", "deposit", "deposits", "dollar", "dollars"})


def _official(noun: Token) -> bool:
    return noun.ent_type_ in OFFICIAL_ENTITIES or noun.lemma_.lower() in OFFICIALS or noun.lower_ in OFFICIALS


def _visitors(token: Token, nominal: bool) -> list[Token]:
    if nominal:
        found = [c for c in token.children if c.dep_ == "poss"]
        found += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}
                  for g in c.children if g.dep_ == "pobj"]
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if not found and token.dep_ in {"dobj", "attr", "pobj"} and verb.pos_ in {"VERB", "AUX"}:
            found = [c for c in verb.children if c.dep_ == "nsubj"]  # "made a visit to", "caught it during a visit"
        return found
    found = [token.head if d.lower_ == "who" and token.dep_ == "relcl" else d for d in doers(token)]
    if not found and token.dep_ == "xcomp":  # "were advised not to visit", "advised people not to visit"
        found = [c for c in token.head.children if c.dep_ in {"nsubjpass", "dobj"}]
    clause = token
    while not found and clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "nationals resident in or visiting Mexico"
        found = [c for c in clause.children if c.dep_ == "nsubj"]
    if not found and clause.dep_ in {"acl", "relcl", "amod"} and clause.head.pos_ in {"NOUN", "PROPN"}:
        found = [clause.head]
    if not found:  # a parse that left the verb without subject: the nearest noun before it
        found = [next((t for t in reversed(token.sent[:token.i - token.sent.start])
                       if t.pos_ in {"NOUN", "PROPN", "PRON"}), token)][:1]
        found = [t for t in found if t.i != token.i]
    return found


def _visited(token: Token, nominal: bool) -> list[Token]:
    if nominal:
        return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]
    return [c for c in token.children if c.dep_ == "dobj"]


def visit_is_meeting(token: Token, nominal: bool) -> bool:
    """Whether a visit is a meeting: an official, named or institutional visitor, a state visit,
    or, with the visitor unknown, a person, an institution or a state visited.

    Args:
        token: "visit" (verb or noun).
        nominal: whether it is the noun.

    Returns:
        False for travellers, patients and pupils visiting places, shops or websites.
    """
    if nominal and {c.lemma_.lower() for c in token.children if c.dep_ in {"amod", "compound"}} & OFFICIAL_VISITS:
        return True
    visitors = [v for v in _visitors(token, nominal) if v.lower_ not in {"who", "that", "which"}]
    visited = _visited(token, nominal)
    if any(_official(v) for v in visitors):
        return True
    if any(v.ent_type_ in {"PERSON", "ORG"} or v.lemma_.lower() in OFFICIALS for v in visited):
        return True
    known = [v for v in visitors if v.pos_ != "PRON" or v.lower_ in {"i", "we", "you"}]
    if known:
        return False  # "a pupil who visited the US", "I visited six pharmacies"
    return any(v.ent_type_ in VISITED_ENTITIES for v in visited)


def frees_people(verb: Token) -> bool:
    """Whether "release", "hand", "free" or "return" frees people: what it acts on (if named) is
    a person or group, not figures, a report, masks or leaflets; an active "returned to work" frees
    nobody.

    Args:
        verb: a verb of the release definition.

    Returns:
        False when what is released or handed is a thing, or the return is to an activity.
    """
    targets = [t for t in patients(verb) if t.pos_ in {"NOUN", "PROPN"}]
    if verb.lemma_.lower() == "return" and decision_senses.thing_returns(verb):
        return False  # "normality began to return"
    if verb.lemma_.lower() in {"return", "hand"} and custody_senses.child_handed_over(verb):
        return False  # "the boy be returned to his father": custody, not captivity, ends
    if targets and not any(_person(t) for t in targets):
        return False
    if not targets and verb.lemma_.lower() == "return" and not any(
            c.dep_ == "auxpass" for c in verb.children):
        places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
        return not any(kinds(p)[:1] == ["noun.act"] for p in places)
    return True


def _person(noun: Token) -> bool:
    """A person or a group of people; a word no dictionary knows is given the benefit of the doubt."""
    if noun.ent_type_ in {"PERSON", "NORP"} or noun.lemma_.lower() in PEOPLE | GROUP_NOUNS:
        return True
    senses = kinds(noun)
    if not senses or senses[0] == "noun.person":
        return True
    return senses[0] == "noun.group" and noun.lemma_.lower() not in THING_GROUPS


def idiomatic_deal(noun: Token) -> bool:
    """"What's the big deal", "the real deal", "it's no big deal": a manner of speaking, not an
    agreement. Told by its modifier with no party or content attached, or by a "what" question.

    Args:
        noun: "deal".

    Returns:
        True for the idiom.
    """
    if any(c.dep_ in {"prep", "acl", "relcl"} for c in noun.children):
        return False  # "the big deal with Iran", "a real deal to end the war"
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ == "amod"}
    if modifiers & IDIOM_DEAL_MODIFIERS:
        return True
    return noun.dep_ in {"attr", "nsubj"} and noun.head.lemma_.lower() == "be" and any(
        c.lower_ == "what" for c in noun.head.children)


def settles_something(verb: Token) -> bool:
    """"Settled the dispute", "settled on a plan", "settled with the plaintiffs": an agreement;
    "unable to settle after university", "settled in Canada", "settled down with his family" and
    "settling refugees" (homes given to people) are none.

    Args:
        verb: "settle".

    Returns:
        True when something or someone is settled with or on.
    """
    if any(c.dep_ == "prt" and c.lower_ in {"down", "in"} for c in verb.children):
        return False  # "settled down with his family", "settling in": making a home
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if objects:
        return not all(custody_senses.captive_party(o) and not is_party_to_a_case(o) for o in objects)
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in SETTLE_PREPS for c in verb.children)


# People a dispute is settled with or over ("settled the plaintiffs' claims" acts on claims; "settled
# the creditors" pays them): settling other people ("settling refugees") gives them homes.
CASE_PARTIES = frozenset({"plaintiff", "creditor", "claimant", "litigant", "union", "insurer", "lender"})


def is_party_to_a_case(noun: Token) -> bool:
    """A noun for a side of a dispute or a debt, whom a settlement pays off."""
    return noun.lemma_.lower() in CASE_PARTIES


def sanctions_a_party(verb: Token) -> bool:
    """Whether "suspend", "halt" or "expel" acts against another party: a relation, aid, trade or
    flights suspended, with (for flights, imports and the like) a state or people named after "to",
    "from", "with", "for" or "of"; a party expelled. What a government closes at home ("suspended
    classes", "services have halted", "events were suspended") is no sanction.

    Args:
        verb: "suspend", "halt" or "expel".

    Returns:
        False for closures with no other party.
    """
    targets = patients(verb)
    if verb.lemma_.lower() == "expel":
        return not targets or any(is_party(t) for t in targets)
    if not targets:
        return False
    for target in targets:
        if target.ent_type_ in FOREIGN_ENTITIES or target.lemma_.lower() in {"aid", "assistance", "talks", "relations",
                                                                         "ties", "cooperation", "negotiations"}:
            return True
        named = any(g.ent_type_ in FOREIGN_ENTITIES for t in (target, verb) for c in t.children
                    if c.dep_ == "prep" and c.lower_ in TOWARD_PREPS for p in c.children if p.dep_ == "pobj"
                    for g in (p, *p.conjuncts))
        words = {target.lemma_.lower(), target.lower_} | {
            c.lemma_.lower() for c in target.children if c.dep_ in {"compound", "amod"}}
        if words & RELATION_OBJECTS and (named or target.lemma_.lower() not in {"flight", "program", "programme"}):
            return True
    return False


def people_block(verb: Token) -> bool:
    """Whether people do the blocking ("protesters blocked the road"), as a protest needs; roads
    "blocked by corpses and debris" or donations "blocked by the bank" are no protest, nor is a
    road "blocked" by no one named.

    Args:
        verb: "block".

    Returns:
        True when a doer is a person or a crowd, not an institution or a thing.
    """
    return any(d.ent_type_ in {"PERSON", "NORP"} or d.pos_ == "PRON" or d.lemma_.lower() in PEOPLE
               or kinds(d)[:1] == ["noun.person"] for d in doers(verb))


def withdraws_forces(verb: Token) -> bool:
    """Whether "withdraw" pulls a party or its forces back ("troops withdrew", "withdrew its
    ambassador", "withdrew from the town"), not money from a bank ("queued to withdraw cash")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_OBJECTS or kinds(o)[:1] == ["noun.possession"]
                   for o in objects)


def seeks_something(verb: Token) -> bool:
    """Whether "seek" asks for something ("sought asylum", "seeks talks"), not searches for people
    ("to seek out trapped victims")."""
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() not in CAUSATIVES and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children) and not patients(verb):
        return False  # "sought to distance himself": an attempt to act; "sought to have them sign" asks
    return not any(_person(o) and o.pos_ in {"NOUN", "PROPN"} and kinds(o)[:1] == ["noun.person"]
                   for o in patients(verb))


# Verbs through which one seeks that others act ("sought to have the family sign"): a request.
CAUSATIVES = frozenset({"have", "get", "make", "force", "compel", "persuade", "convince"})
# Those whose agreeing is a verdict or a view, never an accord between parties.
JUDGING_SUBJECTS = frozenset({"jury", "juror", "judge", "panel", "expert", "analyst", "critic", "scientist",
                              "observer", "commentator", "economist", "historian", "researcher", "doctor",
                              "justice", "consultant", "strategist", "pundit", "pollster", "scholar", "academic"})
# Verbs that report an impression of a view: "seemed to agree", "appeared to agree that".
IMPRESSION_VERBS = frozenset({"seem", "appear"})
# Modals of possibility in a "that" clause make it a view ("agreed that there might be ..."), not terms.
POSSIBILITY_MODALS = frozenset({"might", "may", "could"})


def concurs_only(verb: Token) -> bool:
    """Whether "agreed that ..." voices one party's opinion ("the charity agreed that water was
    key"), not an accord: one subject, neither plural nor coordinated, and a "that" clause; or a
    jury's verdict or experts' view, whatever follows ("it wasn't until 1997 that a jury agreed").
    "The two sides agreed that prisoners would be swapped" stays an agreement.

    Args:
        verb: "agree".

    Returns:
        True for a lone party's concurring view.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    impression = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPRESSION_VERBS
    if impression:
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in JUDGING_SUBJECTS for s in subjects):
        return True  # "a jury agreed", "experts agree that ...": a verdict or a view, no accord
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if impression and (clauses or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)):
        return True  # "seemed to agree that the rule was unfair": an onlooker's reading of a view
    if any(a.dep_ == "aux" and a.lower_ in POSSIBILITY_MODALS for c in clauses for a in c.children):
        return True  # "agreed that there might be votes in it": a shared guess, no terms
    clause = bool(clauses)
    if not clause or len(subjects) != 1:
        return False
    subject = subjects[0]
    return not subject.conjuncts and subject.tag_ not in {"NNS", "NNPS"} and subject.lower_ not in {"we", "they", "both"}
