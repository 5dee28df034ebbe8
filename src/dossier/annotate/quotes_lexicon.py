"""The cue lexicon: which words report speech or thought, and how a cue's own span is drawn.

Part of quote finding (see ``quotes.py``). The lists come from PARC/PolNeAR-style attribution
guidelines: speech acts, statements of position, and belief verbs that take a clausal complement.
"""

from __future__ import annotations

from spacy.tokens import Token

# Reporting verbs (lemmas), collected from PARC/PolNeAR-style attribution guidelines: speech acts,
# statements of position, and belief verbs that take a clausal complement.
CUE_LEMMAS = frozenset(
    """say tell note add state announce confirm claim stress accuse deny report insist warn
    suggest argue explain write ask reply respond declare emphasize emphasise acknowledge admit
    assert allege predict promise vow threaten urge demand propose reveal disclose mention comment
    tweet post recall underline clarify indicate signal concede contend maintain observe remark
    reiterate repeat complain criticize criticise charge tout boast estimate believe think expect
    hope fear worry conclude agree disagree point caution counter quip joke lament testify inform
    assure pledge call recount describe dismiss question wonder speculate forecast project show
    find reckon imply hint recommend request plead quote answer shout yell chant
    scream exclaim muse retort rule brag insinuate""".split()
)
# Belief, perception, intention and finding verbs (PolNeAR annotates the holder of a belief or an
# intention as a source): they count only with a clause ("knows that ...", "wants to ...").
CLAUSE_ONLY_CUES = frozenset(
    """believe think expect hope fear worry conclude show find reckon wonder agree know see seem
    appear learn remember recognize recognise realize realise assume suspect doubt
    guess imagine want wish seek plan aim decide prefer vow pledge refuse decline feel
    threaten offer""".split()
)
# Cues that introduce a quotation but nothing else ("he continued: ..." yet not "continued to").
QUOTE_ONLY_CUES = frozenset({"continue", "go"})
# Cues that have no source: their subject is part of what is judged ("the plan seems to work").
SOURCELESS_CUES = frozenset({"seem", "appear"})
# Cues whose direct object is what was said ("denied the report", "called the charges false"),
# stances towards a person or a policy ("backed the bill") among them.
OBJECT_CUES = frozenset(
    """deny announce confirm reject criticize criticise question call describe promise propose
    offer endorse attack blast condemn denounce praise defend oppose cite mention reveal
    dismiss demand echo reference promote decline refuse support back favor favour advocate
    blame slam mock decry applaud highlight tout express voice portray
    label deem view quote acknowledge note expect show predict estimate forecast recommend
    request seek want prefer dispute downplay tweet retweet characterize characterise urge
    lambaste chastise credit assail order list remind discuss outline attribute detail
    congratulate invoke name email convince issue underscore persuade thank regard sound
    approve intend welcome identify publish compare encourage lay file like consider share
    read release""".split()
)
# Cues whose content follows a preposition ("called for talks", "warned of escalation", "voted
# down the bill", "objected to the plan", "believe in a fair system").
PREPOSITION_CUES = {
    "call": ("for",), "ask": ("about", "for"), "speak": ("of", "about", "out"), "talk": ("about",),
    "point": ("to",), "warn": ("of", "about", "against"), "accuse": ("of",), "insist": ("on",),
    "complain": ("about", "of"), "agree": ("on", "to", "with"), "comment": ("on",),
    "vote": ("for", "against", "down"), "push": ("for",), "rail": ("against",),
    "argue": ("for", "against"), "advocate": ("for",), "press": ("for",), "object": ("to",),
    "believe": ("in",),
    "lobby": ("for", "against"), "refer": ("to",), "focus": ("on",), "criticize": ("for",),
    "blame": ("for",), "praise": ("for",), "apologize": ("for",), "hint": ("at",),
    "respond": ("to", "with", "by"), "reply": ("to", "with"),
}  # fmt: skip
# What any verb of speech or thought may be about ("joked about", "worries about").
TOPIC_PREPOSITIONS = ("about",)
ALL_CUES = (
    CUE_LEMMAS | CLAUSE_ONLY_CUES | QUOTE_ONLY_CUES | OBJECT_CUES | frozenset(PREPOSITION_CUES)
)
# Verbs of finding, and the nouns for studies and records whose findings they report ("the
# poll found ..."); on PolNeAR's training split nearly every such pair is an attribution.
FINDING_VERBS = frozenset({"find"})
FINDING_NOUNS = frozenset(
    """poll survey study report analysis paper investigation inquiry review audit probe research
    data record records jury panel commission""".split()
)
# Heads of "according to X" that name a way of doing things, not something that informs.
NON_SOURCE_NOUNS = frozenset(
    """formula schedule timetable procedure protocol pattern tradition custom design script
    rule rules instruction instructions""".split()
)
# Where a statement was made, read as part of its cue ("said in a statement"); PolNeAR's cues.
MEDIUM_NOUNS = frozenset(
    """statement interview release letter email e-mail post tweet speech op-ed column essay memo
    call video message appearance briefing conference remarks""".split()
)
# Subjects that never name who is speaking: expletives and relative pronouns.
NON_SOURCES = frozenset({"there", "that", "which"})
CUE_PREFIX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
PRONOUN_SOURCES = frozenset({"he", "she"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


# Lemmas the small English model gets wrong for reporting verbs ("hoping" -> "hop").
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}


def lemma(token: Token) -> str:
    """The lower-cased lemma, the key of every list above."""
    return LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def is_cue(token: Token) -> bool:
    """A verb of the lexicon that reports speech or thought here. "Citing" is one even in a relay
    chain ("TASS reports, citing sources"): PolNeAR marks what is cited as its own content."""
    if token.pos_ != "VERB" or lemma(token) not in ALL_CUES:
        return False
    if token.lemma_ == "point":
        return any(child.lower_ in ("out", "to") for child in token.children)
    return True


def is_finding(cue: Token, source: tuple[int, int] | None) -> bool:
    """"The poll found broad support", "the inquiry found nothing new": a verb of finding whose
    source is a study, a poll or an organisation reports its object, not only a clause (a person
    who "found the town welcoming" reports nothing).

    Args:
        cue: a verb token.
        source: token span of the cue's source, if any.

    Returns:
        True for "find" with a source headed by a study or record noun, or by an organisation.
    """
    if lemma(cue) not in FINDING_VERBS or source is None:
        return False
    head = cue.doc[source[0] : source[1]].root
    return head.lemma_.lower() in FINDING_NOUNS or head.ent_type_ == "ORG"


def content_prepositions(key: str) -> tuple[str, ...]:
    """Prepositions that introduce what a cue (by lemma) reports: its own ("called for") and,
    for verbs of speech and thought, the topic ("joked about")."""
    own = PREPOSITION_CUES.get(key, ())
    if key in CUE_LEMMAS or key in CLAUSE_ONLY_CUES:
        return own + tuple(prep for prep in TOPIC_PREPOSITIONS if prep not in own)
    return own


def citing_object(cue: Token) -> Token | None:
    """"X reports, citing sources": the head noun of what is cited, relayed through X."""
    for child in cue.children:
        if child.lower_ == "citing" and child.dep_ in ("advcl", "xcomp", "prep", "acl", "dep"):
            objects = [grand for grand in child.children if grand.dep_ in ("dobj", "pobj")]
            if objects:
                return objects[0]
    return None


def cue_chars(cue: Token, *, until: int | None = None) -> tuple[int, int]:
    """The verb with the auxiliaries, negation and adverbs directly before it ("has also said"),
    and a particle, content preposition or colon directly after it ("pointed out", "said:"); the
    medium right after the verb belongs to the cue too ("said in a statement"), as PolNeAR marks
    it, unless it would reach into the content (which starts at character ``until``)."""
    doc = cue.doc
    left = cue.i
    while left > 0 and _is_cue_prefix(doc[left - 1], cue):
        left -= 1
    right = cue.i + 1
    if right < len(doc):
        following = doc[right]
        preps = content_prepositions(lemma(cue))
        if following.lower_ in preps and following.dep_ == "mark" and (
            following.head.head.i == cue.i and following.head.dep_ == "advcl"
        ):
            right += 1  # "called for the state to act": the parser's marker is the preposition
        elif following.head.i == cue.i and (
            following.dep_ == "prt" or (following.dep_ == "prep" and following.lower_ in preps)
        ):
            right += 1
        right = _medium_end(cue, right, until)
        if right < len(doc) and doc[right].text == ":" and not doc[right - 1].whitespace_:
            right += 1
    return doc[left].idx, end_char(doc[right - 1])


def _is_cue_prefix(token: Token, cue: Token) -> bool:
    """"has also said", but not the "when" of "when asked"."""
    return token.head.i == cue.i and token.dep_ in CUE_PREFIX_DEPS and token.tag_ != "WRB"


def _medium_end(cue: Token, right: int, until: int | None) -> int:
    """Past "in a statement" or "in an interview" when it directly follows the cue."""
    doc = cue.doc
    if right >= len(doc) or doc[right].head.i != cue.i or doc[right].lower_ not in ("in", "during"):
        return right
    objects = [child for child in doc[right].children if child.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in MEDIUM_NOUNS:
        return right
    end = objects[0].i + 1
    if until is None or doc[end - 1].idx >= until:
        return right
    return end


def end_char(token: Token) -> int:
    """Character offset just past a token."""
    return token.idx + len(token.text)


def breaks_line(token: Token) -> bool:
    """Whether a line ends in or right after a token (a whitespace token holding the break counts)."""
    return "\n" in token.text or "\n" in token.whitespace_
