"""Votes, verdicts and requests of the everyday kind: a decision, a criticism, a convention.

Split out of ``trigger_fit`` and ``idioms`` (whose checks call these) because they are one group:
the words of elections, rejections and requests used for something that is none of those.

- "the board voted to deny it further loans", "the committee voted to close the plant", "the
  members voted for a strike": a body deciding by vote, not an election (no one is elected);
- "dismissed by critics as a sham": a judgement on what something is, not a rejection of a
  proposal;
- "requesting anonymity", "asked not to be named": how a source is quoted, not a request;
- "has insisted that the only interest was ...": a claim held to, not a demand;
- "we are discussing, really, ...": a discussion of nothing named is no negotiation;
- "announced that X will be the host": a post given (an appointment) told by a clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.thing_kinds import kinds, noun_before
from dossier.extract.word_classes import OFFICE_ROLES

# Bodies that decide by vote (their vote elects no one): boards, panels, councils, companies.
DECIDING_BODIES = frozenset({"board", "committee", "commission", "council", "panel", "jury", "cabinet", "corporation",
                             "company", "union", "shareholder", "stockholder", "trustee", "director",
                             "court", "bench", "authority", "agency"})
# Verbs of choosing a person: "voted to elect", "voted to re-elect" is still an election.
ELECTING = frozenset({"elect", "re-elect", "reelect", "choose", "pick", "select", "return", "install"})
# Matters a body votes on that an election never is ("voted for a strike", "a vote on the merger").
DECIDED_MATTERS = frozenset({"strike", "walkout", "merger", "takeover", "closure", "loan", "budget", "contract",
                             "deal", "authorization", "authorisation", "proposal", "plan", "motion", "offer"})
# Verbs that make a post known ("announced that X will be the host").
POST_ANNOUNCING = frozenset({"announce", "confirm", "reveal"})
# What a source asks for when it asks not to be named.
ANONYMITY = frozenset({"anonymity", "confidentiality"})
# Verbs of asking for anonymity besides "request" ("spoke on condition of anonymity" is none).
NAMING = frozenset({"name", "identify", "quote"})


def decides_by_vote(token: Token) -> bool:
    """"voted to deny it further loans", "the board voted", "a vote of the members on a strike":
    a body's decision, not an election.

    Args:
        token: "vote" (verb or noun).

    Returns:
        True when the vote carries a decision (a "to" clause other than electing someone), is cast
        by a deciding body, or is on a matter no election is on.
    """
    if token.pos_ == "VERB":
        clauses = [c for c in token.children if c.dep_ in {"xcomp", "advcl"}
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if any(c.lemma_.lower() not in ELECTING for c in clauses):
            return True
    if any(c.lower_ in {"yes", "no"} and c.dep_ in {"amod", "compound", "det", "nmod"} for c in token.children):
        return True  # "a 'yes' vote": a question put to the vote, no candidate
    voters = [c for c in token.children if c.dep_ in {"nsubj", "compound", "poss"}]
    voters = [noun_before(v) if v.lower_ in {"which", "that", "who"} else v for v in voters]
    voters += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}
               for g in c.children if g.dep_ == "pobj"]
    if any(v.lemma_.lower() in DECIDING_BODIES for v in voters):
        return True
    matters = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "for", "over"}
               for g in c.children if g.dep_ == "pobj"]
    return any(m.lemma_.lower() in DECIDED_MATTERS for m in matters)


def dismissed_as(verb: Token) -> bool:
    """"dismissed by critics as a sham", "dismissed the report as propaganda": calling something
    what it is, a criticism, not the rejection of an offer.

    Args:
        verb: "dismiss" or "reject".

    Returns:
        True when an "as" phrase (on the verb, or hung by the parser on its object or agent) says
        what the thing is held to be.
    """
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    heads += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children)
               for h in heads for c in h.children)


def asks_anonymity(verb: Token) -> bool:
    """"requesting anonymity", "asked not to be named": how a source is quoted.

    Args:
        verb: "request" or "ask".

    Returns:
        True when what is asked for is anonymity or not to be named.
    """
    wanted = [c for c in verb.children if c.dep_ == "dobj"]
    wanted += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj"]
    if any(w.lemma_.lower() in ANONYMITY for w in wanted):
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in NAMING and any(n.dep_ == "neg" for n in c.children)
               for c in verb.children)


def insists_on_a_fact(verb: Token) -> bool:
    """"has insisted that the only interest she had was ...": a claim, told by a "that" clause
    whose verb states (a copula or a past fact) rather than asks ("insisted that he must resign",
    "insisted on a recount" stay demands).

    Args:
        verb: "insist".

    Returns:
        True when the insisting holds a statement to be true.
    """
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        modal = any(a.dep_ == "aux" and a.lower_ in {"must", "should", "be", "shall"} for a in clause.children)
        if not modal and clause.tag_ in {"VBD", "VBZ", "VBP", "VBN"}:
            return True
    return False


def thing_returns(verb: Token) -> bool:
    """"normality began to return", "calm returned to the streets": what returns is a state or a
    quality, not a person set free.

    Args:
        verb: "return".

    Returns:
        True when the subject of an active "return" (or of the verb it completes) is a state,
        a quality or a feeling.
    """
    if any(c.dep_ in {"auxpass", "nsubjpass", "dobj"} for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.pos_ == "NOUN" and kinds(s)[:1] and kinds(s)[0] in {"noun.state", "noun.attribute", "noun.feeling"}
               for s in subjects)


def discusses_nothing(verb: Token) -> bool:
    """"Because we are discussing, really, what is going on": a "discuss" with neither an object,
    a clause, nor a "with"/"about"/"on" phrase names no talks.

    Args:
        verb: "discuss".

    Returns:
        True when nothing discussed and no one discussed with is named.
    """
    return not any(c.dep_ in {"dobj", "ccomp", "nsubjpass", "xcomp"} or (
        c.dep_ == "prep" and c.lower_ in {"with", "about", "on", "over"}) for c in verb.children)


def announces_a_post(verb: Token) -> bool:
    """"announced that Lee will be the host of the ceremony", "confirmed that she is the new
    coach": a post given, told as what someone is to be.

    Args:
        verb: a verb of announcing ("announce", "confirm", "reveal").

    Returns:
        True when a "that" clause makes a person (by name) the holder of a post.
    """
    if verb.lemma_.lower() not in POST_ANNOUNCING:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        posts = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in OFFICE_ROLES]
        holders = [c for c in clause.children if c.dep_ == "nsubj"]
        holders += [a for h in holders for a in h.children if a.dep_ == "appos"]
        if posts and any(h.ent_type_ == "PERSON" for h in holders):
            return True
    return False


DECISION_CHECKS = {
    ("rejection", "dismiss", False): lambda t: not dismissed_as(t),
    ("request", "request", False): lambda t: not asks_anonymity(t),
    ("demand", "insist", False): lambda t: not insists_on_a_fact(t),
}
