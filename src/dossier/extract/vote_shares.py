"""A candidate's share of the vote: the figure outlets citing rival counts disagree on.

An outlet citing the electoral council gives "Maduro 51.2%, Gonzalez 44.2%"; one citing the
opposition's tally sheets gives "Gonzalez 67% against 30% for Maduro". Each percentage tied to a
named contender becomes ``vote_share@<folded name>`` (see ``measure_roles``), so a share is compared
only with another share of the same contender. A percentage is tied to a name when:

- the name takes or wins it: "he took 51.2% of the vote", "showed Gonzalez winning 67%", "Roe won
  with 48%" (a "he" or "she" stands for the one person the sentence named before it);
- it is given to the name: "gave Gonzalez about 70% of the vote", "credited Roe with 48%";
- the name follows it after "for": "44.2% for opposition candidate Edmundo Gonzalez";
- the name stands right before it: "giving Maduro 51.95% and Gonzalez 43.18%", "Roe 48%, Doe 45%".

Left without a share, by decision:
- a share of something other than the vote: "with 96.87% of the votes counted", "from 73% of voting
  machines", "60% of the seats" (the share of the count done grows with each update; comparing it
  would flag every update as a clash, so it has no role);
- a survey's figure: a sentence naming a poll, a survey or a forecast ("polls gave him 60%", "an exit
  poll showed Roe winning 52%"), and a share one needs, may or is expected to win ("must win 50% to
  avoid a runoff"): none is a result. "Polling stations" and "went to the polls" name no survey.

The name is the fullest form the article gives the person ("Gonzalez" is "Edmundo Gonzalez" when
the article names him so), folded to ASCII; compare matches the names of different articles.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.name_forms import fold

VOTE_SHARE = "vote_share"  # the role, scoped by the candidate: "vote_share@edmundo gonzalez"
SCOPE_MARK = "@"  # as ``quantity_roles.SCOPE_MARK``

# Verbs by which a contender gets a share ("took 51%", "won 67%", "polled 30%").
TAKING = frozenset({"take", "win", "get", "receive", "garner", "obtain", "secure", "poll", "gain", "capture",
                    "collect", "score", "earn", "grab", "draw", "attract", "muster", "lead", "finish", "come", "claim",
                    "trail", "end"})
# Verbs by which a count gives a contender a share ("gave Gonzalez 70%", "credited Roe with 48%").
GIVING = frozenset({"give", "hand", "award", "credit", "assign", "allot", "attribute"})
# What a share may be of: the vote itself ("67% of the vote", "of valid ballots").
VOTE_WORDS = frozenset({"vote", "votes", "ballot", "ballots", "voting"})
# Words that make a sentence about an election when the share names no whole ("Maduro 51.95%").
ELECTION_WORDS = frozenset({"vote", "votes", "ballot", "ballots", "election", "elections", "electoral", "runoff",
                            "run-off", "presidential", "result", "results", "tally", "count", "council",
                            "commission", "poll", "polls", "candidate", "candidates", "incumbent", "winner"})
# Words of a survey or a forecast, whose figures are no result ("polls gave him 60%").
SURVEY_WORDS = frozenset({"poll", "polls", "pollster", "pollsters", "survey", "surveys", "forecast", "forecasts",
                          "projection", "projections", "opinion"})
# Verbs and modals by which a share is a hope, a need or a prediction rather than a result.
UNREAL = frozenset({"need", "must", "should", "would", "could", "might", "may", "can", "expect", "predict",
                    "project", "forecast", "hope", "aim", "want", "require", "will"})
# Labels no contender's name carries; any other may (the parser calls a surname an organisation, or
# glues it to the percentage after it: "giving Roe 53.1%" tagged as one PERCENT).
NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT", "LAW", "LANGUAGE", "PRODUCT"})
PERSONAL = frozenset({"he", "she"})


def share_candidate(role: str) -> str | None:
    """The candidate a vote-share role is scoped by ("vote_share@nicolas maduro" -> "nicolas
    maduro"), or None for a role of another kind."""
    base, _, name = role.partition(SCOPE_MARK)
    return (name or None) if base == VOTE_SHARE else None


def vote_share(span: Span) -> str | None:
    """The folded name of the contender whose share of the vote the percentage is, or None.

    Args:
        span: the percentage's span ("51.2%") in the parsed sentence.

    Returns:
        The contender's folded fullest name ("edmundo gonzalez"), or None (see the module docstring).
    """
    sent, pct = span.sent, span.root
    whole = _whole(pct)
    if whole is not None and whole.lower_ not in VOTE_WORDS:
        return None  # "96.87% of the votes counted" is caught below; "73% of voting machines" here
    if whole is not None and _counted_done(whole):
        return None
    if whole is None and not {t.lower_ for t in sent} & ELECTION_WORDS:
        return None
    if _survey(sent):
        return None
    name = _named_by_verb(pct) or _named_after(span) or _named_before(span)
    return _canonical(name) if name is not None else None


def _whole(pct: Token) -> Token | None:
    """What the share is of ("of the vote"): the object of its "of", if any."""
    of = next((c for c in pct.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _counted_done(whole: Token) -> bool:
    """"with 96.87% of the votes counted": a share of the count done, not of a contender."""
    return any(c.dep_ in {"acl", "amod"} and c.lemma_.lower() in {"count", "tally", "process", "report"}
               for c in whole.children) or (whole.head.head.head.lemma_.lower() in {"count", "tally", "process"})


def _survey(sent: Span) -> bool:
    """A sentence naming a poll, a survey or a forecast; not "polling stations", "went to the polls"."""
    for token in sent:
        if token.lower_ not in SURVEY_WORDS:
            continue
        before = sent.doc[max(sent.start, token.i - 2): token.i].text.lower()
        if token.lower_ == "polls" and before in {"to the", "at the"}:
            continue
        return True
    return False


def _named_by_verb(pct: Token) -> Token | None:
    """The contender who takes the share ("he took 51.2%", "Roe won with 48%") or is given it
    ("gave Gonzalez 70%", "credited Roe with 48%")."""
    verb, dep = pct.head, pct.dep_
    if dep == "pobj" and verb.lower_ == "with":
        verb, dep = verb.head, "with"
    if verb.pos_ not in {"VERB", "AUX"} or _unreal(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma in TAKING and dep in {"dobj", "with", "attr"}:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _contender(subject) if subject is not None else None
    if lemma in GIVING and dep in {"dobj", "with"}:
        wanted = "dative" if dep == "dobj" else "dobj"
        given = next((c for c in verb.children if c.dep_ == wanted), None)
        return _contender(given) if given is not None else None
    return None


def _unreal(verb: Token) -> bool:
    """"must win 50%", "is expected to take 60%", "needs to win": no result."""
    if any(c.dep_ == "aux" and (c.lower_ == "to" or c.lemma_.lower() in UNREAL) for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNREAL


def _named_after(span: Span) -> Token | None:
    """"44.2% for opposition candidate Edmundo Gonzalez", "67% of the vote for Roe"."""
    doc, i = span.doc, span.end
    if i < span.sent.end and doc[i].lower_ == "of":
        whole = _whole(span.root)
        i = whole.i + 1 if whole is not None and whole.i >= i else i
    if i + 1 >= span.sent.end or doc[i].lower_ != "for":
        return None
    noun = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
    if noun is None:  # the parser hung "for" elsewhere: the first name after it
        noun = next((t for t in doc[i + 1: min(span.sent.end, i + 6)] if t.pos_ == "PROPN"), None)
    return _contender(noun) if noun is not None else None


def _named_before(span: Span) -> Token | None:
    """"giving Maduro 51.95% and Gonzalez 43.18%", "Roe 48%, Doe 45%": a name right before the number."""
    first = span[0]
    if first.i - 1 < span.sent.start:
        return None
    before = span.doc[first.i - 1]
    return _contender(before) if before.pos_ == "PROPN" else None


def _contender(token: Token) -> Token | None:
    """The name a noun phrase gives ("opposition candidate Edmundo Gonzalez" -> Gonzalez), a "he" or
    "she" read as the one person named before it in the sentence; None for a place or a people."""
    if token.lower_ in PERSONAL:
        return _antecedent(token)
    if token.pos_ != "PROPN":
        token = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token)
    if token.pos_ != "PROPN" or token.ent_type_ in NOT_NAMES:
        return None
    return token


def _antecedent(pronoun: Token) -> Token | None:
    """The only person the sentence names before a pronoun (one name, several words of it)."""
    sent = pronoun.sent
    starts = [t for t in sent[: pronoun.i - sent.start] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    if len(starts) != 1:
        return None
    token = starts[0]
    while token.i + 1 < pronoun.i and sent.doc[token.i + 1].ent_iob_ == "I":
        token = sent.doc[token.i + 1]
    return token


def _canonical(head: Token) -> str | None:
    """The folded fullest name the article gives the person whose name ends at ``head``."""
    words = [head]
    while words[0].i > head.sent.start:
        prev = head.doc[words[0].i - 1]
        if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.ent_type_ not in {"PERSON", head.ent_type_}:
            break
        words.insert(0, prev)
    name = fold(" ".join(w.text for w in words))
    if not name or any(c.isdigit() for c in name):
        return None
    fuller = [fold(m.canonical) for m in (head.doc._.dossier_names or []) if m.label == "PERSON"]
    fuller = [f for f in fuller if f == name or f.endswith(" " + name)]
    return max(fuller, key=len) if fuller else name
