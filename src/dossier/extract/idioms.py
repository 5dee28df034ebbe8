"""Words of politics news that look like event triggers and are not, or are another event.

Split out of ``trigger_fit`` (the per-word ``_CHECKS`` table calls these) because they are one
group: the vocabulary of campaigns, legislatures and political talk, where a word of the ontology
has an everyday second sense.

- a poll is a survey ("a new poll found", "leads in the polls") unless it is where people vote
  ("went to the polls", "polls closed at 8 p.m.");
- a rally held or addressed by a politician or a campaign is a campaign event, not a protest,
  unless it is against something ("a rally to protest the ban"); "rallied behind the nominee" or
  "rallied support" gathers backing, and "stocks rallied" is a market;
- voting on a bill, signing a law or blocking a nomination is legislation: no election, no
  accord between parties, no protest; accepting a nomination is no agreement;
- "struck down the law", "shot back", "her mind is shot" use no force, nor does an attack made in
  a debate or an interview, or a battle fought in court or over a person;
- "she asked" with nothing asked for is a question put, not a request.

Known limits: politicians are recognised by common nouns ("senator", "candidate") or a person's
name, so a rally a named activist holds with no "against" phrase counts as a campaign rally.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.annotate import wordnet
from dossier.extract.ontology import GROUP_NOUNS, PEOPLE
from dossier.partitives import PARTITIVE_HEADS

# Where a poll is the act of voting ("went to the polls", "polls opened", "the poll was held").
POLL_MOTION = frozenset({"go", "head", "flock", "return", "come", "stream", "turn", "march", "troop", "vote"})
POLL_HOURS = frozenset({"open", "close", "reopen", "shut"})
POLL_HELD = frozenset({"hold", "call"})
# What a campaign's rally is called ("a campaign rally", "an election-night rally").
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "reelection", "re-election", "primary", "victory",
                            "caucus", "nomination", "pre-election", "stump", "fundraising"})
# Common nouns of people who run for or hold office, and of their campaigns.
POLITICIANS = frozenset({
    "senator", "candidate", "governor", "president", "nominee", "congressman", "congresswoman", "mayor",
    "lawmaker", "legislator", "politician", "representative", "incumbent", "challenger", "contender",
    "frontrunner", "front-runner", "campaign", "ticket", "mate", "speaker", "minister", "premier", "chancellor",
    "vice-president", "republican", "democrat", "hopeful", "party",
})
# Verbs by whose subject a rally is held or addressed.
RALLY_HOLDERS = frozenset({"hold", "host", "headline", "address", "stage", "attend", "lead", "throw", "organize",
                           "organise", "speak", "keynote", "have", "draw"})
# What a protest rally is against ("rallied against the ban", "a rally to protest the law").
PROTEST_WORDS = frozenset({"protest", "against", "oppose", "denounce", "condemn", "demand", "over"})
# Particles and prepositions of "rallied behind/around/to": gathering backing, not protesting.
BACKING_PARTICLES = frozenset({"behind", "around", "round", "to"})
# Subjects of a market that rallies ("stocks rallied", "the dollar rallied").
MARKETS = frozenset({"stock", "share", "market", "price", "index", "dollar", "euro", "pound", "yen", "bond",
                     "currency", "oil", "gold", "futures", "equity", "equities", "stocks", "shares"})
# What legislatures vote on, pass, sign or block.
LEGISLATION = frozenset({"bill", "law", "legislation", "measure", "amendment", "resolution", "package", "motion",
                         "budget", "act", "ordinance", "decree", "order", "provision", "reform", "appropriation",
                         "repeal", "stimulus", "proclamation"})
VOTE_MATTERS = LEGISLATION | {"nomination", "nominee", "confirmation", "impeachment", "override", "veto",
                              "cloture", "treaty", "proposal", "plan", "confidence", "no-confidence", "article"}
# Legislatures and their members: when they vote, it is no election.
LEGISLATORS = frozenset({"senator", "lawmaker", "legislator", "congressman", "congresswoman", "representative",
                         "senate", "house", "congress", "chamber", "committee", "parliament", "legislature",
                         "assembly", "mp", "council", "procedural", "cloture", "floor", "party-line"})
# Infinitives of a legislative vote ("voted to block the bill", "voted to impeach").
LEGISLATIVE_ACTS = frozenset({"approve", "pass", "confirm", "impeach", "override", "repeal", "block", "table",
                              "reject", "adopt", "ratify", "censure", "acquit", "convict", "advance", "kill",
                              "delay", "fund", "extend"})
NOMINATIONS = frozenset({"nomination", "candidacy", "nominations"})
# Arenas of a figurative battle ("a legal battle", "the budget fight", "a bidding war").
CONTESTS = frozenset({"legal", "court", "courtroom", "political", "policy", "budget", "custody", "bidding", "price",
                      "turf", "uphill", "culture", "ratings", "election", "campaign", "primary", "nomination",
                      "proxy", "public-relations", "pr", "trade", "tariff", "regulatory", "leadership",
                      "succession", "procedural", "partisan", "verbal", "war-of-words", "lawsuit", "patent"})
# Arenas where one fights with words: "battled in federal court", "fought it out in Congress".
WORD_ARENAS = frozenset({"court", "courtroom", "courts", "congress", "parliament", "senate", "legislature",
                         "assembly", "media", "press", "polls", "ballot", "chamber", "committee"})
# Occasions of speech where an attack is made with words: "in Sunday's debate, X attacked him".
SPOKEN_VENUES = frozenset({"debate", "interview", "speech", "ad", "advertisement", "commercial", "column",
                           "editorial", "op-ed", "letter", "statement", "remarks", "address", "broadcast",
                           "hearing", "tweet", "post", "article", "book", "sermon", "press conference", "memoir",
                           "conference", "forum", "talk", "show", "podcast", "radio"})
# Those a campaign or a product appeals to: "appealing to voters" courts them, asks them nothing.
AUDIENCES = frozenset({"voter", "donor", "supporter", "base", "audience", "fan", "consumer", "customer", "reader",
                       "viewer", "conservative", "liberal", "progressive", "moderate", "independent", "evangelical",
                       "suburban", "millennial", "woman", "man", "youth", "electorate", "constituent"})
QUESTION_MARKS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where", "which"})
LANDFORMS = frozenset({"mount", "mt", "mt.", "volcano"})
FORCE_TARGETS = frozenset({"noun.person", "noun.group", "noun.animal", "noun.body", "noun.artifact", "noun.location",
                           "noun.object", "noun.plant", "noun.food", "noun.Tops"})


def voting_poll(noun: Token) -> bool:
    """Whether "poll" names voting: "went to the polls", "polls closed", "the poll was held",
    "turnout at the polls". Elsewhere ("a new poll found", "leads in the polls") it is a survey."""
    head, dep = noun.head, noun.dep_
    if dep == "conj":
        return voting_poll(head) if head.pos_ == "NOUN" else False
    if dep == "pobj" and head.lower_ == "at":
        return True
    if dep == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in POLL_MOTION
    if dep == "nsubj":
        return head.lemma_.lower() in POLL_HOURS
    return dep in {"nsubjpass", "dobj"} and head.lemma_.lower() in POLL_HELD


def campaign_rally(noun: Token) -> bool:
    """Whether a rally is a campaign's: called one ("a campaign rally"), a politician's ("her
    rally", "the senator held a rally", "at a rally in Dover, the governor said"), or for one
    ("a rally for the nominee"); never one against something ("a rally to protest the ban")."""
    if _against_something(noun):
        return False
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    if any(_forms(m) & CAMPAIGN_WORDS for m in modifiers):
        return True
    if any(_politician(c) or c.lower_ in {"his", "her"} for c in noun.children if c.dep_ == "poss"):
        return True
    if any(_politician(g) for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "with"}
           for g in c.children if g.dep_ == "pobj"):
        return True
    return any(_politician(s) for s in _rally_holders(noun))


def _rally_holders(noun: Token) -> list[Token]:
    """Who holds or addresses a rally: the subject of "held a rally", of "spoke at a rally", or of
    the clause a rally sets the scene of ("At a rally in Dover, the senator endorsed ...")."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = noun.head.head
        if noun.head.lower_ not in {"at", "during"} and verb.lemma_.lower() not in RALLY_HOLDERS:
            return []
    elif noun.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in RALLY_HOLDERS:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return subjects + [c for s in subjects for c in s.conjuncts]


def _against_something(noun: Token) -> bool:
    words = [t for t in noun.subtree if t.i != noun.i]
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        words += [c for c in noun.head.head.children if c.dep_ in {"xcomp", "advcl"}]  # "converged for a rally to protest"
    return any(_forms(t) & PROTEST_WORDS for t in words)


def _politician(token: Token) -> bool:
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ in {"NOUN", "PROPN"} and bool(_forms(token) & POLITICIANS)


def rallied_in_protest(verb: Token) -> bool:
    """"Thousands rallied against the ban", not "rallied the party", "rallied behind the nominee",
    "rallied support" or "stocks rallied"."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    if any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in BACKING_PARTICLES for c in verb.children):
        return False
    return not any(c.dep_ == "nsubj" and _forms(c) & MARKETS for c in verb.children)


def legislative_vote(token: Token) -> bool:
    """Whether a vote is a legislature's: on a bill or a nomination ("voted against the package",
    "voted down the resolution", "the vote on the amendment", "voted to block the bill"), or cast
    by lawmakers ("senators voted", "the Senate vote", "a procedural vote")."""
    if token.pos_ == "VERB":
        if any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in token.children):
            return True
        clauses = [c for c in token.children if c.dep_ in {"xcomp", "advcl"}
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if any(c.lemma_.lower() in LEGISLATIVE_ACTS or _matters(c) & VOTE_MATTERS for c in clauses):
            return True
    voters = [c for c in token.children if c.dep_ in {"nsubj", "compound", "amod", "poss", "nmod"}]
    if any(_forms(v) & LEGISLATORS for v in voters):
        return True
    return bool(_matters(token) & VOTE_MATTERS)


def _matters(token: Token) -> set[str]:
    """What a vote or act is on: heads of its object and of its "for/against/on/of" phrases."""
    heads = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not heads and token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children):
        heads = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "the bill is due to be voted on"
    heads += [g for c in token.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"for", "against", "on", "of", "down"}
              for g in c.children if g.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    return {form for h in heads for form in _forms(h)}


def signs_legislation(verb: Token) -> bool:
    """"Signed the bill", "signed an executive order", "the law was signed": legislation."""
    return bool(_matters(verb) & LEGISLATION)


def blocks_legislation(verb: Token) -> bool:
    """"Blocked a funding package", "blocked the nomination": a legislative act."""
    return bool(_matters(verb) & VOTE_MATTERS)


def accepts_nomination(verb: Token) -> bool:
    """"Accepted the nomination": a candidate's step, no agreement between parties."""
    return bool(_matters(verb) & NOMINATIONS)


def struck_down(verb: Token) -> bool:
    """"Struck down the law / the ban": a court annuls; "struck down" a person still is force."""
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and not _person(obj)


def retorted(verb: Token) -> bool:
    """"X shot back" with no object and no target ("shot back at the gunmen" is fire): a retort."""
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
        return False
    return not any(c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def shot_state(verb: Token) -> bool:
    """"Her mind is shot": a passive whose subject force is not used on (a state, an idea). Read
    from WordNet; without it nothing is vetoed."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    senses = [s.lexname for s in wordnet.synsets(subject.lemma_.lower(), "n")[:3]]
    return bool(senses) and not set(senses) & FORCE_TARGETS


def asks_for_something(verb: Token) -> bool:
    """Whether "ask" requests: an object, an infinitive, a "for" phrase or a "that" clause ("asked
    the court to delay", "asked for a recount"). "She asked" after a question, or "asked whether
    ...", puts a question, also with the one asked named ("asked the mayor if he would run")."""
    if any(c.dep_ in {"ccomp", "advcl"} and c.i > verb.i and _question_clause(c) for c in verb.children) and not any(
            c.dep_ in {"xcomp", "oprd"} or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "xcomp", "oprd"} and child.lower_ not in QUESTION_MARKS:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
        if child.dep_ == "ccomp" and child.i > verb.i and not _question_clause(child):
            return True
    return False


def _question_clause(clause: Token) -> bool:
    return any(t.lower_ in QUESTION_MARKS and t.dep_ in {"mark", "nsubj", "dobj", "advmod", "attr"}
               for t in clause.subtree if t.i < clause.i)


def volcanic_subject(subject: Token) -> bool:
    """A volcano or a named mountain, not a person or group that "erupted in laughter": a name a
    person's or group's label covers counts only with a landform word ("Mount ...")."""
    if subject.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return any(t.lower_ in LANDFORMS for t in subject.subtree)
    return True


def _person(token: Token) -> bool:
    if token.ent_type_ == "PERSON" or token.lower_ in {"him", "her", "them", "me", "us"}:
        return True
    if not wordnet.available():  # without WordNet, only the ontology's nouns of people
        return token.lemma_.lower() in PEOPLE | GROUP_NOUNS
    senses = [s.lexname for s in wordnet.synsets(token.lemma_.lower(), "n")[:3]]
    return "noun.person" in senses


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def figurative_battle(noun: Token) -> bool:
    """"a legal battle", "the budget fight", "a political clash": a contest fought with words,
    votes or lawsuits, told by the arena named before the noun, uses no force. So is a battle "of"
    or "over" a person ("the battle over the boy"): battles of war are named for places, a tug of
    war over a person is fought in courts and the press."""
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}
    if modifiers & CONTESTS or fought_in_arena(noun):
        return True
    return any(g.ent_type_ == "PERSON" for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "over", "for"}
               for g in p.children if g.dep_ == "pobj")


def fought_in_arena(token: Token) -> bool:
    """"the relatives battle in federal court", "a fight in Congress": a contest of words, votes or
    lawsuits, told by the arena it is fought in."""
    return any(g.lemma_.lower() in WORD_ARENAS and g.ent_type_ not in {"GPE", "LOC", "FAC"}
               for p in token.children if p.dep_ == "prep" and p.lower_ in {"in", "before"}
               for g in p.children if g.dep_ == "pobj")


def verbal_attack(token: Token) -> bool:
    """"In Sunday's debate, the challenger attacked him", "attacked her in a radio interview": an
    attack made on an occasion of speech is criticism, whatever its object."""
    holders = [token, token.head] if token.dep_ == "conj" else [token]
    return any(g.lemma_.lower() in SPOKEN_VENUES
               for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"in", "during", "at"}
               for g in p.children if g.dep_ == "pobj")


def courts_an_audience(verb: Token) -> bool:
    """"appealing to voters", "appeals to young women": courting an audience, not a request, unless
    it asks for something ("appealed to donors for money") or asks them to act."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ == "for" for p in preps):
        return False
    return any(p.lower_ == "to" and g.lemma_.lower() in AUDIENCES for p in preps for g in p.children
               if g.dep_ == "pobj")


def generic_talk(noun: Token) -> bool:
    """"Talk is cheap", "there is talk of", "the talk of guns": the singular "talk" without a
    determiner, a partner or a topic ("talk with", "talk on limiting missiles"), or with only an
    "of" topic, is talk in general, not a round of talks."""
    if noun.lower_ != "talk":
        return False
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    if "of" in preps and not preps & {"with", "between", "among"}:
        return True  # "the talk of guns": what people spoke of, with no partner
    return not any(c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "prep" and c.lower_ != "of")
                   for c in noun.children)


# Heads of a share of respondents: "52 percent of voters agreed" reports a poll, not an accord.
# A poll's partitives and the words of a share written otherwise ("52 %", "many", "few").
SHARES = PARTITIVE_HEADS | {"%", "per", "many", "few", "fraction"}


def poll_share_agrees(verb: Token) -> bool:
    """"52 percent of voters agreed", "most Republicans agreed that": respondents' answers."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lower_ in SHARES for s in subjects for t in s.subtree)


def showed_something(verb: Token) -> bool:
    """"demonstrated her skill", "demonstrated that the plan works": showing, not demonstrating."""
    return any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)


def fell(verb: Token) -> bool:
    """"the approval rating declined": a figure falling; a refusal declines something or to act."""
    return not any(c.dep_ in {"dobj", "xcomp", "ccomp", "nsubjpass"} for c in verb.children)


def offered_nothing(verb: Token) -> bool:
    """"offered no proof": nothing was offered; "a reward is offered", "offered condolences", "offered
    an explanation": nothing a party could take up or turn down."""
    offered = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(c.lemma_.lower() in NO_TERMS for c in offered) or any(
        d.lower_ == "no" for c in offered if c.dep_ == "dobj" for d in c.children if d.dep_ == "det")


# Things offered that propose no terms ("a reward for information", "condolences").
NO_TERMS = frozenset({"reward", "bounty", "prize", "condolence", "condolences", "sympathy", "prayer", "prayers",
                      "congratulation", "congratulations", "tribute", "wishes",
                      "thanks", "apology", "explanation", "excuse", "comment", "comments", "view", "views", "opinion",
                      "insight", "glimpse", "wave", "smile", "tribute", "tributes", "praise", "congratulations",
                      "reassurance", "advice", "assessment", "defence", "defense"})


def met_with_reception(verb: Token) -> bool:
    """"the plan was met with opposition", "make ends meet": a reception or an idiom, no meeting."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    ends = any(c.dep_ == "nsubj" and c.lower_ == "ends" for c in verb.children)
    return passive or ends


# Heads of an infinitive vote that tell how or whether one votes, not a vote held ("told them how
# to vote", "used to vote Republican", "decided whom to vote for").
VOTE_MANNER_HEADS = frozenset({"use", "tell", "know", "decide", "learn", "teach", "choose", "advise", "instruct"})


def manner_of_voting(verb: Token) -> bool:
    """"how to vote", "used to vote Republican": habit or advice, no vote held."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    asks = any(c.lower_ in {"how", "whom", "whether", "who"} for c in verb.subtree if c.i < verb.i)
    return asks or verb.head.lemma_.lower() in VOTE_MANNER_HEADS


# What makes a debate a staged event rather than a dispute ("the debate over immigration").
DEBATE_MARKS = frozenset({"presidential", "vice-presidential", "vice", "primary", "televised", "first", "second",
                          "third", "final", "last", "next", "candidates", "candidate", "leaders", "mayoral",
                          "senate", "gubernatorial", "republican", "democratic", "gop", "tv", "town-hall"})


def staged_debate(noun: Token) -> bool:
    """"the first presidential debate", "a debate between the candidates", "the first of three
    debates": candidates meeting on a stage; "the debate over immigration" is a dispute."""
    marks = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "nmod", "nummod"}}
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    counted = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in DEBATE_MARKS
    return bool(marks & DEBATE_MARKS) or between or counted
